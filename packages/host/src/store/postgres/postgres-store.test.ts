import { afterAll, afterEach, describe, expect, it, inject } from 'vitest';
import { expect as vexpect } from 'vitest';
import pg from 'pg';
import { contractOperation, runStoreContract } from '../contract.js';
import { closePostgresHelpers, dropSchema, freshSchemaName, openFreshPostgresStore, postgresUrl } from '../../test-support/postgres.js';
import { openPostgresStore, type PostgresStore } from './postgres-store.js';
import { POSTGRES_MIGRATION_NAMES } from './migrations.js';

const T0 = new Date('2026-01-15T10:00:00.000Z');
const at = (seconds: number): Date => new Date(T0.getTime() + seconds * 1000);

const opened: PostgresStore[] = [];
const schemas: string[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
  for (const s of schemas.splice(0)) await dropSchema(s);
});
afterAll(() => closePostgresHelpers());

async function fresh(): Promise<PostgresStore> {
  const store = await openFreshPostgresStore();
  opened.push(store);
  return store;
}

describe('PostgresStore', () => {
  it('runs against a server (the global setup started one, or RK_PG_URL names it)', () => {
    const provided = inject('rkPostgres');
    expect(provided.error).toBeUndefined();
    expect(postgresUrl()).toMatch(/^postgres(ql)?:\/\//);
  });

  it('refuses a database whose schema is behind, naming the migrate command; migrates only when asked', async () => {
    const schema = freshSchemaName();
    schemas.push(schema);
    await expect(openPostgresStore(postgresUrl(), { schema })).rejects.toMatchObject({ code: 'CONFIG_INVALID', message: expect.stringContaining('registrar-kit store migrate') });
    const migrated = await openPostgresStore(postgresUrl(), { schema, migrate: true });
    await migrated.close();
    // Up to date now: opened without migrate, and a second migrate changes nothing.
    const again = await openPostgresStore(postgresUrl(), { schema });
    opened.push(again);
    const again2 = await openPostgresStore(postgresUrl(), { schema, migrate: true });
    opened.push(again2);
    const client = new pg.Client({ connectionString: postgresUrl() });
    await client.connect();
    try {
      const names = (await client.query(`select name from "${schema}".kysely_migration order by name`)).rows.map((r: { name: string }) => r.name);
      expect(names).toEqual([...POSTGRES_MIGRATION_NAMES]);
    } finally {
      await client.end();
    }
  });

  it('hosts migrating one database at once apply each migration once', async () => {
    const schema = freshSchemaName();
    schemas.push(schema);
    const stores = await Promise.all([1, 2, 3].map(() => openPostgresStore(postgresUrl(), { schema, migrate: true })));
    opened.push(...stores);
    await stores[0]!.insertOperation(contractOperation('a'));
    expect((await stores[2]!.getOperation('a'))?.ref).toBe('REF-a');
  });

  it('answers STORE_UNAVAILABLE when the server cannot be reached', async () => {
    const url = new URL(postgresUrl());
    url.port = '1';
    await expect(openPostgresStore(url.toString(), { connectTimeoutMs: 2000 })).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  });

  it('answers STORE_UNAVAILABLE when a row stays locked past the lock timeout', async () => {
    const store = await openFreshPostgresStore({ lockTimeoutMs: 50 });
    opened.push(store);
    await store.insertOperation(contractOperation('a'));
    let release!: () => void;
    const held = store.transaction(async (tx) => {
      await tx.updateOperation('a', { step: 'holding' });
      await new Promise<void>((r) => (release = r));
    });
    await new Promise((r) => setTimeout(r, 20));
    await expect(store.updateOperation('a', { step: 'second' })).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    release();
    await held;
  });

  it('keeps a transaction usable after a refused duplicate, like SQLite', async () => {
    const store = await fresh();
    await store.insertOperation(contractOperation('a', { holdsDomain: true, domain: 'busy.com' }));
    await store.insertOperation(contractOperation('b', { domain: 'busy.com' }));
    await store.transaction(async (tx) => {
      await expect(tx.insertOperation(contractOperation('a2', { idempotencyKey: 'key-a' }))).rejects.toMatchObject({ code: 'CONFLICT' });
      await expect(tx.updateOperation('b', { holdsDomain: true })).rejects.toMatchObject({ code: 'CONFLICT' });
      await tx.updateOperation('b', { step: 'after' });
    });
    expect((await store.getOperation('b'))?.step).toBe('after');
  });

  it('finds a pending operation by its registrar reference, expires plugin state, reschedules any number of ids at once', async () => {
    const store = await fresh();
    await store.insertOperation(contractOperation('a'));
    await store.insertOperation(contractOperation('b', { pluginInstance: 'other', ref: 'REF-a', idempotencyKey: 'kb' }));
    expect((await store.pendingByRef('main', 'REF-a')).map((o) => o.id)).toEqual(['a']);
    expect((await store.pendingByRef('other', 'REF-a')).map((o) => o.id)).toEqual(['b']);
    await store.stateSet('main', 'session', { id: 's-1' }, at(600));
    await store.stateSet('main', 'session', { id: 's-2' }, at(600));
    expect(await store.stateGet('main', 'session', at(599))).toEqual({ id: 's-2' });
    expect(await store.stateGet('main', 'session', at(600))).toBeUndefined();
    await store.stateDelete('main', 'session');
    expect(await store.stateGet('main', 'session', at(0))).toBeUndefined();
    const claimed = await store.claimDuePending('h', 'h/1', at(300), 60_000, 10);
    expect(claimed.map((c) => c.id).sort()).toEqual(['a', 'b']);
    await store.reschedule([...Array.from({ length: 70_000 }, (_, i) => `x${i}`), 'a', 'b'], 'h', 'h/1', at(900), at(301));
    expect((await store.getOperation('b'))?.pollAttempts).toBe(1);
  });

  it('refuses work after close with HOST_CLOSED', async () => {
    const store = await openFreshPostgresStore();
    await store.close();
    await expect(store.getOperation('a')).rejects.toMatchObject({ code: 'HOST_CLOSED' });
  });
});

runStoreContract(
  { describe, it, equal: (actual, expected, message) => vexpect(actual, message).toEqual(expected) },
  { name: 'PostgreSQL', open: () => openFreshPostgresStore() },
);
