import type { Json, Nameserver, SerializedRegistrarError } from '@registrar-kit/sdk';
import type { DomainStatus, OperationStatus } from '../lifecycle.js';

export interface DomainRecord {
  name: string;
  tld: string;
  status: DomainStatus;
  connector: string | undefined;
  pluginInstance: string | undefined;
  customerId: string | undefined;
  locked: boolean;
  expiresAt: string | undefined;
  nameservers: Nameserver[] | undefined;
  lastError: SerializedRegistrarError | undefined;
  createdAt: Date;
  updatedAt: Date;
}

export type OperationMode = 'auto' | 'manual' | 'unsupported';

export interface OperationRecord {
  id: string;
  idempotencyKey: string;
  payloadHash: string;
  operation: string;
  domain: string;
  connector: string | undefined;
  pluginInstance: string | undefined;
  orderId: string | undefined;
  customerId: string | undefined;
  mode: OperationMode;
  status: OperationStatus;
  input: unknown;
  result: unknown;
  error: SerializedRegistrarError | undefined;
  ref: string | undefined;
  await: 'poll' | 'message' | undefined;
  step: string | undefined;
  pendingData: unknown;
  nextCheckAt: Date | undefined;
  leaseOwner: string | undefined;
  leaseExpiresAt: Date | undefined;
  pollAttempts: number;
  submittedAt: Date | undefined;
  createdAt: Date;
  updatedAt: Date;
}

/** What the tracker needs of a claimed pending operation (no input, no result: claims stay light). */
export type PendingClaim = Pick<
  OperationRecord,
  'id' | 'operation' | 'domain' | 'pluginInstance' | 'customerId' | 'ref' | 'await' | 'step' | 'pendingData' | 'pollAttempts' | 'submittedAt' | 'createdAt' | 'leaseOwner' | 'leaseExpiresAt'
>;

export type ManualTaskStatus = 'open' | 'claimed' | 'completed' | 'rejected' | 'cancelled';

export interface ManualTask {
  id: string;
  operationId: string;
  domain: string;
  operation: string;
  status: ManualTaskStatus;
  /** Why staff must act (manual connector mode, an unknown crash outcome, an escalation). */
  reason: string;
  claimedBy: string | undefined;
  result: unknown;
  createdAt: Date;
  updatedAt: Date;
}

export type OrderStatus = 'unpaid' | 'paid' | 'cancelled';

export interface OrderRecord {
  id: string;
  customerId: string | undefined;
  status: OrderStatus;
  createdAt: Date;
  updatedAt: Date;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface ActionLogEntry {
  id: number;
  at: Date;
  level: LogLevel;
  /** `plugin-call`, `transition`, `refusal`, `manual-task`, `order`, `plugin-log`, `inbound`, ... */
  kind: string;
  message: string;
  domain: string | undefined;
  operationId: string | undefined;
  orderId: string | undefined;
  pluginInstance: string | undefined;
  registrarCode: string | undefined;
  durationMs: number | undefined;
  data: unknown;
}

export type NewActionLogEntry = Omit<ActionLogEntry, 'id' | 'domain' | 'operationId' | 'orderId' | 'pluginInstance' | 'registrarCode' | 'durationMs' | 'data'> &
  Partial<Pick<ActionLogEntry, 'domain' | 'operationId' | 'orderId' | 'pluginInstance' | 'registrarCode' | 'durationMs' | 'data'>>;

export interface ActionLogQuery {
  domain?: string;
  operationId?: string;
  orderId?: string;
  kind?: string;
  level?: LogLevel | LogLevel[];
  since?: Date;
  until?: Date;
  limit?: number;
}

export type InboundStatus = 'received' | 'applied' | 'quarantined';

/** A registrar message as kept for audit: always raw, with what the host decided. */
export interface InboundRecord {
  id: string;
  messageId: string;
  contentHash: string;
  instance: string | undefined;
  receivedAt: Date;
  raw: string;
  status: InboundStatus;
  /** Quarantine reason code (SENDER_NOT_ALLOWED, DKIM_FAILED, UNMATCHED, ...). */
  reason: string | undefined;
  operationId: string | undefined;
}

export interface OperationQuery {
  domain?: string;
  status?: OperationStatus | OperationStatus[];
  orderId?: string;
  pluginInstance?: string;
  operation?: string;
  limit?: number;
}

/**
 * The host's durable state behind one interface. SQLite (better-sqlite3 through Kysely) is the
 * embedded implementation; a PostgreSQL one implements the same methods, with
 * {@link Store.claimDuePending} done by `FOR UPDATE SKIP LOCKED`.
 */
export interface Store {
  /** Runs `fn` atomically; nested calls join the outer transaction. */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;

  getDomain(name: string): Promise<DomainRecord | undefined>;
  putDomain(record: DomainRecord): Promise<void>;
  listDomains(filter?: { status?: DomainStatus; limit?: number }): Promise<DomainRecord[]>;

  getOperation(id: string): Promise<OperationRecord | undefined>;
  getOperationByKey(idempotencyKey: string): Promise<OperationRecord | undefined>;
  insertOperation(record: OperationRecord): Promise<void>;
  updateOperation(id: string, patch: Partial<Omit<OperationRecord, 'id' | 'idempotencyKey' | 'createdAt'>>): Promise<void>;
  listOperations(query?: OperationQuery): Promise<OperationRecord[]>;
  /** The pending operation of a plugin instance carrying `ref` (for inbound correlation). */
  findPendingByRef(pluginInstance: string, ref: string): Promise<OperationRecord | undefined>;

  /**
   * Claims up to `limit` pending operations due at `now` (next check time reached) whose lease is
   * free or expired, setting `leaseOwner` / `leaseExpiresAt`. Two trackers never get the same row.
   */
  claimDuePending(owner: string, now: Date, leaseMs: number, limit: number): Promise<PendingClaim[]>;
  /** Clears a lease, only when `owner` still holds it. */
  releaseLease(id: string, owner: string): Promise<void>;
  /**
   * Bulk reschedule of still-pending operations that `owner` holds: sets the next check time,
   * adds one poll attempt and releases the lease, in one statement per chunk.
   */
  reschedule(ids: readonly string[], owner: string, nextCheckAt: Date, now: Date): Promise<void>;

  /** Stores an inbound message; returns false when the same content was stored before (a duplicate). */
  insertInbound(message: InboundRecord): Promise<boolean>;
  updateInbound(id: string, patch: Partial<Pick<InboundRecord, 'status' | 'reason' | 'operationId' | 'instance'>>): Promise<void>;
  listInbound(filter?: { status?: InboundStatus; instance?: string }): Promise<InboundRecord[]>;

  getOrder(id: string): Promise<OrderRecord | undefined>;
  putOrder(record: OrderRecord): Promise<void>;

  insertTask(task: ManualTask): Promise<void>;
  getTask(id: string): Promise<ManualTask | undefined>;
  updateTask(id: string, patch: Partial<Pick<ManualTask, 'status' | 'claimedBy' | 'result' | 'updatedAt'>>): Promise<void>;
  listTasks(filter?: { status?: ManualTaskStatus | ManualTaskStatus[]; domain?: string }): Promise<ManualTask[]>;

  appendLog(entry: NewActionLogEntry): Promise<void>;
  queryLog(query?: ActionLogQuery): Promise<ActionLogEntry[]>;

  stateGet(instance: string, key: string, now: Date): Promise<Json | undefined>;
  stateSet(instance: string, key: string, value: Json, expiresAt: Date | undefined): Promise<void>;
  stateDelete(instance: string, key: string): Promise<void>;

  close(): Promise<void>;
}
