import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectProvenance, formatReport, runConformance, strictProvenanceFailures, type Cassette, type LoadedCassette } from '../src/index.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../tests/fixtures/${name}`, import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const plugin = fixture('conformance-good');

const DOC = { title: 'Conformance fixture API reference', url: 'https://api.conf.test/docs', section: 'Domains' };
const CLIENT = { repo: 'example/conf-client', path: 'src/transfer.ts' };
const MODELLED = { modelled: 'the fixture registrar publishes no sample of a missing domain' };

/**
 * A copy of the good fixture's cassettes (10 HTTP exchanges in 7 files) in which every exchange
 * cites a document or client file, except `info/not-found` (modelled) and, when asked,
 * `register/taken` (no source at all).
 */
function cassettes(options: { unsourced?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'rk-provenance-'));
  cpSync(fixture('conformance-good/cassettes'), dir, { recursive: true });
  const edit = (file: string, source: (step: number) => object | undefined): void => {
    const path = join(dir, file);
    const c = JSON.parse(readFileSync(path, 'utf8')) as Cassette;
    c.steps.forEach((s, i) => {
      for (const e of s.exchanges ?? []) {
        const src = source(i + 1);
        if (src === undefined) delete e.source;
        else Object.assign(e, { source: src });
      }
    });
    writeFileSync(path, JSON.stringify(c, null, 2));
  };
  for (const f of ['info/success.json', 'register/success.json', 'transfer/bad-auth-code.json']) edit(f, () => DOC);
  for (const f of ['transfer/completed.json', 'transfer/rejected.json']) edit(f, () => CLIENT);
  edit('info/not-found.json', () => MODELLED);
  edit('register/taken.json', () => (options.unsourced === true ? undefined : DOC));
  return dir;
}

describe('provenance counts', () => {
  it('counts exchanges and inbound messages by source, listing the modelled and unsourced ones by file and step', () => {
    const cassette: Cassette = {
      cassetteVersion: 1,
      operation: 'register',
      scenario: 'by-mail',
      kind: 'pending-completion',
      steps: [
        { call: { operation: 'register', input: {} }, exchanges: [{ source: DOC, mailOut: { to: ['req@registrar.test'], text: 'x' } }, { mailOut: { to: ['copy@registrar.test'], text: 'y' } }] },
        { message: { eml: 'by-mail.1.eml', source: MODELLED } },
        { message: { eml: 'by-mail.2.eml' } },
      ],
    };
    const loaded: LoadedCassette = { file: '/plugin/cassettes/register/by-mail.json', dir: '/plugin/cassettes/register', cassette };
    const report = collectProvenance([loaded], '/plugin/cassettes');
    expect(report.counts).toEqual({ documented: 1, modelled: 1, unsourced: 2 });
    expect(report.modelled).toEqual([{ file: 'register/by-mail.json', step: 2, what: 'inbound mail by-mail.1.eml', kind: 'modelled', reason: MODELLED.modelled }]);
    expect(report.unsourced).toEqual([
      { file: 'register/by-mail.json', step: 1, exchange: 2, what: 'mail to copy@registrar.test', kind: 'unsourced' },
      { file: 'register/by-mail.json', step: 3, what: 'inbound mail by-mail.2.eml', kind: 'unsourced' },
    ]);
  });

  it('counts a recorded EPP greeting by its epp.source, but not the suite\'s default greeting', () => {
    const greeting = '<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><greeting><svID>Example EPP server epp.example.com</svID></greeting></epp>';
    const exchange = { source: DOC, epp: { request: '<epp/>', response: '<epp/>' } };
    const at = (scenario: string, epp: Cassette['epp']): LoadedCassette => ({
      file: `/plugin/cassettes/info/${scenario}.json`,
      dir: '/plugin/cassettes/info',
      cassette: { cassetteVersion: 1, operation: 'info', scenario, kind: 'success', ...(epp === undefined ? {} : { epp }), steps: [{ call: { operation: 'info', input: {} }, exchanges: [exchange] }] },
    });
    const report = collectProvenance(
      [at('documented', { greeting, source: DOC }), at('modelled', { greeting, source: MODELLED }), at('unsourced', { greeting }), at('default', { login: { clID: 'ClientX', pw: '{{secret:password}}' } })],
      '/plugin/cassettes',
    );
    expect(report.counts).toEqual({ documented: 5, modelled: 1, unsourced: 1 });
    expect(report.modelled).toEqual([{ file: 'info/modelled.json', what: 'EPP greeting', kind: 'modelled', reason: MODELLED.modelled }]);
    expect(report.unsourced).toEqual([{ file: 'info/unsourced.json', what: 'EPP greeting', kind: 'unsourced' }]);
    expect(strictProvenanceFailures(report).map((f) => f.message)).toContain('cassette info/unsourced.json epp.greeting (EPP greeting) has no source: cite a public document or client file, or say "modelled" and why');
  });

  it('puts the counts and the list on the report, and warns in the text report about unsourced exchanges', async () => {
    const report = await runConformance({ pluginDir: plugin, cassettes: cassettes({ unsourced: true }) });
    expect(report.failed).toBe(0);
    expect(report.provenance.counts).toEqual({ documented: 8, modelled: 1, unsourced: 1 });
    expect(report.provenance.unsourced.map((e) => `${e.file}#${e.step}.${e.exchange ?? ''}`)).toEqual(['register/taken.json#1.1']);
    expect(report.provenance.modelled).toEqual([expect.objectContaining({ file: 'info/not-found.json', step: 1, exchange: 1, what: 'GET https://api.conf.test/v1/domains/example.com', reason: MODELLED.modelled })]);
    const text = formatReport(report);
    expect(text).toContain('provenance: 8 documented, 1 modelled, 1 unsourced');
    expect(text).toMatch(/⚠ 1 exchange\(s\) cite no source[^\n]*\n\s+register\/taken\.json step 1 exchange 1 \(POST https:\/\/api\.conf\.test\/v1\/domains\)/);
  });

  it('counts a plugin whose cassettes cite nothing as all unsourced', async () => {
    const report = await runConformance({ pluginDir: plugin });
    expect(report.provenance.counts).toEqual({ documented: 0, modelled: 0, unsourced: 10 });
  });
});

describe('strict provenance', () => {
  it('passes a modelled exchange normally and fails it with strictProvenance, naming the cassette and step', async () => {
    const dir = cassettes();
    const relaxed = await runConformance({ pluginDir: plugin, cassettes: dir });
    expect(relaxed.failed).toBe(0);
    expect(formatReport(relaxed)).not.toContain('cite no source');

    const strict = await runConformance({ pluginDir: plugin, cassettes: dir, strictProvenance: true });
    const failed = strict.results.filter((r) => r.status === 'failed');
    expect(failed.map((r) => r.title)).toEqual(['every exchange cites a public reference (strict provenance)']);
    expect(failed[0]!.failures.map((f) => f.message)).toEqual([
      `cassette info/not-found.json step 1 exchange 1 (GET https://api.conf.test/v1/domains/example.com) is modelled, not documented: ${MODELLED.modelled}`,
    ]);
  });

  it('fails an unsourced exchange with strictProvenance', async () => {
    const strict = await runConformance({ pluginDir: plugin, cassettes: cassettes({ unsourced: true }), strictProvenance: true });
    const messages = strict.results.flatMap((r) => r.failures.map((f) => f.message));
    expect(messages).toContain('cassette register/taken.json step 1 exchange 1 (POST https://api.conf.test/v1/domains) has no source: cite a public document or client file, or say "modelled" and why');
    expect(strict.failed).toBe(1);
  });

  it('the CLI exits 0 without the flag and 1 with --strict-provenance, and the JSON report lists the modelled exchange', () => {
    const dir = cassettes();
    const out = join(mkdtempSync(join(tmpdir(), 'rk-provenance-cli-')), 'report.json');
    const relaxed = spawnSync(process.execPath, [cli, plugin, '--cassettes', dir, '--reporter', 'json', '--output', out], { encoding: 'utf8' });
    expect(relaxed.status).toBe(0);
    expect(relaxed.stdout).toContain('provenance: 9 documented, 1 modelled, 0 unsourced');
    const json = JSON.parse(readFileSync(out, 'utf8')) as { provenance: { counts: unknown; modelled: { file: string; step: number }[] } };
    expect(json.provenance.counts).toEqual({ documented: 9, modelled: 1, unsourced: 0 });
    expect(json.provenance.modelled.map((e) => [e.file, e.step])).toEqual([['info/not-found.json', 1]]);

    const strict = spawnSync(process.execPath, [cli, plugin, '--cassettes', dir, '--strict-provenance'], { encoding: 'utf8' });
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('✗ every exchange cites a public reference (strict provenance)');
    expect(strict.stdout).toContain('info/not-found.json step 1 exchange 1');
  });
});
