import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore, type SqliteStore } from './sqlite-store.js';
import type { OperationRecord } from './store.js';

const T0 = new Date('2026-01-15T10:00:00.000Z');
const at = (seconds: number): Date => new Date(T0.getTime() + seconds * 1000);

function operation(id: string, patch: Partial<OperationRecord> = {}): OperationRecord {
  return {
    id,
    idempotencyKey: `key-${id}`,
    payloadHash: 'hash',
    operation: 'transfer',
    domain: `${id}.com`,
    connector: 'com',
    pluginInstance: 'main',
    orderId: undefined,
    customerId: undefined,
    mode: 'auto',
    status: 'pending',
    input: { domain: `${id}.com`, authCode: 'x' },
    result: undefined,
    error: undefined,
    ref: `REF-${id}`,
    await: 'poll',
    step: undefined,
    pendingData: undefined,
    nextCheckAt: at(300),
    leaseOwner: undefined,
    leaseExpiresAt: undefined,
    pollAttempts: 0,
    submittedAt: T0,
    createdAt: T0,
    updatedAt: T0,
    ...patch,
  };
}

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
  it('rolls a failed transaction back whole', async () => {
    const store = await open();
    await expect(
      store.transaction(async (tx) => {
        await tx.insertOperation(operation('a'));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store.getOperation('a')).toBeUndefined();
  });

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

  it('refuses a second operation with the same idempotency key', async () => {
    const store = await open();
    await store.insertOperation(operation('a'));
    await expect(store.insertOperation(operation('b', { idempotencyKey: 'key-a' }))).rejects.toThrow(/UNIQUE/);
  });

  it('leases due pending operations to one owner until the lease expires', async () => {
    const store = await open();
    await store.insertOperation(operation('due'));
    await store.insertOperation(operation('later', { nextCheckAt: at(900) }));
    await store.insertOperation(operation('done', { status: 'done', ref: undefined }));

    expect(await store.claimDuePending('tracker-1', at(299), 60_000, 10)).toEqual([]);
    const claimed = await store.claimDuePending('tracker-1', at(300), 60_000, 10);
    expect(claimed.map((c) => c.id)).toEqual(['due']);
    expect(claimed[0]?.ref).toBe('REF-due');
    // Another tracker gets nothing while the lease holds, the row once it has expired.
    expect(await store.claimDuePending('tracker-2', at(330), 60_000, 10)).toEqual([]);
    expect((await store.claimDuePending('tracker-2', at(361), 60_000, 10)).map((c) => c.id)).toEqual(['due']);
  });

  it('reschedules only the rows the owner holds, counting the poll', async () => {
    const store = await open();
    await store.insertOperation(operation('a'));
    await store.insertOperation(operation('b'));
    await store.claimDuePending('tracker-1', at(300), 60_000, 1);
    await store.reschedule(['a', 'b'], 'tracker-1', at(900), at(301));
    const a = await store.getOperation('a');
    const b = await store.getOperation('b');
    expect(a).toMatchObject({ nextCheckAt: at(900), pollAttempts: 1, leaseOwner: undefined });
    // b was never claimed by tracker-1: untouched.
    expect(b).toMatchObject({ nextCheckAt: at(300), pollAttempts: 0 });
  });

  it('finds a pending operation by its registrar reference, per plugin instance', async () => {
    const store = await open();
    await store.insertOperation(operation('a'));
    await store.insertOperation(operation('b', { pluginInstance: 'other', ref: 'REF-a', idempotencyKey: 'kb' }));
    expect((await store.findPendingByRef('main', 'REF-a'))?.id).toBe('a');
    expect((await store.findPendingByRef('other', 'REF-a'))?.id).toBe('b');
    await store.updateOperation('a', { status: 'done' });
    expect(await store.findPendingByRef('main', 'REF-a')).toBeUndefined();
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
      expect((await second.claimDuePending('t', at(300), 1000, 10)).map((c) => c.id)).toEqual(['a']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses work after close with HOST_CLOSED', async () => {
    const store = await openSqliteStore(':memory:');
    await store.close();
    await expect(store.getOperation('a')).rejects.toMatchObject({ code: 'HOST_CLOSED' });
  });
});
