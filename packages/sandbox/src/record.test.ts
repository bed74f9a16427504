// The conformance suite's record mode pointed at the sandbox: cassettes recorded against the
// simulated registrar, secrets replaced, and the recording replayed green.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordCassettes, runConformance } from '@registrar-kit/conformance';
import { startSandbox, type Sandbox } from './sandbox.js';

const pluginDir = fileURLToPath(new URL('../../../plugins/onamae', import.meta.url));
const API_KEY = 'sandbox-record-key-77';
let sandbox: Sandbox;
let work: string;

beforeAll(async () => {
  sandbox = await startSandbox({ only: ['onamae'], clock: { start: Date.parse('2026-05-01T08:00:00Z'), realNow: () => 0 } });
  work = mkdtempSync(join(tmpdir(), 'rk-record-'));
  // The success scenarios: the sandbox's scenario rules decide failures by name, which the
  // plugin's hand-written error cassettes do not follow.
  for (const file of ['register/success.json', 'checkAvailability/available.json']) {
    mkdirSync(join(work, 'source', file.split('/')[0]!), { recursive: true });
    cpSync(join(pluginDir, 'cassettes', file), join(work, 'source', file));
  }
});
afterAll(async () => {
  await sandbox?.close();
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

describe('record mode against the sandbox', () => {
  it('records the exchanges the simulator answered, keeps the registrar URL, never writes the key', async () => {
    const result = await recordCassettes({
      pluginDir,
      cassettes: join(work, 'source'),
      endpoint: sandbox.httpUrl,
      settings: { endpoint: 'https://reseller.onamae.com/api/v1', resellerId: 'R-1001', apiKey: API_KEY },
      outDir: join(work, 'recorded'),
    });
    expect(result.refused).toEqual([]);
    expect(result.written).toHaveLength(2);
    const text = readFileSync(join(work, 'recorded', 'register', 'success.json'), 'utf8');
    expect(text).not.toContain(API_KEY);
    expect(text).toContain('{{secret:apiKey}}');
    expect(text).toContain('https://reseller.onamae.com/api/v1/domain/create');
    // The answer is the simulator's: expiry one year after the sandbox's virtual now.
    expect(text).toContain('2027-05-01T08:00:00Z');
    // Each re-recorded exchange keeps the provenance of the one it replaces.
    const recorded = JSON.parse(text) as { steps: Array<{ exchanges?: Array<{ source?: unknown }> }> };
    const original = JSON.parse(readFileSync(join(work, 'source', 'register', 'success.json'), 'utf8')) as typeof recorded;
    expect(recorded.steps.flatMap((s) => s.exchanges ?? []).map((e) => e.source)).toEqual(original.steps.flatMap((s) => s.exchanges ?? []).map((e) => e.source));
    expect(recorded.steps[0]?.exchanges?.[0]?.source).toMatchObject({ modelled: expect.any(String) });
    expect(sandbox.journal.map((e) => e.summary)).toEqual(expect.arrayContaining([expect.stringMatching(/^domain\/create \S+ → 0000$/)]));
  });

  it('the recorded cassettes replay green through the suite', async () => {
    const report = await runConformance({ pluginDir, cassettes: join(work, 'recorded') });
    // Coverage (a registrar-error scenario per operation) is not what two success cassettes show.
    const replayed = report.results.filter((r) => r.check === 'scenarios' && !r.title.includes('registrar-error scenario'));
    expect(replayed.map((r) => r.title).join('\n')).toMatch(/register.*success[\s\S]*|checkAvailability.*available/);
    expect(replayed.length).toBeGreaterThanOrEqual(2);
    expect(replayed.filter((r) => r.status !== 'passed')).toEqual([]);
  });
});
