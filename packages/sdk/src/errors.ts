/**
 * Normalized registrar error codes. EPP (RFC 5730 §3) is the reference vocabulary:
 * each code names a family of EPP result codes a plugin maps its registrar's codes into.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_AVAILABLE',
  'AUTH_CODE_INVALID',
  'OBJECT_EXISTS',
  'OBJECT_NOT_FOUND',
  'STATUS_PROHIBITS',
  'POLICY',
  'BILLING',
  'AUTHENTICATION',
  'RATE_LIMITED',
  'TRANSPORT',
  'REMOTE',
  'PROTOCOL',
  'UNSUPPORTED',
] as const;

export type RegistrarErrorCode = (typeof ERROR_CODES)[number];

const ERROR_BRAND = Symbol.for('registrar-kit.error');

/** One problem inside an error (a field of the input, a rule of a TLD). */
export interface ErrorIssue {
  /** JSON pointer or dotted field path, e.g. `/contacts/registrant/phone`. */
  path: string;
  message: string;
}

export interface RegistrarErrorOptions {
  code: RegistrarErrorCode;
  /** White-label-safe text a customer may see: never the registrar's name or a credential. */
  message: string;
  /**
   * Whether the same request may succeed later unchanged. When omitted: `true` for
   * `RATE_LIMITED` and `TRANSPORT`, `false` for every other code (including `REMOTE` — set it to
   * `true` yourself for a registrar's temporary failure, as `ctx.http` does for HTTP 5xx).
   * A `poll()` that throws a retryable error leaves its operations pending for a later poll; a
   * failed operation is final, and `retryable` tells the platform whether submitting it again
   * may work. Guidance: docs/author-guide.md, "Errors".
   */
  retryable?: boolean;
  /**
   * The registrar's own stable error code (`EF01013`, `E01-M0101`, `2302`, ...), which the
   * conformance suite compares with the recording. Leave it out when the registrar has no code —
   * never put its prose here; the prose goes to {@link RegistrarErrorOptions.detail}.
   */
  registrarCode?: string;
  /**
   * Operator-facing detail for the Action Log: the registrar's own wording, the HTTP status, what
   * was sent. May name the registrar; the runtime scrubs the instance's secrets from it.
   */
  detail?: string;
  /** Field-level problems, all of them at once. */
  issues?: ErrorIssue[];
  /** Seconds after which a retry makes sense (from Retry-After, a rate limit). */
  retryAfterSeconds?: number;
  /**
   * Whether the registrar got the request, for a failure that is not the registrar's answer
   * (TRANSPORT, PROTOCOL): `'no'` — it certainly did not (the connection was refused, the name did
   * not resolve, the TLS handshake failed, the command was never written); `'unknown'` — it may
   * have (a timeout or a reset after the request was written). Leave it out when you do not know
   * which; the sdk's HTTP client and EPP transport set it. The host only resends a failed billable
   * request (register, renew, …) on `'no'`.
   */
  received?: RequestReceived;
  cause?: unknown;
}

/** See {@link RegistrarErrorOptions.received}. */
export type RequestReceived = 'no' | 'unknown';

/** The codes whose errors are retryable when {@link RegistrarErrorOptions.retryable} is omitted. */
const RETRYABLE_BY_DEFAULT: ReadonlySet<RegistrarErrorCode> = new Set(['RATE_LIMITED', 'TRANSPORT']);

/**
 * The one error type of the plugin contract. Check it with {@link isRegistrarError}, never
 * `instanceof`: a host and a plugin may load different copies of the sdk.
 */
export class RegistrarError extends Error {
  readonly code: RegistrarErrorCode;
  readonly retryable: boolean;
  readonly registrarCode: string | undefined;
  readonly detail: string | undefined;
  readonly issues: readonly ErrorIssue[];
  readonly retryAfterSeconds: number | undefined;
  /** See {@link RegistrarErrorOptions.received}. */
  readonly received: RequestReceived | undefined;

  constructor(options: RegistrarErrorOptions) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RegistrarError';
    this.code = options.code;
    this.retryable = options.retryable ?? RETRYABLE_BY_DEFAULT.has(options.code);
    this.registrarCode = options.registrarCode;
    this.detail = options.detail;
    this.issues = options.issues ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.received = options.received;
    Object.defineProperty(this, ERROR_BRAND, { value: true });
  }

  /** A plain, serializable form (for the Action Log, events, JSON APIs). */
  toJSON(): SerializedRegistrarError {
    return serializeError(this);
  }
}

/** The JSON shape of a {@link RegistrarError}. */
export interface SerializedRegistrarError {
  code: RegistrarErrorCode;
  message: string;
  retryable: boolean;
  registrarCode?: string;
  detail?: string;
  issues?: ErrorIssue[];
  retryAfterSeconds?: number;
  received?: RequestReceived;
}

/** True for any copy of the sdk's {@link RegistrarError} (brand check, not `instanceof`). */
export function isRegistrarError(value: unknown): value is RegistrarError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[ERROR_BRAND] === true;
}

export function isRegistrarErrorCode(value: unknown): value is RegistrarErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** Shorthand constructor: `registrarError('NOT_AVAILABLE', 'The domain is taken', { registrarCode })`. */
export function registrarError(
  code: RegistrarErrorCode,
  message: string,
  extra: Omit<RegistrarErrorOptions, 'code' | 'message'> = {},
): RegistrarError {
  return new RegistrarError({ ...extra, code, message });
}

/** Rebuilds an error from its serialized form (store, IPC). */
export function deserializeError(value: SerializedRegistrarError): RegistrarError {
  return new RegistrarError(value);
}

export function serializeError(error: RegistrarError): SerializedRegistrarError {
  const out: SerializedRegistrarError = { code: error.code, message: error.message, retryable: error.retryable };
  if (error.registrarCode !== undefined) out.registrarCode = error.registrarCode;
  if (error.detail !== undefined) out.detail = error.detail;
  if (error.issues.length > 0) out.issues = [...error.issues];
  if (error.retryAfterSeconds !== undefined) out.retryAfterSeconds = error.retryAfterSeconds;
  if (error.received !== undefined) out.received = error.received;
  return out;
}

/** An INVALID_INPUT error carrying every issue found, with the first one in the message. */
export function invalidInput(issues: ErrorIssue[], message?: string): RegistrarError {
  const first = issues[0];
  const text =
    message ??
    (first === undefined
      ? 'The request is invalid'
      : `Invalid ${first.path}: ${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`);
  return new RegistrarError({ code: 'INVALID_INPUT', message: text, issues });
}
