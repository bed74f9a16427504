/**
 * The shapes of API v1 the console reads (packages/server/openapi.json is the contract; these are
 * the fields the screens use). Optional fields are the ones the API leaves out when unknown.
 */

export const DOMAIN_STATUSES = ['awaiting-payment', 'registering', 'registered', 'transferring', 'awaiting-manual', 'error', 'cancelled', 'expired', 'transferred-away'] as const;
export const OPERATION_STATUSES = ['awaiting-payment', 'submitting', 'pending', 'awaiting-manual', 'done', 'failed', 'cancelled'] as const;
export const TASK_STATUSES = ['open', 'claimed', 'completed', 'rejected', 'cancelled'] as const;

export type DomainStatus = (typeof DOMAIN_STATUSES)[number];
export type OperationStatus = (typeof OPERATION_STATUSES)[number];
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export interface Session {
  /** The key's id: the staff name recorded in manual tasks and the Action Log. */
  keyId?: string;
  scopes: string[];
  tenant: string | null;
  name: string | null;
  csrfToken: string;
  expiresAt?: string;
}

export interface RegistrarError {
  code: string;
  message: string;
  retryable: boolean;
  registrarCode?: string;
  detail?: string;
}

export interface Nameserver {
  host: string;
  ipv4?: string[];
  ipv6?: string[];
}

export interface Domain {
  name: string;
  tld: string;
  status: DomainStatus;
  connector?: string;
  pluginInstance?: string;
  customerId?: string;
  locked: boolean;
  expiresAt?: string;
  nameservers?: Nameserver[];
  lastError?: RegistrarError;
  pendingOperation?: string;
  createdAt: string;
  updatedAt: string;
}

/** One registrar call of an operation (`call`), or an answer that came later (`result`), from the Action Log. */
export interface RegistrarCall {
  at: string;
  kind: 'call' | 'result' | 'poll-error';
  /** How a later answer came: poll, message, task, recovery, … */
  via?: string;
  /** The request as sent, summarized (secrets redacted). */
  request?: unknown;
  outcome: 'done' | 'pending' | 'failed' | 'retrying';
  registrarCode?: string;
  durationMs?: number;
  error?: RegistrarError;
  message: string;
  logId?: number;
}

/** Something the operation's state allows now, and the API route that does it. */
export interface OperationAction {
  action: 'cancel-order' | 'pay-order' | 'claim-task' | 'complete-task' | 'fail-task' | 'retry';
  method: 'POST';
  href: string;
  /** The scope a key needs for it (or admin). */
  scope: string;
  taskId?: string;
  orderId?: string;
}

export interface Operation {
  id: string;
  idempotencyKey: string;
  operation: string;
  domain: string;
  connector?: string;
  pluginInstance?: string;
  orderId?: string;
  customerId?: string;
  mode: 'auto' | 'manual' | 'unsupported';
  status: OperationStatus;
  input?: unknown;
  result?: unknown;
  error?: RegistrarError;
  ref?: string;
  await?: 'poll' | 'message';
  step?: string;
  nextCheckAt?: string;
  submittedAt?: string;
  createdAt: string;
  updatedAt: string;
  /** The registrar calls of the operation (operation detail only). */
  calls?: RegistrarCall[];
  /** What the operation's state allows now (operation detail only). */
  actions?: OperationAction[];
  /** The new operation staff retried this failed one as (operation detail only). */
  retriedAs?: string;
}

export interface Task {
  id: string;
  operationId: string;
  domain: string;
  operation: string;
  status: TaskStatus;
  reason: string;
  claimedBy?: string;
  result?: unknown;
  createdAt: string;
  updatedAt: string;
}

export interface LogEntry {
  id: number;
  at: string;
  level: 'debug' | 'info' | 'warn' | 'error';
  kind: string;
  message: string;
  domain?: string;
  operationId?: string;
  orderId?: string;
  pluginInstance?: string;
  registrarCode?: string;
  durationMs?: number;
  data?: unknown;
}

export interface QuarantinedMessage {
  id: string;
  messageId: string;
  instance?: string;
  receivedAt: string;
  status: 'received' | 'applied' | 'quarantined' | 'discarded';
  reason?: string;
  operationId?: string;
  size: number;
  raw?: string;
}

export interface Capability {
  connector: string;
  tld: string;
  plugin: string;
  operation: string;
  mode: 'auto' | 'manual' | 'unsupported';
  completion?: 'sync' | 'poll' | 'message';
  reason?: string;
}

export interface Plugins {
  instances: { name: string; package: string; plugin: string; version: string; transports: string[] }[];
  connectors: { name: string; tld: string; plugin: string; disabled?: string }[];
  problems: { kind: 'plugin' | 'connector'; code: string; message: string; subject?: string; path?: string; file?: string }[];
}

export interface TrackerInstance {
  instance: string;
  plugin?: string;
  pending: number;
  awaitingPoll?: number;
  awaitingMessage?: number;
  nextPollAt: string | null;
  minIntervalSeconds: number;
  recommendedIntervalSeconds: number;
  rateLimitPerSecond: number | null;
  batch: boolean;
  maxPendingDays: number;
  escalationsDue: { operationId: string; domain: string; operation?: string; dueAt: string }[];
  lastPollError?: { at: string; message: string };
}

export interface Tracker {
  instances: TrackerInstance[];
  /** More pending operations than the view reads: the counts are lower bounds. */
  truncated?: boolean;
}
