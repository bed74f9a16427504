import pg from 'pg';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Host } from '../host.js';
import { systemClock } from '../options.js';
import type { PostgresStore } from '../store/postgres/postgres-store.js';
import type { Store } from '../store/store.js';
import { baseConfig, calls, startHost } from '../test-support/harness.js';
import { closePostgresHelpers, dropSchema, freshSchemaName, postgresUrl } from '../test-support/postgres.js';
import { PendingTracker } from './pending-tracker.js';

// LISTEN/NOTIFY: the PostgreSQL store's trigger (migration 0004_work_due) notifies when an
// operation becomes pending with a next check time, is rescheduled or released; a tracker
// started with a timer of an hour polls it when it is due, woken by the notification of a write
// made by another host.

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const pollsOf = (domain: string): number => calls().filter((c) => c.operation === 'poll' && (c.domain ?? '').split(',').includes(domain)).length;

let hosts: Host[] = [];
const schemas: string[] = [];
afterEach(async () => {
  for (const h of hosts.reverse()) await h.close();
  hosts = [];
  for (const s of schemas.splice(0)) await dropSchema(s);
});
afterAll(() => closePostgresHelpers());

async function twoHosts(): Promise<{ tracking: Host; writing: Host; schema: string }> {
  const schema = freshSchemaName();
  schemas.push(schema);
  const config = baseConfig({ store: { postgres: postgresUrl(), schema, migrate: true, poolSize: 4 } });
  // Real clocks: the wake-up is a real timer.
  const tracking = (await startHost(config, { clock: systemClock, engine: { maxQueueDelayMs: 30_000 } })).host;
  const writing = (await startHost(config, { clock: systemClock, engine: { maxQueueDelayMs: 30_000 } })).host;
  hosts.push(tracking, writing);
  return { tracking, writing, schema };
}

describe('trackers woken by the PostgreSQL store (LISTEN/NOTIFY)', () => {
  it('an idle tracker with an hour-long timer polls an operation when another host makes it due', async () => {
    const { tracking, writing } = await twoHosts();
    const cycles = vi.spyOn(tracking.tracker, 'runCycle');
    await tracking.start({ trackerIntervalMs: 3_600_000 });
    await (tracking.store as PostgresStore).listening();
    await vi.waitFor(() => expect(cycles).toHaveBeenCalled());
    await sleep(100);
    const idle = cycles.mock.calls.length;

    // The other host (no tracker of its own) submits a transfer: pending, first check in 5 minutes.
    const now = await writing.submit({ operation: 'transfer', input: { domain: 'ok-now.com', authCode: 'x' } });
    const soon = await writing.submit({ operation: 'transfer', input: { domain: 'ok-soon.com', authCode: 'x' } });
    expect([now.status, soon.status]).toEqual(['pending', 'pending']);
    // Its schedule changes: one due now, one in 1.5 s (as a reschedule by any host would).
    const started = Date.now();
    await writing.store.updateOperation(now.id, { nextCheckAt: new Date(started) });
    await writing.store.updateOperation(soon.id, { nextCheckAt: new Date(started + 1_500) });

    await vi.waitFor(async () => expect((await tracking.getOperation(now.id))?.status).toBe('done'), { timeout: 2_000, interval: 20 });
    const nowPolledAfterMs = Date.now() - started;
    expect(pollsOf('ok-soon.com'), 'not polled before it is due').toBe(0);
    await vi.waitFor(async () => expect((await tracking.getOperation(soon.id))?.status).toBe('done'), { timeout: 4_000, interval: 20 });
    const soonPolledAfterMs = Date.now() - started;
    expect(soonPolledAfterMs).toBeGreaterThanOrEqual(1_500);
    expect([pollsOf('ok-now.com'), pollsOf('ok-soon.com')]).toEqual([1, 1]);
    // Woken by notifications only: a handful of cycles, not a timer's worth.
    expect(cycles.mock.calls.length - idle).toBeGreaterThanOrEqual(2);
    expect(cycles.mock.calls.length - idle).toBeLessThanOrEqual(6);
    console.log(`work-due: due-now polled after ${nowPolledAfterMs} ms, due-in-1500ms polled after ${soonPolledAfterMs} ms, ${cycles.mock.calls.length - idle} woken cycles`);
  });

  it('notifies once per transaction and due time, only for its schema, and not for claims or finished work', async () => {
    const { writing, schema } = await twoHosts();
    const store = writing.store as PostgresStore;
    const seen: number[] = [];
    const stop = store.onWorkDue((at) => seen.push(at.getTime()));
    await store.listening();
    await sleep(50);
    seen.length = 0; // the "may be due now" of a new LISTEN connection
    const other = freshSchemaName();
    schemas.push(other);
    const client = new pg.Client({ connectionString: postgresUrl() });
    await client.connect();
    try {
      // Another schema's registrar-kit store: its notifications are not this store's.
      const foreign = (await startHost(baseConfig({ store: { postgres: postgresUrl(), schema: other, migrate: true, poolSize: 2 } }), { clock: systemClock })).host;
      hosts.push(foreign);
      await foreign.submit({ operation: 'transfer', input: { domain: 'ok-foreign.com', authCode: 'x' } });
      const a = await writing.submit({ operation: 'transfer', input: { domain: 'wait-a.com', authCode: 'x' } });
      await writing.submit({ operation: 'transfer', input: { domain: 'wait-b.com', authCode: 'x' } });
      await vi.waitFor(() => expect(seen).toHaveLength(2));
      // One statement rescheduling both to one time: one notification.
      await client.query(`update "${schema}".operations set next_check_at = 42 where status = 'pending'`);
      await vi.waitFor(() => expect(seen).toHaveLength(3));
      expect(seen[2]).toBe(42);
      // A claim and its extension wake nobody; its release does.
      const claimed = await store.claimDuePending('h', 'h/1', new Date(), 60_000, 10);
      expect(claimed).toHaveLength(2);
      await store.extendLeases('h', 'h/1', new Date(Date.now() + 120_000));
      await store.releaseLease(a.id, 'h', 'h/1');
      await vi.waitFor(() => expect(seen).toHaveLength(4));
      await sleep(100);
      expect(seen).toHaveLength(4);
      stop();
    } finally {
      await client.end();
    }
  });

  it('debounces a burst of notifications into one cycle; work due after the timer\'s next cycle sets no wake-up', async () => {
    const { writing } = await twoHosts();
    const listeners = new Set<(at: Date) => void>();
    const notifying: Store = Object.assign(Object.create(writing.store) as Store, {
      onWorkDue: (l: (at: Date) => void) => (listeners.add(l), () => listeners.delete(l)),
    });
    const tracker = new PendingTracker(writing.engine, notifying, writing.plugins(), systemClock);
    const cycles = vi.spyOn(tracker, 'runCycle');
    tracker.start(3_600_000);
    try {
      await vi.waitFor(() => expect(cycles).toHaveBeenCalledTimes(1));
      // The start-up cycle has finished: a notification now is not "work arriving mid-cycle".
      await cycles.mock.results[0]!.value;
      for (let i = 0; i < 100; i++) for (const l of listeners) l(new Date());
      await vi.waitFor(() => expect(cycles).toHaveBeenCalledTimes(2));
      await cycles.mock.results[1]!.value;
      await sleep(100);
      expect(cycles).toHaveBeenCalledTimes(2);
      // Due in an hour and a bit: the timer's next cycle serves it, no wake-up is set.
      for (const l of listeners) l(new Date(Date.now() + 3_700_000));
      await sleep(100);
      expect(cycles).toHaveBeenCalledTimes(2);
    } finally {
      await tracker.stop();
    }
    expect(listeners.size, 'stop() unsubscribes').toBe(0);
  });
});
