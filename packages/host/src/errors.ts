/** Stable codes of host-level errors (configuration, lifecycle, idempotency). */
export type HostErrorCode =
  | 'CONFIG_NOT_FOUND'
  | 'CONFIG_INVALID'
  | 'ENV_MISSING'
  | 'IDEMPOTENCY_CONFLICT'
  | 'NOT_FOUND'
  | 'ILLEGAL_TRANSITION'
  | 'NO_CONNECTOR'
  | 'CONNECTOR_DISABLED'
  | 'TASK_STATE'
  | 'ORDER_STATE'
  | 'INBOUND_STATE'
  | 'OPERATION_STATE'
  | 'INBOUND_UNMATCHED'
  | 'DOMAIN_BUSY'
  | 'OVERLOADED'
  | 'CONFLICT'
  | 'STORE_UNAVAILABLE'
  | 'INVALID_CURSOR'
  | 'HOST_CLOSED';

export interface HostIssue {
  /** The file the problem is in, when there is one. */
  file?: string;
  /** JSON pointer inside it. */
  path: string;
  message: string;
}

const HOST_ERROR = Symbol.for('registrar-kit.host-error');

/** An error of the host itself; check `code`, or use {@link isHostError} across package copies. */
export class HostError extends Error {
  readonly code: HostErrorCode;
  readonly issues: readonly HostIssue[];
  /** The operation the error is about: for DOMAIN_BUSY, the one holding the domain. */
  readonly operationId: string | undefined;
  constructor(code: HostErrorCode, message: string, issues: HostIssue[] = [], extra: { operationId?: string; cause?: unknown } = {}) {
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.name = 'HostError';
    this.code = code;
    this.issues = issues;
    this.operationId = extra.operationId;
    Object.defineProperty(this, HOST_ERROR, { value: true });
  }
}

export function isHostError(value: unknown): value is HostError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[HOST_ERROR] === true;
}
