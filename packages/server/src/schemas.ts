/**
 * The JSON Schemas of API v1: the single source of the request validation, the response
 * serialization and the OpenAPI document (`@fastify/swagger` reads them from the routes). Shared
 * shapes are registered once with an `$id` and appear under `components.schemas`.
 */
import { DOMAIN_STATUSES, OPERATION_STATUSES } from '@registrar-kit/host';

const dateTime = { type: 'string', format: 'date-time' } as const;
/** Any JSON value: the operation's input and result, a log entry's data. */
const anyJson = {} as const;

export const RegistrarErrorSchema = {
  $id: 'RegistrarError',
  type: 'object',
  description: "A registrar's refusal or failure, normalized to the sdk's codes.",
  required: ['code', 'message', 'retryable'],
  properties: {
    code: { type: 'string' },
    message: { type: 'string' },
    retryable: { type: 'boolean' },
    registrarCode: { type: 'string' },
    detail: { type: 'string' },
    retryAfterSeconds: { type: 'number' },
    received: { type: 'string', enum: ['no', 'unknown'], description: "Whether the registrar got the request: 'no' (certainly not: the connection never opened), 'unknown' (it may have). Absent when the plugin does not say." },
    issues: { type: 'array', items: { type: 'object', required: ['path', 'message'], properties: { path: { type: 'string' }, message: { type: 'string' } } } },
  },
} as const;

export const OperationSchema = {
  $id: 'Operation',
  type: 'object',
  description: 'A durable operation: what was asked, where it is, and its outcome.',
  required: ['id', 'idempotencyKey', 'operation', 'domain', 'mode', 'status', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'string' },
    idempotencyKey: { type: 'string' },
    operation: { type: 'string' },
    domain: { type: 'string' },
    connector: { type: 'string' },
    pluginInstance: { type: 'string' },
    orderId: { type: 'string' },
    customerId: { type: 'string' },
    mode: { type: 'string', enum: ['auto', 'manual', 'unsupported'] },
    status: { type: 'string', enum: [...OPERATION_STATUSES] },
    input: anyJson,
    result: anyJson,
    error: { $ref: 'RegistrarError#' },
    ref: { type: 'string', description: "The registrar's reference of a pending request." },
    await: { type: 'string', enum: ['poll', 'message'] },
    step: { type: 'string' },
    nextCheckAt: dateTime,
    submittedAt: dateTime,
    createdAt: dateTime,
    updatedAt: dateTime,
  },
} as const;

/** One exchange with the registrar for an operation, from the Action Log. */
export const RegistrarCallSchema = {
  $id: 'RegistrarCall',
  type: 'object',
  description: 'A call of the plugin for the operation (`call`), or an answer that came later by poll or message (`result`), as the Action Log recorded it.',
  required: ['at', 'kind', 'outcome', 'message'],
  properties: {
    at: dateTime,
    kind: { type: 'string', enum: ['call', 'result', 'poll-error'] },
    via: { type: 'string', description: 'How a later answer came: poll, message, task, recovery, …' },
    request: { description: 'The request as sent, summarized (secrets redacted, name servers by host).' },
    outcome: { type: 'string', enum: ['done', 'pending', 'failed', 'retrying'] },
    registrarCode: { type: 'string' },
    durationMs: { type: 'number' },
    error: { $ref: 'RegistrarError#' },
    message: { type: 'string', description: 'The Action Log line.' },
    logId: { type: 'integer' },
  },
} as const;

/** What may be done with an operation now, and by which route. */
export const OperationActionSchema = {
  $id: 'OperationAction',
  type: 'object',
  required: ['action', 'method', 'href', 'scope'],
  properties: {
    action: { type: 'string', enum: ['cancel-order', 'pay-order', 'claim-task', 'complete-task', 'fail-task', 'retry'] },
    method: { type: 'string', enum: ['POST'] },
    href: { type: 'string', description: 'The API route that does it.' },
    scope: { type: 'string', description: 'The scope a key needs for it (or admin).' },
    taskId: { type: 'string' },
    orderId: { type: 'string' },
  },
} as const;

export const OperationDetailSchema = {
  $id: 'OperationDetail',
  description:
    'An operation with its registrar calls and the actions its state allows now. A failed operation is never revived: `retry` (staff) sends it again as a new operation, offered when its error is retryable and, for a billable request, when the failure proves the registrar did not receive it. There is no cancellation of one operation: an unpaid order is cancelled whole, manual work is completed or failed through its task.',
  allOf: [
    { $ref: 'Operation#' },
    {
      type: 'object',
      required: ['calls', 'actions'],
      properties: {
        calls: { type: 'array', items: { $ref: 'RegistrarCall#' } },
        actions: { type: 'array', items: { $ref: 'OperationAction#' } },
        retriedAs: { type: 'string', description: 'The operation staff retried this failed one as.' },
      },
    },
  ],
} as const;

/** A contact as the registrar reported it (the sdk's fields; registry-specific `extra` is not shown). */
const contact = {
  type: 'object',
  properties: {
    type: { type: 'string' },
    firstName: { type: 'string' },
    lastName: { type: 'string' },
    organization: { type: 'string' },
    address: { type: 'array', items: { type: 'string' } },
    postalCode: { type: 'string' },
    city: { type: 'string' },
    region: { type: 'string' },
    country: { type: 'string' },
    phone: { type: 'string' },
    fax: { type: 'string' },
    email: { type: 'string' },
  },
} as const;

export const DomainSchema = {
  $id: 'Domain',
  type: 'object',
  required: ['name', 'tld', 'status', 'locked', 'createdAt', 'updatedAt'],
  properties: {
    name: { type: 'string' },
    tld: { type: 'string' },
    status: { type: 'string', enum: [...DOMAIN_STATUSES] },
    connector: { type: 'string' },
    pluginInstance: { type: 'string' },
    customerId: { type: 'string' },
    locked: { type: 'boolean' },
    expiresAt: { type: 'string' },
    nameservers: { type: 'array', items: { type: 'object', required: ['host'], properties: { host: { type: 'string' }, ipv4: { type: 'array', items: { type: 'string' } }, ipv6: { type: 'array', items: { type: 'string' } } } } },
    lastError: { $ref: 'RegistrarError#' },
    pendingOperation: { type: 'string', description: 'The operation in flight on this domain.' },
    autoRenew: { type: 'boolean', description: 'The host’s renewal policy: true — the renewal scheduler renews it before expiry; false or absent — it does not (absent: the platform renews by itself). `PUT /v1/domains/{name}/renewal` sets it.' },
    cancelAt: { type: 'string', description: 'A cancellation at expiry: the domain stays live until this time, then becomes `cancelled`.' },
    renewal: { $ref: 'Renewal#' },
    registry: {
      type: 'object',
      description: 'What the registrar reported at the last sync (absent before the first). Contacts carry the sdk’s fields only.',
      required: ['statuses'],
      properties: {
        statuses: { type: 'array', items: { type: 'string' }, description: 'Normalized EPP statuses.' },
        registrarStatus: { type: 'string' },
        whoisPrivacy: { type: 'boolean' },
        autoRenew: { type: 'boolean', description: 'The registrar’s own auto-renew flag (not the host’s policy, `autoRenew`).' },
        redemption: { type: 'boolean', description: 'The registry holds the domain in its redemption period.' },
        contacts: { type: 'object', properties: { registrant: contact, admin: contact, tech: contact, billing: contact } },
      },
    },
    syncedAt: { ...dateTime, description: 'When the last sync read the domain at the registrar.' },
    createdAt: dateTime,
    updatedAt: dateTime,
  },
} as const;

export const RenewalSchema = {
  $id: 'Renewal',
  type: 'object',
  description: 'The renewal scheduler’s state for the domain’s current expiry.',
  required: ['expiry'],
  properties: {
    expiry: { type: 'string', description: 'The expiry this renewal extends.' },
    announcedAt: { type: 'string', description: 'When `renewal.due` was announced.' },
    orderId: { type: 'string', description: 'The platform’s order for it: the renewal waits for its payment.' },
    operationId: { type: 'string', description: 'The renewal operation, once released.' },
    verifyTaskId: { type: 'string', description: 'A registrar that renews by itself: the manual task opened when the expiry did not move.' },
    refused: { type: 'object', required: ['reason'], properties: { reason: { type: 'string' }, orderId: { type: 'string' } }, description: 'The host refused to release it (until another order is attached).' },
  },
} as const;

export const SyncSummarySchema = {
  $id: 'SyncSummary',
  type: 'object',
  description: 'What one sync run did: counts per result and per status found, the instances swept (and those that could not be, with why), and one result per domain read.',
  required: ['checked', 'updated', 'unchanged', 'skipped', 'unknown', 'expired', 'transferredAway', 'cancelled', 'redemption', 'instances', 'notSwept', 'results'],
  properties: {
    checked: { type: 'integer' },
    updated: { type: 'integer' },
    unchanged: { type: 'integer' },
    skipped: { type: 'integer', description: 'An operation was in flight, or the row changed while it was read.' },
    unknown: { type: 'integer', description: 'No usable answer (transport, timeout, …): the domain was left as it was.' },
    expired: { type: 'integer' },
    transferredAway: { type: 'integer' },
    cancelled: { type: 'integer' },
    redemption: { type: 'integer' },
    instances: { type: 'array', items: { type: 'string' } },
    notSwept: { type: 'array', items: { type: 'object', required: ['instance', 'reason'], properties: { instance: { type: 'string' }, reason: { type: 'string' } } } },
    results: {
      type: 'array',
      items: {
        type: 'object',
        required: ['domain', 'result', 'drift', 'instance'],
        properties: {
          domain: { type: 'string' },
          instance: { type: 'string' },
          result: { type: 'string', enum: ['updated', 'unchanged', 'skipped', 'unknown'] },
          status: { type: 'string', enum: [...DOMAIN_STATUSES] },
          reason: { type: 'string' },
          drift: { type: 'array', items: { type: 'object', required: ['field'], properties: { field: { type: 'string' }, from: anyJson, to: anyJson } } },
        },
      },
    },
  },
} as const;

export const TASK_STATUSES = ['open', 'claimed', 'completed', 'rejected', 'cancelled'] as const;

export const TaskSchema = {
  $id: 'Task',
  type: 'object',
  description: 'Work for staff: a manual connector mode, an escalation, a crash outcome nobody can know.',
  required: ['id', 'operationId', 'domain', 'operation', 'status', 'reason', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'string' },
    operationId: { type: 'string' },
    domain: { type: 'string' },
    operation: { type: 'string' },
    status: { type: 'string', enum: [...TASK_STATUSES] },
    reason: { type: 'string' },
    claimedBy: { type: 'string' },
    result: anyJson,
    createdAt: dateTime,
    updatedAt: dateTime,
  },
} as const;

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

export const LogEntrySchema = {
  $id: 'LogEntry',
  type: 'object',
  required: ['id', 'at', 'level', 'kind', 'message'],
  properties: {
    id: { type: 'integer' },
    at: dateTime,
    level: { type: 'string', enum: [...LOG_LEVELS] },
    kind: { type: 'string' },
    message: { type: 'string' },
    domain: { type: 'string' },
    operationId: { type: 'string' },
    orderId: { type: 'string' },
    pluginInstance: { type: 'string' },
    registrarCode: { type: 'string' },
    durationMs: { type: 'number' },
    data: anyJson,
  },
} as const;

export const QuarantinedSchema = {
  $id: 'QuarantinedMessage',
  type: 'object',
  required: ['id', 'messageId', 'receivedAt', 'status', 'size'],
  properties: {
    id: { type: 'string' },
    messageId: { type: 'string' },
    instance: { type: 'string' },
    receivedAt: dateTime,
    status: { type: 'string', enum: ['received', 'applied', 'quarantined', 'discarded'] },
    reason: { type: 'string' },
    operationId: { type: 'string' },
    size: { type: 'integer', description: 'Bytes as received.' },
  },
} as const;

export const ProblemSchema = {
  $id: 'Problem',
  type: 'object',
  description: 'RFC 9457 problem details; `code` is the stable code of the host or registrar error.',
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string' },
    operationId: { type: 'string', description: 'DOMAIN_BUSY: the operation holding the domain.' },
    issues: { type: 'array', items: { type: 'object', required: ['path', 'message'], properties: { path: { type: 'string' }, message: { type: 'string' } } } },
  },
} as const;

export const SHARED_SCHEMAS = [RegistrarErrorSchema, OperationSchema, RegistrarCallSchema, OperationActionSchema, OperationDetailSchema, RenewalSchema, DomainSchema, SyncSummarySchema, TaskSchema, LogEntrySchema, QuarantinedSchema, ProblemSchema];

export const ref = (id: string): { $ref: string } => ({ $ref: `${id}#` });

/** A page of a list: `nextCursor` is absent on the last page. */
export const page = (id: string) => ({ type: 'object', required: ['items'], properties: { items: { type: 'array', items: ref(id) }, nextCursor: { type: 'string' } } }) as const;

/** The problem responses a route can give, documented under `application/problem+json`. */
export function problems(...statuses: number[]): Record<string, unknown> {
  // Every route that takes a key is rate-limited per key.
  if (statuses.includes(401) && !statuses.includes(429)) statuses = [...statuses, 429];
  return Object.fromEntries(statuses.map((s) => [String(s), { description: PROBLEM_DESCRIPTIONS[s] ?? 'Problem', content: { 'application/problem+json': { schema: ref('Problem') } } }]));
}

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'The request does not match the schema, or a cursor is not one the API returned',
  401: 'No API key, or an unknown or revoked one',
  403: 'The key lacks the scope, or acts for another tenant',
  404: 'No such row (or a row of another tenant)',
  409: 'The state does not allow it now (busy domain, order or task state, idempotency key reused)',
  422: 'The host refused the request (invalid input, unsupported operation, policy)',
  429: 'Too many requests for this key: retry after the Retry-After seconds',
  500: 'Internal error (details only in the server log)',
  503: 'Overloaded or the store is unavailable: retry later',
};

/** A JSON response under `application/json`. */
export const json = (description: string, schema: unknown) => ({ description, content: { 'application/json': { schema } } });

export const cursorLimit = {
  cursor: { type: 'string', description: 'The `nextCursor` of the previous page.' },
  limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
} as const;
