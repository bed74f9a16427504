import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createHost, type Host, type HostConfig } from '@registrar-kit/host';
import { createServer, hostApiKeys } from '@registrar-kit/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, RegistrarKitError, type RegistrarKitClient } from './index.js';

const FIXTURES = fileURLToPath(new URL('../../../tests/fixtures/', import.meta.url));
const config = {
  store: { sqlite: ':memory:' },
  // This platform takes payment before it calls the host: its customers' requests carry no order.
  orders: { requireForCustomers: false },
  plugins: [{ name: 'main', package: `${FIXTURES}host-basic`, settings: { apiKey: 'fixture-key-7c1e9a', account: 'acct-1' } }],
  // .com answers at once; .net registrations are done by staff (a manual task).
  connectors: [
    { tld: 'com', plugin: 'main' },
    { tld: 'net', plugin: 'main', modes: { register: 'manual' } },
  ],
} as HostConfig;
const registrant = { type: 'person', firstName: 'Hanna', lastName: 'Berg', address: ['Leopoldstr. 1'], postalCode: '80802', city: 'München', country: 'DE', phone: '+49.8912345678', email: 'hanna@example.de' };
const register = (domain: string) => ({ domain, period: 1, contacts: { registrant }, nameservers: [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }] });

let host: Host;
let app: Awaited<ReturnType<typeof createServer>>;
let client: RegistrarKitClient;
let baseUrl: string;

beforeAll(async () => {
  host = await createHost(config);
  const keys = hostApiKeys(host);
  app = await createServer({ host, keys });
  await app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/`;
  client = createClient({ baseUrl, apiKey: (await keys.create({ scopes: ['submit', 'read', 'staff'], tenant: 'cust-7' })).key });
});
afterAll(async () => {
  await app?.close();
  await host?.close();
});

it('has the types of the committed OpenAPI document (regenerate with pnpm --filter @registrar-kit/client generate)', () => {
  const script = fileURLToPath(new URL('../scripts/generate.mjs', import.meta.url));
  // Exits 1 with the command to run when src/schema.generated.ts is stale.
  expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
});

describe('a platform driving the host through the client', () => {
  it('submits with an idempotency key, pays the order, reads the operation and lists operations', async () => {
    const submitted = await client.submit({ operation: 'register', orderId: 'order-1', input: register('paid.com') }, { idempotencyKey: 'reg-paid-com' });
    expect(submitted).toMatchObject({ status: 'awaiting-payment', customerId: 'cust-7', orderId: 'order-1' });
    const again = await client.submit({ operation: 'register', orderId: 'order-1', input: register('paid.com') }, { idempotencyKey: 'reg-paid-com' });
    expect(again.id).toBe(submitted.id);

    const paid = await client.markPaid('order-1');
    expect(paid.operations.map((o) => [o.id, o.status])).toEqual([[submitted.id, 'done']]);
    const read = await client.getOperation(submitted.id);
    expect(read).toMatchObject({ status: 'done', domain: 'paid.com', actions: [] });
    // The registrar call, from the Action Log, typed as the OpenAPI document says.
    expect(read.calls.map((c) => [c.kind, c.outcome])).toEqual([['call', 'done']]);
    const page = await client.listOperations({ domain: 'paid.com' });
    expect(page.items.map((o) => o.id)).toEqual([submitted.id]);

    await client.submit({ operation: 'register', orderId: 'order-2', input: register('unpaid.com') });
    expect((await client.cancelOrder('order-2')).operations.map((o) => o.status)).toEqual(['cancelled']);
  });

  it('completes and fails manual tasks as staff, and reads the Action Log', async () => {
    const first = await client.submit({ operation: 'register', input: register('by-hand.net') });
    const second = await client.submit({ operation: 'register', input: register('refused.net') });
    expect([first.status, second.status]).toEqual(['awaiting-manual', 'awaiting-manual']);
    const tasks = await client.listTasks({ status: ['open'] });
    const taskOf = (operationId: string) => tasks.find((t) => t.operationId === operationId)!.id;

    expect((await client.claimTask(taskOf(first.id))).status).toBe('claimed');
    expect(await client.completeTask(taskOf(first.id), { result: { expiresAt: '2027-06-01T00:00:00.000Z' }, note: 'done in the registry console' })).toMatchObject({ id: first.id, status: 'done' });
    expect(await client.failTask(taskOf(second.id), 'the registry refused the name')).toMatchObject({ id: second.id, status: 'failed' });

    const log = await client.log({ domain: 'by-hand.net' });
    expect(log.items.map((e) => e.kind)).toEqual(expect.arrayContaining(['transition', 'manual-task']));
  });

  it('retries a failed operation as staff, and is refused what a resend cannot change', async () => {
    const down = (globalThis as { __registrarKitFixtureGate?: (op: string, subject: unknown) => Promise<void> | undefined });
    // The registrar refuses the connection once (what the sdk's HTTP client reports as a retryable TRANSPORT error).
    down.__registrarKitFixtureGate = (op) => {
      delete down.__registrarKitFixtureGate;
      return op === 'register' ? Promise.reject(Object.assign(new Error('Could not reach the registrar'), { [Symbol.for('registrar-kit.error')]: true, code: 'TRANSPORT', retryable: true, detail: 'POST https://api.registrar.test/: ECONNREFUSED', issues: [] })) : undefined;
    };
    const failed = await client.submit({ operation: 'register', input: register('down-once.com') });
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'TRANSPORT', retryable: true } });
    expect((await client.getOperation(failed.id)).actions.map((a) => a.action)).toEqual(['retry']);
    const retried = await client.retryOperation(failed.id);
    expect(retried).toMatchObject({ status: 'done', domain: 'down-once.com', customerId: 'cust-7' });
    expect((await client.getOperation(failed.id)).retriedAs).toBe(retried.id);

    const taken = await client.submit({ operation: 'register', input: register('taken-for-good.com') });
    await expect(client.retryOperation(taken.id)).rejects.toMatchObject({ status: 409, code: 'OPERATION_STATE' });
  });

  it('rejects with the problem details: status and the host’s stable code', async () => {
    const missing = await client.getOperation('op-that-does-not-exist').catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(RegistrarKitError);
    expect(missing).toMatchObject({ status: 404, code: 'NOT_FOUND' });

    const invalid = await client.submit({ operation: 'register', input: { ...register('bad_name.com'), period: 7 } }).catch((error: unknown) => error);
    expect(invalid).toMatchObject({ status: 422, code: 'INVALID_INPUT' });

    const stranger = createClient({ baseUrl, apiKey: 'rk_not-a-key' });
    await expect(stranger.listTasks()).rejects.toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('sets a domain’s renewal policy, attaches an order to its renewal, and syncs it with the registrar', async () => {
    await client.submit({ operation: 'register', input: register('renew-me.com') });
    const domain = await client.setRenewal('renew-me.com', { autoRenew: true });
    expect(domain).toMatchObject({ name: 'renew-me.com', autoRenew: true, customerId: 'cust-7' });
    const { renewal } = await client.attachRenewalOrder('renew-me.com', 'order-renew-1');
    expect(renewal).toEqual({ expiry: domain.expiresAt, orderId: 'order-renew-1' });
    const summary = await client.sync({ domain: 'renew-me.com' });
    expect([summary.checked, summary.results[0]?.domain]).toEqual([1, 'renew-me.com']);
    expect((await client.raw.GET('/v1/domains/{name}', { params: { path: { name: 'renew-me.com' } } })).data?.syncedAt).toEqual(expect.any(String));
    await expect(client.sync()).rejects.toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });
});
