import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql, type Migration, type MigrationProvider } from 'kysely';
import type { MigrationName } from './migration-state.js';
import type { Database } from './schema.js';

// Versioned migrations, applied in name order. Never edit a released migration: add a new one
// (and its name to MIGRATION_NAMES in migration-state.ts: this record's type requires both).
//
// This module loads Kysely: the store imports it only when a file has migrations pending
// (migrationsUpToDate in migration-state.ts tells without Kysely).
const migrations: Record<MigrationName, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('domains')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('tld', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('connector', 'text')
        .addColumn('plugin_instance', 'text')
        .addColumn('customer_id', 'text')
        .addColumn('locked', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('expires_at', 'text')
        .addColumn('nameservers', 'text')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('operations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
        .addColumn('payload_hash', 'text', (c) => c.notNull())
        .addColumn('operation', 'text', (c) => c.notNull())
        .addColumn('domain', 'text', (c) => c.notNull())
        .addColumn('connector', 'text')
        .addColumn('plugin_instance', 'text')
        .addColumn('order_id', 'text')
        .addColumn('customer_id', 'text')
        .addColumn('mode', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('input', 'text', (c) => c.notNull())
        .addColumn('result', 'text')
        .addColumn('error', 'text')
        .addColumn('ref', 'text')
        .addColumn('await_kind', 'text')
        .addColumn('step', 'text')
        .addColumn('pending_data', 'text')
        .addColumn('next_check_at', 'bigint')
        .addColumn('lease_owner', 'text')
        .addColumn('lease_expires_at', 'bigint')
        .addColumn('poll_attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('submitted_at', 'bigint')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('operations_domain').on('operations').columns(['domain', 'created_at']).execute();
      await db.schema.createIndex('operations_order').on('operations').column('order_id').execute();
      // The tracker's claim query: due pending operations, oldest first.
      await db.schema.createIndex('operations_due').on('operations').columns(['status', 'next_check_at']).execute();
      await db.schema.createIndex('operations_ref').on('operations').columns(['plugin_instance', 'ref']).execute();
      await db.schema
        .createTable('orders')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('customer_id', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('manual_tasks')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('operation_id', 'text', (c) => c.notNull())
        .addColumn('domain', 'text', (c) => c.notNull())
        .addColumn('operation', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('claimed_by', 'text')
        .addColumn('result', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('manual_tasks_status').on('manual_tasks').column('status').execute();
      await db.schema
        .createTable('action_log')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('domain', 'text')
        .addColumn('operation_id', 'text')
        .addColumn('order_id', 'text')
        .addColumn('plugin_instance', 'text')
        .addColumn('registrar_code', 'text')
        .addColumn('duration_ms', 'real')
        .addColumn('data', 'text')
        .execute();
      await db.schema.createIndex('action_log_domain').on('action_log').columns(['domain', 'at']).execute();
      await db.schema.createIndex('action_log_operation').on('action_log').column('operation_id').execute();
      await db.schema.createIndex('action_log_at').on('action_log').column('at').execute();
      await db.schema
        .createTable('plugin_state')
        .addColumn('instance', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'bigint')
        .addPrimaryKeyConstraint('plugin_state_pk', ['instance', 'key'])
        .execute();
      await db.schema
        .createTable('inbound_messages')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull().unique())
        .addColumn('instance', 'text')
        .addColumn('received_at', 'bigint', (c) => c.notNull())
        .addColumn('raw', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('operation_id', 'text')
        .execute();
      await sql`select 1`.execute(db);
    },
  },
  // Partial indexes: an index row is written only for the rows a query can look for, so a
  // routed operation (no order, no ref, not pending) maintains three fewer indexes per insert and
  // update. Queries match them by `column = ?` (implies IS NOT NULL) or the literal status.
  '0002_partial_indexes': {
    async up(db: Kysely<unknown>): Promise<void> {
      for (const name of ['operations_due', 'operations_ref', 'operations_order', 'action_log_operation', 'action_log_domain']) {
        await db.schema.dropIndex(name).ifExists().execute();
      }
      await db.schema.createIndex('operations_due').on('operations').columns(['next_check_at']).where(sql.ref('status'), '=', sql.lit('pending')).execute();
      await db.schema.createIndex('operations_ref').on('operations').columns(['plugin_instance', 'ref']).where(sql.ref('ref'), 'is not', null).execute();
      await db.schema.createIndex('operations_order').on('operations').column('order_id').where(sql.ref('order_id'), 'is not', null).execute();
      await db.schema.createIndex('action_log_operation').on('action_log').column('operation_id').where(sql.ref('operation_id'), 'is not', null).execute();
      await db.schema.createIndex('action_log_domain').on('action_log').columns(['domain', 'at']).where(sql.ref('domain'), 'is not', null).execute();
    },
  },
  // The engine (issue 14): row versions for compare-and-set, fencing tokens on leases, one
  // operation in flight per domain (enforced by a partial unique index, so two hosts on one store
  // cannot both start work on a domain), host heartbeats, and the domain's status reduced to what
  // the registry knows: a renewal or a name-server change no longer moves a registered domain.
  '0003_engine': {
    async up(db: Kysely<unknown>): Promise<void> {
      for (const table of ['domains', 'operations', 'orders', 'manual_tasks']) {
        await db.schema.alterTable(table).addColumn('version', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      }
      await db.schema.alterTable('domains').addColumn('pending_operation', 'text').execute();
      await db.schema.alterTable('operations').addColumn('lease_token', 'text').execute();
      await db.schema.alterTable('operations').addColumn('holds_domain', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      // The newest unfinished, non-read-only operation of each domain holds it.
      await sql`
        update operations set holds_domain = 1 where id in (
          select id from (
            select id, row_number() over (partition by domain order by created_at desc, id desc) as rn
            from operations
            where status in ('awaiting-payment', 'submitting', 'pending', 'awaiting-manual')
              and operation not in ('info', 'checkAvailability')
          ) as ranked where rn = 1
        )`.execute(db);
      await sql`update domains set pending_operation = (select o.id from operations o where o.domain = domains.name and o.holds_domain = 1)`.execute(db);
      await sql`
        update domains set status = 'registered'
        where status = 'awaiting-manual'
          and (pending_operation is null
               or (select o.operation from operations o where o.id = domains.pending_operation) not in ('register', 'transfer'))
          and exists (select 1 from operations o where o.domain = domains.name and o.operation in ('register', 'transfer') and o.status = 'done')`.execute(db);
      await db.schema.createIndex('operations_in_flight').on('operations').column('domain').unique().where(sql.ref('holds_domain'), '=', sql.lit(1)).execute();
      await db.schema.createIndex('manual_tasks_operation').on('manual_tasks').column('operation_id').execute();
      await db.schema
        .createTable('hosts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('hostname', 'text', (c) => c.notNull())
        .addColumn('pid', 'integer', (c) => c.notNull())
        .addColumn('started_at', 'bigint', (c) => c.notNull())
        .addColumn('heartbeat_at', 'bigint', (c) => c.notNull())
        .addColumn('stopped_at', 'bigint')
        .execute();
      // Cursor pagination of the read paths: (created_at, id) and (name) orders are index scans.
      await db.schema.createIndex('operations_created').on('operations').columns(['created_at', 'id']).execute();
      await db.schema.createIndex('domains_status').on('domains').columns(['status', 'name']).execute();
    },
  },
  // Inbound (issue 15). The raw message as bytes: an 8-bit mail (koi8-r) decoded to text is not
  // the message that arrived. And one row per Message-ID (mail) or delivery id (webhook) per
  // instance, beside one per content hash: copies of a reply that differ only in a `Received`
  // header are one message. Rows kept before keep their text in `raw`; the first row of each
  // (instance, message id) takes the key, so a later copy of an old message is a duplicate too.
  // (The number follows PostgreSQL's 0004, a migration of that dialect alone.)
  '0005_inbound_dedupe': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('inbound_messages').addColumn('raw_bytes', 'blob').execute();
      await db.schema.alterTable('inbound_messages').addColumn('delivery_key', 'text').execute();
      await sql`
        update inbound_messages set delivery_key = message_id where id in (
          select id from (
            select id, row_number() over (partition by instance, message_id order by received_at, id) as rn
            from inbound_messages where instance is not null
          ) as ranked where rn = 1
        )`.execute(db);
      await db.schema.createIndex('inbound_messages_delivery').on('inbound_messages').columns(['instance', 'delivery_key']).unique().execute();
    },
  },
  // API keys of the HTTP server (issue 17): the secret's SHA-256 only. And the tenant filters'
  // indexes: a customer's operations newest first, and its domains by name (partial: rows without
  // a customer, the embedded case, cost nothing; `customer_id = ?` implies IS NOT NULL).
  '0006_api_keys': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('api_keys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text')
        .addColumn('scopes', 'text', (c) => c.notNull())
        .addColumn('tenant', 'text')
        .addColumn('secret_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('revoked_at', 'bigint')
        .addColumn('last_used_at', 'bigint')
        .execute();
      await db.schema.createIndex('operations_customer').on('operations').columns(['customer_id', 'created_at', 'id']).where(sql.ref('customer_id'), 'is not', null).execute();
      await db.schema.createIndex('domains_customer').on('domains').columns(['customer_id', 'name']).where(sql.ref('customer_id'), 'is not', null).execute();
    },
  },
  // Outbound webhooks (issue 17): events written to the outbox in the transaction of the state
  // change that emitted them, one delivery per subscribed endpoint (claimed with a lease), the
  // delivery log, and each endpoint's health (disabled after repeated failure, with the reason).
  '0007_outbox': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('webhook_outbox')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('webhook_deliveries')
        .addColumn('outbox_id', 'text', (c) => c.notNull())
        .addColumn('endpoint', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
        .addColumn('lease_owner', 'text')
        .addColumn('lease_token', 'text')
        .addColumn('lease_expires_at', 'bigint')
        .addColumn('last_status_code', 'integer')
        .addColumn('last_error', 'text')
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('webhook_deliveries_pk', ['outbox_id', 'endpoint'])
        .execute();
      await db.schema.createIndex('webhook_deliveries_due').on('webhook_deliveries').column('next_attempt_at').where(sql.ref('status'), '=', sql.lit('pending')).execute();
      await db.schema
        .createTable('webhook_attempts')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('outbox_id', 'text', (c) => c.notNull())
        .addColumn('endpoint', 'text', (c) => c.notNull())
        .addColumn('attempt', 'integer', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('status_code', 'integer')
        .addColumn('duration_ms', 'real', (c) => c.notNull())
        .addColumn('error', 'text')
        .execute();
      await db.schema.createIndex('webhook_attempts_outbox').on('webhook_attempts').column('outbox_id').execute();
      await db.schema
        .createTable('webhook_endpoints')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('disabled_reason', 'text')
        .addColumn('disabled_at', 'bigint')
        .addColumn('last_error', 'text')
        .addColumn('last_attempt_at', 'bigint')
        .addColumn('last_success_at', 'bigint')
        .execute();
    },
  },
  // The domain's life (issue 19): the renewal policy per domain, a cancellation at expiry, what
  // the registry said at the last sync, the scheduled renewal's state, and the sync sweep's due
  // time (moved forward by each claim, which is the sweep's lease) with its index.
  '0008_domain_life': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('domains').addColumn('auto_renew', 'integer').execute();
      await db.schema.alterTable('domains').addColumn('cancel_at', 'text').execute();
      await db.schema.alterTable('domains').addColumn('registry', 'text').execute();
      await db.schema.alterTable('domains').addColumn('synced_at', 'bigint').execute();
      await db.schema.alterTable('domains').addColumn('renewal', 'text').execute();
      await db.schema.alterTable('domains').addColumn('sync_due_at', 'bigint').execute();
      await db.schema.createIndex('domains_sync_due').on('domains').columns(['plugin_instance', 'sync_due_at']).execute();
    },
  },
  // The TLD catalogue (issue 19): what each plugin instance's listTlds reported, replaced whole by
  // every `host.catalogue.sync`.
  '0009_catalogue': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('tld_catalogue')
        .addColumn('plugin_instance', 'text', (c) => c.notNull())
        .addColumn('tld', 'text', (c) => c.notNull())
        .addColumn('register_periods', 'text')
        .addColumn('renew_periods', 'text')
        .addColumn('prices', 'text', (c) => c.notNull())
        .addColumn('synced_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('tld_catalogue_pk', ['plugin_instance', 'tld'])
        .execute();
    },
  },
  // Console sessions of the HTTP server (issue 18): the SHA-256 of the cookie's token, its key, its
  // CSRF token. In the store so that every host on one database knows every session.
  '0010_console_sessions': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('console_sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('key_id', 'text', (c) => c.notNull())
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('console_sessions_key').on('console_sessions').columns(['key_id', 'created_at']).execute();
    },
  },
  // Follow-ups that survive a crash (issue 19 follow-up): what a completed register, transfer or
  // renew still owes (the registrar lock asked for, an `info` for a missing expiry) is due from
  // the moment its row is done — new rows start at 0 — until the follow-up sweep settles it
  // (null). Rows done before this version were followed up by the host of their time, except a
  // requested lock that never went out: it stays due, so the first sweep sends it.
  '0012_follow_ups': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('operations').addColumn('follow_up_due_at', 'bigint', (c) => c.defaultTo(0)).execute();
      await sql`
        update operations set follow_up_due_at = null
        where status = 'done'
          and not (operation in ('register', 'transfer')
                   and coalesce(json_extract(input, '$.registrarLock') = 1, 0)
                   and not exists (select 1 from operations f where f.idempotency_key = operations.id || ':registrarLock'))`.execute(db);
      // The sweep's claim: only completed acquisitions and renewals with follow-ups due.
      await sql`create index operations_follow_up on operations (follow_up_due_at) where status = 'done' and operation in ('register', 'transfer', 'renew') and follow_up_due_at is not null`.execute(db);
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};

export const LATEST_MIGRATION = Object.keys(migrations).sort().at(-1) ?? '';

/**
 * Applies pending migrations with Kysely's Migrator (its tables: `kysely_migration`,
 * `kysely_migration_lock`). Resolves to the Migrator's error, or undefined.
 */
export async function migrateToLatest(raw: BetterSqlite3.Database): Promise<unknown> {
  // Not destroyed afterwards: that would close the connection, which the store keeps.
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  const { error } = await new Migrator({ db: kysely, provider: migrationProvider }).migrateToLatest();
  return error;
}
