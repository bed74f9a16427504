import type { Selectable } from 'kysely';
import { HostError } from '../errors.js';
import type { DomainStatus, OperationStatus } from '../lifecycle.js';
import type { ActionLogTable, ApiKeysTable, DomainsTable, HostsTable, InboundMessagesTable, ManualTasksTable, OperationsTable, WebhookAttemptsTable, WebhookDeliveriesTable, WebhookEndpointsTable } from './schema.js';
import type {
  ActionLogEntry,
  DomainRecord,
  RegistryView,
  RenewalState,
  StoredApiKey,
  HostRecord,
  InboundRecord,
  InboundStatus,
  ManualTask,
  ManualTaskStatus,
  NewActionLogEntry,
  OperationRecord,
  Page,
  WebhookAttempt,
  WebhookDeliveryRecord,
  WebhookDeliveryStatus,
  WebhookEndpointState,
} from './store.js';

// Rows ↔ records for both stores: the same columns, JSON as text, epoch-millisecond timestamps
// (numbers from SQLite, bigint strings from PostgreSQL, hence Number()), the same cursor format.

export const json = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));
export const parse = <T>(v: string | null): T | undefined => (v === null ? undefined : (JSON.parse(v) as T));
export const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);
export const date = (v: number | null): Date | undefined => (v === null ? undefined : new Date(Number(v)));

export function toDomain(r: Selectable<DomainsTable>): DomainRecord {
  return {
    name: r.name,
    tld: r.tld,
    status: r.status as DomainStatus,
    connector: opt(r.connector),
    pluginInstance: opt(r.plugin_instance),
    customerId: opt(r.customer_id),
    locked: Number(r.locked) === 1,
    expiresAt: opt(r.expires_at),
    nameservers: parse(r.nameservers),
    lastError: parse(r.last_error),
    pendingOperation: opt(r.pending_operation),
    version: Number(r.version),
    createdAt: new Date(Number(r.created_at)),
    updatedAt: new Date(Number(r.updated_at)),
    ...(r.auto_renew === null || r.auto_renew === undefined ? {} : { autoRenew: Number(r.auto_renew) === 1 }),
    ...(r.cancel_at === null || r.cancel_at === undefined ? {} : { cancelAt: r.cancel_at }),
    ...(r.registry === null || r.registry === undefined ? {} : { registry: JSON.parse(r.registry) as RegistryView }),
    ...(r.synced_at === null || r.synced_at === undefined ? {} : { syncedAt: new Date(Number(r.synced_at)) }),
    ...(r.renewal === null || r.renewal === undefined ? {} : { renewal: JSON.parse(r.renewal) as RenewalState }),
  };
}

export function domainColumns(d: DomainRecord): Omit<DomainsTable, 'version' | 'sync_due_at'> {
  return {
    name: d.name,
    tld: d.tld,
    status: d.status,
    connector: d.connector ?? null,
    plugin_instance: d.pluginInstance ?? null,
    customer_id: d.customerId ?? null,
    locked: d.locked ? 1 : 0,
    expires_at: d.expiresAt ?? null,
    nameservers: json(d.nameservers),
    last_error: json(d.lastError),
    pending_operation: d.pendingOperation ?? null,
    created_at: d.createdAt.getTime(),
    updated_at: d.updatedAt.getTime(),
    auto_renew: d.autoRenew === undefined ? null : d.autoRenew ? 1 : 0,
    cancel_at: d.cancelAt ?? null,
    registry: json(d.registry),
    synced_at: d.syncedAt?.getTime() ?? null,
    renewal: json(d.renewal),
  };
}

export function toOperation(r: Selectable<OperationsTable>): OperationRecord {
  return {
    id: r.id,
    idempotencyKey: r.idempotency_key,
    payloadHash: r.payload_hash,
    operation: r.operation,
    domain: r.domain,
    connector: opt(r.connector),
    pluginInstance: opt(r.plugin_instance),
    orderId: opt(r.order_id),
    customerId: opt(r.customer_id),
    mode: r.mode as OperationRecord['mode'],
    status: r.status as OperationStatus,
    input: parse(r.input),
    result: parse(r.result),
    error: parse(r.error),
    ref: opt(r.ref),
    await: opt(r.await_kind) as OperationRecord['await'],
    step: opt(r.step),
    pendingData: parse(r.pending_data),
    nextCheckAt: date(r.next_check_at),
    leaseOwner: opt(r.lease_owner),
    leaseExpiresAt: date(r.lease_expires_at),
    leaseToken: opt(r.lease_token),
    holdsDomain: Number(r.holds_domain) === 1,
    pollAttempts: Number(r.poll_attempts),
    submittedAt: date(r.submitted_at),
    version: Number(r.version),
    createdAt: new Date(Number(r.created_at)),
    updatedAt: new Date(Number(r.updated_at)),
  };
}

export type OperationColumns = Omit<OperationsTable, 'id' | 'idempotency_key' | 'created_at' | 'version'>;

export function operationColumns(p: Partial<OperationRecord>): Partial<OperationColumns> {
  const out: Partial<OperationColumns> = {};
  const set = <K extends keyof OperationColumns>(k: K, v: OperationColumns[K]): void => {
    out[k] = v;
  };
  if ('payloadHash' in p) set('payload_hash', p.payloadHash!);
  if ('operation' in p) set('operation', p.operation!);
  if ('domain' in p) set('domain', p.domain!);
  if ('connector' in p) set('connector', p.connector ?? null);
  if ('pluginInstance' in p) set('plugin_instance', p.pluginInstance ?? null);
  if ('orderId' in p) set('order_id', p.orderId ?? null);
  if ('customerId' in p) set('customer_id', p.customerId ?? null);
  if ('mode' in p) set('mode', p.mode!);
  if ('status' in p) set('status', p.status!);
  if ('input' in p) set('input', json(p.input) ?? 'null');
  if ('result' in p) set('result', json(p.result));
  if ('error' in p) set('error', json(p.error));
  if ('ref' in p) set('ref', p.ref ?? null);
  if ('await' in p) set('await_kind', p.await ?? null);
  if ('step' in p) set('step', p.step ?? null);
  if ('pendingData' in p) set('pending_data', json(p.pendingData));
  if ('nextCheckAt' in p) set('next_check_at', p.nextCheckAt?.getTime() ?? null);
  if ('leaseOwner' in p) set('lease_owner', p.leaseOwner ?? null);
  if ('leaseExpiresAt' in p) set('lease_expires_at', p.leaseExpiresAt?.getTime() ?? null);
  if ('leaseToken' in p) set('lease_token', p.leaseToken ?? null);
  if ('holdsDomain' in p) set('holds_domain', p.holdsDomain === true ? 1 : 0);
  if ('pollAttempts' in p) set('poll_attempts', p.pollAttempts!);
  if ('submittedAt' in p) set('submitted_at', p.submittedAt?.getTime() ?? null);
  if ('updatedAt' in p) set('updated_at', p.updatedAt!.getTime());
  return out;
}

export function toTask(r: Selectable<ManualTasksTable>): ManualTask {
  return {
    id: r.id,
    operationId: r.operation_id,
    domain: r.domain,
    operation: r.operation,
    status: r.status as ManualTaskStatus,
    reason: r.reason,
    claimedBy: opt(r.claimed_by),
    result: parse(r.result),
    version: Number(r.version),
    createdAt: new Date(Number(r.created_at)),
    updatedAt: new Date(Number(r.updated_at)),
  };
}

export function taskColumns(t: ManualTask): ManualTasksTable {
  return {
    id: t.id,
    operation_id: t.operationId,
    domain: t.domain,
    operation: t.operation,
    status: t.status,
    reason: t.reason,
    claimed_by: t.claimedBy ?? null,
    result: json(t.result),
    version: t.version,
    created_at: t.createdAt.getTime(),
    updated_at: t.updatedAt.getTime(),
  };
}

export function toHost(r: Selectable<HostsTable>): HostRecord {
  return {
    id: r.id,
    hostname: r.hostname,
    pid: Number(r.pid),
    startedAt: new Date(Number(r.started_at)),
    heartbeatAt: new Date(Number(r.heartbeat_at)),
    stoppedAt: date(r.stopped_at),
  };
}

export function toLogEntry(r: Selectable<ActionLogTable>): ActionLogEntry {
  return {
    id: Number(r.id),
    at: new Date(Number(r.at)),
    level: r.level as ActionLogEntry['level'],
    kind: r.kind,
    message: r.message,
    domain: opt(r.domain),
    operationId: opt(r.operation_id),
    orderId: opt(r.order_id),
    pluginInstance: opt(r.plugin_instance),
    registrarCode: opt(r.registrar_code),
    durationMs: r.duration_ms === null ? undefined : Number(r.duration_ms),
    data: parse(r.data),
  };
}

/**
 * Rows written before 0005 kept only text (`raw`); newer rows keep the bytes and an empty `raw`,
 * from which `raw` is the UTF-8 reading (for display and search: it is not byte-exact).
 */
export function toInbound(r: Selectable<InboundMessagesTable>): InboundRecord {
  const bytes = r.raw_bytes === null || r.raw_bytes === undefined ? undefined : Buffer.from(r.raw_bytes);
  return {
    id: r.id,
    messageId: r.message_id,
    contentHash: r.content_hash,
    instance: opt(r.instance),
    receivedAt: new Date(Number(r.received_at)),
    raw: bytes === undefined ? r.raw : bytes.toString('utf8'),
    rawBytes: bytes ?? Buffer.from(r.raw, 'utf8'),
    status: r.status as InboundStatus,
    reason: opt(r.reason),
    operationId: opt(r.operation_id),
  };
}

export function inboundColumns(m: InboundRecord): InboundMessagesTable {
  return {
    id: m.id,
    message_id: m.messageId,
    content_hash: m.contentHash,
    instance: m.instance ?? null,
    received_at: m.receivedAt.getTime(),
    raw: '',
    raw_bytes: m.rawBytes,
    delivery_key: m.instance === undefined ? null : m.messageId,
    status: m.status,
    reason: m.reason ?? null,
    operation_id: m.operationId ?? null,
  };
}

export function logColumns(e: NewActionLogEntry): Omit<ActionLogTable, 'id'> {
  return {
    at: e.at.getTime(),
    level: e.level,
    kind: e.kind,
    message: e.message,
    domain: e.domain ?? null,
    operation_id: e.operationId ?? null,
    order_id: e.orderId ?? null,
    plugin_instance: e.pluginInstance ?? null,
    registrar_code: e.registrarCode ?? null,
    duration_ms: e.durationMs ?? null,
    data: json(e.data),
  };
}

export function toApiKey(r: Selectable<ApiKeysTable>): StoredApiKey {
  return {
    id: r.id,
    name: opt(r.name),
    scopes: JSON.parse(r.scopes) as string[],
    tenant: opt(r.tenant),
    secretHash: r.secret_hash,
    createdAt: new Date(Number(r.created_at)),
    revokedAt: date(r.revoked_at),
    lastUsedAt: date(r.last_used_at),
  };
}

export function apiKeyColumns(k: StoredApiKey): ApiKeysTable {
  return {
    id: k.id,
    name: k.name ?? null,
    scopes: JSON.stringify(k.scopes),
    tenant: k.tenant ?? null,
    secret_hash: k.secretHash,
    created_at: k.createdAt.getTime(),
    revoked_at: k.revokedAt?.getTime() ?? null,
    last_used_at: k.lastUsedAt?.getTime() ?? null,
  };
}

/** Cursors are opaque to callers: the sort key of the last row of a page (base64url JSON). */
export function toWebhookDelivery(r: Selectable<WebhookDeliveriesTable> & { type: string; created_at: number }): WebhookDeliveryRecord {
  return {
    outboxId: r.outbox_id,
    endpoint: r.endpoint,
    type: r.type,
    status: r.status as WebhookDeliveryStatus,
    attempts: Number(r.attempts),
    nextAttemptAt: new Date(Number(r.next_attempt_at)),
    lastStatusCode: r.last_status_code === null ? undefined : Number(r.last_status_code),
    lastError: opt(r.last_error),
    createdAt: new Date(Number(r.created_at)),
    updatedAt: new Date(Number(r.updated_at)),
  };
}

export function toWebhookAttempt(r: Selectable<WebhookAttemptsTable>): WebhookAttempt {
  return {
    outboxId: r.outbox_id,
    endpoint: r.endpoint,
    attempt: Number(r.attempt),
    at: new Date(Number(r.at)),
    statusCode: r.status_code === null ? undefined : Number(r.status_code),
    durationMs: Number(r.duration_ms),
    error: opt(r.error),
  };
}

export function toWebhookEndpoint(r: Selectable<WebhookEndpointsTable>): WebhookEndpointState {
  return {
    name: r.name,
    status: r.status as WebhookEndpointState['status'],
    consecutiveFailures: Number(r.consecutive_failures),
    disabledReason: opt(r.disabled_reason),
    disabledAt: date(r.disabled_at),
    lastError: opt(r.last_error),
    lastAttemptAt: date(r.last_attempt_at),
    lastSuccessAt: date(r.last_success_at),
  };
}

/** The endpoint's failure count after this many consecutive failures disables it, with the reason shown to operators. */
export function disabledReason(failures: number, lastError: string | undefined): string {
  return `disabled after ${failures} consecutive failed deliveries${lastError === undefined ? '' : ` (last: ${lastError})`}; enable it again with host.webhooks.enable()`;
}

export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, shape: readonly ('string' | 'number')[]): (string | number)[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === shape.length && key.every((k, i) => typeof k === shape[i])) return key as (string | number)[];
  } catch {
    // fall through to the coded error
  }
  throw new HostError('INVALID_CURSOR', 'the cursor is not one this store returned: start again without a cursor');
}

/** Rows fetched with `limit + 1`: the extra row only says that another page exists. */
export function page<T>(rows: T[], limit: number | undefined, key: (row: T) => (string | number)[]): Page<T> {
  if (limit === undefined || rows.length <= limit) return { items: rows, nextCursor: undefined };
  const items = rows.slice(0, limit);
  return { items, nextCursor: encodeCursor(key(items[items.length - 1]!)) };
}
