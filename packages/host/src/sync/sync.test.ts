import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHost, type Host } from '../host.js';
import type { HostConfig } from '../config.js';
import { baseConfig, calls, FakeClock, fixture, registerInput, SECRET_KEY, startHost } from '../test-support/harness.js';
import { syncOneDomainFromTwoHosts } from '../test-support/sync-race.js';

type Entry = { info?: Record<string, unknown>; error?: { code: string; message: string; retryable?: boolean } };
const registry = (): Record<string, Entry> => ((globalThis as { __registrarKitLife?: Record<string, Entry> }).__registrarKitLife ??= {});
const infoCalls = (domain?: string) => calls().filter((c) => c.operation === 'info' && (domain === undefined || c.domain === domain));

const lifeConfig = (sync: Record<string, unknown> = {}, extra: Partial<HostConfig> = {}): HostConfig =>
  baseConfig({ plugins: [{ name: 'life', package: fixture('host-life'), settings: { apiKey: SECRET_KEY }, sync }], connectors: [{ tld: 'com', plugin: 'life' }], ...extra });

let hosts: Host[] = [];
beforeEach(() => {
  calls().length = 0;
  (globalThis as { __registrarKitFixtureGate?: unknown }).__registrarKitFixtureGate = undefined;
  for (const k of Object.keys(registry())) delete registry()[k];
});
afterEach(async () => {
  await Promise.all(hosts.map((h) => h.close()));
  hosts = [];
});

async function lifeHost(config = lifeConfig(), clock?: FakeClock): Promise<{ host: Host; clock: FakeClock }> {
  const holder: { clock: FakeClock | undefined } = { clock };
  const started = await startHost(config, { ...(clock === undefined ? {} : { clock }), sleep: async (ms) => holder.clock?.advance(ms / 1000) });
  holder.clock = clock ?? started.clock;
  hosts.push(started.host);
  return { host: started.host, clock: clock ?? started.clock };
}

const register = (host: Host, domain: string, extra: Record<string, unknown> = {}) => host.submit({ operation: 'register', input: registerInput(domain, extra) });

describe('sync from the registrar', () => {
  it('finds a renewal the registrar made, changed name servers and lock, and writes the drift to the Action Log', async () => {
    const { host } = await lifeHost();
    await register(host, 'renewed.com');
    const before = (await host.getDomain('renewed.com'))!;
    registry()['renewed.com'] = { info: { expiresAt: '2029-01-15T10:00:00.000Z', locked: true, nameservers: [{ host: 'ns1.other.net' }, { host: 'ns2.other.net' }], statuses: ['ok', 'clientTransferProhibited'], contacts: { registrant: { name: 'Hanna Berg' } } } };
    const progress: string[] = [];
    const summary = await host.sync.run({ onProgress: (r) => progress.push(`${r.domain} ${r.result}`) });
    expect(progress).toEqual(['renewed.com updated']);
    expect(summary).toMatchObject({ checked: 1, updated: 1 });
    const after = (await host.getDomain('renewed.com'))!;
    expect([after.status, after.expiresAt, after.locked, after.nameservers?.map((n) => n.host)]).toEqual(['registered', '2029-01-15T10:00:00.000Z', true, ['ns1.other.net', 'ns2.other.net']]);
    expect(after.registry).toMatchObject({ statuses: ['ok', 'clientTransferProhibited'], contacts: { registrant: { name: 'Hanna Berg' } } });
    const [drift] = await host.log({ domain: 'renewed.com', kind: 'sync' });
    expect(drift!.message).toContain(`expiresAt ${before.expiresAt} → 2029-01-15T10:00:00.000Z`);
    expect(drift!.data).toMatchObject({ drift: expect.arrayContaining([{ field: 'locked', from: false, to: true }]) });
    // Nothing changed since: the next run finds no drift and writes no report.
    await host.sync.run({ domain: 'renewed.com' });
    expect(await host.log({ domain: 'renewed.com', kind: 'sync' })).toHaveLength(1);
  });

  it('marks a domain the registrar no longer has transferred-away, and never takes a transport failure or a refused login as evidence', async () => {
    const { host } = await lifeHost();
    for (const d of ['gone.com', 'flaky.com', 'login.com']) await register(host, d);
    registry()['login.com'] = { error: { code: 'AUTHENTICATION', message: 'login failed', retryable: false } };
    registry()['gone.com'] = { error: { code: 'OBJECT_NOT_FOUND', message: 'no such domain on this account', retryable: false } };
    registry()['flaky.com'] = { error: { code: 'TRANSPORT', message: 'connection reset', retryable: true } };
    // login.com is read first (names are claimed in due order, then by name): no other answer proves the login works.
    const summary = await host.sync.run({ domain: 'login.com' });
    expect(summary).toMatchObject({ unknown: 1, transferredAway: 0 });
    const all = await host.sync.run();
    expect(all).toMatchObject({ checked: 2, transferredAway: 1, unknown: 1 });
    expect((await host.getDomain('gone.com'))!.status).toBe('transferred-away');
    expect((await host.getDomain('flaky.com'))!.status).toBe('registered');
    expect((await host.getDomain('login.com'))!.status).toBe('registered');
    const [report] = await host.log({ domain: 'gone.com', kind: 'sync' });
    expect(report!.message).toMatch(/status registered → transferred-away \(OBJECT_NOT_FOUND/);
    expect((await host.log({ domain: 'flaky.com', kind: 'sync' }))[0]!.message).toMatch(/no usable answer, nothing changed/);
  });

  it('marks a domain another client sponsors transferred-away, with the sponsor in the drift report', async () => {
    const { host } = await lifeHost();
    for (const d of ['moved.com', 'stays.com', 'vague.com']) await register(host, d);
    registry()['moved.com'] = { info: { sponsor: { ours: false, id: 'OtherRegistrar-7' } } };
    registry()['stays.com'] = { info: { sponsor: { ours: true, id: 'us' } } };
    // A plugin that says something other than a plain false is not taken as evidence.
    registry()['vague.com'] = { info: { sponsor: { ours: 'no' } } };
    const summary = await host.sync.run();
    expect(summary).toMatchObject({ checked: 3, transferredAway: 1 });
    expect((await host.getDomain('moved.com'))!.status).toBe('transferred-away');
    expect((await host.getDomain('stays.com'))!.status).toBe('registered');
    expect((await host.getDomain('vague.com'))!.status).toBe('registered');
    const [report] = await host.log({ domain: 'moved.com', kind: 'sync' });
    expect(report!.message).toMatch(/status registered → transferred-away \(the registry names another sponsoring client: OtherRegistrar-7\)/);
    expect(report!.data).toMatchObject({ sponsor: { ours: false, id: 'OtherRegistrar-7' } });
  });

  it('detects expiry and redemption, and a renewal at the registry brings an expired domain back', async () => {
    const { host, clock } = await lifeHost();
    await register(host, 'lapsed.com');
    await register(host, 'redeem.com');
    registry()['redeem.com'] = { info: { statuses: ['redemptionPeriod'] } };
    clock.advance(400 * 86_400);
    const summary = await host.sync.run();
    expect(summary).toMatchObject({ expired: 2, redemption: 1 });
    expect((await host.getDomain('lapsed.com'))!.status).toBe('expired');
    expect((await host.getDomain('redeem.com'))!.registry).toMatchObject({ redemption: true });
    registry()['lapsed.com'] = { info: { expiresAt: '2028-06-01T00:00:00.000Z' } };
    await host.sync.run({ domain: 'lapsed.com' });
    expect(await host.getDomain('lapsed.com')).toMatchObject({ status: 'registered', expiresAt: '2028-06-01T00:00:00.000Z' });
  });

  it('skips a domain with an operation in flight and sweeps each due domain once per interval', async () => {
    const { host, clock } = await lifeHost(lifeConfig({ intervalHours: 12 }));
    await register(host, 'busy.com');
    await register(host, 'idle.com');
    const transfer = await host.submit({ operation: 'updateNameservers', input: { domain: 'busy.com', nameservers: [{ host: 'ns1.a.net' }, { host: 'ns2.a.net' }] } });
    expect(transfer.status).toBe('done');
    // A pending operation holds busy.com: hold one with the fixture's gate.
    let release!: () => void;
    (globalThis as { __registrarKitFixtureGate?: unknown }).__registrarKitFixtureGate = (op: string) => (op === 'setWhoisPrivacy' ? new Promise<void>((r) => (release = r)) : undefined);
    const held = host.submit({ operation: 'setWhoisPrivacy', input: { domain: 'busy.com', enabled: true } });
    await new Promise((r) => setTimeout(r, 20));
    const first = await host.sync.run();
    expect(first.results.map((r) => r.domain)).toEqual(['idle.com']);
    expect(infoCalls('busy.com')).toHaveLength(0);
    release();
    await held;
    (globalThis as { __registrarKitFixtureGate?: unknown }).__registrarKitFixtureGate = undefined;
    expect((await host.sync.run()).results.map((r) => r.domain)).toEqual(['busy.com']);
    expect((await host.sync.run()).checked).toBe(0);
    clock.advance(12 * 3600);
    expect((await host.sync.run()).checked).toBe(2);
  });

  it('keeps to the rate limit per instance (fake clock)', async () => {
    const { host } = await lifeHost(lifeConfig({ ratePerSecond: 2 }));
    for (const d of ['r1.com', 'r2.com', 'r3.com', 'r4.com']) await register(host, d);
    await host.sync.run();
    const times = infoCalls().map((c) => Date.parse((c as unknown as { at: string }).at));
    expect(times).toHaveLength(4);
    expect(times.slice(1).map((t, i) => t - times[i]!)).toEqual([500, 500, 500]);
  });

  it('two hosts sweeping one store at once read each domain once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rk-sync-'));
    const config = lifeConfig({ batch: 3 }, { store: { sqlite: join(dir, 'store.sqlite') } });
    const clock = new FakeClock();
    const sleep = async (ms: number) => clock.advance(ms / 1000);
    const a = await createHost(config, { clock, sleep, hostId: 'host-a', newId: (() => { let n = 0; return () => `a-${++n}`; })() });
    const b = await createHost(config, { clock, sleep, hostId: 'host-b', newId: (() => { let n = 0; return () => `b-${++n}`; })() });
    hosts.push(a, b);
    for (let i = 0; i < 12; i++) await register(a, `two${String(i).padStart(2, '0')}.com`);
    const [ra, rb] = await Promise.all([a.sync.run(), b.sync.run()]);
    expect(ra.checked + rb.checked).toBe(12);
    expect(new Set(infoCalls().map((c) => c.domain)).size).toBe(12);
    expect(infoCalls()).toHaveLength(12);
  });

  it('two hosts syncing one domain at once (one SQLite file) ask the registrar once; the other says it is being synced elsewhere', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rk-sync-one-'));
    const config = lifeConfig({}, { store: { sqlite: join(dir, 'store.sqlite') } });
    const clock = new FakeClock();
    const a = await createHost(config, { clock, hostId: 'host-a', newId: (() => { let n = 0; return () => `a-${++n}`; })() });
    const b = await createHost(config, { clock, hostId: 'host-b', newId: (() => { let n = 0; return () => `b-${++n}`; })() });
    hosts.push(a, b);
    await register(a, 'one.com');
    expect(await syncOneDomainFromTwoHosts(a, b, 'one.com')).toEqual([
      { result: 'unchanged', reason: undefined },
      { result: 'skipped', reason: 'being synced elsewhere' },
    ]);
    // Once written back, the domain can be synced on demand again at once; a claim left behind (a host that died) holds it only for the lease.
    expect((await b.sync.run({ domain: 'one.com' })).results).toMatchObject([{ result: 'unchanged' }]);
    clock.advance(1);
    await a.engine.claimSync({ pluginInstance: 'life', now: clock.now(), nextDueAt: new Date(clock.now().getTime() + 24 * 3_600_000), limit: 1, domain: 'one.com' });
    expect((await b.sync.run({ domain: 'one.com' })).results).toMatchObject([{ result: 'skipped', reason: 'being synced elsewhere' }]);
    clock.advance(5 * 60 + 1);
    expect((await b.sync.run({ domain: 'one.com' })).results).toMatchObject([{ result: 'unchanged' }]);
  });

  it('a registration confirmed without an expiry date is followed by an info that fills it', async () => {
    const { host } = await lifeHost();
    registry()['noexp-soap.com'] = { info: { expiresAt: '2027-01-15T10:00:00.000Z' } };
    const op = await register(host, 'noexp-soap.com');
    expect(op.status).toBe('done');
    await expect.poll(async () => (await host.getDomain('noexp-soap.com'))?.expiresAt).toBe('2027-01-15T10:00:00.000Z');
    const infos = await host.listOperations({ domain: 'noexp-soap.com', operation: 'info' });
    expect(infos.map((o) => o.idempotencyKey)).toEqual([`${op.id}:expiry`]);
    // A registration that reported its expiry needs no follow-up.
    await register(host, 'dated.com');
    await new Promise((r) => setTimeout(r, 20));
    expect(await host.listOperations({ domain: 'dated.com', operation: 'info' })).toHaveLength(0);
  });
});

describe('cancellation at expiry', () => {
  it('keeps the domain registered with its cancelAt until the expiry passes, then cancelled', async () => {
    const { host, clock } = await lifeHost();
    await register(host, 'leaving.com');
    const { expiresAt } = (await host.getDomain('leaving.com'))!;
    await host.submit({ operation: 'cancel', input: { domain: 'leaving.com', when: 'expiry' } });
    expect(await host.getDomain('leaving.com')).toMatchObject({ status: 'registered', cancelAt: expiresAt });
    expect((await host.renewals.run()).cancelled).toBe(0);
    clock.advance(366 * 86_400);
    expect((await host.renewals.run()).cancelled).toBe(1);
    expect((await host.getDomain('leaving.com'))!.status).toBe('cancelled');
    // A cancellation now is cancelled at once, as before.
    await register(host, 'now.com');
    await host.submit({ operation: 'cancel', input: { domain: 'now.com' } });
    expect((await host.getDomain('now.com'))!.status).toBe('cancelled');
  });

  it('the sync also ends a domain whose cancellation took effect', async () => {
    const { host, clock } = await lifeHost();
    await register(host, 'bye.com');
    await host.submit({ operation: 'cancel', input: { domain: 'bye.com', when: 'expiry' } });
    clock.advance(366 * 86_400);
    registry()['bye.com'] = { error: { code: 'OBJECT_NOT_FOUND', message: 'deleted', retryable: false } };
    await host.sync.run({ domain: 'bye.com' });
    expect((await host.getDomain('bye.com'))!.status).toBe('cancelled');
  });
});
