import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrationProvider } from './migrations.js';
import * as queries from './queries.js';
import { openSqliteStore } from './sqlite-store.js';

const row = (id: string, operation: string, status: string, input: Record<string, unknown>, key = `key-${id}`) => ({
  id,
  key,
  operation,
  domain: `${id}.com`,
  status,
  input: JSON.stringify({ domain: `${id}.com`, ...input }),
});

describe('0012_follow_ups on a store of an earlier version', () => {
  it('leaves due only the locks asked for and never sent (and work still in flight); the sweep query reads the partial index', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rk-0012-')), 'host.sqlite');
    const raw = new Database(file);
    const kysely = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
    const { error } = await new Migrator({ db: kysely, provider: migrationProvider }).migrateTo('0010_console_sessions');
    expect(error).toBeUndefined();
    const insert = raw.prepare(
      `insert into operations (id, idempotency_key, payload_hash, operation, domain, mode, status, input, created_at, updated_at) values (@id, @key, 'h', @operation, @domain, 'auto', @status, @input, 1, 1)`,
    );
    for (const r of [
      row('lost-lock', 'register', 'done', { registrarLock: true }),
      row('sent-lock', 'transfer', 'done', { registrarLock: true }),
      row('sent-lock-op', 'setRegistrarLock', 'done', { locked: true }, 'sent-lock:registrarLock'),
      row('no-lock', 'register', 'done', {}),
      row('renewed', 'renew', 'done', {}),
      row('in-flight', 'register', 'pending', { registrarLock: true }),
    ]) {
      insert.run(r);
    }
    raw.close();

    const store = await openSqliteStore(file);
    try {
      const due = await store.claimFollowUps({ now: new Date(10), nextDueAt: new Date(1000), limit: 100 });
      expect(due.map((o) => o.id)).toEqual(['lost-lock']);
      await store.updateOperation('in-flight', { status: 'done' });
      expect((await store.claimFollowUps({ now: new Date(10), nextDueAt: new Date(1000), limit: 100 })).map((o) => o.id)).toEqual(['in-flight']);
    } finally {
      await store.close();
    }

    const check = new Database(file, { readonly: true });
    try {
      const q = queries.claimFollowUps({ t: 10, limit: 100 });
      const plan = check.prepare(`explain query plan ${q.sql}`).all(...q.parameters) as { detail: string }[];
      expect(plan.map((p) => p.detail).join('\n')).toContain('operations_follow_up');
    } finally {
      check.close();
    }
  });
});
