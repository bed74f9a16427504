import type { Generated } from 'kysely';

/** Row shapes of the SQL store. JSON columns hold text; timestamps are epoch milliseconds. */
export interface DomainsTable {
  name: string;
  tld: string;
  status: string;
  connector: string | null;
  plugin_instance: string | null;
  customer_id: string | null;
  locked: number;
  expires_at: string | null;
  nameservers: string | null;
  last_error: string | null;
  pending_operation: string | null;
  version: number;
  created_at: number;
  updated_at: number;
  /** 0008_domain_life: the domain's renewal policy (1/0; null: never set). */
  auto_renew: number | null;
  /** 0008_domain_life: when a cancellation at expiry takes effect (ISO 8601). */
  cancel_at: string | null;
  /** 0008_domain_life: what the registry said at the last sync (JSON: statuses, privacy, contacts…). */
  registry: string | null;
  /** 0008_domain_life: when the last sync read the domain. */
  synced_at: number | null;
  /** 0008_domain_life: the scheduled renewal's state (JSON: the expiry it renews, announced, order). */
  renewal: string | null;
  /** 0008_domain_life: when the sweep reads the domain next (moved forward by each claim: the claim is the lease). */
  sync_due_at: number | null;
}

export interface OperationsTable {
  id: string;
  idempotency_key: string;
  payload_hash: string;
  operation: string;
  domain: string;
  connector: string | null;
  plugin_instance: string | null;
  order_id: string | null;
  customer_id: string | null;
  mode: string;
  status: string;
  input: string;
  result: string | null;
  error: string | null;
  ref: string | null;
  await_kind: string | null;
  step: string | null;
  pending_data: string | null;
  /** When the tracker should next look at this pending operation. */
  next_check_at: number | null;
  /** Lease: which tracker holds the operation, until when (several hosts on one store). */
  lease_owner: string | null;
  lease_expires_at: number | null;
  /** Fencing token of the current claim. */
  lease_token: string | null;
  /** 1 while this is the domain's operation in flight (a partial unique index keeps it to one). */
  holds_domain: number;
  poll_attempts: number;
  submitted_at: number | null;
  version: number;
  created_at: number;
  updated_at: number;
  /**
   * When the follow-ups of a completed register, transfer or renew are due (0012_follow_ups): 0
   * for a new row, moved forward by each claim (the sweep's lease), null once they are settled.
   */
  follow_up_due_at: number | null;
}

export interface OrdersTable {
  id: string;
  customer_id: string | null;
  status: string;
  version: number;
  created_at: number;
  updated_at: number;
}

export interface ManualTasksTable {
  id: string;
  operation_id: string;
  domain: string;
  operation: string;
  status: string;
  reason: string;
  claimed_by: string | null;
  result: string | null;
  version: number;
  created_at: number;
  updated_at: number;
}

export interface ActionLogTable {
  id: Generated<number>;
  at: number;
  level: string;
  kind: string;
  message: string;
  domain: string | null;
  operation_id: string | null;
  order_id: string | null;
  plugin_instance: string | null;
  registrar_code: string | null;
  duration_ms: number | null;
  data: string | null;
}

export interface PluginStateTable {
  instance: string;
  key: string;
  value: string;
  expires_at: number | null;
}

export interface InboundMessagesTable {
  id: string;
  message_id: string;
  content_hash: string;
  instance: string | null;
  received_at: number;
  /** Empty for rows written since 0005_inbound_dedupe: `raw_bytes` holds the message. */
  raw: string;
  /** The message exactly as received (NULL on rows written before 0005_inbound_dedupe). */
  raw_bytes: Buffer | null;
  /** Message-ID (mail) or delivery id (webhook); unique per instance (0005_inbound_dedupe). */
  delivery_key: string | null;
  status: string;
  reason: string | null;
  operation_id: string | null;
}

export interface HostsTable {
  id: string;
  hostname: string;
  pid: number;
  started_at: number;
  heartbeat_at: number;
  stopped_at: number | null;
}

/** API keys of the HTTP server (0006_api_keys): the secret's SHA-256, never the secret. */
export interface ApiKeysTable {
  id: string;
  name: string | null;
  /** JSON array of scope names. */
  scopes: string;
  tenant: string | null;
  /** SHA-256 of the secret, lower-case hex. */
  secret_hash: string;
  created_at: number;
  revoked_at: number | null;
  /** Written at most once a minute per key. */
  last_used_at: number | null;
}

/** Events for the platform's webhook endpoints (0007_outbox), written with the state change. */
export interface WebhookOutboxTable {
  id: string;
  type: string;
  /** JSON text. */
  payload: string;
  created_at: number;
}

/** One event to one endpoint: status, attempts, the next try, the worker's lease. */
export interface WebhookDeliveriesTable {
  outbox_id: string;
  endpoint: string;
  /** pending, delivered or failed (attempts exhausted). */
  status: string;
  attempts: number;
  next_attempt_at: number;
  lease_owner: string | null;
  lease_token: string | null;
  lease_expires_at: number | null;
  last_status_code: number | null;
  last_error: string | null;
  updated_at: number;
}

/** The delivery log: one row per HTTP attempt. */
export interface WebhookAttemptsTable {
  id: Generated<number>;
  outbox_id: string;
  endpoint: string;
  attempt: number;
  at: number;
  status_code: number | null;
  duration_ms: number;
  error: string | null;
}

/** An endpoint's health, shared by the hosts on the store. */
export interface WebhookEndpointsTable {
  name: string;
  /** enabled or disabled. */
  status: string;
  consecutive_failures: number;
  disabled_reason: string | null;
  disabled_at: number | null;
  last_error: string | null;
  last_attempt_at: number | null;
  last_success_at: number | null;
}

/** The TLD catalogue a plugin instance reported (`host.catalogue.sync`): one row per TLD. */
export interface TldCatalogueTable {
  plugin_instance: string;
  tld: string;
  /** JSON number[] or null. */
  register_periods: string | null;
  renew_periods: string | null;
  /** JSON TldPrice[]. */
  prices: string;
  synced_at: number;
}

/** Console sessions of the HTTP server (0010_console_sessions): the cookie token's SHA-256, never the token. */
export interface ConsoleSessionsTable {
  id: string;
  key_id: string;
  csrf_token: string;
  created_at: number;
  last_seen_at: number;
}

export interface Database {
  api_keys: ApiKeysTable;
  console_sessions: ConsoleSessionsTable;
  tld_catalogue: TldCatalogueTable;
  hosts: HostsTable;
  domains: DomainsTable;
  operations: OperationsTable;
  orders: OrdersTable;
  manual_tasks: ManualTasksTable;
  action_log: ActionLogTable;
  plugin_state: PluginStateTable;
  inbound_messages: InboundMessagesTable;
  webhook_outbox: WebhookOutboxTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
  webhook_endpoints: WebhookEndpointsTable;
}
