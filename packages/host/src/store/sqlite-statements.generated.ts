// Generated from src/store/statements.ts by scripts/generate-sqlite-statements.mjs: do not edit.
// The fixed statements of the SQLite store as Kysely compiles them; per `?` of the SQL, the name
// of the argument bound there, or a constant of the statement.

export const STATEMENTS = {
  appendLog: {
    sql: `insert into "action_log" ("at", "level", "kind", "message", "domain", "operation_id", "order_id", "plugin_instance", "registrar_code", "duration_ms", "data") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    params: ["at", "level", "kind", "message", "domain", "operation_id", "order_id", "plugin_instance", "registrar_code", "duration_ms", "data"],
  },
  appendWebhookAttempt: {
    sql: `insert into "webhook_attempts" ("outbox_id", "endpoint", "attempt", "at", "status_code", "duration_ms", "error") values (?, ?, ?, ?, ?, ?, ?)`,
    params: ["outbox_id", "endpoint", "attempt", "at", "status_code", "duration_ms", "error"],
  },
  disableEndpoint: {
    sql: `update "webhook_endpoints" set "status" = ?, "disabled_reason" = ?, "disabled_at" = ? where "name" = ? and "status" = 'enabled' and "consecutive_failures" >= ?`,
    params: [{ value: "disabled" }, "reason", "at", "name", "threshold"],
  },
  dueDeliveries: {
    sql: `select "d"."outbox_id", "d"."endpoint", "d"."attempts", "o"."type", "o"."payload", "o"."created_at" from "webhook_deliveries" as "d" inner join "webhook_outbox" as "o" on "o"."id" = "d"."outbox_id" where "d"."status" = 'pending' and "d"."next_attempt_at" <= ? and ("d"."lease_expires_at" is null or "d"."lease_expires_at" < ?) and not exists (select "e"."name" from "webhook_endpoints" as "e" where "e"."name" = "d"."endpoint" and "e"."status" = 'disabled') order by "d"."next_attempt_at" limit ?`,
    params: ["now", "now", "limit"],
  },
  enableEndpoint: {
    sql: `update "webhook_endpoints" set "status" = ?, "consecutive_failures" = ?, "disabled_reason" = ?, "disabled_at" = ? where "name" = ?`,
    params: [{ value: "enabled" }, { value: 0 }, { value: null }, { value: null }, "name"],
  },
  endpointFailed: {
    sql: `insert into "webhook_endpoints" ("name", "status", "consecutive_failures", "last_error", "last_attempt_at") values (?, ?, ?, ?, ?) on conflict ("name") do update set "consecutive_failures" = "webhook_endpoints"."consecutive_failures" + 1, "last_error" = ?, "last_attempt_at" = ?`,
    params: ["name", { value: "enabled" }, { value: 1 }, "error", "at", "error", "at"],
  },
  endpointSucceeded: {
    sql: `insert into "webhook_endpoints" ("name", "status", "consecutive_failures", "last_attempt_at", "last_success_at") values (?, ?, ?, ?, ?) on conflict ("name") do update set "consecutive_failures" = ?, "last_attempt_at" = ?, "last_success_at" = ?`,
    params: ["name", { value: "enabled" }, { value: 0 }, "at", "at", { value: 0 }, "at", "at"],
  },
  extendLeases: {
    sql: `update "operations" set "lease_expires_at" = ? where "status" = 'pending' and "lease_owner" = ? and "lease_token" = ?`,
    params: ["expires", "owner", "token"],
  },
  finishDelivery: {
    sql: `update "webhook_deliveries" set "status" = ?, "attempts" = ?, "next_attempt_at" = ?, "last_status_code" = ?, "last_error" = ?, "updated_at" = ?, "lease_owner" = ?, "lease_token" = ?, "lease_expires_at" = ? where "outbox_id" = ? and "endpoint" = ? and "lease_token" = ?`,
    params: ["status", "attempts", "next_attempt_at", "last_status_code", "last_error", "updated_at", { value: null }, { value: null }, { value: null }, "outbox_id", "endpoint", "token"],
  },
  getApiKey: {
    sql: `select * from "api_keys" where "id" = ?`,
    params: ["id"],
  },
  getDomain: {
    sql: `select * from "domains" where "name" = ?`,
    params: ["name"],
  },
  getInFlight: {
    sql: `select * from "operations" where "domain" = ? and "holds_domain" = 1`,
    params: ["domain"],
  },
  getInbound: {
    sql: `select * from "inbound_messages" where "id" = ?`,
    params: ["id"],
  },
  getOperation: {
    sql: `select * from "operations" where "id" = ?`,
    params: ["id"],
  },
  getOperationByKey: {
    sql: `select * from "operations" where "idempotency_key" = ?`,
    params: ["key"],
  },
  getOrder: {
    sql: `select * from "orders" where "id" = ?`,
    params: ["id"],
  },
  getTask: {
    sql: `select * from "manual_tasks" where "id" = ?`,
    params: ["id"],
  },
  getWebhookEndpoint: {
    sql: `select * from "webhook_endpoints" where "name" = ?`,
    params: ["name"],
  },
  insertDelivery: {
    sql: `insert into "webhook_deliveries" ("outbox_id", "endpoint", "status", "attempts", "next_attempt_at", "updated_at") values (?, ?, ?, ?, ?, ?)`,
    params: ["outbox_id", "endpoint", { value: "pending" }, { value: 0 }, "next_attempt_at", "next_attempt_at"],
  },
  insertDomain: {
    sql: `insert into "domains" ("name", "tld", "status", "connector", "plugin_instance", "customer_id", "locked", "expires_at", "nameservers", "last_error", "pending_operation", "created_at", "updated_at", "auto_renew", "cancel_at", "registry", "synced_at", "renewal", "version") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    params: ["name", "tld", "status", "connector", "plugin_instance", "customer_id", "locked", "expires_at", "nameservers", "last_error", "pending_operation", "created_at", "updated_at", "auto_renew", "cancel_at", "registry", "synced_at", "renewal", { value: 0 }],
  },
  insertInbound: {
    sql: `insert into "inbound_messages" ("id", "message_id", "content_hash", "instance", "received_at", "raw", "raw_bytes", "delivery_key", "status", "reason", "operation_id") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing`,
    params: ["id", "message_id", "content_hash", "instance", "received_at", "raw", "raw_bytes", "delivery_key", "status", "reason", "operation_id"],
  },
  insertOrder: {
    sql: `insert into "orders" ("id", "customer_id", "status", "version", "created_at", "updated_at") values (?, ?, ?, ?, ?, ?)`,
    params: ["id", "customer_id", "status", { value: 0 }, "created_at", "updated_at"],
  },
  insertOutbox: {
    sql: `insert into "webhook_outbox" ("id", "type", "payload", "created_at") values (?, ?, ?, ?)`,
    params: ["id", "type", "payload", "created_at"],
  },
  insertTask: {
    sql: `insert into "manual_tasks" ("id", "operation_id", "domain", "operation", "status", "reason", "claimed_by", "result", "version", "created_at", "updated_at") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    params: ["id", "operation_id", "domain", "operation", "status", "reason", "claimed_by", "result", "version", "created_at", "updated_at"],
  },
  leaseDelivery: {
    sql: `update "webhook_deliveries" set "lease_owner" = ?, "lease_token" = ?, "lease_expires_at" = ? where "outbox_id" = ? and "endpoint" = ?`,
    params: ["owner", "token", "expires", "outbox_id", "endpoint"],
  },
  listApiKeys: {
    sql: `select * from "api_keys" order by "created_at", "id"`,
    params: [],
  },
  listWebhookAttempts: {
    sql: `select * from "webhook_attempts" where (? is null or "outbox_id" = ?) and (? is null or "endpoint" = ?) order by "id" limit ?`,
    params: ["outbox_id", "outbox_id", "endpoint", "endpoint", "limit"],
  },
  listWebhookDeliveries: {
    sql: `select "d".*, "o"."type", "o"."created_at" from "webhook_deliveries" as "d" inner join "webhook_outbox" as "o" on "o"."id" = "d"."outbox_id" where (? is null or "d"."outbox_id" = ?) and (? is null or "d"."endpoint" = ?) and (? is null or "d"."status" = ?) order by "d"."outbox_id", "d"."endpoint" limit ?`,
    params: ["outbox_id", "outbox_id", "endpoint", "endpoint", "status", "status", "limit"],
  },
  listWebhookEndpoints: {
    sql: `select * from "webhook_endpoints" order by "name"`,
    params: [],
  },
  pendingByRef: {
    sql: `select * from "operations" where "plugin_instance" = ? and "ref" = ? and "status" = ? order by "id" limit ?`,
    params: ["instance", "ref", "status", { value: 2 }],
  },
  pruneActionLog: {
    sql: `delete from "action_log" where "id" in (select "id" from "action_log" where "at" < ? limit ?)`,
    params: ["before", "limit"],
  },
  pruneInbound: {
    sql: `delete from "inbound_messages" where "id" in (select "id" from "inbound_messages" where "received_at" < ? limit ?)`,
    params: ["before", "limit"],
  },
  putApiKey: {
    sql: `insert into "api_keys" ("id", "name", "scopes", "tenant", "secret_hash", "created_at", "revoked_at", "last_used_at") values (?, ?, ?, ?, ?, ?, ?, ?)`,
    params: ["id", "name", "scopes", "tenant", "secret_hash", "created_at", "revoked_at", "last_used_at"],
  },
  putHost: {
    sql: `insert into "hosts" ("id", "hostname", "pid", "started_at", "heartbeat_at", "stopped_at") values (?, ?, ?, ?, ?, ?) on conflict ("id") do update set "heartbeat_at" = ?, "stopped_at" = ?`,
    params: ["id", "hostname", "pid", "started_at", "heartbeat_at", "stopped_at", "heartbeat_at", "stopped_at"],
  },
  releaseLease: {
    sql: `update "operations" set "lease_owner" = ?, "lease_expires_at" = ?, "lease_token" = ?, "version" = version + 1 where "id" = ? and "lease_owner" = ? and "lease_token" = ?`,
    params: [{ value: null }, { value: null }, { value: null }, "id", "owner", "token"],
  },
  revokeApiKey: {
    sql: `update "api_keys" set "revoked_at" = coalesce(revoked_at, ?) where "id" = ?`,
    params: ["at", "id"],
  },
  stateDelete: {
    sql: `delete from "plugin_state" where "instance" = ? and "key" = ?`,
    params: ["instance", "key"],
  },
  stateGet: {
    sql: `select "value", "expires_at" from "plugin_state" where "instance" = ? and "key" = ?`,
    params: ["instance", "key"],
  },
  stateSet: {
    sql: `insert into "plugin_state" ("instance", "key", "value", "expires_at") values (?, ?, ?, ?) on conflict ("instance", "key") do update set "value" = ?, "expires_at" = ?`,
    params: ["instance", "key", "value", "expires_at", "value", "expires_at"],
  },
  touchApiKey: {
    sql: `update "api_keys" set "last_used_at" = ? where "id" = ? and ("last_used_at" is null or "last_used_at" <= ?)`,
    params: ["at", "id", "notBefore"],
  },
  updateDomain: {
    sql: `update "domains" set "tld" = ?, "status" = ?, "connector" = ?, "plugin_instance" = ?, "customer_id" = ?, "locked" = ?, "expires_at" = ?, "nameservers" = ?, "last_error" = ?, "pending_operation" = ?, "updated_at" = ?, "auto_renew" = ?, "cancel_at" = ?, "registry" = ?, "synced_at" = ?, "renewal" = ?, "version" = version + 1 where "name" = ? and "version" = ?`,
    params: ["tld", "status", "connector", "plugin_instance", "customer_id", "locked", "expires_at", "nameservers", "last_error", "pending_operation", "updated_at", "auto_renew", "cancel_at", "registry", "synced_at", "renewal", "name", "$version"],
  },
  updateOrder: {
    sql: `update "orders" set "status" = ?, "customer_id" = ?, "updated_at" = ?, "version" = version + 1 where "id" = ? and "version" = ?`,
    params: ["status", "customer_id", "updated_at", "id", "$version"],
  },
} as const;
