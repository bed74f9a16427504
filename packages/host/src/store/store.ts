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
  /** The operation in flight on this domain (at most one; read-only operations never hold it). */
  pendingOperation: string | undefined;
  /** Row version: bumped by every write, compared by every conditional write. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
  /**
   * The domain's renewal policy: `true` — the renewal scheduler renews it before expiry; `false` or
   * absent — it is renewed only when the platform asks. Set by register/transfer input, a
   * completed `setAutoRenew`, or `host.domains.setRenewal`.
   */
  autoRenew?: boolean | undefined;
  /**
   * Pending deletion: a `cancel` with `when: 'expiry'` completed; the domain stays `registered`
   * (live at the registry) until this time, then becomes `cancelled`.
   */
  cancelAt?: string | undefined;
  /** What the registry said at the last sync (absent before the first). */
  registry?: RegistryView | undefined;
  /** When the last sync read the domain at the registrar. */
  syncedAt?: Date | undefined;
  /** The scheduled renewal of the current expiry, while there is one (see the renewal scheduler). */
  renewal?: RenewalState | undefined;
}

/** The registry's view of a domain as the last sync read it. */
export interface RegistryView {
  /** Normalized EPP statuses. */
  statuses: string[];
  registrarStatus?: string;
  whoisPrivacy?: boolean;
  /** The registrar's own auto-renew flag (not the host's renewal policy, {@link DomainRecord.autoRenew}). */
  autoRenew?: boolean;
  /** The registry holds the domain in its redemption period (RFC 3915 `redemptionPeriod`). */
  redemption?: boolean;
  /** WHOIS contacts, where the registrar gives them. */
  contacts?: Json;
}

/** The renewal scheduler's state for one expiry of a domain. */
export interface RenewalState {
  /** The expiry this renewal extends (ISO 8601): a new expiry starts a new renewal. */
  expiry: string;
  /** When `renewal.due` was announced; the renewal is released `holdHours` later. */
  announcedAt?: string;
  /** The platform's order for it (`host.renewals.attachOrder`): the renewal waits for its payment. */
  orderId?: string;
  /** The renewal operation, once submitted. */
  operationId?: string;
  /** For registrars that renew by themselves: the manual task opened when the expiry did not move. */
  verifyTaskId?: string;
  /**
   * The host refused to release the renewal (a customer's renewal without an order, a policy):
   * why, and under which order. Not tried again until another order is attached.
   */
  refused?: { reason: string; orderId?: string };
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
  /** Which host holds the operation: the one sending it (`submitting`) or polling it (`pending`). */
  leaseOwner: string | undefined;
  leaseExpiresAt: Date | undefined;
  /** Fencing token of the current claim: an outcome is applied only by the holder of this token. */
  leaseToken: string | undefined;
  /** True while the operation is the domain's one operation in flight. */
  holdsDomain: boolean;
  pollAttempts: number;
  submittedAt: Date | undefined;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** What the tracker needs of a claimed pending operation (no input, no result: claims stay light). */
export type PendingClaim = Pick<
  OperationRecord,
  'id' | 'operation' | 'domain' | 'pluginInstance' | 'customerId' | 'ref' | 'await' | 'step' | 'pendingData' | 'pollAttempts' | 'submittedAt' | 'createdAt' | 'leaseOwner' | 'leaseExpiresAt' | 'leaseToken'
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
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export type OrderStatus = 'unpaid' | 'paid' | 'cancelled';

export interface OrderRecord {
  id: string;
  customerId: string | undefined;
  status: OrderStatus;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** One TLD of a plugin instance's catalogue, as the last `host.catalogue.sync` stored it. */
export interface CatalogueEntry {
  pluginInstance: string;
  /** Lower case, without the leading dot ("com", "co.uk"). */
  tld: string;
  registerPeriods: number[] | undefined;
  renewPeriods: number[] | undefined;
  /** Decimal-string amounts per currency and action (see the sdk's `TldPrice`). */
  prices: { currency: string; action: 'register' | 'renew' | 'transfer' | 'restore'; amount: string; period?: number }[];
  syncedAt: Date;
}

export interface CatalogueQuery {
  pluginInstance?: string;
  tld?: string;
}

/** A host process sharing the store: recovery takes over only the work of hosts that are gone. */
export interface HostRecord {
  id: string;
  hostname: string;
  pid: number;
  startedAt: Date;
  heartbeatAt: Date;
  stoppedAt: Date | undefined;
}

/** A page of a list plus the cursor of the next page (absent on the last page). */
export interface Page<T> {
  items: T[];
  nextCursor: string | undefined;
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
  /**
   * Only the entries of one customer (a tenant). The most specific reference of an entry decides
   * whose it is: its operation's customer; for an entry with no operation, its order's customer;
   * for an entry with neither, its domain's current customer. Entries that name none of them (a
   * plugin's own log, start-up warnings) belong to no customer. So the history of a transferred
   * domain's earlier operations stays with the customer who made them, and a refusal that created
   * nothing is seen by the order's customer, else by the domain's owner.
   */
  customerId?: string;
  kind?: string;
  level?: LogLevel | LogLevel[];
  since?: Date;
  until?: Date;
  limit?: number;
  /** Newest first (default: oldest first). */
  order?: 'asc' | 'desc';
  /** Continue after the entry a previous page ended on (`nextCursor`). */
  cursor?: string;
}

/** `discarded`: staff judged a quarantined message worthless; it is kept for audit, never applied. */
export type InboundStatus = 'received' | 'applied' | 'quarantined' | 'discarded';

/** A registrar message as kept for audit: always raw, with what the host decided. */
export interface InboundRecord {
  id: string;
  messageId: string;
  contentHash: string;
  instance: string | undefined;
  receivedAt: Date;
  /** The message as text (its bytes read as UTF-8): for display and search, not byte-exact. */
  raw: string;
  /** The message (mail) or body (webhook) exactly as received. */
  rawBytes: Buffer;
  status: InboundStatus;
  /** Quarantine reason code (SENDER_NOT_ALLOWED, DKIM_FAILED, UNMATCHED, AMBIGUOUS, PLUGIN_TIMEOUT, ...). */
  reason: string | undefined;
  operationId: string | undefined;
}

export interface OperationQuery {
  domain?: string;
  status?: OperationStatus | OperationStatus[];
  orderId?: string;
  pluginInstance?: string;
  operation?: string;
  /** Only the operations of one customer (a tenant): `customerId` of the operation. */
  customerId?: string;
  /** Created at or after. */
  since?: Date;
  limit?: number;
  order?: 'asc' | 'desc';
  cursor?: string;
}

export interface DomainQuery {
  status?: DomainStatus | DomainStatus[];
  pluginInstance?: string;
  customerId?: string;
  /** Substring of the name. */
  text?: string;
  limit?: number;
  cursor?: string;
}

export interface SyncClaim {
  pluginInstance: string;
  now: Date;
  nextDueAt: Date;
  limit: number;
  /** ISO 8601 bound on the expiry (the instance's `expiringWithinDays`). */
  expiringBefore?: string;
  /** One domain, claimed whether due or not (`registrar-kit sync --domain`) — unless another claim holds it (`leaseMs`). */
  domain?: string;
  /**
   * With `domain`: how long another claim of it holds. A domain claimed less than `leaseMs` ago
   * (its due time is within `leaseMs` of `nextDueAt`) and not synced since is not claimed — it
   * is being synced elsewhere. The claim time is read back from the due time, so callers sharing
   * a store claim with the same interval (`nextDueAt - now`), as hosts sharing one config do.
   */
  leaseMs?: number;
}

export interface FollowUpClaim {
  now: Date;
  /** The claimed rows' next due time (the lease's end). */
  nextDueAt: Date;
  limit: number;
  /** One operation, claimed only if its follow-ups are due. */
  operationId?: string;
}

export interface TaskQuery {
  status?: ManualTaskStatus | ManualTaskStatus[];
  domain?: string;
  operationId?: string;
  /** Only the tasks of one customer (a tenant): those whose operation carries that `customerId`. */
  customerId?: string;
}

/**
 * An API key as the store keeps it: never the secret, only its SHA-256 (see
 * `@registrar-kit/server`'s keys module, which makes and checks keys). Scopes are the server's
 * vocabulary; the store keeps them as given.
 */
/**
 * A console session of the HTTP server as the store keeps it: the SHA-256 of the cookie's token
 * (never the token), the API key it acts as, and its CSRF token.
 */
export interface StoredSession {
  /** SHA-256 of the cookie's token, lower-case hex. */
  id: string;
  keyId: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
}

export interface StoredApiKey {
  id: string;
  name: string | undefined;
  scopes: string[];
  /** The customer (tenant) the key is bound to: it sees and touches only that customer's rows. */
  tenant: string | undefined;
  /** SHA-256 of the key's secret, lower-case hex. */
  secretHash: string;
  createdAt: Date;
  revokedAt: Date | undefined;
  lastUsedAt: Date | undefined;
}

/** An event of the host as written to the webhook outbox (see the host README, "Webhooks to the platform"). */
export interface OutboxEvent {
  /** A UUIDv7: the `webhook-id` receivers dedupe with. */
  id: string;
  /** The host event's name (`operation.status`, `domain.status`, `task.opened`, `task.closed`). */
  type: string;
  /** The event's payload (JSON). */
  payload: unknown;
  createdAt: Date;
  /** The configured endpoints subscribed to it: one delivery each. */
  endpoints: string[];
}

export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed';

/** One event on its way to one endpoint. */
export interface WebhookDeliveryRecord {
  outboxId: string;
  endpoint: string;
  type: string;
  status: WebhookDeliveryStatus;
  /** Attempts made so far. */
  attempts: number;
  nextAttemptAt: Date;
  lastStatusCode: number | undefined;
  lastError: string | undefined;
  createdAt: Date;
  updatedAt: Date;
}

/** A delivery a worker claimed (under `leaseToken`), with the event it carries. */
export interface ClaimedDelivery {
  outboxId: string;
  endpoint: string;
  type: string;
  payload: unknown;
  createdAt: Date;
  attempts: number;
  leaseToken: string;
}

/** One line of the delivery log: an HTTP attempt and what came of it (never the secret). */
export interface WebhookAttempt {
  outboxId: string;
  endpoint: string;
  /** 1 for the first attempt. */
  attempt: number;
  at: Date;
  /** The response's status; undefined when none came (refused connection, timeout). */
  statusCode: number | undefined;
  durationMs: number;
  error: string | undefined;
}

/** What a worker writes after an attempt: the log line, the delivery's next state, the endpoint's health. */
export interface WebhookAttemptResult extends WebhookAttempt {
  /** The claim the attempt was made under: a worker whose lease was taken over writes nothing. */
  leaseToken: string;
  outcome: 'delivered' | 'retry' | 'failed';
  /** When to try again (`retry`). */
  nextAttemptAt?: Date;
  /** Consecutive failed attempts after which the endpoint is disabled. */
  disableAfter: number;
}

/** An endpoint's health as the store keeps it (shared by every host on the store). */
export interface WebhookEndpointState {
  name: string;
  status: 'enabled' | 'disabled';
  consecutiveFailures: number;
  disabledReason: string | undefined;
  disabledAt: Date | undefined;
  lastError: string | undefined;
  lastAttemptAt: Date | undefined;
  lastSuccessAt: Date | undefined;
}

/** Columns an update may change (version and keys are the store's). */
export type OperationPatch = Partial<Omit<OperationRecord, 'id' | 'idempotencyKey' | 'createdAt' | 'version'>>;
export type TaskPatch = Partial<Pick<ManualTask, 'status' | 'claimedBy' | 'result' | 'updatedAt'>>;

/**
 * The host's durable state behind one interface. SQLite (better-sqlite3; queries written with Kysely) is the
 * embedded implementation; a PostgreSQL one implements the same methods and passes the same
 * contract suite (`runStoreContract`).
 *
 * Only the engine writes host state (operations, domains, orders, tasks, inbound messages, the
 * Action Log) and it does so inside {@link Store.transaction}. Conditional writes take the
 * version the caller read and report `false` when the row changed since (compare-and-set);
 * unique-key violations surface as a HostError `CONFLICT`.
 */
export interface Store {
  /**
   * How many transactions may usefully write at once (the engine runs that many commit lanes).
   * SQLite has one writer; PostgreSQL as many as its pool allows.
   */
  readonly writers?: number;

  /** Runs `fn` atomically. A nested call is a savepoint: its failure rolls back only its own writes. */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;

  getDomain(name: string): Promise<DomainRecord | undefined>;
  /** Inserts (`expectedVersion` undefined) or updates the row if its version is still `expectedVersion`. */
  putDomain(record: DomainRecord, expectedVersion: number | undefined): Promise<boolean>;
  listDomains(query?: DomainQuery): Promise<DomainRecord[]>;
  pageDomains(query?: DomainQuery): Promise<Page<DomainRecord>>;
  /**
   * The sync sweep's claim: up to `limit` domains of `pluginInstance` that are live at the registry
   * (registered or expired), hold no operation, and are due at `now` (never synced, or their due
   * time passed), with an expiry before `expiringBefore` (or unknown) when given; each claimed row's
   * next due time is set to `nextDueAt` in the same statement — that is the lease: hosts sharing the
   * store never claim the same domain for one sweep. With `domain`, only that domain, due or not,
   * unless another claim made within `leaseMs` has not been written back yet.
   */
  claimSync(claim: SyncClaim): Promise<DomainRecord[]>;

  getOperation(id: string): Promise<OperationRecord | undefined>;
  getOperationByKey(idempotencyKey: string): Promise<OperationRecord | undefined>;
  /** The operation holding `domain` (see {@link OperationRecord.holdsDomain}). */
  getInFlight(domain: string): Promise<OperationRecord | undefined>;
  insertOperation(record: OperationRecord): Promise<void>;
  /** Updates and bumps the version; with `expectedVersion`, only if the row still has it. */
  updateOperation(id: string, patch: OperationPatch, expectedVersion?: number): Promise<boolean>;
  listOperations(query?: OperationQuery): Promise<OperationRecord[]>;
  pageOperations(query?: OperationQuery): Promise<Page<OperationRecord>>;
  /**
   * The follow-up sweep's claim (0012_follow_ups): up to `limit` completed register, transfer and
   * renew operations whose follow-ups are due at `now` (with `operationId`, only that one), oldest
   * due first; each claimed row's due time is set to `nextDueAt` in the same transaction — that
   * is the lease: hosts sweeping one store at once never claim the same row.
   */
  claimFollowUps(claim: FollowUpClaim): Promise<OperationRecord[]>;
  /**
   * Settles a claimed row's follow-ups: due again at `dueAt` (a retry), or never again
   * (undefined). Only while the row still carries the claim's `claimedUntil` (a host whose lease
   * ran out and was taken over writes nothing). False when it did not.
   */
  settleFollowUps(id: string, claimedUntil: Date, dueAt: Date | undefined): Promise<boolean>;
  /**
   * The pending operations of a plugin instance carrying `ref` (for inbound correlation), two at
   * most: one is a match, two are an ambiguous reference that must not be applied to either.
   */
  pendingByRef(pluginInstance: string, ref: string): Promise<OperationRecord[]>;

  /**
   * Claims up to `limit` pending operations due at `now` whose lease is free or expired, setting
   * owner, token and expiry. Two trackers never get the same row.
   */
  claimDuePending(owner: string, token: string, now: Date, leaseMs: number, limit: number): Promise<PendingClaim[]>;
  /** Moves the expiry of the leases `owner` holds with `token` (a long poll keeps its claim). */
  extendLeases(owner: string, token: string, leaseExpiresAt: Date): Promise<number>;
  /** Clears a lease, only when `owner` still holds it with `token`. */
  releaseLease(id: string, owner: string, token: string): Promise<void>;
  /**
   * Bulk reschedule of still-pending operations that `owner` holds with `token`: sets the next
   * check time, adds one poll attempt and releases the lease, in one statement per chunk.
   */
  reschedule(ids: readonly string[], owner: string, token: string, nextCheckAt: Date, now: Date): Promise<void>;

  /**
   * Stores an inbound message; returns false when it was stored before (a duplicate): the same
   * content hash, or the same instance and Message-ID / delivery id. The unique keys decide, so of
   * hosts storing one message at once exactly one gets true.
   */
  insertInbound(message: InboundRecord): Promise<boolean>;
  /**
   * Changes a kept message; with `expectedStatus`, only while it still has that status
   * (compare-and-set: two staff acting on one quarantined message cannot both win). False when no
   * row changed.
   */
  updateInbound(id: string, patch: Partial<Pick<InboundRecord, 'status' | 'reason' | 'operationId' | 'instance'>>, expectedStatus?: InboundStatus): Promise<boolean>;
  getInbound(id: string): Promise<InboundRecord | undefined>;
  listInbound(filter?: { status?: InboundStatus; instance?: string }): Promise<InboundRecord[]>;

  getOrder(id: string): Promise<OrderRecord | undefined>;
  putOrder(record: OrderRecord, expectedVersion: number | undefined): Promise<boolean>;

  insertTask(task: ManualTask): Promise<void>;
  getTask(id: string): Promise<ManualTask | undefined>;
  updateTask(id: string, patch: TaskPatch, expectedVersion?: number): Promise<boolean>;
  listTasks(query?: TaskQuery): Promise<ManualTask[]>;

  appendLog(entry: NewActionLogEntry): Promise<void>;
  queryLog(query?: ActionLogQuery): Promise<ActionLogEntry[]>;
  pageLog(query?: ActionLogQuery): Promise<Page<ActionLogEntry>>;

  // API keys of the HTTP server. Not host state the engine orders (no operation, domain or task
  // depends on them, and no engine decision reads them), so they are written here directly, each
  // write one statement, like a host's heartbeat.

  /** Stores a new key; a duplicate id is a CONFLICT. */
  putApiKey(key: StoredApiKey): Promise<void>;
  getApiKey(id: string): Promise<StoredApiKey | undefined>;
  /** Every key, revoked ones included, oldest first. */
  listApiKeys(): Promise<StoredApiKey[]>;
  /** Marks the key revoked (keeping the first revocation time). False when there is no such key. */
  revokeApiKey(id: string, at: Date): Promise<boolean>;
  /** Records a use at `at`, unless a use after `notBefore` is recorded already (so uses are written at most once per interval, whichever process sees them). */
  touchApiKey(id: string, at: Date, notBefore: Date): Promise<void>;

  // Console sessions of the HTTP server (0010_console_sessions), written directly like API keys:
  // no operation, domain or task depends on them.

  /** Stores a new session; a duplicate id is a CONFLICT. */
  putSession(session: StoredSession): Promise<void>;
  getSession(id: string): Promise<StoredSession | undefined>;
  /** Records a use at `at`, unless a use after `notBefore` is recorded already (one write per interval). */
  touchSession(id: string, at: Date, notBefore: Date): Promise<void>;
  /** Ends a session (ending it again changes nothing). */
  deleteSession(id: string): Promise<void>;
  /** The sessions of one API key, oldest first. */
  listSessions(keyId: string): Promise<StoredSession[]>;
  /** Deletes the sessions last used before `idleBefore` or created before `createdBefore`; answers how many. */
  pruneSessions(idleBefore: Date, createdBefore: Date): Promise<number>;

  // Outbound webhooks (0007_outbox). The outbox rows are written by the engine inside the
  // transaction of the state change that emits the events; deliveries are claimed with a lease
  // like pending operations, so hosts sharing the store never deliver one row twice.

  /** Writes events and one pending delivery per endpoint each (inside the engine's transaction). */
  insertOutbox(events: readonly OutboxEvent[], now: Date): Promise<void>;
  /**
   * Claims up to `limit` pending deliveries due at `now` whose lease is free or expired and whose
   * endpoint is not disabled. Two workers never get the same row.
   */
  claimDeliveries(owner: string, token: string, now: Date, leaseMs: number, limit: number): Promise<ClaimedDelivery[]>;
  /**
   * Records an attempt, if the delivery is still claimed with `leaseToken`: its log line, the
   * delivery's new state, and the endpoint's consecutive failures (disabling it at
   * `disableAfter`). Answers the endpoint's state, or undefined when the claim was lost.
   */
  recordWebhookAttempt(result: WebhookAttemptResult): Promise<WebhookEndpointState | undefined>;
  listWebhookDeliveries(filter?: { outboxId?: string; endpoint?: string; status?: WebhookDeliveryStatus; limit?: number }): Promise<WebhookDeliveryRecord[]>;
  /** The delivery log, oldest first. */
  listWebhookAttempts(filter?: { outboxId?: string; endpoint?: string; limit?: number }): Promise<WebhookAttempt[]>;
  /** Endpoints that have had an attempt (others have no row: enabled, never tried). */
  listWebhookEndpoints(): Promise<WebhookEndpointState[]>;
  /** Enables an endpoint again and clears its failure count; its pending deliveries go out. */
  enableWebhookEndpoint(name: string): Promise<void>;

  /**
   * Replaces the whole TLD catalogue of one plugin instance with `entries` (`host.catalogue.sync`):
   * TLDs it no longer reports are removed. Written by the engine only.
   */
  replaceCatalogue(pluginInstance: string, entries: readonly CatalogueEntry[]): Promise<void>;
  /** The synced TLD catalogue, ordered by TLD then plugin instance. */
  listCatalogue(query?: CatalogueQuery): Promise<CatalogueEntry[]>;

  /** Registers or refreshes a host (its heartbeat). */
  putHost(record: HostRecord): Promise<void>;
  listHosts(): Promise<HostRecord[]>;

  stateGet(instance: string, key: string, now: Date): Promise<Json | undefined>;
  stateSet(instance: string, key: string, value: Json, expiresAt: Date | undefined): Promise<void>;
  stateDelete(instance: string, key: string): Promise<void>;

  /**
   * Retention: deletes the Action Log entries (`at`) and the raw inbound messages (`receivedAt`)
   * older than `olderThan`, in chunks so other writers are never held up for long. Operations,
   * domains, orders and manual tasks are never touched. (A message pruned here is no longer a
   * duplicate if the registrar sends the same content again.) Returns the rows deleted.
   */
  prune(olderThan: Date): Promise<{ actionLog: number; inbound: number }>;

  /**
   * Calls `listener` when work may have become due — an operation was made pending with a next
   * check time, or rescheduled, or its claim released — by this or any other host sharing the
   * store, with the time it is due (a shared store notifies across processes: PostgreSQL's
   * LISTEN/NOTIFY). Returns the unsubscribe function. Optional: a store without it (SQLite, one
   * process) leaves trackers to their timer.
   */
  onWorkDue?(listener: (dueAt: Date) => void): () => void;

  close(): Promise<void>;
}
