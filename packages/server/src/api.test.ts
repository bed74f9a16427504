// API v1 over real HTTP on loopback; every answer is validated against the published OpenAPI document.
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { signWebhook } from '@registrar-kit/host';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerInput, serverConfig, startTestServer, WEBHOOK_SECRET, type TestServer } from './test-support/harness.js';

let s: TestServer;
let admin: string;

beforeEach(async () => {
  s = await startTestServer();
  admin = await s.key(['admin']);
});
afterEach(async () => {
  await s?.close();
});

const register = (domain: string, extra: Record<string, unknown> = {}, key = admin, headers: Record<string, string> = {}) =>
  s.call('POST', '/v1/operations', { key, body: { operation: 'register', input: registerInput(domain), ...extra }, headers });

const expectProblem = (answer: { status: number; headers: Headers; body: any }, status: number, code: string) => {
  expect(answer.status).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.body).toMatchObject({ status, code, type: expect.stringMatching(/^urn:registrar-kit:problem:/), title: expect.any(String) });
};

describe('the OpenAPI document', () => {
  it('is served at /v1/openapi.json as OpenAPI 3.1 and equals the committed openapi.json', async () => {
    const served = (await (await fetch(`${s.url}/v1/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(served.openapi).toBe('3.1.0');
    expect(Object.keys(served.paths)).toEqual(expect.arrayContaining(['/v1/operations', '/v1/operations/{id}', '/v1/tasks/{id}/complete', '/v1/inbound/{instance}', '/v1/inbound/quarantine/{id}']));
    const committed = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8')) as unknown;
    // Drift: run `pnpm --filter @registrar-kit/server generate:openapi` after changing a route.
    expect(served).toEqual(committed);
  });
});

describe('operations', () => {
  it('answers 200 with an operation that finished at once, 202 with one that waits for payment', async () => {
    const done = await register('now.com');
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ domain: 'now.com', status: 'done', mode: 'auto' });
    expect(done.body).not.toHaveProperty('leaseToken');
    const waiting = await register('later.com', { orderId: 'order-1' });
    expect(waiting.status).toBe(202);
    expect(waiting.body).toMatchObject({ status: 'awaiting-payment', orderId: 'order-1' });
    const read = await s.call('GET', `/v1/operations/${waiting.body.id}`, { key: admin });
    expect(read.body).toMatchObject({ id: waiting.body.id, status: 'awaiting-payment' });
  });

  it('replays an Idempotency-Key: the same operation, one registrar call; another payload is 409', async () => {
    const first = await register('once.com', {}, admin, { 'idempotency-key': 'k-1' });
    const again = await register('once.com', {}, admin, { 'idempotency-key': 'k-1' });
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.idempotencyKey).toBe('k-1');
    const log = await s.call('GET', `/v1/log?operationId=${first.body.id}&kind=plugin-call`, { key: admin });
    expect(log.body.items).toHaveLength(1);
    expectProblem(await register('other.com', {}, admin, { 'idempotency-key': 'k-1' }), 409, 'IDEMPOTENCY_CONFLICT');
  });

  it('lists operations newest first with filters and a cursor', async () => {
    for (const d of ['a1.com', 'a2.com', 'a3.com']) await register(d);
    const first = await s.call('GET', '/v1/operations?limit=2&status=done', { key: admin });
    expect(first.body.items.map((o: { domain: string }) => o.domain)).toEqual(['a3.com', 'a2.com']);
    const second = await s.call('GET', `/v1/operations?limit=2&status=done&cursor=${encodeURIComponent(first.body.nextCursor)}`, { key: admin });
    expect(second.body.items.map((o: { domain: string }) => o.domain)).toEqual(['a1.com']);
    expect(second.body.nextCursor).toBeUndefined();
    expect((await s.call('GET', '/v1/operations?domain=a2.com', { key: admin })).body.items).toHaveLength(1);
  });
});

describe('errors are RFC 9457 problem details with the host’s codes', () => {
  it('400 for a body or query that does not match the schema, and for a cursor the API never gave', async () => {
    const bad = await s.call('POST', '/v1/operations', { key: admin, body: { input: {} } });
    expectProblem(bad, 400, 'INVALID_REQUEST');
    expect(bad.body.issues[0].path).toMatch(/^\/body/);
    expectProblem(await s.call('GET', '/v1/operations?limit=100000', { key: admin }), 400, 'INVALID_REQUEST');
    expectProblem(await s.call('GET', '/v1/operations?cursor=not-a-cursor', { key: admin }), 400, 'INVALID_CURSOR');
  });

  it('422 INVALID_INPUT with the issues, 422 UNSUPPORTED naming the reason', async () => {
    const invalid = await s.call('POST', '/v1/operations', { key: admin, body: { operation: 'register', input: { ...registerInput('bad_name.com'), period: 7 } } });
    expectProblem(invalid, 422, 'INVALID_INPUT');
    expect(invalid.body.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['/domain']));
    const unsupported = await s.call('POST', '/v1/operations', { key: admin, body: { operation: 'renew', input: { domain: 'x.org', period: 1 } } });
    expectProblem(unsupported, 422, 'UNSUPPORTED');
    expect(unsupported.body.detail).toContain('renewed-by-registrar');
  });

  it('409 DOMAIN_BUSY naming the operation in flight; 409 ORDER_STATE; 404 for what does not exist', async () => {
    const transfer = await s.call('POST', '/v1/operations', { key: admin, body: { operation: 'transfer', input: { domain: 'moving.com', authCode: 'abc' } } });
    expect(transfer.status).toBe(202);
    const busy = await s.call('POST', '/v1/operations', { key: admin, body: { operation: 'transfer', input: { domain: 'moving.com', authCode: 'other' } } });
    expectProblem(busy, 409, 'DOMAIN_BUSY');
    expect(busy.body.operationId).toBe(transfer.body.id);
    await register('paid.com', { orderId: 'order-9' });
    expect((await s.call('POST', '/v1/orders/order-9/paid', { key: admin })).body.operations[0]).toMatchObject({ status: 'done' });
    expectProblem(await s.call('POST', '/v1/orders/order-9/cancel', { key: admin }), 409, 'ORDER_STATE');
    expectProblem(await s.call('POST', '/v1/orders/nope/paid', { key: admin }), 404, 'NOT_FOUND');
    expectProblem(await s.call('GET', '/v1/domains/nope.com', { key: admin }), 404, 'NOT_FOUND');
    expectProblem(await s.call('POST', '/v1/tasks/nope/claim', { key: admin }), 404, 'NOT_FOUND');
  });

  it('413 for a body over the limit', async () => {
    const big = await s.call('POST', '/v1/operations', { key: admin, body: { operation: 'register', input: { domain: 'x.com', pad: 'x'.repeat(300 * 1024) } } });
    expectProblem(big, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('503 with Retry-After when the host cannot take the request (closed)', async () => {
    await s.host.close();
    const closed = await register('late.com');
    expectProblem(closed, 503, 'HOST_CLOSED');
    expect(closed.headers.get('retry-after')).toBe('1');
  });

  it('500 without internals for an unexpected error', async () => {
    s.keys.verify = async () => {
      throw new Error('connection string postgres://u:hunter2@db');
    };
    const answer = await s.call('GET', '/v1/domains', { key: 'anything' });
    expectProblem(answer, 500, 'INTERNAL');
    expect(JSON.stringify(answer.body)).not.toContain('hunter2');
  });
});

describe('API keys and scopes', () => {
  it('401 without a key, with an unknown key, with a revoked key', async () => {
    const none = await s.call('GET', '/v1/domains');
    expectProblem(none, 401, 'UNAUTHENTICATED');
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expectProblem(await s.call('GET', '/v1/domains', { key: 'rk_unknown' }), 401, 'UNAUTHENTICATED');
    const { key, record } = await s.keys.create({ scopes: ['read'] });
    expect((await s.call('GET', '/v1/domains', { key })).status).toBe(200);
    await s.keys.revoke(record.id);
    expectProblem(await s.call('GET', '/v1/domains', { key }), 401, 'UNAUTHENTICATED');
  });

  it('403 for every route outside the key’s scopes; admin may call everything', async () => {
    const read = await s.key(['read']);
    const submit = await s.key(['submit']);
    const staff = await s.key(['staff']);
    const refused: [string, string, string][] = [
      [read, 'POST', '/v1/operations'],
      [read, 'POST', '/v1/orders/o/paid'],
      [read, 'POST', '/v1/orders/o/cancel'],
      [read, 'POST', '/v1/tasks/t/claim'],
      [read, 'POST', '/v1/tasks/t/complete'],
      [read, 'POST', '/v1/tasks/t/fail'],
      [read, 'GET', '/v1/inbound/quarantine'],
      [read, 'GET', '/v1/inbound/quarantine/q'],
      [read, 'POST', '/v1/inbound/quarantine/q/assign'],
      [read, 'POST', '/v1/inbound/quarantine/q/discard'],
      [submit, 'POST', '/v1/inbound/quarantine/q/discard'],
      [submit, 'GET', '/v1/operations'],
      [submit, 'GET', '/v1/domains'],
      [submit, 'GET', '/v1/log'],
      [submit, 'GET', '/v1/tasks'],
      [submit, 'POST', '/v1/tasks/t/claim'],
      [staff, 'POST', '/v1/operations'],
      [staff, 'POST', '/v1/orders/o/paid'],
      [staff, 'GET', '/v1/domains'],
    ];
    for (const [key, method, path] of refused) {
      const answer = await s.call(method, path, { key, ...(method === 'POST' ? { body: {} } : {}) });
      expectProblem(answer, 403, 'FORBIDDEN');
    }
    expect((await s.call('GET', '/v1/tasks', { key: staff })).status).toBe(200);
    expect((await s.call('GET', '/v1/inbound/quarantine', { key: admin })).status).toBe(200);
  });
});

describe('manual tasks', () => {
  it('a staff key claims and completes a task; its id is the staff name in the Action Log, with the note', async () => {
    const op = await register('by-hand.net');
    expect(op.status).toBe(202);
    expect(op.body.status).toBe('awaiting-manual');
    const staffA = await s.keys.create({ scopes: ['staff'], name: 'alice' });
    const staffB = await s.key(['staff']);
    const tasks = await s.call('GET', '/v1/tasks?status=open', { key: staffA.key });
    const task = tasks.body.items.find((t: { operationId: string }) => t.operationId === op.body.id);
    const claimed = await s.call('POST', `/v1/tasks/${task.id}/claim`, { key: staffA.key });
    expect(claimed.body).toMatchObject({ status: 'claimed', claimedBy: staffA.record.id });
    expectProblem(await s.call('POST', `/v1/tasks/${task.id}/claim`, { key: staffB }), 409, 'TASK_STATE');
    expectProblem(await s.call('POST', `/v1/tasks/${task.id}/complete`, { key: staffB, body: {} }), 409, 'TASK_STATE');
    const completed = await s.call('POST', `/v1/tasks/${task.id}/complete`, { key: staffA.key, body: { result: { expiresAt: '2027-01-01T00:00:00.000Z' }, note: 'registered at the registry console' } });
    expect(completed.body).toMatchObject({ id: op.body.id, status: 'done' });
    const log = await s.call('GET', `/v1/log?operationId=${op.body.id}&kind=manual-task`, { key: admin });
    const messages = log.body.items.map((e: { message: string }) => e.message);
    expect(messages).toContainEqual(expect.stringContaining(`completed by ${staffA.record.id}`));
    expect(messages).toContainEqual(expect.stringContaining('registered at the registry console'));
    expectProblem(await s.call('POST', `/v1/tasks/${task.id}/complete`, { key: staffA.key, body: {} }), 409, 'TASK_STATE');
  });

  it('fail: the operation fails with the reason', async () => {
    const op = await register('refused.net');
    const task = (await s.call('GET', '/v1/tasks', { key: admin })).body.items.find((t: { operationId: string }) => t.operationId === op.body.id);
    const failed = await s.call('POST', `/v1/tasks/${task.id}/fail`, { key: admin, body: { reason: 'registry refused the name' } });
    expect(failed.body).toMatchObject({ status: 'failed', error: { code: 'POLICY', message: 'registry refused the name' } });
    expectProblem(await s.call('POST', `/v1/tasks/${task.id}/fail`, { key: admin, body: {} }), 400, 'INVALID_REQUEST');
  });
});

describe('registrar webhooks and the quarantine', () => {
  const post = (body: string, headers: Record<string, string>) => s.call('POST', '/v1/inbound/hooks', { raw: body, headers: { 'content-type': 'application/json', ...headers } });

  it('refuses an unsigned or wrongly signed webhook with 401 and stores nothing', async () => {
    const body = JSON.stringify({ ref: 'ctid-x', verdict: 'OK' });
    expectProblem(await post(body, {}), 401, 'WEBHOOK_UNAUTHENTICATED');
    const signed = signWebhook(WEBHOOK_SECRET, body, Math.floor(Date.now() / 1000));
    expectProblem(await post(body.replace('OK', 'FAILED'), signed), 401, 'WEBHOOK_UNAUTHENTICATED');
    expect((await s.call('GET', '/v1/inbound/quarantine', { key: admin })).body.items).toEqual([]);
    expectProblem(await s.call('POST', '/v1/inbound/nobody', { raw: body, headers: { 'content-type': 'application/json', ...signed } }), 404, 'NOT_FOUND');
  });

  it('applies a signed webhook to its pending operation (raw bytes, any content type); an unmatched one is quarantined and shown raw', async () => {
    const op = await register('hooked.org');
    expect(op.body).toMatchObject({ status: 'pending', await: 'message' });
    const body = JSON.stringify({ ref: `ctid-${op.body.id}`, verdict: 'OK' });
    const applied = await post(body, signWebhook(WEBHOOK_SECRET, body, Math.floor(Date.now() / 1000)));
    expect(applied.body).toMatchObject({ status: 'applied', operationId: op.body.id });
    expect((await s.call('GET', `/v1/operations/${op.body.id}`, { key: admin })).body.status).toBe('done');

    const stray = '{"ref":"ctid-unknown","verdict":"OK","note":"caf\u00e9"}';
    const quarantined = await s.call('POST', '/v1/inbound/hooks', { raw: stray, headers: { 'content-type': 'text/plain', ...signWebhook(WEBHOOK_SECRET, stray, Math.floor(Date.now() / 1000)) } });
    expect(quarantined.body).toMatchObject({ status: 'quarantined', reason: 'UNMATCHED' });
    const list = await s.call('GET', '/v1/inbound/quarantine', { key: await s.key(['staff']) });
    expect(list.body.items).toHaveLength(1);
    const shown = await s.call('GET', `/v1/inbound/quarantine/${list.body.items[0].id}`, { key: admin });
    expect(shown.body.raw).toBe(stray);
    expect(Buffer.from(shown.body.rawBase64, 'base64').equals(Buffer.from(stray, 'utf8'))).toBe(true);
    expectProblem(await s.call('GET', '/v1/inbound/quarantine/nope', { key: admin }), 404, 'NOT_FOUND');
  });

  /** Two pending `.org` registrations whose registrar ref is the same (`twin*`), and a push for that ref: quarantined AMBIGUOUS. */
  async function ambiguousPush(first: string, second: string, keys: [string, string] = [admin, admin]): Promise<{ a: string; b: string; id: string }> {
    const a = (await register(first, {}, keys[0])).body.id as string;
    const b = (await register(second, {}, keys[1])).body.id as string;
    const body = JSON.stringify({ ref: 'ctid-twin', verdict: 'OK' });
    expect((await post(body, signWebhook(WEBHOOK_SECRET, body, Math.floor(Date.now() / 1000)))).body).toMatchObject({ status: 'quarantined', reason: 'AMBIGUOUS' });
    const held = (await s.call('GET', '/v1/inbound/quarantine', { key: admin })).body.items as { id: string; reason: string }[];
    return { a, b, id: held.find((m) => m.reason === 'AMBIGUOUS')!.id };
  }

  it('assign: staff tie a quarantined push to one pending operation; it is applied to that one only, once', async () => {
    const { a, b, id } = await ambiguousPush('twin-a.org', 'twin-b.org');
    const alice = await s.keys.create({ scopes: ['staff'], name: 'alice' });
    expectProblem(await s.call('POST', `/v1/inbound/quarantine/${id}/assign`, { key: alice.key, body: {} }), 400, 'INVALID_REQUEST');
    const assigned = await s.call('POST', `/v1/inbound/quarantine/${id}/assign`, { key: alice.key, body: { operationId: b, note: 'the registrar confirmed by phone it was twin-b' } });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ id: b, domain: 'twin-b.org', status: 'done' });
    expect((await s.call('GET', `/v1/operations/${a}`, { key: admin })).body.status).toBe('pending');
    expect((await s.call('GET', '/v1/inbound/quarantine', { key: admin })).body.items).toEqual([]);
    const log = (await s.call('GET', `/v1/log?operationId=${b}&kind=inbound`, { key: admin })).body.items.map((e: { message: string }) => e.message);
    expect(log).toContainEqual(expect.stringContaining(`assigned by ${alice.record.id} to register twin-b.org: done`));
    expect(log).toContainEqual(expect.stringContaining('the registrar confirmed by phone it was twin-b'));
    expectProblem(await s.call('POST', `/v1/inbound/quarantine/${id}/assign`, { key: alice.key, body: { operationId: a } }), 409, 'INBOUND_STATE');
    expectProblem(await s.call('POST', '/v1/inbound/quarantine/nope/assign', { key: alice.key, body: { operationId: a } }), 404, 'NOT_FOUND');
  });

  it('assign refusals: 422 when the plugin still does not match it, 409 for an operation that is not pending, 404 for an unknown one', async () => {
    const pendingOp = (await register('waiting.org')).body.id as string;
    const settled = (await register('settled.com')).body.id as string;
    const stray = JSON.stringify({ ref: 'ctid-unknown', verdict: 'OK' });
    await post(stray, signWebhook(WEBHOOK_SECRET, stray, Math.floor(Date.now() / 1000)));
    const [held] = (await s.call('GET', '/v1/inbound/quarantine', { key: admin })).body.items as { id: string }[];
    const assign = (operationId: string) => s.call('POST', `/v1/inbound/quarantine/${held!.id}/assign`, { key: admin, body: { operationId } });
    const unmatched = await assign(pendingOp);
    expectProblem(unmatched, 422, 'INBOUND_UNMATCHED');
    expect(unmatched.body.detail).toContain('stays quarantined');
    expectProblem(await assign(settled), 409, 'OPERATION_STATE');
    expectProblem(await assign('no-such-operation'), 404, 'NOT_FOUND');
    expect((await s.call('GET', `/v1/inbound/quarantine/${held!.id}`, { key: admin })).body.status).toBe('quarantined');
    expect((await s.call('GET', `/v1/operations/${pendingOp}`, { key: admin })).body.status).toBe('pending');
  });

  it('discard: the message is kept as discarded with who and why; a second discard is 409', async () => {
    const stray = JSON.stringify({ ref: 'ctid-unknown', verdict: 'OK' });
    await post(stray, signWebhook(WEBHOOK_SECRET, stray, Math.floor(Date.now() / 1000)));
    const [held] = (await s.call('GET', '/v1/inbound/quarantine', { key: admin })).body.items as { id: string }[];
    const staff = await s.keys.create({ scopes: ['staff'] });
    const discard = (body: unknown) => s.call('POST', `/v1/inbound/quarantine/${held!.id}/discard`, { key: staff.key, body });
    expectProblem(await discard({}), 400, 'INVALID_REQUEST');
    const discarded = await discard({ reason: 'a test push from the registrar console' });
    expect(discarded.status).toBe(200);
    expect(discarded.body).toMatchObject({ id: held!.id, status: 'discarded', reason: 'UNMATCHED' });
    expect((await s.call('GET', '/v1/inbound/quarantine', { key: admin })).body.items).toEqual([]);
    const log = (await s.call('GET', '/v1/log?kind=inbound', { key: admin })).body.items.map((e: { message: string }) => e.message);
    expect(log).toContainEqual(expect.stringContaining(`discarded by ${staff.record.id}: a test push from the registrar console`));
    expectProblem(await discard({ reason: 'again' }), 409, 'INBOUND_STATE');
    expectProblem(await s.call('POST', '/v1/inbound/quarantine/nope/discard', { key: admin, body: { reason: 'x' } }), 404, 'NOT_FOUND');
  });

  it('a tenant-bound key assigns only to its own tenant’s operations and cannot discard', async () => {
    const ta = await s.key(['submit', 'read', 'staff'], 'tenant-a');
    const tb = await s.key(['submit', 'read', 'staff'], 'tenant-b');
    const { a, b, id } = await ambiguousPush('twin-ta.org', 'twin-tb.org', [ta, tb]);
    expectProblem(await s.call('POST', `/v1/inbound/quarantine/${id}/assign`, { key: tb, body: { operationId: a } }), 404, 'NOT_FOUND');
    expectProblem(await s.call('POST', `/v1/inbound/quarantine/${id}/discard`, { key: ta, body: { reason: 'not mine' } }), 403, 'FORBIDDEN');
    expect((await s.call('GET', `/v1/operations/${a}`, { key: ta })).body.status).toBe('pending');
    const own = await s.call('POST', `/v1/inbound/quarantine/${id}/assign`, { key: tb, body: { operationId: b } });
    expect(own.body).toMatchObject({ id: b, status: 'done', customerId: 'tenant-b' });
  });
});

describe('two tenants', () => {
  it('a tenant key sees and touches only its tenant’s rows, on every route', async () => {
    const a = await s.key(['submit', 'read', 'staff'], 'tenant-a');
    const b = await s.key(['submit', 'read', 'staff'], 'tenant-b');
    const aDone = await register('alpha.com', {}, a);
    expect(aDone.body.customerId).toBe('tenant-a');
    const aOrder = await register('alpha-order.com', { orderId: 'order-a' }, a);
    const aTask = await register('alpha-hand.net', {}, a);
    await register('beta.com', {}, b);
    const bTask = await register('beta-hand.net', {}, b);

    // Reads: lists filtered, by-id rows of the other tenant are 404.
    const ids = (items: { id: string }[]) => items.map((i) => i.id);
    expect(ids((await s.call('GET', '/v1/operations', { key: b })).body.items)).not.toEqual(expect.arrayContaining([aDone.body.id]));
    expect((await s.call('GET', '/v1/operations', { key: b })).body.items.every((o: { customerId: string }) => o.customerId === 'tenant-b')).toBe(true);
    expectProblem(await s.call('GET', `/v1/operations/${aDone.body.id}`, { key: b }), 404, 'NOT_FOUND');
    expect((await s.call('GET', `/v1/operations/${aDone.body.id}`, { key: a })).status).toBe(200);
    expect((await s.call('GET', '/v1/domains', { key: b })).body.items.map((d: { name: string }) => d.name).sort()).toEqual(['beta-hand.net', 'beta.com']);
    expectProblem(await s.call('GET', '/v1/domains/alpha.com', { key: b }), 404, 'NOT_FOUND');
    const bLog = (await s.call('GET', '/v1/log?limit=500', { key: b })).body.items as { domain?: string }[];
    expect(bLog.length).toBeGreaterThan(0);
    expect(bLog.every((e) => e.domain?.startsWith('beta'))).toBe(true);
    const bTasks = (await s.call('GET', '/v1/tasks', { key: b })).body.items as { operationId: string; id: string }[];
    expect(bTasks.map((t) => t.operationId)).toEqual([bTask.body.id]);
    const aTaskId = (await s.call('GET', '/v1/tasks', { key: a })).body.items.find((t: { operationId: string }) => t.operationId === aTask.body.id).id;

    // Writes on the other tenant's rows: 404 (rows) or 403 (acting for another tenant).
    expectProblem(await s.call('POST', '/v1/orders/order-a/paid', { key: b }), 404, 'NOT_FOUND');
    expectProblem(await s.call('POST', '/v1/orders/order-a/cancel', { key: b }), 404, 'NOT_FOUND');
    expectProblem(await s.call('POST', `/v1/tasks/${aTaskId}/claim`, { key: b }), 404, 'NOT_FOUND');
    expectProblem(await s.call('POST', `/v1/tasks/${aTaskId}/complete`, { key: b, body: {} }), 404, 'NOT_FOUND');
    expectProblem(await s.call('POST', `/v1/tasks/${aTaskId}/fail`, { key: b, body: { reason: 'no' } }), 404, 'NOT_FOUND');
    expectProblem(await register('gamma.com', { customerId: 'tenant-a' }, b), 403, 'FORBIDDEN');
    expectProblem(await s.call('POST', '/v1/operations', { key: b, body: { operation: 'renew', input: { domain: 'alpha.com', period: 1 } } }), 403, 'FORBIDDEN');
    expectProblem(await register('gamma.com', { orderId: 'order-a' }, b), 403, 'FORBIDDEN');
    expectProblem(await s.call('GET', '/v1/inbound/quarantine', { key: b }), 403, 'FORBIDDEN');

    // The owner still can, and nothing of A's was changed by B.
    expect((await s.call('GET', `/v1/operations/${aOrder.body.id}`, { key: a })).body.status).toBe('awaiting-payment');
    expect((await s.call('POST', '/v1/orders/order-a/paid', { key: a })).body.operations[0].status).toBe('done');
    expect((await s.call('POST', `/v1/tasks/${aTaskId}/claim`, { key: a })).status).toBe(200);
  });
});

describe('health and logs', () => {
  it('/healthz answers; /readyz is 503 with the reasons while a plugin failed to load', async () => {
    expect((await s.call('GET', '/healthz')).body).toEqual({ ok: true });
    expect((await s.call('GET', '/readyz')).status).toBe(200);
    const broken = await startTestServer(serverConfig({ plugins: [...serverConfig().plugins, { name: 'gone', package: '/nonexistent/plugin' }] }));
    try {
      const ready = await broken.call('GET', '/readyz');
      expect(ready.status).toBe(503);
      expect(ready.body.reasons.join('\n')).toMatch(/gone: PLUGIN_NOT_FOUND/);
    } finally {
      await broken.close();
    }
  });

  it('the request log redacts the Authorization header and the idempotency key', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()) });
    const logged = await startTestServer(serverConfig(), { logger: { level: 'info', stream } });
    try {
      const key = await logged.key(['admin']);
      await logged.call('POST', '/v1/operations', { key, body: { operation: 'register', input: registerInput('quiet.com') }, headers: { 'idempotency-key': 'idem-secret-77' } });
      const text = lines.join('');
      expect(text).toContain('/v1/operations');
      expect(text).toContain('[redacted]');
      expect(text).not.toContain(key);
      expect(text).not.toContain('idem-secret-77');
    } finally {
      await logged.close();
    }
  });
});
