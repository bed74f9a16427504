/**
 * Errors as RFC 9457 problem details. The host's errors carry stable codes (HostError,
 * RegistrarError); the HTTP status is derived from the code alone, so a client can branch on
 * `status` for the family and on `code` for the case. Anything without a known code is a 500
 * whose body says nothing about the internals.
 */
import { isHostError } from '@registrar-kit/host';
import { isRegistrarError } from '@registrar-kit/sdk';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  operationId?: string;
  issues?: { path: string; message: string }[];
  /** Seconds, sent as the Retry-After header (not in the body). */
  retryAfter?: number;
}

/** The HTTP status of each stable code the API can answer with. */
export const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  // The request itself: schema (fastify's validation) and cursors are 400, the host's semantic
  // validation of a well-formed request is 422 (the body parsed, the host could not accept it).
  INVALID_REQUEST: 400,
  INVALID_CURSOR: 400,
  INVALID_INPUT: 422,
  CONFIG_INVALID: 422,
  UNSUPPORTED: 422,
  POLICY: 422,
  NO_CONNECTOR: 422,
  CONNECTOR_DISABLED: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF: 403,
  NOT_FOUND: 404,
  DOMAIN_BUSY: 409,
  IDEMPOTENCY_CONFLICT: 409,
  ORDER_STATE: 409,
  TASK_STATE: 409,
  INBOUND_STATE: 409,
  OPERATION_STATE: 409,
  INBOUND_UNMATCHED: 422,
  CONFLICT: 409,
  STATUS_PROHIBITS: 409,
  ILLEGAL_TRANSITION: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNSUPPORTED_MEDIA_TYPE: 415,
  OVERLOADED: 503,
  STORE_UNAVAILABLE: 503,
  HOST_CLOSED: 503,
  WEBHOOK_UNAUTHENTICATED: 401,
  WEBHOOK_STALE: 401,
  TRANSPORT_NOT_ALLOWED: 422,
  INTERNAL: 500,
};

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  422: 'Unprocessable Content',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Seconds a client should wait before retrying an OVERLOADED or STORE_UNAVAILABLE answer. */
export const RETRY_AFTER_SECONDS = 1;

/** A problem for a code; `type` is a stable URI per code (documented in the server README). */
export function problem(code: string, detail: string | undefined, extra: Partial<Pick<Problem, 'issues' | 'operationId' | 'retryAfter'>> = {}): Problem {
  const status = STATUS_BY_CODE[code] ?? 500;
  return {
    type: `urn:registrar-kit:problem:${code.toLowerCase().replaceAll('_', '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    code,
    ...(detail === undefined ? {} : { detail }),
    ...(extra.issues !== undefined && extra.issues.length > 0 ? { issues: extra.issues.map((i) => ({ path: i.path, message: i.message })) } : {}),
    ...(extra.operationId === undefined ? {} : { operationId: extra.operationId }),
    ...(status === 503 ? { retryAfter: extra.retryAfter ?? RETRY_AFTER_SECONDS } : {}),
  };
}

/** An error the routes throw for HTTP-level refusals (auth, scope, not found). */
export class HttpProblem extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpProblem';
  }
}

interface FastifyLikeError {
  code?: unknown;
  statusCode?: unknown;
  validation?: { instancePath?: string; message?: string }[];
  validationContext?: string;
  message: string;
}

/** Fastify's own errors (schema validation, body limit, content type) in the API's vocabulary. */
function fastifyProblem(error: FastifyLikeError): Problem | undefined {
  if (error.validation !== undefined) {
    const context = error.validationContext ?? 'body';
    return problem('INVALID_REQUEST', `the request ${context} does not match the schema`, {
      issues: error.validation.map((v) => ({ path: `/${context}${v.instancePath ?? ''}`, message: v.message ?? 'invalid' })),
    });
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return problem('PAYLOAD_TOO_LARGE', 'the request body is larger than the server accepts');
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return problem('UNSUPPORTED_MEDIA_TYPE', 'send application/json');
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || (typeof error.statusCode === 'number' && error.statusCode === 400)) {
    return problem('INVALID_REQUEST', 'the request body is not valid JSON');
  }
  return undefined;
}

/** Any thrown value → the problem to answer with. Unknown errors say nothing of themselves. */
export function toProblem(error: unknown): Problem {
  if (error instanceof HttpProblem) return problem(error.code, error.message);
  if (isHostError(error)) return problem(error.code, error.message, { issues: [...error.issues], ...(error.operationId === undefined ? {} : { operationId: error.operationId }) });
  if (isRegistrarError(error)) {
    const retryAfter = error.retryAfterSeconds;
    const known = STATUS_BY_CODE[error.code] !== undefined;
    return known ? problem(error.code, error.message, { issues: [...error.issues], ...(retryAfter === undefined ? {} : { retryAfter }) }) : { ...problem(error.code, error.message, { issues: [...error.issues] }), status: 422, title: TITLES[422]! };
  }
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const known = fastifyProblem(error as FastifyLikeError);
    if (known !== undefined) return known;
  }
  return problem('INTERNAL', 'the server could not answer this request; the server log has the details');
}
