import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Host } from '../host.js';
import { postgresMigrationProvider } from '../store/postgres/migrations.js';
import { openPostgresStore } from '../store/postgres/postgres-store.js';
import { baseConfig, calls, registerInput, startHost } from '../test-support/harness.js';
import { closePostgresHelpers, dropSchema, freshSchemaName, postgresUrl } from '../test-support/postgres.js';

// sweep.test.ts's crash case with the hosts on PostgreSQL: "hosts" are Host instances with their
// own pools on one schema (as processes would be: nothing is shared but the database).

let hosts: Host[] = [];
const schemas: string[] = [];
beforeEach(() => {
  calls().length = 0;
});
afterEach(async () => {
  for (const h of hosts.reverse()) await h.close();
  hosts = [];
  for (const s of schemas.splice(0)) await dropSchema(s);
});
afterAll(() => closePostgresHelpers());

describe('follow-ups that survive a crash, on PostgreSQL', () => {
  it('registrations with registrarLock completed just before a crash: three hosts sweeping at once send each lock exactly once', async () => {
    const schema = freshSchemaName();
    schemas.push(schema);
    const config = baseConfig({ store: { postgres: postgresUrl(), schema, migrate: true, poolSize: 4 } });
    const domains = Array.from({ length: 12 }, (_, i) => `pg-crash-lock-${i}.com`);

    const { host: crashed } = await startHost(config);
    vi.spyOn(crashed.store, 'claimFollowUps').mockRejectedValue(new Error('the process died here'));
    const ids = new Map<string, string>();
    for (const domain of domains) ids.set(domain, (await crashed.submit({ operation: 'register', input: registerInput(domain, { registrarLock: true }) })).id);
    await crashed.close();
    expect(calls().filter((c) => c.operation === 'setRegistrarLock')).toEqual([]);

    const started = await Promise.all([startHost(config), startHost(config), startHost(config)]);
    hosts = started.map((s) => s.host);
    await Promise.all(hosts.map((h) => h.start({ trackerIntervalMs: 3_600_000 })));

    const locks = calls().filter((c) => c.operation === 'setRegistrarLock');
    expect(locks.map((c) => c.domain).sort()).toEqual([...domains].sort());
    const reader = hosts[0]!;
    for (const domain of domains) {
      const ops = await reader.listOperations({ domain, operation: 'setRegistrarLock' });
      expect(ops.map((o) => [o.idempotencyKey, o.status])).toEqual([[`${ids.get(domain)}:registrarLock`, 'done']]);
      expect((await reader.getDomain(domain))?.locked).toBe(true);
      expect((await reader.log({ operationId: ids.get(domain)! })).filter((e) => e.message.includes('registrar lock requested'))).toHaveLength(1);
    }
  });

  it('0012_follow_ups on a store of an earlier version leaves due only the locks asked for and never sent, and work in flight', async () => {
    const schema = freshSchemaName();
    schemas.push(schema);
    const pool = new pg.Pool({ connectionString: postgresUrl(), max: 1, options: `-c search_path=${schema}` });
    const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
    try {
      await pool.query(`create schema ${schema}`);
      expect((await new Migrator({ db, provider: postgresMigrationProvider, migrationTableSchema: schema }).migrateTo('0010_console_sessions')).error).toBeUndefined();
      const rows: [string, string, string, Record<string, unknown>, string?][] = [
        ['lost-lock', 'register', 'done', { registrarLock: true }],
        ['sent-lock', 'transfer', 'done', { registrarLock: true }],
        ['sent-lock-op', 'setRegistrarLock', 'done', { locked: true }, 'sent-lock:registrarLock'],
        ['no-lock', 'register', 'done', {}],
        ['renewed', 'renew', 'done', {}],
        ['in-flight', 'register', 'pending', { registrarLock: true }],
      ];
      for (const [id, operation, status, input, key] of rows) {
        await pool.query(`insert into operations (id, idempotency_key, payload_hash, operation, domain, mode, status, input, created_at, updated_at) values ($1, $2, 'h', $3, $4, 'auto', $5, $6, 1, 1)`, [
          id,
          key ?? `key-${id}`,
          operation,
          `${id}.com`,
          status,
          JSON.stringify({ domain: `${id}.com`, ...input }),
        ]);
      }
    } finally {
      await db.destroy();
    }
    const store = await openPostgresStore(postgresUrl(), { schema, migrate: true, poolSize: 2 });
    try {
      expect((await store.claimFollowUps({ now: new Date(10), nextDueAt: new Date(1000), limit: 100 })).map((o) => o.id)).toEqual(['lost-lock']);
      await store.updateOperation('in-flight', { status: 'done' });
      expect((await store.claimFollowUps({ now: new Date(10), nextDueAt: new Date(1000), limit: 100 })).map((o) => o.id)).toEqual(['in-flight']);
    } finally {
      await store.close();
    }
  });
});
