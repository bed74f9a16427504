// Generated from src/store/statements.ts by scripts/generate-sqlite-statements.mjs: do not edit.
// The fixed statements of the SQLite store as Kysely compiles them; per `?` of the SQL, the name
// of the argument bound there, or a constant of the statement.

export const STATEMENTS = {
  appendLog: {
    sql: `insert into "action_log" ("at", "level", "kind", "message", "domain", "operation_id", "order_id", "plugin_instance", "registrar_code", "duration_ms", "data") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    params: ["at", "level", "kind", "message", "domain", "operation_id", "order_id", "plugin_instance", "registrar_code", "duration_ms", "data"],
  },
  extendLeases: {
    sql: `update "operations" set "lease_expires_at" = ? where "status" = 'pending' and "lease_owner" = ? and "lease_token" = ?`,
    params: ["expires", "owner", "token"],
  },
  getDomain: {
    sql: `select * from "domains" where "name" = ?`,
    params: ["name"],
  },
  getInFlight: {
    sql: `select * from "operations" where "domain" = ? and "holds_domain" = 1`,
    params: ["domain"],
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
  insertDomain: {
    sql: `insert into "domains" ("name", "tld", "status", "connector", "plugin_instance", "customer_id", "locked", "expires_at", "nameservers", "last_error", "pending_operation", "created_at", "updated_at", "version") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    params: ["name", "tld", "status", "connector", "plugin_instance", "customer_id", "locked", "expires_at", "nameservers", "last_error", "pending_operation", "created_at", "updated_at", { value: 0 }],
  },
  insertInbound: {
    sql: `insert into "inbound_messages" ("id", "message_id", "content_hash", "instance", "received_at", "raw", "raw_bytes", "delivery_key", "status", "reason", "operation_id") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing`,
    params: ["id", "message_id", "content_hash", "instance", "received_at", "raw", "raw_bytes", "delivery_key", "status", "reason", "operation_id"],
  },
  insertOrder: {
    sql: `insert into "orders" ("id", "customer_id", "status", "version", "created_at", "updated_at") values (?, ?, ?, ?, ?, ?)`,
    params: ["id", "customer_id", "status", { value: 0 }, "created_at", "updated_at"],
  },
  insertTask: {
    sql: `insert into "manual_tasks" ("id", "operation_id", "domain", "operation", "status", "reason", "claimed_by", "result", "version", "created_at", "updated_at") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    params: ["id", "operation_id", "domain", "operation", "status", "reason", "claimed_by", "result", "version", "created_at", "updated_at"],
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
  putHost: {
    sql: `insert into "hosts" ("id", "hostname", "pid", "started_at", "heartbeat_at", "stopped_at") values (?, ?, ?, ?, ?, ?) on conflict ("id") do update set "heartbeat_at" = ?, "stopped_at" = ?`,
    params: ["id", "hostname", "pid", "started_at", "heartbeat_at", "stopped_at", "heartbeat_at", "stopped_at"],
  },
  releaseLease: {
    sql: `update "operations" set "lease_owner" = ?, "lease_expires_at" = ?, "lease_token" = ?, "version" = version + 1 where "id" = ? and "lease_owner" = ? and "lease_token" = ?`,
    params: [{ value: null }, { value: null }, { value: null }, "id", "owner", "token"],
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
  updateDomain: {
    sql: `update "domains" set "tld" = ?, "status" = ?, "connector" = ?, "plugin_instance" = ?, "customer_id" = ?, "locked" = ?, "expires_at" = ?, "nameservers" = ?, "last_error" = ?, "pending_operation" = ?, "updated_at" = ?, "version" = version + 1 where "name" = ? and "version" = ?`,
    params: ["tld", "status", "connector", "plugin_instance", "customer_id", "locked", "expires_at", "nameservers", "last_error", "pending_operation", "updated_at", "name", "$version"],
  },
  updateOrder: {
    sql: `update "orders" set "status" = ?, "customer_id" = ?, "updated_at" = ?, "version" = version + 1 where "id" = ? and "version" = ?`,
    params: ["status", "customer_id", "updated_at", "id", "$version"],
  },
} as const;
