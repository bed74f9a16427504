// GET /v1/operations/{id} with its registrar calls and allowed actions; list filters for the console.
import { signWebhook } from '@registrar-kit/host';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerInput, serverConfig, startTestServer, WEBHOOK_SECRET, type TestServer } from './test-support/harness.js';

let s: TestServer;
let admin: string;

beforeEach(async () => {
  s = await startTestServer(serverConfig({ orders: { providerCustomerIds: ['acme', 'globex'] } }));
  admin = await s.key(['admin']);
});
afterEach(async () => {
  await s?.close();
});

const submit = (body: Record<string, unknown>) => s.call('POST', '/v1/operations', { key: admin, body });
const detail = async (id: string, key = admin) => (await s.call('GET', `/v1/operations/${id}`, { key })).body;

describe('an operation’s registrar calls', () => {
  it('shows a failed call with its summarized request, registrar code, duration and error, and no auth code', async () => {
    const op = (await submit({ operation: 'transfer', input: { domain: 'refused.com', authCode: 'wrong' } })).body;
    expect(op.status).toBe('failed');
    const d = await detail(op.id);
    expect(d).toMatchObject({ id: op.id, status: 'failed', actions: [] });
    expect(d.calls).toHaveLength(1);
    expect(d.calls[0]).toMatchObject({ kind: 'call', outcome: 'failed', registrarCode: '2202', request: { domain: 'refused.com' }, error: { code: 'AUTH_CODE_INVALID', message: 'The transfer code is wrong' }, durationMs: expect.any(Number) });
    expect(JSON.stringify(d.calls)).not.toContain('"wrong"');
  });

  it('shows the call that left an operation pending, then the registrar’s later answer by message', async () => {
    const op = (await submit({ operation: 'register', input: registerInput('hooked.org') })).body;
    expect(op.status).toBe('pending');
    expect((await detail(op.id)).calls.map((c: { kind: string; outcome: string }) => [c.kind, c.outcome])).toEqual([['call', 'pending']]);
    const body = JSON.stringify({ ref: `ctid-${op.id}`, verdict: 'OK' });
    await s.call('POST', '/v1/inbound/hooks', { raw: body, headers: { 'content-type': 'application/json', ...signWebhook(WEBHOOK_SECRET, body, Math.floor(Date.now() / 1000)) } });
    const d = await detail(op.id);
    expect(d.status).toBe('done');
    expect(d.calls.map((c: { kind: string; outcome: string; via?: string }) => [c.kind, c.outcome, c.via])).toEqual([
      ['call', 'pending', undefined],
      ['result', 'done', expect.stringMatching(/^message /)],
    ]);
  });
});

describe('an operation’s actions', () => {
  it('an unpaid order’s operation can be paid or cancelled through its order', async () => {
    const op = (await submit({ operation: 'register', input: registerInput('unpaid.com'), orderId: 'order 7' })).body;
    expect((await detail(op.id)).actions).toEqual([
      { action: 'pay-order', method: 'POST', href: '/v1/orders/order%207/paid', scope: 'submit', orderId: 'order 7' },
      { action: 'cancel-order', method: 'POST', href: '/v1/orders/order%207/cancel', scope: 'submit', orderId: 'order 7' },
    ]);
    // The routes the actions name do what they say.
    await s.call('POST', '/v1/orders/order%207/cancel', { key: admin });
    expect(await detail(op.id)).toMatchObject({ status: 'cancelled', actions: [] });
  });

  it('manual work is claimed, completed or failed through its task; a claimed task is not offered for claiming', async () => {
    const op = (await submit({ operation: 'register', input: registerInput('by-hand.net') })).body;
    const open = (await detail(op.id)).actions;
    expect(open.map((a: { action: string }) => a.action)).toEqual(['claim-task', 'complete-task', 'fail-task']);
    const taskId = open[0].taskId as string;
    expect(open[0].href).toBe(`/v1/tasks/${taskId}/claim`);
    await s.call('POST', `/v1/tasks/${taskId}/claim`, { key: admin });
    expect((await detail(op.id)).actions.map((a: { action: string }) => a.action)).toEqual(['complete-task', 'fail-task']);
    await s.call('POST', `/v1/tasks/${taskId}/complete`, { key: admin, body: { result: {} } });
    expect(await detail(op.id)).toMatchObject({ status: 'done', actions: [] });
  });
});

describe('list filters', () => {
  beforeEach(async () => {
    await submit({ operation: 'register', input: registerInput('alpha-shop.com'), customerId: 'acme' });
    await submit({ operation: 'register', input: registerInput('beta-shop.com'), customerId: 'globex' });
    await submit({ operation: 'register', input: registerInput('gamma.org'), customerId: 'globex' });
  });

  const names = (body: { items: { name?: string; domain?: string }[] }) => body.items.map((i) => i.name ?? i.domain).sort();

  it('domains by tenant, text (q) and plugin instance', async () => {
    expect(names((await s.call('GET', '/v1/domains?tenant=globex', { key: admin })).body)).toEqual(['beta-shop.com', 'gamma.org']);
    expect(names((await s.call('GET', '/v1/domains?q=shop', { key: admin })).body)).toEqual(['alpha-shop.com', 'beta-shop.com']);
    expect(names((await s.call('GET', '/v1/domains?q=shop&tenant=globex&plugin=main', { key: admin })).body)).toEqual(['beta-shop.com']);
    expect(names((await s.call('GET', '/v1/domains?plugin=hooks', { key: admin })).body)).toEqual(['gamma.org']);
  });

  it('operations by tenant and plugin instance; a tenant key cannot name another tenant', async () => {
    expect(names((await s.call('GET', '/v1/operations?tenant=acme', { key: admin })).body)).toEqual(['alpha-shop.com']);
    expect(names((await s.call('GET', '/v1/operations?plugin=hooks', { key: admin })).body)).toEqual(['gamma.org']);
    const acme = (await s.keys.create({ scopes: ['read'], tenant: 'acme' })).key;
    expect(names((await s.call('GET', '/v1/operations?tenant=acme', { key: acme })).body)).toEqual(['alpha-shop.com']);
    expect((await s.call('GET', '/v1/operations?tenant=globex', { key: acme })).status).toBe(403);
    expect((await s.call('GET', '/v1/domains?tenant=globex', { key: acme })).status).toBe(403);
  });

  it('the Action Log of one domain, oldest first', async () => {
    const log = (await s.call('GET', '/v1/log?domain=beta-shop.com', { key: admin })).body.items as { domain: string; kind: string }[];
    expect(log.length).toBeGreaterThan(0);
    expect(new Set(log.map((e) => e.domain))).toEqual(new Set(['beta-shop.com']));
    expect(log.map((e) => e.kind)).toContain('plugin-call');
  });
});
