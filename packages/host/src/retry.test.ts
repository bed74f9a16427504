import { RegistrarError } from '@registrar-kit/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { isHostError } from './errors.js';
import type { Host } from './host.js';
import { baseConfig, registerInput, startHost } from './test-support/harness.js';
import { callsFor, releaseGates } from './test-support/races.js';

// Issue 18: staff retry a failed operation. The failed record stays failed; the retry is a new
// operation under `retry:<failed id>`, linked to it in the Action Log of both.

let hosts: Host[] = [];
afterEach(async () => {
  releaseGates();
  for (const h of hosts.reverse()) await h.close();
  hosts = [];
});

async function open(config = baseConfig()): Promise<Host> {
  const { host } = await startHost(config);
  hosts.push(host);
  return host;
}

type Gate = (operation: string, subject: unknown) => Promise<void> | undefined;

/** The fixture registrar fails the next `times` calls of `operation` for `domain` with `error`, then answers normally. */
function failNext(domain: string, error: RegistrarError, times = 1, operation = 'register'): void {
  let left = times;
  (globalThis as { __registrarKitFixtureGate?: Gate }).__registrarKitFixtureGate = (op, subject) => {
    if (op !== operation || (subject as { domain?: string }).domain !== domain || left === 0) return undefined;
    left--;
    return Promise.reject(error);
  };
}

/** What the sdk's HTTP client throws when the registrar's endpoint refuses the connection (nothing was sent). */
const down = (): RegistrarError => new RegistrarError({ code: 'TRANSPORT', retryable: true, message: 'Could not reach the registrar', detail: 'POST https://api.registrar.test/domain: ECONNREFUSED' });
/** ... and when it sent the request and got no answer in time (the registrar may have acted). */
const timedOut = (): RegistrarError => new RegistrarError({ code: 'TRANSPORT', retryable: true, message: 'The registrar did not answer in time', detail: 'POST https://api.registrar.test/domain: no answer within 30000 ms' });

async function hostError(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isHostError(error)) return error;
    throw error;
  }
  throw new Error('expected a HostError');
}

describe('host.operations.retry', () => {
  it('sends a registration that failed while the registrar was down again as a new, linked operation', async () => {
    const host = await open(baseConfig({ orders: { requireForCustomers: false } }));
    failNext('down-once.com', down());
    const failed = await host.submit({ operation: 'register', input: registerInput('down-once.com'), customerId: 'cust-1' });
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'TRANSPORT', retryable: true } });
    expect((await host.getDomain('down-once.com'))?.status).toBe('error');

    const retried = await host.operations.retry(failed.id, { staff: 'key-staff' });
    expect(retried.id).not.toBe(failed.id);
    expect(retried).toMatchObject({ status: 'done', operation: 'register', domain: 'down-once.com', customerId: 'cust-1', connector: failed.connector, idempotencyKey: `retry:${failed.id}` });
    expect(retried.input).toEqual(failed.input);
    expect(callsFor('down-once.com')).toBe(2);
    // The failed record is never revived.
    expect(await host.getOperation(failed.id)).toMatchObject({ status: 'failed', error: { code: 'TRANSPORT' } });
    expect(await host.getDomain('down-once.com')).toMatchObject({ status: 'registered', pendingOperation: undefined });
    // Both operations' Action Logs name the other.
    const onFailed = await host.log({ operationId: failed.id, kind: 'retry' });
    expect(onFailed).toHaveLength(1);
    expect(onFailed[0]).toMatchObject({ data: { retriedAs: retried.id, staff: 'key-staff' } });
    expect(onFailed[0]!.message).toContain('by key-staff');
    const created = (await host.log({ operationId: retried.id, kind: 'transition' }))[0];
    expect(created?.data).toMatchObject({ retryOf: failed.id });
  });

  it('two staff pressing Retry at once (five callers) get one new operation and the registrar one more call', async () => {
    const host = await open();
    failNext('pressed-twice.com', down());
    const failed = await host.submit({ operation: 'register', input: registerInput('pressed-twice.com') });
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => host.operations.retry(failed.id, { staff: `staff-${i}` })));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(callsFor('pressed-twice.com')).toBe(2);
    expect(await host.listOperations({ domain: 'pressed-twice.com' })).toHaveLength(2);
    expect(await host.log({ operationId: failed.id, kind: 'retry' })).toHaveLength(1);
    // Pressed again later: still that one operation, nothing sent.
    expect((await host.operations.retry(failed.id)).id).toBe(results[0]!.id);
    expect(callsFor('pressed-twice.com')).toBe(2);
  });

  it('keeps the order and customer of a failed order request, which goes out at once (the order is paid)', async () => {
    const host = await open();
    failNext('ordered.com', new RegistrarError({ code: 'REMOTE', retryable: true, message: 'The registrar is temporarily unavailable', detail: 'HTTP 503' }));
    await host.submit({ operation: 'register', input: registerInput('ordered.com'), orderId: 'o-7', customerId: 'cust-7' });
    const [failed] = await host.orders.markPaid('o-7');
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'REMOTE' } });
    const retried = await host.operations.retry(failed!.id);
    expect(retried).toMatchObject({ status: 'done', orderId: 'o-7', customerId: 'cust-7' });
    expect((await host.listOperations({ orderId: 'o-7' })).map((o) => o.status).sort()).toEqual(['done', 'failed']);
  });

  it('refuses a billable request whose failure leaves open whether the registrar received it, and sends nothing', async () => {
    const host = await open();
    failNext('maybe-sent.com', timedOut());
    const failed = await host.submit({ operation: 'register', input: registerInput('maybe-sent.com') });
    expect(failed.status).toBe('failed');
    const error = await hostError(host.operations.retry(failed.id));
    expect(error.code).toBe('OPERATION_STATE');
    expect(error.message).toMatch(/may have reached the registrar.*check at the registrar/);
    expect(callsFor('maybe-sent.com')).toBe(1);
    expect(await host.listOperations({ domain: 'maybe-sent.com' })).toHaveLength(1);
  });

  it('decides a billable resend by the error\'s received field, stored with the failed operation, not by its wording', async () => {
    const host = await open();
    // An EPP connection whose TLS handshake failed: no connection code in the text, but the
    // transport knows nothing was written.
    failNext('never-got-it.com', new RegistrarError({ code: 'TRANSPORT', retryable: true, received: 'no', message: 'The registry connection failed', detail: 'could not connect to epp.registry.test:700' }));
    const notReceived = await host.submit({ operation: 'register', input: registerInput('never-got-it.com') });
    expect(await host.getOperation(notReceived.id)).toMatchObject({ status: 'failed', error: { code: 'TRANSPORT', received: 'no' } });
    expect((await host.operations.retry(notReceived.id)).status).toBe('done');
    expect(callsFor('never-got-it.com')).toBe(2);

    // The primary endpoint refused the connection, the backup took the request and timed out:
    // the text names ECONNREFUSED, yet the registrar may have acted.
    failNext('got-it-maybe.com', new RegistrarError({ code: 'TRANSPORT', retryable: true, received: 'unknown', message: 'The registrar did not answer in time', detail: 'primary: ECONNREFUSED; backup: no answer within 30000 ms' }));
    const maybe = await host.submit({ operation: 'register', input: registerInput('got-it-maybe.com') });
    expect(await host.getOperation(maybe.id)).toMatchObject({ status: 'failed', error: { received: 'unknown' } });
    expect((await hostError(host.operations.retry(maybe.id))).code).toBe('OPERATION_STATE');
    expect(callsFor('got-it-maybe.com')).toBe(1);
  });

  it('resends a change that is not billable after a timeout (resending it costs nothing)', async () => {
    const host = await open();
    await host.submit({ operation: 'register', input: registerInput('auto-renew.com') });
    failNext('auto-renew.com', timedOut(), 1, 'setAutoRenew');
    const failed = await host.submit({ operation: 'setAutoRenew', input: { domain: 'auto-renew.com', enabled: false } });
    expect(failed.status).toBe('failed');
    expect((await host.operations.retry(failed.id)).status).toBe('done');
  });

  it('refuses what a resend cannot change: not failed, a non-retryable error, an unknown id', async () => {
    const host = await open();
    const ok = await host.submit({ operation: 'register', input: registerInput('fine.com') });
    expect(await hostError(host.operations.retry(ok.id))).toMatchObject({ code: 'OPERATION_STATE', message: expect.stringContaining('is done') });
    const taken = await host.submit({ operation: 'register', input: registerInput('taken-one.com') });
    expect(taken).toMatchObject({ status: 'failed', error: { code: 'NOT_AVAILABLE', retryable: false } });
    expect(await hostError(host.operations.retry(taken.id))).toMatchObject({ code: 'OPERATION_STATE', message: expect.stringContaining('NOT_AVAILABLE') });
    expect(callsFor('taken-one.com')).toBe(1);
    expect((await hostError(host.operations.retry('no-such-op'))).code).toBe('NOT_FOUND');
  });
});
