import { afterEach, describe, expect, it } from 'vitest';
import type { Host } from '../host.js';
import { baseConfig, fixture, SECRET_KEY, startHost, type FakeClock } from '../test-support/harness.js';
import { nextPollDelaySeconds } from './policy.js';
import { RateLimiter } from './rate-limiter.js';

interface PollCall {
  instance: string;
  at: number;
  refs: string[];
}
const polls = (): PollCall[] => ((globalThis as { __registrarKitFixturePolls?: PollCall[] }).__registrarKitFixturePolls ??= []);

let host: Host | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function pollingHost(plugin: 'host-batch' | 'host-ratelimited', extra: { owner?: string } = {}): Promise<{ host: Host; clock: FakeClock }> {
  const holder: { clock?: FakeClock } = {};
  const started = await startHost(
    baseConfig({ plugins: [{ name: plugin, package: fixture(plugin), settings: { apiKey: SECRET_KEY } }], connectors: [{ tld: 'com', plugin }] }),
    {
      random: () => 0.5,
      // The tracker waits for the rate limiter through this: advance the fake clock instead of sleeping.
      sleep: async (ms) => holder.clock?.advance(ms / 1000),
      ...(extra.owner === undefined ? {} : { trackerOwner: extra.owner }),
    },
  );
  holder.clock = started.clock;
  return started;
}

const transfer = (h: Host, domain: string) => h.submit({ operation: 'transfer', input: { domain, authCode: 'x' } });

describe('polling policy', () => {
  it('backs off from the minimum toward the recommended interval with bounded jitter, never below the minimum', () => {
    const policy = { minIntervalSeconds: 300, recommendedIntervalSeconds: 600 };
    expect([0, 1, 2, 3].map((a) => nextPollDelaySeconds(policy, a, () => 0.5))).toEqual([300, 600, 600, 600]);
    for (let a = 0; a < 6; a++) {
      for (const r of [0, 0.25, 0.999]) {
        const d = nextPollDelaySeconds(policy, a, () => r);
        expect(d).toBeGreaterThanOrEqual(300);
        expect(d).toBeLessThanOrEqual(660);
      }
    }
  });

  it('rate limiter: 3 per second spaces requests a third of a second apart', () => {
    let t = 0;
    const limiter = new RateLimiter(3, { now: () => new Date(t) });
    expect(limiter.reserve()).toBe(0);
    expect(limiter.reserve()).toBe(334);
    t += 334;
    expect(limiter.reserve()).toBe(333);
    t += 1000;
    expect(limiter.reserve()).toBe(0);
  });
});

describe('pending tracker', () => {
  it('never polls before the minimum interval, then completes and backs off what stays pending', async () => {
    let clock: FakeClock;
    ({ host, clock } = await pollingHost('host-batch'));
    const done = await transfer(host, 'ok-one.com');
    const waiting = await transfer(host, 'slow-one.com');
    const before = polls().length;
    clock.advance(299);
    expect((await host.tracker.runCycle()).claimed).toBe(0);
    expect(polls().length).toBe(before);
    clock.advance(1);
    const report = await host.tracker.runCycle();
    expect(report).toMatchObject({ claimed: 2, pollCalls: 1, completed: 1, rescheduled: 1 });
    expect((await host.getOperation(done.id))?.status).toBe('done');
    expect((await host.getDomain('ok-one.com'))?.status).toBe('registered');
    const still = await host.getOperation(waiting.id);
    expect(still).toMatchObject({ status: 'pending', pollAttempts: 1 });
    // Backed off to 600 s (2 × min, capped at the recommended interval).
    expect(still!.nextCheckAt!.getTime() - clock.now().getTime()).toBe(600_000);
    clock.advance(599);
    expect((await host.tracker.runCycle()).claimed).toBe(0);
  });

  it('batch plugins get one call for all their due operations', async () => {
    let clock: FakeClock;
    ({ host, clock } = await pollingHost('host-batch'));
    for (let i = 0; i < 25; i++) await transfer(host, `slow-${i}.com`);
    const before = polls().length;
    clock.advance(300);
    const report = await host.tracker.runCycle();
    expect(report).toMatchObject({ claimed: 25, pollCalls: 1 });
    expect(polls().slice(before)).toHaveLength(1);
    expect(polls().at(-1)!.refs).toHaveLength(25);
  });

  it('per-operation plugins respect the instance rate limit across operations (3/s)', async () => {
    let clock: FakeClock;
    ({ host, clock } = await pollingHost('host-ratelimited'));
    for (let i = 0; i < 10; i++) await transfer(host, `slow-${i}.com`);
    clock.advance(60);
    const before = polls().length;
    const start = clock.now().getTime();
    const report = await host.tracker.runCycle();
    expect(report.pollCalls).toBe(10);
    const calls = polls().slice(before);
    expect(calls.map((c) => c.refs.length)).toEqual(Array(10).fill(1));
    // In any one-second window no more than 3 calls (the bucket allows a burst of 3).
    for (const c of calls) expect(calls.filter((d) => d.at >= c.at && d.at < c.at + 1000).length).toBeLessThanOrEqual(3);
    expect(calls.at(-1)!.at - start).toBeGreaterThanOrEqual(2000);
  });

  it('fails a rejected transfer with the reason and backs off on a retryable poll failure', async () => {
    let clock: FakeClock;
    ({ host, clock } = await pollingHost('host-ratelimited'));
    const rejected = await transfer(host, 'bad-one.com');
    const flaky = await transfer(host, 'boom-one.com');
    clock.advance(60);
    const report = await host.tracker.runCycle();
    expect(report).toMatchObject({ failed: 1, rescheduled: 1 });
    expect((await host.getOperation(rejected.id))?.error).toMatchObject({ code: 'STATUS_PROHIBITS', registrarCode: 'clientRejected' });
    expect((await host.getDomain('bad-one.com'))?.status).toBe('error');
    const retry = await host.getOperation(flaky.id);
    expect(retry?.status).toBe('pending');
    // Retry-After (900 s) wins over the backoff.
    expect(retry!.nextCheckAt!.getTime() - clock.now().getTime()).toBe(900_000);
    expect((await host.log({ kind: 'poll' }))[0]?.message).toContain('retrying in 900s');
  });

  it('escalates an operation pending past maxPendingDays to a manual task, never dropping it', async () => {
    let clock: FakeClock;
    ({ host, clock } = await pollingHost('host-batch'));
    const op = await transfer(host, 'forever.com');
    for (let day = 0; day < 2 * 24 * 6; day++) {
      clock.advance(600);
      await host.tracker.runCycle();
    }
    clock.advance(600);
    await host.tracker.runCycle();
    const escalated = await host.getOperation(op.id);
    expect(escalated?.status).toBe('awaiting-manual');
    const [task] = await host.manualTasks.list({ domain: 'forever.com' });
    expect(task?.reason).toMatch(/still pending after 2 days and \d+ polls/);
    expect((await host.getDomain('forever.com'))?.status).toBe('awaiting-manual');
  });

  it('does not claim an operation leased by another tracker until the lease expires', async () => {
    let clock: FakeClock;
    ({ host, clock } = await pollingHost('host-batch', { owner: 'host-a' }));
    const op = await transfer(host, 'slow-lease.com');
    clock.advance(300);
    const other = await host.store.claimDuePending('host-b', 'host-b/1', clock.now(), 120_000, 100);
    expect(other.map((o) => o.id)).toEqual([op.id]);
    expect((await host.tracker.runCycle()).claimed).toBe(0);
    clock.advance(121);
    expect((await host.tracker.runCycle()).claimed).toBe(1);
  });

  it('escalates a message-awaited operation when no message arrives in time', async () => {
    let clock: FakeClock;
    ({ host, clock } = await startHost(baseConfig({ plugins: [{ name: 'inx', package: fixture('host-by-registrar'), settings: { apiKey: SECRET_KEY } }], connectors: [{ tld: 'com', plugin: 'inx' }] })));
    const op = await host.submit({ operation: 'register', input: { domain: 'silent.com', period: 1, contacts: { registrant: (await import('../test-support/harness.js')).registrant }, nameservers: (await import('../test-support/harness.js')).nameservers } });
    expect(op.status).toBe('pending');
    clock.advance(4 * 86400);
    expect((await host.tracker.runCycle()).claimed).toBe(0);
    clock.advance(1 * 86400);
    expect((await host.tracker.runCycle()).escalated).toBe(1);
    expect((await host.manualTasks.list())[0]?.reason).toContain('no registrar message arrived for 5 days');
  });
});
