import { invalidInput, isRegistrarError, serializeError, type SerializedRegistrarError } from '@registrar-kit/sdk';
import { isHostError } from './errors.js';
import type { SubmitRequest } from './router.js';
import type { OperationRecord } from './store/store.js';

/** At most this many requests in one {@link submitMany} call. */
export const MAX_BULK_REQUESTS = 1000;
/** Requests of one bulk call under way at once (each is one {@link Host.submit}). */
export const DEFAULT_BULK_CONCURRENCY = 8;

/** What one request of a bulk submission became: its operation, or why it was refused. */
export type BulkItem =
  | { index: number; operation: OperationRecord }
  | { index: number; refused: { code: string; message: string; issues: { path: string; message: string }[]; operationId?: string; detail?: string } };

export interface BulkOptions {
  /** Requests under way at once (1–64, default {@link DEFAULT_BULK_CONCURRENCY}). */
  concurrency?: number;
}

/** A refusal as a bulk item carries it: the code, message and issues; never a stack. */
function refusal(error: unknown): Extract<BulkItem, { refused: unknown }>['refused'] {
  if (isHostError(error)) return { code: error.code, message: error.message, issues: [...error.issues], ...(error.operationId === undefined ? {} : { operationId: error.operationId }) };
  if (isRegistrarError(error)) {
    const s: SerializedRegistrarError = serializeError(error);
    return { code: s.code, message: s.message, issues: [...(s.issues ?? [])], ...(s.detail === undefined ? {} : { detail: s.detail }) };
  }
  throw error;
}

/**
 * Submits many requests (many domains, one call) and answers one item per request, in the
 * request order: the durable operation, or the refusal (`INVALID_INPUT`, `UNSUPPORTED`,
 * `DOMAIN_BUSY`, `IDEMPOTENCY_CONFLICT`, …) of that request alone. Each request is exactly one
 * `submit` — same validation, idempotency and locking — so a refused request does not stop the
 * others, and two requests for one domain in the same batch behave like two callers at once.
 * Anything but a host or registrar refusal (a bug, a closed store) rejects the whole call.
 */
export async function submitMany(submit: (request: SubmitRequest<string>) => Promise<OperationRecord>, requests: readonly SubmitRequest<string>[], options: BulkOptions = {}): Promise<BulkItem[]> {
  if (!Array.isArray(requests) || requests.length === 0) throw invalidInput([{ path: '/', message: 'must be a non-empty list of requests' }]);
  if (requests.length > MAX_BULK_REQUESTS) throw invalidInput([{ path: '/', message: `has ${requests.length} requests: at most ${MAX_BULK_REQUESTS} are accepted in one call` }]);
  const concurrency = options.concurrency ?? DEFAULT_BULK_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw invalidInput([{ path: '/concurrency', message: 'must be a whole number from 1 to 64' }]);
  const items: BulkItem[] = new Array<BulkItem>(requests.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < requests.length) {
      const index = next++;
      try {
        items[index] = { index, operation: await submit(requests[index]!) };
      } catch (error) {
        items[index] = { index, refused: refusal(error) };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, requests.length) }, worker));
  return items;
}
