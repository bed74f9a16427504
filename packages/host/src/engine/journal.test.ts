import 'reflect-metadata';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { container } from 'tsyringe';
import { afterEach, describe, expect, it } from 'vitest';
import type { Logger } from '@registrar-kit/sdk';
import type { Host } from '../host.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import { TOKENS } from '../tokens.js';
import { baseConfig, calls, FakeClock, registerInput, startHost } from '../test-support/harness.js';

let hosts: Host[] = [];
let locks: BetterSqlite3.Database[] = [];
afterEach(async () => {
  for (const l of locks) {
    if (l.inTransaction) l.prepare('ROLLBACK').run();
    l.close();
  }
  locks = [];
  for (const h of hosts.reverse()) await h.close();
  hosts = [];
});

/** Another process's write lock on the store file, taken the moment the operation is marked submitting. */
function lockWhenSubmitting(host: Host, file: string): BetterSqlite3.Database {
  const other = new BetterSqlite3(file);
  locks.push(other);
  host.on('operation.status', (e) => {
    if (e.to === 'submitting') other.prepare('BEGIN IMMEDIATE').run();
  });
  return other;
}

describe('the store busy after the registrar answered', () => {
  it('waits for the lock without blocking the event loop, then writes the answer', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rk-busy-')), 'host.sqlite');
    let signalBusy!: () => void;
    const busy = new Promise<void>((r) => (signalBusy = r));
    const store = await openSqliteStore(file, { busyTimeoutMs: 60_000, onBusy: () => signalBusy() });
    const { host } = await startHost(baseConfig({ store: { sqlite: file } }), { store });
    hosts.push(host);
    const other = lockWhenSubmitting(host, file);
    const submitting = host.submit({ operation: 'register', input: registerInput('busy-then-free.com') });
    await busy;
    // The host keeps serving reads while its write waits.
    expect((await host.listOperations({ domain: 'busy-then-free.com' }))[0]?.status).toBe('submitting');
    other.prepare('COMMIT').run();
    expect((await submitting).status).toBe('done');
    expect(await host.getDomain('busy-then-free.com')).toMatchObject({ status: 'registered', pendingOperation: undefined });
  });

  it('keeps the answer in the outcome journal when the store stays locked, and applies it at the next start', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rk-journal-')), 'host.sqlite');
    const config = baseConfig({ store: { sqlite: file } });
    const { host: first } = await startHost(config, { busyTimeoutMs: 50 });
    const other = lockWhenSubmitting(first, file);
    const error = await first.submit({ operation: 'register', input: registerInput('journaled.com'), idempotencyKey: 'kj' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect((error as Error).message).toContain('outcome journal');
    expect(existsSync(`${file}.journal`)).toBe(true);
    other.prepare('ROLLBACK').run();
    const stuck = await first.getOperation((error as { operationId: string }).operationId);
    expect(stuck?.status).toBe('submitting');
    await first.close();

    const { host: second } = await startHost(config);
    hosts.push(second);
    const { recovered } = await second.start({ trackerIntervalMs: 3_600_000 });
    expect(recovered).toMatchObject({ journaled: 1, escalated: 0, resent: 0 });
    expect((await second.getOperation(stuck!.id))?.status).toBe('done');
    expect(await second.getDomain('journaled.com')).toMatchObject({ status: 'registered' });
    expect(await second.manualTasks.list()).toEqual([]);
    expect(calls().filter((c) => c.domain === 'journaled.com' && c.operation === 'register')).toHaveLength(1);
    expect(existsSync(`${file}.journal`)).toBe(false);
    expect((await second.log({ operationId: stuck!.id, kind: 'plugin-call' }))[0]?.data).toMatchObject({ via: 'outcome journal' });
  });
});

describe('composition root', () => {
  it('takes the platform\'s clock, logger and store from the container it passes', async () => {
    const platform = container.createChildContainer();
    const clock = new FakeClock(Date.parse('2031-05-01T00:00:00.000Z'));
    const lines: string[] = [];
    const logger: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: (m) => lines.push(m) };
    const store = await openSqliteStore(':memory:');
    platform.register(TOKENS.Clock, { useValue: clock });
    platform.register(TOKENS.Logger, { useValue: logger });
    platform.register(TOKENS.Store, { useValue: store });
    const { host } = await startHost(baseConfig(), { container: platform });
    hosts.push(host);
    expect(host.store).toBe(store);
    expect(host.container.resolve(TOKENS.Logger)).toBe(logger);
    const op = await host.submit({ operation: 'register', input: registerInput('composed.com') });
    expect(op.createdAt.toISOString()).toBe('2031-05-01T00:00:00.000Z');
    expect((await store.getOperation(op.id))?.status).toBe('done');
    // Each plugin instance lives in a child container of the host's.
    expect(host.plugins().get('main')!.container.resolve(TOKENS.PluginInstance).name).toBe('main');
  });
});
