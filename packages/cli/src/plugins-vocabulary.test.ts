// `registrar-kit plugins` lists the operations added after sdk 0.1 per plugin: implemented ones
// with their completion, the others unsupported with the manifest's reason.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './test-support/run.js';

const plugin = (name: string): string => fileURLToPath(new URL(`../../../plugins/${name}`, import.meta.url));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rk-cli-vocab-'));
  const config = {
    store: { sqlite: ':memory:' },
    plugins: [
      { name: 'netim', package: plugin('soap-registrar'), settings: { resellerId: 'NR1', password: 'netim-cli-pass' } },
      { name: 'inx', package: plugin('internetx'), settings: { endpoint: 'https://gateway.autodns.com', user: 'u', password: 'inx-cli-pass' } },
    ],
    connectors: [
      { tld: 'fr', plugin: 'netim' },
      { tld: 'de', plugin: 'inx' },
    ],
  };
  writeFileSync(join(dir, 'registrar-kit.config.json'), JSON.stringify(config));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('registrar-kit plugins', () => {
  it('shows host objects, restore, transfer-out and the account listings per connector', async () => {
    const r = await run(['plugins'], dir);
    expect(r.code).toBe(0);
    const fr = r.stdout.slice(r.stdout.indexOf('.fr → netim'), r.stdout.indexOf('.de → inx'));
    expect(fr).toMatch(/createHost\s+auto\s+poll/);
    expect(fr).toMatch(/restore\s+auto\s+poll/);
    expect(fr).toMatch(/listTlds\s+auto\s+sync/);
    expect(fr).toMatch(/approveTransferOut\s+unsupported\s+no-api-call/);
    const de = r.stdout.slice(r.stdout.indexOf('.de → inx'));
    expect(de).toMatch(/approveTransferOut\s+auto\s+sync/);
    expect(de).toMatch(/restore\s+auto\s+message/);
    expect(de).toMatch(/listDomains\s+auto\s+sync/);
    expect(de).toMatch(/createHost\s+unsupported\s+glue-with-the-domain/);
    expect(de).toMatch(/listTlds\s+unsupported\s+no-tld-catalogue-task/);
  });
});
