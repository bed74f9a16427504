import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Host } from '../host.js';
import { baseConfig, calls, registerInput, startHost, type FakeClock } from '../test-support/harness.js';
import { callsFor, holdRegistrar, releaseGates, settled } from '../test-support/races.js';

// Every race of issue 14, with real concurrent callers: each has a defined winner, the loser a
// coded answer, and the registrar is called once per billable intent.

let hosts: Host[] = [];
afterEach(async () => {
  releaseGates();
  vi.useRealTimers();
  for (const h of hosts.reverse()) await h.close();
  hosts = [];
});

const fileConfig = (file = join(mkdtempSync(join(tmpdir(), 'rk-race-')), 'host.sqlite'), extra = {}) => baseConfig({ store: { sqlite: file }, ...extra });

async function open(config = baseConfig(), options = {}): Promise<{ host: Host; clock: FakeClock }> {
  const started = await startHost(config, options);
  hosts.push(started.host);
  return started;
}

describe('engine races (one process)', () => {
  it('markPaid twice at once sends the registration once and answers both with the same operation', async () => {
    const { host } = await open();
    await host.submit({ operation: 'register', input: registerInput('paid-twice.com'), orderId: 'o1', customerId: 'c1' });
    const [a, b] = await Promise.all([host.orders.markPaid('o1'), host.orders.markPaid('o1')]);
    expect(callsFor('paid-twice.com')).toBe(1);
    expect(a!.map((o) => o.id)).toEqual(b!.map((o) => o.id));
    expect((await host.listOperations({ orderId: 'o1' }))[0]?.status).toBe('done');
    expect((await host.log({ orderId: 'o1', kind: 'order' })).map((e) => e.message)).toEqual(['order o1 paid']);
  });

  it('two customers racing for one new domain with different keys: one is sent, the other gets DOMAIN_BUSY naming it', async () => {
    // Customers whose platform bills before calling the host: their requests go out without an order.
    const { host } = await open(baseConfig({ orders: { requireForCustomers: false } }));
    const hold = holdRegistrar('contested.com');
    const racing = [1, 2, 3, 4].map((n) => host.submit({ operation: 'register', input: registerInput('contested.com'), customerId: `cust-${n}`, idempotencyKey: `key-${n}` }));
    await hold.entered;
    hold.release();
    const { ok, errors } = await settled(racing);
    expect(ok).toHaveLength(1);
    expect(errors.map((e) => e.code)).toEqual(['DOMAIN_BUSY', 'DOMAIN_BUSY', 'DOMAIN_BUSY']);
    expect(new Set(errors.map((e) => e.operationId))).toEqual(new Set([ok[0]!.id]));
    expect(callsFor('contested.com')).toBe(1);
    expect(await host.getDomain('contested.com')).toMatchObject({ status: 'registered', customerId: ok[0]!.customerId, pendingOperation: undefined });
    // The refusals are in the Action Log for the operator.
    expect((await host.log({ domain: 'contested.com', kind: 'refusal' })).length).toBe(3);
  });

  it('the same idempotency key five times at once: one operation, one registrar call, five identical answers', async () => {
    const { host } = await open();
    const results = await Promise.all(Array.from({ length: 5 }, () => host.submit({ operation: 'register', input: registerInput('same-key.com'), idempotencyKey: 'k-1' })));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(callsFor('same-key.com')).toBe(1);
    expect(await host.listOperations({ domain: 'same-key.com' })).toHaveLength(1);
  });

  it('markPaid racing orders.cancel: either paid and sent, or cancelled and never sent — never both', async () => {
    for (let round = 0; round < 6; round++) {
      const { host } = await open();
      const domain = `race-${round}.com`;
      await host.submit({ operation: 'register', input: registerInput(domain), orderId: `o-${round}` });
      const ordered = round % 2 === 0 ? [host.orders.markPaid(`o-${round}`), host.orders.cancel(`o-${round}`)] : [host.orders.cancel(`o-${round}`), host.orders.markPaid(`o-${round}`)];
      const { errors } = await settled<unknown>(ordered);
      expect(errors.map((e) => e.code)).toEqual(['ORDER_STATE']);
      const order = await host.orders.get(`o-${round}`);
      const [op] = await host.listOperations({ orderId: `o-${round}` });
      if (order?.status === 'paid') {
        expect(op?.status).toBe('done');
        expect(callsFor(domain)).toBe(1);
      } else {
        expect(order?.status).toBe('cancelled');
        expect(op?.status).toBe('cancelled');
        expect(callsFor(domain)).toBe(0);
        expect((await host.getDomain(domain))?.status).toBe('cancelled');
      }
    }
  });

  it('one owner per manual task: a second claim and a second completion are refused, and logged once', async () => {
    const config = baseConfig({ connectors: [{ tld: 'com', plugin: 'main', modes: { renew: 'manual' } }] });
    const { host } = await open(config);
    await host.submit({ operation: 'register', input: registerInput('task-race.com') });
    await host.submit({ operation: 'renew', input: { domain: 'task-race.com', period: 1 } });
    const [task] = await host.manualTasks.list({ status: 'open' });
    const claims = await settled([host.manualTasks.claim(task!.id, 'anna'), host.manualTasks.claim(task!.id, 'ben')]);
    expect(claims.ok).toHaveLength(1);
    expect(claims.errors[0]).toMatchObject({ code: 'TASK_STATE' });
    expect(claims.errors[0]!.message).toContain(`claimed by ${claims.ok[0]!.claimedBy}`);
    const owner = claims.ok[0]!.claimedBy!;
    const other = owner === 'anna' ? 'ben' : 'anna';
    await expect(host.manualTasks.complete(task!.id, {}, { staff: other })).rejects.toMatchObject({ code: 'TASK_STATE' });
    const completes = await settled([
      host.manualTasks.complete(task!.id, { expiresAt: '2030-01-01T00:00:00.000Z' }, { staff: owner }),
      host.manualTasks.complete(task!.id, { expiresAt: '2031-01-01T00:00:00.000Z' }, { staff: owner }),
    ]);
    expect(completes.ok).toHaveLength(1);
    expect(completes.errors[0]).toMatchObject({ code: 'TASK_STATE' });
    const completedEntries = (await host.log({ kind: 'manual-task' })).filter((e) => e.message.includes('completed'));
    expect(completedEntries).toHaveLength(1);
    expect(await host.getDomain('task-race.com')).toMatchObject({ status: 'registered', expiresAt: '2030-01-01T00:00:00.000Z', pendingOperation: undefined });
  });

  it('a renewal or name-server change of a registered domain leaves it registered, with the operation in flight named', async () => {
    const { host } = await open();
    await host.submit({ operation: 'register', input: registerInput('stays.com') });
    const seen: string[] = [];
    host.on('domain.status', (e) => seen.push(`${e.from}→${e.to}`));
    const hold = holdRegistrar('stays.com');
    const renewing = host.submit({ operation: 'renew', input: { domain: 'stays.com', period: 1 } });
    await hold.entered;
    const during = await host.getDomain('stays.com');
    expect(during).toMatchObject({ status: 'registered' });
    expect(during?.pendingOperation).toBeDefined();
    hold.release();
    await renewing;
    await host.submit({ operation: 'updateNameservers', input: { domain: 'stays.com', nameservers: [{ host: 'ns1.x.net' }, { host: 'ns2.x.net' }] } });
    expect(await host.getDomain('stays.com')).toMatchObject({ status: 'registered', pendingOperation: undefined, expiresAt: '2030-01-01T00:00:00.000Z' });
    expect(seen).toEqual([]);
  });

  it('refuses new submits with OVERLOADED when the write queue is full, and accepts again once it drains', async () => {
    const { host } = await open(baseConfig(), { engine: { maxQueue: 8 } });
    const { ok, errors } = await settled(Array.from({ length: 40 }, (_, i) => host.submit({ operation: 'register', input: registerInput(`load-${i}.com`) })));
    expect(errors.length).toBeGreaterThan(0);
    expect(new Set(errors.map((e) => e.code))).toEqual(new Set(['OVERLOADED']));
    expect(ok.every((o) => o.status === 'done')).toBe(true);
    // Nothing refused was written or sent.
    expect(await host.listOperations()).toHaveLength(ok.length);
    expect(calls().filter((c) => c.domain?.startsWith('load-')).length).toBe(ok.length);
    expect((await host.submit({ operation: 'register', input: registerInput('after-load.com') })).status).toBe('done');
  });
});

describe('backpressure by queueing delay', () => {
  it('refuses a submit with OVERLOADED while waiting changes are older than the limit, and accepts once they are written', async () => {
    const { host } = await open(baseConfig(), { engine: { maxQueueDelayMs: 5 } });
    // A long write holds the store (a slow disk, a large batch): the first submit's change waits behind it.
    let release!: () => void;
    const held = host.engine.commit(async () => {
      await new Promise<void>((r) => (release = r));
      return { writes: [], log: [], events: [] };
    });
    await new Promise((r) => setImmediate(r));
    const first = host.submit({ operation: 'register', input: registerInput('queued-first.com') });
    await new Promise((r) => setTimeout(r, 20));
    expect(host.engine.queueDepth).toBe(1);
    await expect(host.submit({ operation: 'register', input: registerInput('queued-second.com') })).rejects.toMatchObject({ code: 'OVERLOADED' });
    release();
    await held;
    expect((await first).status).toBe('done');
    expect((await host.submit({ operation: 'register', input: registerInput('queued-second.com') })).status).toBe('done');
    expect(callsFor('queued-second.com')).toBe(1);
  });
});

describe('engine races (two hosts on one store)', () => {
  it('a second host starting while the first has a request in flight leaves it alone; the answer is applied once', async () => {
    const config = fileConfig();
    const { host: first } = await open(config);
    const hold = holdRegistrar('inflight-a.com');
    const sending = first.submit({ operation: 'register', input: registerInput('inflight-a.com'), idempotencyKey: 'ka' });
    await hold.entered;
    const { host: second } = await open(config);
    const { recovered } = await second.start({ trackerIntervalMs: 3_600_000 });
    expect(recovered).toMatchObject({ reconciled: 0, resent: 0, escalated: 0, skipped: 1 });
    hold.release();
    expect((await sending).status).toBe('done');
    expect(callsFor('inflight-a.com')).toBe(1);
    expect(await second.manualTasks.list()).toEqual([]);
    expect((await second.log({ domain: 'inflight-a.com', kind: 'plugin-call' })).length).toBe(1);
  });

  it('recovery takes over only the work of a host that is gone, once, even with two hosts recovering at once', async () => {
    const config = fileConfig();
    const { host: dead, clock } = await open(config, { heartbeatSeconds: 10 });
    const hold = holdRegistrar('orphan.com');
    void dead.submit({ operation: 'register', input: registerInput('orphan.com'), idempotencyKey: 'ko' }).catch(() => undefined);
    await hold.entered;
    // The first host stops beating (as if frozen or killed): after three missed beats it is gone.
    const { host: b } = await open(config, { clock });
    const { host: c } = await open(config, { clock });
    clock.advance(31);
    const [rb, rc] = await Promise.all([b.recover(), c.recover()]);
    expect(rb.escalated + rc.escalated).toBe(1);
    expect((await b.manualTasks.list({ domain: 'orphan.com' })).length).toBe(1);
    // The late answer of the frozen host is not applied over the recovery: it is logged for staff.
    hold.release();
    await new Promise((r) => setTimeout(r, 50));
    const op = (await b.listOperations({ domain: 'orphan.com' }))[0]!;
    expect(op.status).toBe('awaiting-manual');
    expect((await b.log({ operationId: op.id, kind: 'stale-outcome' })).length).toBe(1);
    expect(callsFor('orphan.com')).toBe(1);
  });

  it('two hosts submitting the same keys and domains at once: each intent sent once', async () => {
    const config = fileConfig();
    const { host: a } = await open(config);
    const { host: b } = await open(config);
    const domains = Array.from({ length: 30 }, (_, i) => `shared-${i}.com`);
    const submits = domains.flatMap((d, i) => [
      a.submit({ operation: 'register', input: registerInput(d), idempotencyKey: `k-${i}` }),
      b.submit({ operation: 'register', input: registerInput(d), idempotencyKey: `k-${i}` }),
      // A different key for the same domain: must not be sent while the first is in flight or after it registered.
      b.submit({ operation: 'register', input: registerInput(d), idempotencyKey: `other-${i}` }),
    ]);
    const { ok, errors } = await settled(submits);
    for (const d of domains) expect(callsFor(d)).toBe(1);
    expect(new Set(errors.map((e) => e.code))).toEqual(new Set(['DOMAIN_BUSY', 'STATUS_PROHIBITS'].filter((c) => errors.some((e) => e.code === c))));
    expect(errors.length).toBe(domains.length);
    expect(ok.length).toBe(domains.length * 2);
    expect((await a.listOperations({ status: 'done' })).length).toBe(domains.length);
  });

  it('two trackers with a lease shorter than a slow poll: the claim is extended and only its holder applies the answer', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const config = fileConfig(undefined, { tracker: { leaseSeconds: 3 } });
    const { host: a, clock } = await open(config, { random: () => 0.5 });
    const { host: b } = await open(config, { clock, random: () => 0.5 });
    await a.submit({ operation: 'transfer', input: { domain: 'ok-slow.com', authCode: 'x' } });
    clock.advance(301);
    const hold = holdRegistrar('ok-slow.com');
    const cycleA = a.tracker.runCycle();
    await hold.entered;
    // The poll outlives the lease; the tracker extends its claim while it waits.
    clock.advance(2);
    await vi.advanceTimersByTimeAsync(1000);
    clock.advance(2);
    expect((await b.tracker.runCycle()).claimed).toBe(0);
    hold.release();
    expect(await cycleA).toMatchObject({ claimed: 1, completed: 1 });
    expect(calls().filter((c) => c.operation === 'poll' && c.domain === 'ok-slow.com').length).toBe(1);
  });

  it('an answer from a tracker whose lease was lost is not applied: the new holder decides', async () => {
    const config = fileConfig(undefined, { tracker: { leaseSeconds: 3 } });
    const { host: a, clock } = await open(config, { random: () => 0.5 });
    const { host: b } = await open(config, { clock, random: () => 0.5 });
    const op = await a.submit({ operation: 'transfer', input: { domain: 'ok-fenced.com', authCode: 'x' } });
    clock.advance(301);
    const hold = holdRegistrar('ok-fenced.com');
    const cycleA = a.tracker.runCycle();
    await hold.entered;
    // A froze: no extension ran (no timers advanced), its lease expired and B claimed the operation.
    clock.advance(10);
    releaseGates();
    expect(await b.tracker.runCycle()).toMatchObject({ claimed: 1, completed: 1 });
    hold.release();
    expect(await cycleA).toMatchObject({ claimed: 1, completed: 0 });
    expect((await a.log({ operationId: op.id, kind: 'stale-outcome' })).length).toBe(1);
    expect((await a.log({ operationId: op.id, kind: 'plugin-result' })).length).toBe(1);
  });
});
