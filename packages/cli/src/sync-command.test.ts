// `registrar-kit sync`: in-process through main(), against a fixture registrar whose registry the test changes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadHost } from '@registrar-kit/host';
import type { Contact } from '@registrar-kit/sdk';
import { run } from './test-support/run.js';

const lifeDir = fileURLToPath(new URL('../../../tests/fixtures/host-life', import.meta.url));
const person: Contact = { type: 'person', firstName: 'Ada', lastName: 'Lovelace', address: ['1 St'], postalCode: '10115', city: 'Berlin', country: 'DE', phone: '+49.301234567', email: 'ada@example.org' };
const registry = (): Record<string, unknown> => ((globalThis as { __registrarKitLife?: Record<string, unknown> }).__registrarKitLife ??= {});

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rk-cli-sync-'));
  const config = { store: { sqlite: 'store.sqlite' }, plugins: [{ name: 'life', package: lifeDir, settings: { apiKey: 'cli-sync-key' }, sync: { ratePerSecond: 1000 } }], connectors: [{ tld: 'com', plugin: 'life' }] };
  writeFileSync(join(dir, 'registrar-kit.config.json'), JSON.stringify(config));
  const host = await loadHost({ cwd: dir });
  for (const domain of ['kept.com', 'moved.com', 'left.com']) await host.submit({ operation: 'register', input: { domain, period: 1, contacts: { registrant: person }, nameservers: [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }] } });
  await host.close();
  registry()['moved.com'] = { info: { expiresAt: '2031-03-01T00:00:00.000Z' } };
  registry()['left.com'] = { error: { code: 'OBJECT_NOT_FOUND', message: 'not on this account', retryable: false } };
});
afterAll(() => {
  for (const k of ['moved.com', 'left.com']) delete registry()[k];
  rmSync(dir, { recursive: true, force: true });
});

describe('registrar-kit sync', () => {
  it('prints one line per domain and a summary; the store holds what the registrar said', async () => {
    const r = await run(['sync'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/moved\.com\s+registered\s+updated: expiresAt \S+ → 2031-03-01T00:00:00\.000Z/);
    expect(r.stdout).toMatch(/left\.com\s+transferred-away\s+updated: status registered → transferred-away/);
    expect(r.stdout).toMatch(/kept\.com\s+registered\s+unchanged/);
    expect(r.stdout).toContain('Synced 3 domains: 2 changed, 1 unchanged, 0 skipped, 0 without an answer (0 expired, 1 transferred away, 0 cancelled, 0 in redemption)');
    const domains = await run(['domains', '--json'], dir);
    const rows = JSON.parse(domains.stdout) as { name: string; status: string; expiresAt?: string }[];
    expect(rows.find((d) => d.name === 'moved.com')?.expiresAt).toBe('2031-03-01T00:00:00.000Z');
    const log = await run(['log', '--domain', 'left.com', '--kind', 'sync'], dir);
    expect(log.stdout).toContain('OBJECT_NOT_FOUND');
  });

  it('--domain reads one domain, due or not; an unknown domain is one line and exit 1', async () => {
    const one = await run(['sync', '--domain', 'kept.com', '--json'], dir);
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout)).toMatchObject({ checked: 1, results: [{ domain: 'kept.com', result: 'unchanged' }] });
    const missing = await run(['sync', '--domain', 'nowhere.com'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe('registrar-kit sync: domain nowhere.com is not in the store — list them with "registrar-kit domains"');
  });
});
