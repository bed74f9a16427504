/**
 * Staff's retry of a failed operation (issue 18). `failed` stays final (lifecycle.ts): a retry is
 * a NEW operation with the same operation, input, connector routing, customer and order, linked to
 * the failed one in the Action Log of both. Its idempotency key is `retry:<failed id>`, so two
 * staff pressing Retry at once get one new operation and one registrar call.
 */
import { BILLABLE_OPERATIONS, type OperationName, type SerializedRegistrarError } from '@registrar-kit/sdk';
import { HostError } from './errors.js';
import type { RoutedRequest } from './engine/plan.js';
import { requireId, type SubmitRequest } from './router.js';
import type { OperationRecord, Store } from './store/store.js';

/** The idempotency key of the retry of `operationId`. */
export const retryKey = (operationId: string): string => `retry:${operationId}`;

/**
 * Fallback for errors without `received` (plugins built on an sdk before it had the field):
 * connection errors raised before a request could be written, whose cause code the sdk's HTTP
 * client puts in the detail. A registrar that was down or unreachable never received anything.
 */
const NOT_SENT = /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH)\b/;

/**
 * Whether the failure leaves it open that a billable request reached the registrar. Only an
 * answer of the registrar (REMOTE, RATE_LIMITED, …) or a request that certainly was not received
 * proves it did not act; a timeout, a reset connection or an unreadable answer (PROTOCOL) does not.
 * A TRANSPORT error's `received` (set by the sdk's transports, or the plugin) decides; only when
 * it is absent is the detail text read for a connection error.
 */
export function outcomeUnknown(error: SerializedRegistrarError): boolean {
  if (error.code === 'PROTOCOL') return true;
  if (error.code !== 'TRANSPORT') return false;
  if (error.received !== undefined) return error.received !== 'no';
  return !NOT_SENT.test(error.detail ?? '');
}

/**
 * Why `record` cannot be retried, or `undefined` when it can: it must be `failed` with a retryable
 * error (the same request may succeed unchanged); a billable one (register, transfer, renew, …)
 * also only when the failure proves the registrar did not receive it — never a blind resend that
 * might pay twice.
 */
export function retryRefusal(record: OperationRecord): string | undefined {
  if (record.status !== 'failed') return `operation ${record.id} is ${record.status}: only a failed operation can be retried`;
  const error = record.error;
  if (error === undefined || !error.retryable) {
    return `operation ${record.id} failed with ${error?.code ?? 'no error'}, which sending the same request again does not change: correct the request and submit a new one`;
  }
  if (BILLABLE_OPERATIONS.has(record.operation as OperationName) && outcomeUnknown(error)) {
    return `operation ${record.id} failed with ${error.code} after the request may have reached the registrar, so it is not resent: check at the registrar (or ask its plugin to reconcile), and if the registrar never acted, submit a new request`;
  }
  return undefined;
}

/** The request of the retry: the failed operation's own, under the retry key. Throws OPERATION_STATE when {@link retryRefusal} says no. */
export function retryRequest(record: OperationRecord): SubmitRequest<string> {
  const refused = retryRefusal(record);
  if (refused !== undefined) throw new HostError('OPERATION_STATE', refused, [], { operationId: record.id });
  return {
    operation: record.operation,
    input: record.input as SubmitRequest<string>['input'],
    ...(record.orderId === undefined ? {} : { orderId: record.orderId }),
    ...(record.customerId === undefined ? {} : { customerId: record.customerId }),
    idempotencyKey: retryKey(record.id),
  };
}

/** Who retried what: carried to the engine, which links both operations in the Action Log. */
export type RetryOf = NonNullable<RoutedRequest['retryOf']>;

/** Reads the failed operation and builds its retry (NOT_FOUND, OPERATION_STATE, INVALID_INPUT for a bad staff name). */
export async function prepareRetry(store: Pick<Store, 'getOperation'>, id: string, by: { staff?: string } | undefined, closed: boolean): Promise<[SubmitRequest<string>, RetryOf]> {
  if (closed) throw new HostError('HOST_CLOSED', 'the host is closed');
  const failed = await store.getOperation(requireId('/operationId', id));
  if (failed === undefined) throw new HostError('NOT_FOUND', `operation ${id} does not exist`);
  const staff = by?.staff === undefined ? undefined : requireId('/staff', by.staff);
  return [retryRequest(failed), { id: failed.id, by: staff }];
}
