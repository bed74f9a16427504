// Record mode against the sandbox's EPP registry: the scenarios of test/scenarios.ts are played
// through the conformance suite's recorder, finished (RFC sources, placeholders for the authInfo
// the plugin makes up), and the recording is replayed green by the suite.
// `EPP_WRITE_CASSETTES=1` also writes the recording over plugins/epp/cassettes (how they were made).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordCassettes, runConformance, type Cassette } from '@registrar-kit/conformance';
import { startSandbox, type Sandbox } from '@registrar-kit/sandbox';
import { finishCassette } from './cassettes.js';
import { CASSETTE_SETTINGS, seedRegistry, sourceCassettes } from './scenarios.js';

const PLUGIN_DIR = fileURLToPath(new URL('..', import.meta.url));
let sandbox: Sandbox;
let work: string;

beforeAll(async () => {
  sandbox = await startSandbox({ only: ['epp'], clock: { start: Date.parse('2026-03-01T09:00:00Z'), realNow: () => 0 } });
  // Pending work (1001) completes as soon as it is answered, so the next poll finds its message.
  sandbox.events.on('event', (e) => {
    if (/ → 1001$/.test(e.summary)) setImmediate(() => sandbox.clock.advance(sandbox.rules.pendingMs(e.domain ?? '')));
  });
  await seedRegistry(sandbox);
  work = mkdtempSync(join(tmpdir(), 'epp-record-'));
});
afterAll(async () => {
  await sandbox?.close();
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

describe('EPP cassettes recorded against the sandbox', () => {
  it('records every scenario, and the recording replays green in the conformance suite', { timeout: 120_000 }, async () => {
    const source = join(work, 'source');
    const out = join(work, 'recorded');
    for (const [rel, text] of sourceCassettes()) {
      mkdirSync(dirname(join(source, rel)), { recursive: true });
      writeFileSync(join(source, rel), text);
    }
    const ep = sandbox.endpoints.epp!;
    const result = await recordCassettes({
      pluginDir: PLUGIN_DIR,
      cassettes: source,
      outDir: out,
      epp: { host: ep.host, port: ep.port, tls: { ca: ep.ca } },
      settings: { ...CASSETTE_SETTINGS, password: ep.password },
    });
    expect(result.refused).toEqual([]);
    expect(result.written).toHaveLength(sourceCassettes().size);
    for (const rel of sourceCassettes().keys()) {
      const file = join(out, rel);
      const { $schema: _, ...recorded } = JSON.parse(readFileSync(file, 'utf8')) as Cassette & { $schema?: string };
      const cassette = { $schema: '../../node_modules/@registrar-kit/conformance/cassette.schema.json', ...finishCassette(recorded) };
      if (cassette.description !== undefined) cassette.description = cassette.description.replace(/\(recorded against EPP [^)]*\)/, '(recorded against the registrar-kit sandbox EPP server, whose answers follow the RFC sections cited)');
      writeFileSync(file, `${JSON.stringify(cassette, null, 2)}\n`);
      expect(readFileSync(file, 'utf8')).not.toContain(ep.password);
    }

    const report = await runConformance({ pluginDir: PLUGIN_DIR, cassettes: out });
    const failing = report.results.filter((r) => r.status === 'failed');
    expect(failing.map((r) => `${r.title}: ${r.failures.map((f) => f.message).join('; ')}`)).toEqual([]);
    expect(report.results.filter((r) => r.status === 'passed').length).toBeGreaterThan(40);

    if (process.env.EPP_WRITE_CASSETTES === '1') {
      // The recorded cassettes are replaced; the RFC-example ones (rfc*.json, written by hand from
      // the RFCs' examples, not recorded) stay.
      const target = join(PLUGIN_DIR, 'cassettes');
      for (const dir of readdirSync(target)) {
        for (const file of readdirSync(join(target, dir))) if (!file.startsWith('rfc')) rmSync(join(target, dir, file));
      }
      cpSync(out, target, { recursive: true });
    }
  });
});
