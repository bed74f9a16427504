// POST /v1/operations/{id}/retry (issue 18) and the `retry` action of the operation detail.
import { RegistrarError } from '@registrar-kit/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerInput, serverConfig, startTestServer, type TestServer } from './test-support/harness.js';

let s: TestServer;
let admin: string;

type Gate = (operation: string, subject: unknown) => Promise<void> | undefined;
const gates = globalThis as { __registrarKitFixtureGate?: Gate };

/** The fixture registrar refuses the connection for the next registration of `domain` (the registrar is down: nothing was sent). */
function downOnce(domain: string): void {
  let left = 1;
  gates.__registrarKitFixtureGate = (op, subject) => {
    if (op !== 'register' || (subject as { domain?: string }).domain !== domain || left-- <= 0) return undefined;
    return Promise.reject(new RegistrarError({ code: 'TRANSPORT', retryable: true, received: 'no', message: 'Could not reach the registrar', detail: 'POST https://api.registrar.test/domain: ECONNREFUSED' }));
  };
}

beforeEach(async () => {
  s = await startTestServer(serverConfig({ orders: { providerCustomerIds: ['acme', 'globex'] } }));
  admin = await s.key(['admin']);
});
afterEach(async () => {
  delete gates.__registrarKitFixtureGate;
  await s?.close();
});

const submit = (body: Record<string, unknown>) => s.call('POST', '/v1/operations', { key: admin, body });
const detail = async (id: string, key = admin) => (await s.call('GET', `/v1/operations/${id}`, { key })).body;

describe('retrying a failed operation over the API', () => {
  it('offers retry for a registration that failed while the registrar was down; staff retry it as a new operation', async () => {
    downOnce('down.com');
    const failed = (await submit({ operation: 'register', input: registerInput('down.com'), customerId: 'acme' })).body;
    // The API says the registrar never got it (the reason a billable request may be sent again).
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'TRANSPORT', received: 'no' } });
    expect((await detail(failed.id)).actions).toEqual([{ action: 'retry', method: 'POST', href: `/v1/operations/${failed.id}/retry`, scope: 'staff' }]);

    const staff = await s.key(['staff']);
    const answer = await s.call('POST', `/v1/operations/${failed.id}/retry`, { key: staff });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: 'done', operation: 'register', domain: 'down.com', customerId: 'acme' });
    expect(answer.body.id).not.toBe(failed.id);
    // The failed one stays failed, names its retry and offers nothing more; pressing again returns the same retry.
    expect(await detail(failed.id)).toMatchObject({ status: 'failed', retriedAs: answer.body.id, actions: [] });
    expect((await s.call('POST', `/v1/operations/${failed.id}/retry`, { key: staff })).body.id).toBe(answer.body.id);
    const log = (await s.call('GET', `/v1/log?operationId=${failed.id}`, { key: admin })).body.items as { kind: string; message: string }[];
    expect(log.find((e) => e.kind === 'retry')?.message).toContain(`as operation ${answer.body.id}`);
  });

  it('needs the staff scope and keeps to the key’s tenant', async () => {
    downOnce('tenant-down.com');
    const failed = (await submit({ operation: 'register', input: registerInput('tenant-down.com'), customerId: 'acme' })).body;
    expect((await s.call('POST', `/v1/operations/${failed.id}/retry`, { key: await s.key(['submit', 'read']) })).status).toBe(403);
    expect((await s.call('POST', `/v1/operations/${failed.id}/retry`, { key: await s.key(['staff'], 'globex') })).status).toBe(404);
    expect((await s.call('POST', `/v1/operations/${failed.id}/retry`, { key: await s.key(['staff'], 'acme') })).status).toBe(200);
  });

  it('does not offer, and refuses with 409, what a resend cannot change', async () => {
    const taken = (await submit({ operation: 'register', input: registerInput('taken-here.com') })).body;
    expect(taken).toMatchObject({ status: 'failed', error: { code: 'NOT_AVAILABLE' } });
    expect((await detail(taken.id)).actions).toEqual([]);
    const answer = await s.call('POST', `/v1/operations/${taken.id}/retry`, { key: admin });
    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('OPERATION_STATE');
    expect((await s.call('POST', '/v1/operations/nope/retry', { key: admin })).status).toBe(404);
  });
});
