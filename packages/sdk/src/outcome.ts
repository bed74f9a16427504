import { isRegistrarError, RegistrarError, type RegistrarErrorCode } from './errors.js';

/** The operation finished at the registrar. */
export interface DoneOutcome<R = unknown> {
  status: 'done';
  result: R;
}

/**
 * The registrar accepted the request and will answer later. `ref` is what correlates the
 * answer (an AutoDNS ctid, a SOAP operation id, an R01 task id); `await` says whether the
 * host should call `poll` or wait for `handleMessage`.
 */
export interface PendingOutcome {
  status: 'pending';
  ref: string;
  await: 'poll' | 'message';
  /** Plugin-defined step name, shown on the operation (`client-queued`, `domain-requested`). */
  step?: string;
  /** Operator-facing note for the Action Log. */
  note?: string;
  /** Small JSON the plugin wants back in later `poll` / `handleMessage` calls. */
  data?: unknown;
}

/** The registrar refused or the exchange failed. */
export interface FailedOutcome {
  status: 'failed';
  error: RegistrarError;
}

export type Outcome<R = unknown> = DoneOutcome<R> | PendingOutcome | FailedOutcome;

export function done<R>(result: R): DoneOutcome<R> {
  return { status: 'done', result };
}

export function pending(options: Omit<PendingOutcome, 'status'>): PendingOutcome {
  if (typeof options.ref !== 'string' || options.ref === '') {
    throw new TypeError('pending() needs a non-empty ref to correlate the registrar answer');
  }
  return { status: 'pending', ...options };
}

export function failed(error: RegistrarError): FailedOutcome;
export function failed(code: RegistrarErrorCode, message: string, extra?: Omit<ConstructorParameters<typeof RegistrarError>[0], 'code' | 'message'>): FailedOutcome;
export function failed(
  errorOrCode: RegistrarError | RegistrarErrorCode,
  message?: string,
  extra: Omit<ConstructorParameters<typeof RegistrarError>[0], 'code' | 'message'> = {},
): FailedOutcome {
  if (isRegistrarError(errorOrCode)) return { status: 'failed', error: errorOrCode };
  return { status: 'failed', error: new RegistrarError({ ...extra, code: errorOrCode, message: message ?? errorOrCode }) };
}

/** Checks the shape of a value a plugin returned; a host uses it at the plugin boundary. */
export function isOutcome(value: unknown): value is Outcome {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  switch (v.status) {
    case 'done':
      return 'result' in v;
    case 'pending':
      return typeof v.ref === 'string' && v.ref !== '' && (v.await === 'poll' || v.await === 'message');
    case 'failed':
      return isRegistrarError(v.error);
    default:
      return false;
  }
}

/**
 * Runs a plugin handler and always returns an {@link Outcome}. A thrown {@link RegistrarError}
 * is the same as `failed(error)` (plugins may simply let `ctx.http` errors propagate); anything
 * else thrown is a plugin bug, reported as a PROTOCOL error whose detail names it. Hosts and the
 * conformance suite call handlers through this.
 */
export async function settle<R>(run: () => Promise<Outcome<R>> | Outcome<R>): Promise<Outcome<R>> {
  try {
    const outcome = await run();
    if (!isOutcome(outcome)) {
      return failed('PROTOCOL', 'The plugin returned an invalid result', {
        detail: `handler returned ${JSON.stringify(outcome)?.slice(0, 200)} instead of done() / pending() / failed()`,
      });
    }
    return outcome as Outcome<R>;
  } catch (error) {
    if (isRegistrarError(error)) return { status: 'failed', error };
    return failed('PROTOCOL', 'The plugin failed unexpectedly', {
      retryable: false,
      detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      cause: error,
    });
  }
}
