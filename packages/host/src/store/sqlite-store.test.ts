import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { migrationProvider } from './migrations.js';
import { openSqliteStore, type SqliteStore } from './sqlite-store.js';
import { contractOperation, runStoreContract } from './contract.js';
import { expect as vexpect } from 'vitest';

const T0 = new Date('2026-01-15T10:00:00.000Z');
const at = (seconds: number): Date => new Date(T0.getTime() + seconds * 1000);

const operation = contractOperation;

const opened: SqliteStore[] = [];
async function open(file = ':memory:'): Promise<SqliteStore> {
  const store = await openSqliteStore(file);
  opened.push(store);
  return store;
}

afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
});

describe('SqliteStore', () => {
  it('keeps a statement outside a transaction out of it until it commits', async () => {
    const store = await open();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const tx = store.transaction(async (t) => {
      await t.insertOperation(operation('a'));
      await gate;
      await t.updateOperation('a', { status: 'done' });
    });
    // Issued while the transaction is open: it must wait, then see the committed state only.
    const read = store.getOperation('a');
    release();
    await tx;
    expect((await read)?.status).toBe('done');
  });

  it('finds a pending operation by its registrar reference, per plugin instance', async () => {
    const store = await open();
    await store.insertOperation(operation('a'));
    await store.insertOperation(operation('b', { pluginInstance: 'other', ref: 'REF-a', idempotencyKey: 'kb' }));
    expect((await store.pendingByRef('main', 'REF-a')).map((o) => o.id)).toEqual(['a']);
    expect((await store.pendingByRef('other', 'REF-a')).map((o) => o.id)).toEqual(['b']);
    await store.updateOperation('a', { status: 'done' });
    expect(await store.pendingByRef('main', 'REF-a')).toEqual([]);
  });

  it('expires plugin state after its time to live', async () => {
    const store = await open();
    await store.stateSet('main', 'session', { id: 's-1' }, at(600));
    await store.stateSet('main', 'handle', 'CL-7', undefined);
    expect(await store.stateGet('main', 'session', at(599))).toEqual({ id: 's-1' });
    expect(await store.stateGet('main', 'session', at(600))).toBeUndefined();
    expect(await store.stateGet('other', 'handle', at(0))).toBeUndefined();
    expect(await store.stateGet('main', 'handle', at(10_000_000))).toBe('CL-7');
  });

  it('reopens a file with its data and no migration run twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rk-store-'));
    try {
      const file = join(dir, 'store.sqlite');
      const first = await openSqliteStore(file);
      await first.insertOperation(operation('a'));
      await first.close();
      const second = await open(file);
      expect((await second.getOperation('a'))?.ref).toBe('REF-a');
      expect((await second.claimDuePending('t', 't/1', at(300), 1000, 10)).map((c) => c.id)).toEqual(['a']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('waits for another process\'s write lock without blocking the event loop, then writes', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rk-busy-')), 'store.sqlite');
    let busy = 0;
    let releaseLock!: () => void;
    const sawBusy = new Promise<void>((resolve) => (releaseLock = resolve));
    const store = await open(file);
    const reopened = await openSqliteStore(file, { busyTimeoutMs: 60_000, onBusy: () => ++busy === 1 && releaseLock() });
    opened.push(reopened);
    // A second connection stands in for another process holding the write lock.
    const other = new BetterSqlite3(file);
    other.prepare('BEGIN IMMEDIATE').run();
    const write = reopened.transaction((tx) => tx.insertOperation(operation('a')));
    await sawBusy;
    // The loop turns while the write waits: a timer scheduled now fires before the lock is released.
    let ticked = false;
    await new Promise<void>((resolve) => setImmediate(() => ((ticked = true), resolve())));
    expect(ticked).toBe(true);
    other.prepare('COMMIT').run();
    other.close();
    await write;
    expect(busy).toBeGreaterThan(0);
    expect((await store.getOperation('a'))?.id).toBe('a');
  });

  it('answers STORE_UNAVAILABLE when the lock is held past the busy timeout', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rk-busy-')), 'store.sqlite');
    const store = await openSqliteStore(file, { busyTimeoutMs: 30 });
    opened.push(store);
    const other = new BetterSqlite3(file);
    other.prepare('BEGIN IMMEDIATE').run();
    try {
      await expect(store.transaction((tx) => tx.insertOperation(operation('a')))).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    } finally {
      other.prepare('ROLLBACK').run();
      other.close();
    }
  });

  it('migrates a store written before the engine: versions, the domain in flight, registered domains kept registered', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rk-migrate-')), 'store.sqlite');
    const db = new BetterSqlite3(file);
    const kysely = new Kysely<unknown>({ dialect: new SqliteDialect({ database: db }) });
    const old = await migrationProvider.getMigrations();
    for (const name of ['0001_initial', '0002_partial_indexes']) await old[name]!.up(kysely);
    db.exec(`create table kysely_migration (name varchar(255) not null primary key, timestamp varchar(255) not null);
      create table kysely_migration_lock (id varchar(255) not null primary key, is_locked integer not null default 0);
      insert into kysely_migration values ('0001_initial', '2026-01-01'), ('0002_partial_indexes', '2026-01-02');
      insert into domains (name, tld, status, locked, created_at, updated_at) values ('kept.com', 'com', 'awaiting-manual', 0, 1, 1), ('new.com', 'com', 'registering', 0, 1, 1);
      insert into operations (id, idempotency_key, payload_hash, operation, domain, mode, status, input, poll_attempts, created_at, updated_at) values
        ('r1', 'k1', 'h', 'register', 'kept.com', 'auto', 'done', '{}', 0, 1, 1),
        ('n1', 'k2', 'h', 'renew', 'kept.com', 'manual', 'awaiting-manual', '{}', 0, 2, 2),
        ('g1', 'k3', 'h', 'register', 'new.com', 'auto', 'pending', '{}', 0, 3, 3);`);
    await kysely.destroy();
    const store = await open(file);
    expect(await store.getDomain('kept.com')).toMatchObject({ status: 'registered', pendingOperation: 'n1', version: 0 });
    expect(await store.getDomain('new.com')).toMatchObject({ status: 'registering', pendingOperation: 'g1' });
    expect((await store.getInFlight('kept.com'))?.id).toBe('n1');
    expect((await store.getOperation('r1'))?.holdsDomain).toBe(false);
  });

  it('migrates inbound messages kept as text: still readable, and an old Message-ID stays a duplicate', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rk-migrate-')), 'store.sqlite');
    const db = new BetterSqlite3(file);
    const kysely = new Kysely<unknown>({ dialect: new SqliteDialect({ database: db }) });
    const old = await migrationProvider.getMigrations();
    for (const name of ['0001_initial', '0002_partial_indexes', '0003_engine']) await old[name]!.up(kysely);
    db.exec(`create table kysely_migration (name varchar(255) not null primary key, timestamp varchar(255) not null);
      create table kysely_migration_lock (id varchar(255) not null primary key, is_locked integer not null default 0);
      insert into kysely_migration values ('0001_initial', '2026-01-01'), ('0002_partial_indexes', '2026-01-02'), ('0003_engine', '2026-01-03');
      insert into inbound_messages (id, message_id, content_hash, instance, received_at, raw, status) values
        ('m1', '<reply@r>', 'h1', 'main', 1, 'first copy', 'applied'),
        ('m2', '<reply@r>', 'h2', 'main', 2, 'second copy', 'quarantined');`);
    await kysely.destroy();
    const store = await open(file);
    const kept = await store.listInbound();
    expect(kept.map((m) => [m.id, m.raw, m.rawBytes.toString('utf8')])).toEqual([
      ['m1', 'first copy', 'first copy'],
      ['m2', 'second copy', 'second copy'],
    ]);
    const third = { ...kept[0]!, id: 'm3', contentHash: 'h3', rawBytes: Buffer.from('third copy') };
    expect(await store.insertInbound(third)).toBe(false);
  });

  it('refuses work after close with HOST_CLOSED', async () => {
    const store = await openSqliteStore(':memory:');
    await store.close();
    await expect(store.getOperation('a')).rejects.toMatchObject({ code: 'HOST_CLOSED' });
  });
});

runStoreContract(
  { describe, it, equal: (actual, expected, message) => vexpect(actual, message).toEqual(expected) },
  { name: 'SQLite in memory', open: () => openSqliteStore(':memory:') },
);
runStoreContract(
  { describe, it, equal: (actual, expected, message) => vexpect(actual, message).toEqual(expected) },
  { name: 'SQLite file', open: () => openSqliteStore(join(mkdtempSync(join(tmpdir(), 'rk-contract-')), 'store.sqlite')) },
);
