// Record mode for the SOAP registrar plugin's newer operations (child name servers, restore, the
// account's domain list and price list) against the simulated Netim API, one scenario after the
// other so each finds the registrar state the one before left (the host created before it is
// updated and deleted, the domain deleted before it is restored), then the recording replayed.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordCassettes, runConformance, type Cassette } from '@registrar-kit/conformance';
import { startSandbox, type Sandbox } from '../sandbox.js';

const pluginDir = fileURLToPath(new URL('../../../../plugins/soap-registrar', import.meta.url));
const PASSWORD = 'sandbox-record-pass-56';
/** The plugin's own cassettes, in the order the registrar state needs them. */
const SEQUENCE = [
  'restore/refused.json', // example.fr is live: not in its redemption period
  'createHost/success.json',
  'updateHost/success.json',
  'deleteHost/success.json',
  'cancel/success.json', // domainDelete: example.fr enters its redemption period
  'restore/success.json',
  'listDomains/success.json',
  'listTlds/success.json',
];
let sandbox: Sandbox;
let work: string;

const read = (dir: string, file: string): Cassette => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Cassette;
const expectations = (c: Cassette): unknown[] => c.steps.map((s) => s.expect);
/** Adds the result a success answers to a recorded one-step cassette (record mode writes only its status). */
function withResult(dir: string, file: string, result: unknown): void {
  const c = read(dir, file);
  expect(c.steps).toHaveLength(1);
  c.steps[0]!.expect = { ...(c.steps[0]!.expect as object), result } as NonNullable<Cassette['steps'][number]['expect']>;
  writeFileSync(join(dir, file), `${JSON.stringify(c, null, 2)}\n`);
}

beforeAll(async () => {
  sandbox = await startSandbox({ only: ['soap'], clock: { start: Date.parse('2026-05-01T08:00:00Z'), realNow: () => 0 } });
  work = mkdtempSync(join(tmpdir(), 'rk-record-soap-ops-'));
  // The cassettes' domain, registered in the cassettes' reseller account without the API.
  expect(sandbox.simulator('soap').registerOutside?.('example.fr', 'NR1234')).toBe(true);
});
afterAll(async () => {
  await sandbox?.close();
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

describe('the SOAP registrar\'s newer operations recorded against the sandbox', () => {
  it('records each scenario in turn; the simulator answers what the committed cassettes expect', { timeout: 60_000 }, async () => {
    for (const [i, file] of SEQUENCE.entries()) {
      const source = join(work, `source-${i}`);
      mkdirSync(join(source, file.split('/')[0]!), { recursive: true });
      cpSync(join(pluginDir, 'cassettes', file), join(source, file));
      const result = await recordCassettes({
        pluginDir,
        cassettes: source,
        endpoint: sandbox.httpUrl,
        settings: { endpoint: 'https://api.netim.com/2.0/', resellerId: 'NR1234', password: PASSWORD },
        outDir: join(work, 'recorded'),
      });
      expect(result.refused, file).toEqual([]);
      expect(result.written, file).toEqual([file]);
      expect(readFileSync(join(work, 'recorded', file), 'utf8'), file).not.toContain(PASSWORD);
    }
    const committed = join(pluginDir, 'cassettes');
    const recorded = join(work, 'recorded');
    // The recording writes every field of a failure (`retryable` too) and only the status of a
    // success (never its result): the committed expectations, results aside, are a part of it.
    for (const file of SEQUENCE.filter((f) => !f.startsWith('list'))) {
      const want = expectations(read(committed, file)).map((e) => {
        const { result: _, ...rest } = e as { result?: unknown };
        return rest;
      });
      expect(expectations(read(recorded, file)), file).toMatchObject(want);
    }
    // Every exchange the plugin made went to the simulator and came back with its answer.
    const soapActions = (file: string): string[] => read(recorded, file).steps.flatMap((s) => (s.exchanges ?? []).flatMap((e) => ('http' in e ? [e.http.request.headers?.soapaction ?? ''] : [])));
    expect(soapActions('createHost/success.json')).toContain('https://api.netim.com/2.0/#hostCreate');
    expect(soapActions('restore/success.json')).toContain('https://api.netim.com/2.0/#domainRestore');
    expect(sandbox.journal.map((e) => e.summary)).toEqual(
      expect.arrayContaining([
        'domainRestore example.fr → fault E06-M0604',
        expect.stringMatching(/^hostCreate ns1\.example\.fr → DONE \d+$/),
        expect.stringMatching(/^hostUpdate ns1\.example\.fr → DONE \d+$/),
        expect.stringMatching(/^hostDelete ns1\.example\.fr → DONE \d+$/),
        expect.stringMatching(/^domainRestore example\.fr → DONE \d+ \(restored\)$/),
      ]),
    );
  });

  it('the recording, with the results the registrar state gives, replays green through the suite', async () => {
    const recorded = join(work, 'recorded');
    const committed = join(pluginDir, 'cassettes');
    // Same input, same registrar state: the committed cassettes' results.
    for (const file of ['createHost/success.json', 'updateHost/success.json', 'deleteHost/success.json', 'restore/success.json']) withResult(recorded, file, (read(committed, file).steps[0]?.expect as { result?: unknown }).result);
    // The account's own list: the one domain, back from redemption, with the sandbox's dates.
    withResult(recorded, 'listDomains/success.json', { domains: [{ domain: 'example.fr', createdAt: '2026-05-01', expiresAt: '2027-05-01' }] });
    // The sandbox's price list: the two TLDs of the committed cassette at the same fees, then two more.
    const committedTlds = (read(committed, 'listTlds/success.json').steps[0]?.expect as { result: { tlds: unknown[] } }).result.tlds;
    const eur = (register: string, renew: string, transfer: string, restore: string) =>
      Object.entries({ register, renew, transfer, restore }).map(([action, amount]) => ({ currency: 'EUR', action, amount }));
    withResult(recorded, 'listTlds/success.json', { tlds: [...committedTlds, { tld: 'eu', prices: eur('6.90', '6.90', '6.90', '40.00') }, { tld: 'de', prices: eur('5.90', '5.90', '5.90', '30.00') }] });
    const report = await runConformance({ pluginDir, cassettes: join(work, 'recorded') });
    const replayed = report.results.filter((r) => r.check === 'scenarios' && !r.title.includes('registrar-error scenario'));
    expect(replayed.length).toBeGreaterThanOrEqual(SEQUENCE.length);
    expect(replayed.filter((r) => r.status !== 'passed')).toEqual([]);
  });
});
