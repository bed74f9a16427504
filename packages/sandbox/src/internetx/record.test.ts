// The conformance suite's record mode pointed at the simulated AutoDNS gateway: the plugin's own
// registration cassette is recorded against the sandbox (handle create with force_handle_create,
// N0101), the password is replaced, and the recording replays green with the cassette's
// notification mail — so the simulator and the cassettes speak the same wire shapes.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordCassettes, runConformance } from '@registrar-kit/conformance';
import { startSandbox, type Sandbox } from '../sandbox.js';

const pluginDir = fileURLToPath(new URL('../../../../plugins/internetx', import.meta.url));
const PASSWORD = 'sandbox-record-pass-51';
const SCENARIO = ['register', 'registered-by-mail'] as const;
let sandbox: Sandbox;
let work: string;

beforeAll(async () => {
  sandbox = await startSandbox({ only: ['internetx'], clock: { start: Date.parse('2026-01-15T10:00:00Z'), realNow: () => 0 } });
  work = mkdtempSync(join(tmpdir(), 'rk-record-inx-'));
  mkdirSync(join(work, 'source', SCENARIO[0]), { recursive: true });
  for (const file of [`${SCENARIO[1]}.json`, `${SCENARIO[1]}.1.eml`]) cpSync(join(pluginDir, 'cassettes', SCENARIO[0], file), join(work, 'source', SCENARIO[0], file));
});
afterAll(async () => {
  await sandbox?.close();
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

describe('record mode against the internetx sandbox', () => {
  it('records the simulator’s answers (handle, then N0101) and never writes the password', async () => {
    const result = await recordCassettes({
      pluginDir,
      cassettes: join(work, 'source'),
      endpoint: sandbox.httpUrl,
      settings: { endpoint: 'https://gateway.autodns.com', user: 'reseller', password: PASSWORD, context: 4 },
      outDir: join(work, 'recorded'),
    });
    expect(result.refused).toEqual([]);
    expect(result.written).toHaveLength(1);
    const text = readFileSync(join(work, 'recorded', ...SCENARIO) + '.json', 'utf8');
    expect(text).not.toContain(PASSWORD);
    expect(text).toContain('{{secret:password}}');
    expect(text).toContain('<key>force_handle_create</key>');
    expect(text).toMatch(/<code>N0101<\/code>/);
    expect(sandbox.journal.map((e) => e.summary)).toEqual(expect.arrayContaining([expect.stringMatching(/^0101 example\.de → N0101 \(job \d+\)$/)]));
  });

  it('the recording replays green through the suite, the notification mail completing it', async () => {
    // A recording holds the concrete ctid the plugin sent; the kept mail names that ctid too.
    const recorded = join(work, 'recorded', ...SCENARIO);
    const ref = (JSON.parse(readFileSync(`${recorded}.json`, 'utf8')) as { steps: { expect?: { ref?: string } }[] }).steps[0]!.expect!.ref!;
    expect(ref).toMatch(/-domain-create$/);
    writeFileSync(`${recorded}.1.eml`, readFileSync(`${recorded}.1.eml`, 'utf8').split('{{ctid}}').join(ref));
    const report = await runConformance({ pluginDir, cassettes: join(work, 'recorded') });
    const replayed = report.results.filter((r) => r.check === 'scenarios' && r.title.includes(SCENARIO[1]));
    expect(replayed.length).toBe(1);
    expect(replayed.filter((r) => r.status !== 'passed')).toEqual([]);
  });
});
