// The domain's life over API v1: the new Domain fields, the renewal policy and the renewal's
// order, and the registrar sync on demand. Real HTTP on loopback; every answer is checked against
// the published OpenAPI document.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '@registrar-kit/sdk';
import { FIXTURES, registerInput, SECRET_KEY, serverConfig, startTestServer, type TestServer } from './test-support/harness.js';

const DAY = 86_400_000;

/** The host-life fixture's registry (what `info` answers per domain) and its call journal. */
const registry = (): Record<string, { info?: Record<string, unknown>; error?: unknown }> => ((globalThis as { __registrarKitLife?: Record<string, { info?: Record<string, unknown> }> }).__registrarKitLife ??= {});
const calls = (): { operation: string; domain?: string }[] => ((globalThis as { __registrarKitFixtureCalls?: { operation: string; domain?: string }[] }).__registrarKitFixtureCalls ??= []);
const infoCalls = (domain?: string) => calls().filter((c) => c.operation === 'info' && (domain === undefined || c.domain === domain));

class TestClock implements Clock {
  ms = Date.parse('2026-03-01T09:00:00.000Z');
  now(): Date {
    return new Date(this.ms);
  }
}

let s: TestServer;
let clock: TestClock;
let admin: string;

beforeEach(async () => {
  calls().length = 0;
  for (const k of Object.keys(registry())) delete registry()[k];
  clock = new TestClock();
  const config = serverConfig({
    plugins: [{ name: 'life', package: `${FIXTURES}host-life`, settings: { apiKey: SECRET_KEY }, sync: { ratePerSecond: 2 } }],
    connectors: [{ tld: 'com', plugin: 'life' }],
    renewals: { daysBefore: 30, holdHours: 48 },
  });
  // The sync's rate limiter waits through `sleep`: the fake clock moves instead of the test sleeping.
  s = await startTestServer(config, { host: { clock, sleep: async (ms) => void (clock.ms += ms) } });
  admin = await s.key(['admin']);
});
afterEach(async () => {
  await s?.close();
});

const register = async (domain: string, customerId?: string) => {
  const op = await s.host.submit({ operation: 'register', input: registerInput(domain) as never, ...(customerId === undefined ? {} : { customerId }) });
  expect(op.status).toBe('done');
};

const expectProblem = (answer: { status: number; headers: Headers; body: any }, status: number, code: string) => {
  expect(answer.status).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.body).toMatchObject({ status, code });
};

describe('the Domain view', () => {
  it('shows the renewal policy, the registry’s view from the last sync and when it was read — contacts without registry extras', async () => {
    await register('seen.com');
    const before = await s.call('GET', '/v1/domains/seen.com', { key: admin });
    expect(before.body).not.toHaveProperty('registry');
    expect(before.body).not.toHaveProperty('syncedAt');
    registry()['seen.com'] = {
      info: {
        statuses: ['clientTransferProhibited'],
        registrarStatus: 'ACTIVE',
        whoisPrivacy: true,
        autoRenew: false,
        contacts: { registrant: { type: 'person', firstName: 'Hanna', lastName: 'Berg', address: ['Leopoldstr. 1'], postalCode: '80802', city: 'München', country: 'DE', phone: '+49.8912345678', email: 'hanna@example.de', extra: { authInfo: 'contact-pw-123' }, password: 'x' } },
      },
    };
    expect((await s.call('POST', '/v1/sync', { key: admin, body: { domain: 'seen.com' } })).status).toBe(200);
    await s.call('PUT', '/v1/domains/seen.com/renewal', { key: admin, body: { autoRenew: true } });
    const after = await s.call('GET', '/v1/domains/seen.com', { key: admin });
    expect(after.body).toMatchObject({
      name: 'seen.com',
      autoRenew: true,
      syncedAt: clock.now().toISOString(),
      registry: { statuses: ['clientTransferProhibited'], registrarStatus: 'ACTIVE', whoisPrivacy: true, autoRenew: false, contacts: { registrant: { firstName: 'Hanna', email: 'hanna@example.de', address: ['Leopoldstr. 1'] } } },
    });
    expect(JSON.stringify(after.body)).not.toMatch(/contact-pw-123|authInfo|password/);
    // The list shows the same fields.
    const list = await s.call('GET', '/v1/domains?q=seen', { key: admin });
    expect(list.body.items[0]).toMatchObject({ autoRenew: true, registry: { registrarStatus: 'ACTIVE' } });
  });
});

describe('PUT /v1/domains/{name}/renewal', () => {
  it('sets the host’s renewal policy (no registrar call) with a submit or staff key; read keys may not', async () => {
    await register('policy.com');
    const before = calls().length;
    const submit = await s.key(['submit']);
    const set = await s.call('PUT', '/v1/domains/POLICY.com/renewal', { key: submit, body: { autoRenew: true } });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ name: 'policy.com', autoRenew: true });
    expect((await s.call('PUT', '/v1/domains/policy.com/renewal', { key: await s.key(['staff']), body: { autoRenew: false } })).body.autoRenew).toBe(false);
    expect(calls().length).toBe(before);
    expect((await s.host.getDomain('policy.com'))!.autoRenew).toBe(false);
    expectProblem(await s.call('PUT', '/v1/domains/policy.com/renewal', { key: await s.key(['read']), body: { autoRenew: true } }), 403, 'FORBIDDEN');
    expectProblem(await s.call('PUT', '/v1/domains/policy.com/renewal', { key: submit, body: { autoRenew: 'yes' } }), 400, 'INVALID_REQUEST');
    expectProblem(await s.call('PUT', '/v1/domains/nobody.com/renewal', { key: submit, body: { autoRenew: true } }), 404, 'NOT_FOUND');
  });

  it('a tenant’s key changes only its own domains: another tenant’s answers 404 and stays as it was', async () => {
    await register('mine.com', 'cust-a');
    await register('theirs.com', 'cust-b');
    const tenant = await s.key(['submit'], 'cust-a');
    expect((await s.call('PUT', '/v1/domains/mine.com/renewal', { key: tenant, body: { autoRenew: true } })).status).toBe(200);
    expectProblem(await s.call('PUT', '/v1/domains/theirs.com/renewal', { key: tenant, body: { autoRenew: true } }), 404, 'NOT_FOUND');
    expect((await s.host.getDomain('theirs.com'))!.autoRenew).toBeUndefined();
  });
});

describe('POST /v1/domains/{name}/renewal/order', () => {
  it('attaches the platform’s order; the renewal, once released, waits for its payment', async () => {
    await register('paid.com');
    expectProblem(await s.call('POST', '/v1/domains/paid.com/renewal/order', { key: admin, body: { orderId: 'order-1' } }), 409, 'OPERATION_STATE');
    await s.call('PUT', '/v1/domains/paid.com/renewal', { key: admin, body: { autoRenew: true } });
    clock.ms += 340 * DAY;
    expect((await s.host.renewals.run()).announced).toBe(1);
    const expiry = (await s.host.getDomain('paid.com'))!.expiresAt!;
    const attached = await s.call('POST', '/v1/domains/paid.com/renewal/order', { key: await s.key(['submit']), body: { orderId: 'order-1' } });
    expect(attached.status).toBe(200);
    expect(attached.body).toEqual({ domain: 'paid.com', renewal: { expiry, announcedAt: expect.any(String), orderId: 'order-1' } });
    expect((await s.call('POST', '/v1/domains/paid.com/renewal/order', { key: admin, body: { orderId: 'order-1' } })).status).toBe(200);
    expect((await s.call('GET', '/v1/domains/paid.com', { key: admin })).body.renewal).toMatchObject({ expiry, orderId: 'order-1' });

    clock.ms += 49 * 3_600_000;
    const [released] = (await s.host.renewals.run()).released;
    expect([released?.operation, released?.status, released?.orderId]).toEqual(['renew', 'awaiting-payment', 'order-1']);
    const late = await s.call('POST', '/v1/domains/paid.com/renewal/order', { key: admin, body: { orderId: 'order-2' } });
    expectProblem(late, 409, 'OPERATION_STATE');
    expect(late.body.detail).toMatch(/already released/);
    const paid = await s.call('POST', '/v1/orders/order-1/paid', { key: admin });
    expect(paid.body.operations.map((o: { operation: string; status: string }) => [o.operation, o.status])).toEqual([['renew', 'done']]);
  });

  it('refuses a domain with no scheduled renewal, another tenant’s domain or order, and a cancelled order', async () => {
    await register('own.com', 'cust-a');
    await register('other.com', 'cust-b');
    await s.host.domains.setRenewal('own.com', { autoRenew: true });
    await s.host.domains.setRenewal('other.com', { autoRenew: true });
    const tenant = await s.key(['submit'], 'cust-a');
    expectProblem(await s.call('POST', '/v1/domains/other.com/renewal/order', { key: tenant, body: { orderId: 'o-1' } }), 404, 'NOT_FOUND');
    expectProblem(await s.call('POST', '/v1/domains/unknown.com/renewal/order', { key: tenant, body: { orderId: 'o-1' } }), 404, 'NOT_FOUND');
    // An order cust-b already has (an unpaid registration of theirs).
    await s.host.submit({ operation: 'register', input: registerInput('b-next.com') as never, orderId: 'order-b', customerId: 'cust-b' });
    expectProblem(await s.call('POST', '/v1/domains/own.com/renewal/order', { key: tenant, body: { orderId: 'order-b' } }), 403, 'FORBIDDEN');
    expectProblem(await s.call('POST', '/v1/domains/own.com/renewal/order', { key: admin, body: { orderId: 'order-b' } }), 409, 'ORDER_STATE');
    await s.host.submit({ operation: 'register', input: registerInput('a-next.com') as never, orderId: 'order-a', customerId: 'cust-a' });
    await s.host.orders.cancel('order-a');
    expectProblem(await s.call('POST', '/v1/domains/own.com/renewal/order', { key: tenant, body: { orderId: 'order-a' } }), 409, 'ORDER_STATE');
    expectProblem(await s.call('POST', '/v1/domains/own.com/renewal/order', { key: tenant, body: {} }), 400, 'INVALID_REQUEST');
    expect((await s.host.getDomain('own.com'))!.renewal).toBeUndefined();
    expect((await s.call('POST', '/v1/domains/own.com/renewal/order', { key: tenant, body: { orderId: 'order-a2' } })).body.renewal.orderId).toBe('order-a2');
  });
});

describe('POST /v1/sync', () => {
  it('sweeps the due domains (or one domain) and answers the summary; staff or admin only; a tenant names its own domain', async () => {
    for (const d of ['one.com', 'two.com', 'three.com']) await register(d);
    await register('cust.com', 'cust-a');
    registry()['two.com'] = { info: { expiresAt: '2031-01-01T00:00:00.000Z' } };
    const staff = await s.key(['staff']);
    const sweep = await s.call('POST', '/v1/sync', { key: staff, body: {} });
    expect(sweep.status).toBe(200);
    expect(sweep.body).toMatchObject({ checked: 4, updated: 1, unchanged: 3, instances: ['life'], notSwept: [] });
    expect(sweep.body.results.find((r: { domain: string }) => r.domain === 'two.com')).toMatchObject({ result: 'updated', instance: 'life', drift: [{ field: 'expiresAt', to: '2031-01-01T00:00:00.000Z' }] });
    expect((await s.host.getDomain('two.com'))!.expiresAt).toBe('2031-01-01T00:00:00.000Z');
    // Nothing is due again before the interval: a second sweep reads nothing; one domain is read on demand.
    expect((await s.call('POST', '/v1/sync', { key: staff })).body).toMatchObject({ checked: 0, instances: ['life'] });
    const one = await s.call('POST', '/v1/sync', { key: staff, body: { domain: 'ONE.com' } });
    expect(one.body).toMatchObject({ checked: 1, results: [{ domain: 'one.com', result: 'unchanged' }] });

    expectProblem(await s.call('POST', '/v1/sync', { key: await s.key(['submit']), body: {} }), 403, 'FORBIDDEN');
    expectProblem(await s.call('POST', '/v1/sync', { key: staff, body: { domain: 'nobody.com' } }), 404, 'NOT_FOUND');
    expectProblem(await s.call('POST', '/v1/sync', { key: staff, body: { domain: 'one.com', extra: 1 } }), 400, 'INVALID_REQUEST');
    const tenant = await s.key(['staff'], 'cust-a');
    expectProblem(await s.call('POST', '/v1/sync', { key: tenant, body: {} }), 403, 'FORBIDDEN');
    expectProblem(await s.call('POST', '/v1/sync', { key: tenant, body: { domain: 'one.com' } }), 404, 'NOT_FOUND');
    expect((await s.call('POST', '/v1/sync', { key: tenant, body: { domain: 'cust.com' } })).body.checked).toBe(1);
  });

  it('two requests at once read each domain once — a whole sweep (the store’s claim), and one domain', async () => {
    for (const d of ['p1.com', 'p2.com', 'p3.com']) await register(d);
    const [a, b] = await Promise.all([s.call('POST', '/v1/sync', { key: admin, body: {} }), s.call('POST', '/v1/sync', { key: admin, body: {} })]);
    expect([a.status, b.status]).toEqual([200, 200]);
    for (const d of ['p1.com', 'p2.com', 'p3.com']) expect(infoCalls(d)).toHaveLength(1);
    const read = (x: typeof a) => x.body.results.map((r: { domain: string }) => r.domain) as string[];
    expect(new Set([...read(a), ...read(b)])).toEqual(new Set(['p1.com', 'p2.com', 'p3.com']));

    // One domain, due or not: hold the first run until the second request has looked the domain up
    // (the route's next step is to start or join the run), then let it go.
    calls().length = 0;
    const sync = s.host.sync as { run: typeof s.host.sync.run };
    const run = sync.run;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let runs = 0;
    sync.run = async (o) => {
      runs++;
      await gate;
      return run(o);
    };
    const getDomain = s.host.getDomain.bind(s.host);
    let lookups = 0;
    s.host.getDomain = async (name: string) => {
      const record = await getDomain(name);
      if (name === 'p2.com') lookups++;
      return record;
    };
    const both = Promise.all([1, 2].map(() => s.call('POST', '/v1/sync', { key: admin, body: { domain: 'p2.com' } })));
    await expect.poll(() => lookups).toBe(2);
    await new Promise((r) => setImmediate(r));
    expect(runs).toBe(1);
    release();
    expect((await both).map((x) => [x.status, x.body.checked])).toEqual([[200, 1], [200, 1]]);
    expect(infoCalls()).toHaveLength(1);
    // Once that run is over, the next request reads the registrar again.
    await s.call('POST', '/v1/sync', { key: admin, body: { domain: 'p2.com' } });
    expect(infoCalls()).toHaveLength(2);
  });
});
