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
