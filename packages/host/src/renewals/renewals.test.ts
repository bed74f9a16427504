import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostConfig } from '../config.js';
import type { HostEvents } from '../events.js';
import { createHost, type Host } from '../host.js';
import { baseConfig, calls, FakeClock, fixture, registerInput, SECRET_KEY, startHost } from '../test-support/harness.js';

const renewCalls = (domain?: string) => calls().filter((c) => c.operation === 'renew' && (domain === undefined || c.domain === domain));
const registry = (): Record<string, { info?: Record<string, unknown> }> => ((globalThis as { __registrarKitLife?: Record<string, { info?: Record<string, unknown> }> }).__registrarKitLife ??= {});

function config(renewals: HostConfig['renewals'] = {}, extra: { package?: string; renew?: 'auto' | 'manual'; sqlite?: string } = {}): HostConfig {
  return baseConfig({
    ...(extra.sqlite === undefined ? {} : { store: { sqlite: extra.sqlite } }),
    plugins: [{ name: 'life', package: fixture(extra.package ?? 'host-life'), settings: { apiKey: SECRET_KEY } }],
    connectors: [
      { tld: 'com', plugin: 'life', ...(extra.renew === undefined ? {} : { modes: { renew: extra.renew } }) },
      { tld: 'de', plugin: 'life' },
    ],
    ...(renewals === undefined ? {} : { renewals }),
  });
}

let hosts: Host[] = [];
beforeEach(() => {
  calls().length = 0;
  for (const k of Object.keys(registry())) delete registry()[k];
});
afterEach(async () => {
  await Promise.all(hosts.map((h) => h.close()));
  hosts = [];
});

async function host(c: HostConfig): Promise<{ host: Host; clock: FakeClock }> {
  const started = await startHost(c);
  hosts.push(started.host);
  return started;
}

const register = (h: Host, domain: string, autoRenew?: boolean) => h.submit({ operation: 'register', input: registerInput(domain, autoRenew === undefined ? {} : { autoRenew }) });
const DAY = 86_400;

describe('renewal policy per domain', () => {
  it('comes from the registration, a completed setAutoRenew, or host.domains.setRenewal (no registrar call)', async () => {
    const { host: h } = await host(config());
    await register(h, 'auto.com', true);
    await register(h, 'plain.com');
    expect((await h.getDomain('auto.com'))!.autoRenew).toBe(true);
    expect((await h.getDomain('plain.com'))!.autoRenew).toBeUndefined();
    await h.submit({ operation: 'setAutoRenew', input: { domain: 'auto.com', enabled: false } });
    expect((await h.getDomain('auto.com'))!.autoRenew).toBe(false);
    const before = calls().length;
    const changed = await h.domains.setRenewal('PLAIN.com', { autoRenew: true });
    expect(changed.autoRenew).toBe(true);
    expect(calls().length).toBe(before);
    expect((await h.log({ domain: 'plain.com', kind: 'renewal' }))[0]!.message).toMatch(/renewal policy auto \(was not set\)/);
    await expect(h.domains.setRenewal('unknown.com', { autoRenew: true })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('renewal scheduler', () => {
  it('renews auto domains once, daysBefore the expiry (per TLD), under a deterministic key — two schedulers on two hosts at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rk-renew-'));
    const c = config({ daysBefore: 30, perTld: { de: 14 } }, { sqlite: join(dir, 'store.sqlite') });
    const clock = new FakeClock();
    const a = await createHost(c, { clock, hostId: 'a', newId: (() => { let n = 0; return () => `a-${++n}`; })() });
    const b = await createHost(c, { clock, hostId: 'b', newId: (() => { let n = 0; return () => `b-${++n}`; })() });
    hosts.push(a, b);
    await register(a, 'auto.com', true);
    await register(a, 'auto.de', true);
    await register(a, 'manual.com', false);
    const expiry = (await a.getDomain('auto.com'))!.expiresAt!;
    clock.advance(365 * DAY - 31 * DAY);
    expect((await a.renewals.run()).released).toHaveLength(0);
    clock.advance(2 * DAY);
    const runs = await Promise.all([a.renewals.run(), b.renewals.run(), a.renewals.run(), b.renewals.run()]);
    expect(renewCalls('auto.com')).toHaveLength(1);
    expect(renewCalls('auto.de')).toHaveLength(0);
    expect(renewCalls('manual.com')).toHaveLength(0);
    const ops = await a.listOperations({ domain: 'auto.com', operation: 'renew' });
    expect(ops.map((o) => [o.idempotencyKey, o.status])).toEqual([[`renewal:auto.com:${expiry}`, 'done']]);
    expect(runs.flatMap((r) => r.released.map((o) => o.id)).every((id) => id === ops[0]!.id)).toBe(true);
    // The new expiry is next year's business; .de renews 14 days ahead.
    expect((await a.getDomain('auto.com'))!.expiresAt).not.toBe(expiry);
    clock.advance(16 * DAY);
    await a.renewals.run();
    expect(renewCalls('auto.de')).toHaveLength(1);
    expect(renewCalls('auto.com')).toHaveLength(1);
  });

  it('announces renewal.due once, holds for holdHours, and a renewal with an attached order waits for its payment', async () => {
    const { host: h, clock } = await host(config({ daysBefore: 30, holdHours: 48 }));
    const due: HostEvents['renewal.due'][] = [];
    h.on('renewal.due', (e) => due.push(e));
    await register(h, 'paid.com', true);
    await register(h, 'free.com', true);
    clock.advance(340 * DAY);
    await Promise.all([h.renewals.run(), h.renewals.run()]);
    expect(due.map((e) => e.domain).sort()).toEqual(['free.com', 'paid.com']);
    await h.renewals.attachOrder('paid.com', 'order-77');
    clock.advance(47 * 3600);
    await h.renewals.run();
    expect(renewCalls()).toHaveLength(0);
    clock.advance(3600);
    const report = await h.renewals.run();
    expect(due).toHaveLength(2);
    expect(renewCalls().map((c) => c.domain)).toEqual(['free.com']);
    const waiting = report.released.find((o) => o.domain === 'paid.com')!;
    expect([waiting.status, waiting.orderId]).toEqual(['awaiting-payment', 'order-77']);
    await expect(h.renewals.attachOrder('paid.com', 'order-78')).rejects.toMatchObject({ code: 'OPERATION_STATE' });
    await h.orders.markPaid('order-77');
    expect(renewCalls().map((c) => c.domain).sort()).toEqual(['free.com', 'paid.com']);
  });

  it("a customer's renewal needs an order: refused once (not every cycle), released when the platform attaches one", async () => {
    const { host: h, clock } = await host(config({ daysBefore: 30 }));
    await h.submit({ operation: 'register', input: registerInput('customer.com', { autoRenew: true }), orderId: 'order-1', customerId: 'cust-9' });
    await h.orders.markPaid('order-1');
    clock.advance(340 * DAY);
    const first = await h.renewals.run();
    expect(first.notReleased.map((n) => n.domain)).toEqual(['customer.com']);
    expect((await h.renewals.run()).notReleased).toEqual([]);
    expect((await h.log({ domain: 'customer.com', kind: 'refusal' })).length).toBe(1);
    await h.renewals.attachOrder('customer.com', 'order-2');
    const [renewal] = (await h.renewals.run()).released;
    expect([renewal?.operation, renewal?.status, renewal?.orderId, renewal?.customerId]).toEqual(['renew', 'awaiting-payment', 'order-2', 'cust-9']);
    expect(renewCalls()).toHaveLength(0);
  });

  it('opens a manual task ahead of time when the connector renews manually', async () => {
    const { host: h, clock } = await host(config({ daysBefore: 30 }, { renew: 'manual' }));
    await register(h, 'staff.com', true);
    clock.advance(340 * DAY);
    await h.renewals.run();
    await h.renewals.run();
    const tasks = await h.manualTasks.list({ domain: 'staff.com' });
    expect(tasks.map((t) => [t.operation, t.status])).toEqual([['renew', 'open']]);
    expect(renewCalls()).toHaveLength(0);
  });

  it('for a registrar that renews by itself sends nothing, and asks staff only when the expiry passed unmoved', async () => {
    const { host: h, clock } = await host(config({ daysBefore: 30 }, { package: 'host-life-by-registrar' }));
    await register(h, 'moved.com', true);
    await register(h, 'stuck.com', true);
    clock.advance(367 * DAY);
    // The sync reads the registrar's renewal of moved.com; stuck.com's expiry did not move.
    registry()['moved.com'] = { info: { expiresAt: '2028-01-15T10:00:00.000Z' } };
    await h.sync.run();
    expect(await h.getDomain('moved.com')).toMatchObject({ status: 'registered', expiresAt: '2028-01-15T10:00:00.000Z' });
    expect((await h.getDomain('stuck.com'))!.status).toBe('expired');
    await Promise.all([h.renewals.run(), h.renewals.run()]);
    expect(renewCalls()).toHaveLength(0);
    const tasks = await h.manualTasks.list({ status: 'open' });
    expect(tasks.map((t) => t.domain)).toEqual(['stuck.com']);
    expect(tasks[0]!.reason).toMatch(/renews stuck\.com by itself/);
    // Staff confirm the renewal with its new expiry: the domain is registered again.
    await h.manualTasks.complete(tasks[0]!.id, { domain: 'stuck.com', expiresAt: '2028-01-15T10:00:00.000Z' });
    expect(await h.getDomain('stuck.com')).toMatchObject({ status: 'registered', expiresAt: '2028-01-15T10:00:00.000Z' });
  });
});
