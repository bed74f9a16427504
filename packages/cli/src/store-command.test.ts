// `registrar-kit store status|migrate` against the PostgreSQL of the test run (vitest's global
// setup starts one, or RK_PG_URL names it), in a schema of its own.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { openSqliteStore, type Store } from '@registrar-kit/host';
import { openPostgresStore, POSTGRES_MIGRATION_NAMES } from '@registrar-kit/host/postgres';
import { parseOlderThan } from './commands/store.js';
import { run } from './test-support/run.js';

function url(): string {
  const provided = inject('rkPostgres');
  if (provided.url === undefined) throw new Error(provided.error ?? 'no PostgreSQL for the tests: set RK_PG_URL');
  return provided.url;
}

const schema = `rk_cli_${randomBytes(5).toString('hex')}`;
afterAll(async () => {
  const client = new pg.Client({ connectionString: url() });
  await client.connect();
  await client.query(`drop schema if exists "${schema}" cascade`);
  await client.end();
});

describe('registrar-kit store', () => {
  it('reports a PostgreSQL schema behind, migrates it on request, then reports it up to date', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rk-cli-store-'));
    const fixture = fileURLToPath(new URL('../../../tests/fixtures/host-basic', import.meta.url));
    writeFileSync(
      join(dir, 'registrar-kit.config.json'),
      JSON.stringify({ store: { postgres: { $env: 'RK_TEST_DATABASE_URL' }, schema }, plugins: [{ name: 'main', package: fixture, settings: { apiKey: 'k', account: 'a' } }], connectors: [{ tld: 'com', plugin: 'main' }] }),
    );
    const env = { RK_TEST_DATABASE_URL: url() };
    const before = await run(['store', 'status'], dir, env);
    expect(before.stdout).toContain(`Pending: ${POSTGRES_MIGRATION_NAMES.join(', ')}`);
    expect(before.stdout).toContain('0001_initial, 0002_partial_indexes, 0003_engine, 0004_work_due');
    expect(before.code).toBe(1);
    const migrated = await run(['store', 'migrate', '--json'], dir, env);
    expect(migrated.code).toBe(0);
    expect(JSON.parse(migrated.stdout)).toMatchObject({ store: 'postgres', appliedNow: [...POSTGRES_MIGRATION_NAMES], pending: [] });
    expect(migrated.stdout).not.toContain(new URL(url()).password || '\u0000no-password');
    const after = await run(['store', 'status'], dir, env);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain('Up to date.');
    expect((await run(['store', 'sideways'], dir, env)).code).toBe(2);
  });
});

const DAY = 86_400_000;

/** Action Log entries and inbound messages aged 400, 200 and 10 days. */
async function seedAges(store: Store): Promise<void> {
  const now = Date.now();
  for (const [i, days] of [400, 200, 10].entries()) {
    await store.appendLog({ at: new Date(now - days * DAY), level: 'info', kind: 'k', message: `${days} days old` });
    await store.insertInbound({ id: `m${i}`, messageId: `<${i}@r>`, contentHash: `h${i}`, instance: 'main', receivedAt: new Date(now - days * DAY), raw: 'x', rawBytes: Buffer.from('x'), status: 'applied', reason: undefined, operationId: undefined });
  }
}

describe('registrar-kit store prune', () => {
  it('reads an age or a date, and refuses anything else or the future', () => {
    const now = new Date('2026-11-29T12:00:00Z');
    expect(parseOlderThan('180d', now).toISOString()).toBe('2026-06-02T12:00:00.000Z');
    expect(parseOlderThan('12h', now).toISOString()).toBe('2026-11-29T00:00:00.000Z');
    expect(parseOlderThan('2w', now).toISOString()).toBe('2026-11-15T12:00:00.000Z');
    expect(parseOlderThan('2026-06-01', now).toISOString()).toBe('2026-06-01T00:00:00.000Z');
    expect(parseOlderThan('2026-06-01T08:30:00Z', now).toISOString()).toBe('2026-06-01T08:30:00.000Z');
    for (const bad of [undefined, '', '180', '6 months', '-3d', 'yesterday', '2026-13-45']) expect(() => parseOlderThan(bad, now)).toThrow(/older-than|how old/);
    expect(() => parseOlderThan('2027-01-01', now)).toThrow(/future/);
  });

  it('prunes a PostgreSQL store (the configured one) and prints the counts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rk-cli-prune-'));
    const pruneSchema = `rk_cli_${randomBytes(5).toString('hex')}`;
    const fixture = fileURLToPath(new URL('../../../tests/fixtures/host-basic', import.meta.url));
    writeFileSync(
      join(dir, 'registrar-kit.config.json'),
      JSON.stringify({ store: { postgres: { $env: 'RK_TEST_DATABASE_URL' }, schema: pruneSchema }, plugins: [{ name: 'main', package: fixture, settings: { apiKey: 'k', account: 'a' } }], connectors: [{ tld: 'com', plugin: 'main' }] }),
    );
    const store = await openPostgresStore(url(), { schema: pruneSchema, migrate: true, poolSize: 1 });
    try {
      await seedAges(store);
      const env = { RK_TEST_DATABASE_URL: url() };
      const first = await run(['store', 'prune', '--older-than', '180d'], dir, env);
      expect(first).toMatchObject({ code: 0, stderr: '' });
      expect(first.stdout).toMatch(/^Pruned postgres \(schema rk_cli_[0-9a-f]+\): 2 Action Log entries and 2 inbound messages older than 20\d\d-/);
      expect((await store.queryLog()).map((e) => e.message)).toEqual(['10 days old']);
      const again = await run(['store', 'prune', '--older-than', '180d', '--json'], dir, env);
      expect(JSON.parse(again.stdout)).toMatchObject({ actionLog: 0, inbound: 0 });
      expect((await run(['store', 'prune'], dir, env)).code).toBe(2);
      expect((await run(['store', 'prune', '--older-than', '6 months'], dir, env)).code).toBe(2);
      expect((await run(['store', 'status', '--older-than', '1d'], dir, env)).code).toBe(2);
    } finally {
      await store.close();
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      await client.query(`drop schema if exists "${pruneSchema}" cascade`);
      await client.end();
    }
  });

  it('prunes an SQLite store named with --store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rk-cli-prune-sqlite-'));
    const file = join(dir, 'host.sqlite');
    const store = await openSqliteStore(file);
    await seedAges(store);
    await store.close();
    const result = await run(['store', 'prune', '--older-than', '30d', '--store', file, '--json'], dir, {});
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ where: file, actionLog: 2, inbound: 2 });
    const reopened = await openSqliteStore(file);
    expect((await reopened.listInbound()).map((m) => m.id)).toEqual(['m2']);
    await reopened.close();
  });
});
