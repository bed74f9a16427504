import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, sql, type Compilable, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { ActionLogTable, ApiKeysTable, Database, DomainsTable, ManualTasksTable, OperationsTable, WebhookAttemptsTable, WebhookOutboxTable } from './schema.js';
import type { ActionLogQuery, DomainQuery, InboundStatus, OperationQuery, TaskQuery } from './store.js';

// The store's SQL written with Kysely, typed against the schema: the source of truth of the
// statements the SQLite store runs. Never imported at run time (Kysely is 262 modules, a third of
// the host's cold start):
//
// - the fixed statements are compiled at build time by scripts/generate-sqlite-statements.mjs
//   into sqlite-statements.generated.ts (the SQL and the order of its bound parameters), and
//   statements.test.ts fails when that file drifts from what these builders compile to;
// - the dynamic queries (filters, pages, bulk updates) are assembled at run time by queries.ts
//   from fixed fragments; the reference builders below are what they must compile to, checked
//   by statements.test.ts over generated inputs.

/**
 * A named placeholder: Kysely writes the SQL, and the sentinel tells which argument goes where.
 * Any other parameter is a constant of the statement.
 */
const SENTINEL = '\u0000rk:';

function param(name: string): string {
  return `${SENTINEL}${name}`;
}
/** {@link param} for a numeric column (the sentinel is only a placeholder; the number is bound at run time). */
function numParam(name: string): number {
  return param(name) as unknown as number;
}

/** A Kysely that only compiles (SQLite dialect, no connection). */
export function compiler(): Kysely<Database> {
  return new Kysely<Database>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new SqliteIntrospector(db),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
  });
}

const DOMAIN_COLUMNS: (keyof DomainsTable)[] = ['name', 'tld', 'status', 'connector', 'plugin_instance', 'customer_id', 'locked', 'expires_at', 'nameservers', 'last_error', 'pending_operation', 'created_at', 'updated_at', 'auto_renew', 'cancel_at', 'registry', 'synced_at', 'renewal'];
const TASK_COLUMNS: (keyof ManualTasksTable)[] = ['id', 'operation_id', 'domain', 'operation', 'status', 'reason', 'claimed_by', 'result', 'version', 'created_at', 'updated_at'];
const API_KEY_COLUMNS: (keyof ApiKeysTable)[] = ['id', 'name', 'scopes', 'tenant', 'secret_hash', 'created_at', 'revoked_at', 'last_used_at'];
const LOG_COLUMNS = ['at', 'level', 'kind', 'message', 'domain', 'operation_id', 'order_id', 'plugin_instance', 'registrar_code', 'duration_ms', 'data'] as const;

const named = <T>(cols: readonly string[]): T => Object.fromEntries(cols.map((c) => [c, param(c)])) as unknown as T;

/** The fixed statements, by name: each is prepared once and bound by argument name at each call. */
export function fixedStatements(db: Kysely<Database>): Record<string, Compilable> {
  return {
    getDomain: db.selectFrom('domains').selectAll().where('name', '=', param('name')),
    insertDomain: db.insertInto('domains').values({ ...named<DomainsTable>(DOMAIN_COLUMNS), version: 0 }),
    updateDomain: db
      .updateTable('domains')
      .set({ ...named<Partial<DomainsTable>>(DOMAIN_COLUMNS.filter((c) => c !== 'name' && c !== 'created_at')), version: sql<number>`version + 1` })
      .where('name', '=', param('name'))
      .where('version', '=', numParam('$version')),
    getOperation: db.selectFrom('operations').selectAll().where('id', '=', param('id')),
    getOperationByKey: db.selectFrom('operations').selectAll().where('idempotency_key', '=', param('key')),
    // A literal, not a parameter: SQLite only uses the partial index when it can prove the predicate at prepare time.
    getInFlight: db.selectFrom('operations').selectAll().where('domain', '=', param('domain')).where(sql.ref('holds_domain'), '=', sql.lit(1)),
    // Two rows at most: enough to tell one match from an ambiguous one.
    pendingByRef: db
      .selectFrom('operations')
      .selectAll()
      .where('plugin_instance', '=', param('instance'))
      .where('ref', '=', param('ref'))
      .where('status', '=', param('status'))
      .orderBy('id')
      .limit(2),
    extendLeases: db
      .updateTable('operations')
      .set({ lease_expires_at: numParam('expires') })
      .where(sql.ref('status'), '=', sql.lit('pending'))
      .where('lease_owner', '=', param('owner'))
      .where('lease_token', '=', param('token')),
    releaseLease: db
      .updateTable('operations')
      .set({ lease_owner: null, lease_expires_at: null, lease_token: null, version: sql<number>`version + 1` })
      .where('id', '=', param('id'))
      .where('lease_owner', '=', param('owner'))
      .where('lease_token', '=', param('token')),
    insertInbound: db
      .insertInto('inbound_messages')
      .values({
        id: param('id'),
        message_id: param('message_id'),
        content_hash: param('content_hash'),
        instance: param('instance'),
        received_at: numParam('received_at'),
        raw: param('raw'),
        raw_bytes: param('raw_bytes') as unknown as Buffer,
        delivery_key: param('delivery_key'),
        status: param('status'),
        reason: param('reason'),
        operation_id: param('operation_id'),
      })
      // Any unique key: the content hash, the (instance, delivery key) pair, or the id.
      .onConflict((oc) => oc.doNothing()),
    getInbound: db.selectFrom('inbound_messages').selectAll().where('id', '=', param('id')),
    getOrder: db.selectFrom('orders').selectAll().where('id', '=', param('id')),
    insertOrder: db.insertInto('orders').values({ id: param('id'), customer_id: param('customer_id'), status: param('status'), version: 0, created_at: numParam('created_at'), updated_at: numParam('updated_at') }),
    updateOrder: db
      .updateTable('orders')
      .set({ status: param('status'), customer_id: param('customer_id'), updated_at: numParam('updated_at'), version: sql<number>`version + 1` })
      .where('id', '=', param('id'))
      .where('version', '=', numParam('$version')),
    insertTask: db.insertInto('manual_tasks').values(named<ManualTasksTable>(TASK_COLUMNS)),
    getTask: db.selectFrom('manual_tasks').selectAll().where('id', '=', param('id')),
    appendLog: db.insertInto('action_log').values(named<Omit<ActionLogTable, 'id'>>(LOG_COLUMNS)),
    putHost: db
      .insertInto('hosts')
      .values({ id: param('id'), hostname: param('hostname'), pid: numParam('pid'), started_at: numParam('started_at'), heartbeat_at: numParam('heartbeat_at'), stopped_at: numParam('stopped_at') })
      .onConflict((oc) => oc.column('id').doUpdateSet({ heartbeat_at: numParam('heartbeat_at'), stopped_at: numParam('stopped_at') })),
    stateGet: db.selectFrom('plugin_state').select(['value', 'expires_at']).where('instance', '=', param('instance')).where('key', '=', param('key')),
    stateSet: db
      .insertInto('plugin_state')
      .values({ instance: param('instance'), key: param('key'), value: param('value'), expires_at: numParam('expires_at') })
      .onConflict((oc) => oc.columns(['instance', 'key']).doUpdateSet({ value: param('value'), expires_at: numParam('expires_at') })),
    stateDelete: db.deleteFrom('plugin_state').where('instance', '=', param('instance')).where('key', '=', param('key')),
    putApiKey: db.insertInto('api_keys').values(named<ApiKeysTable>(API_KEY_COLUMNS)),
    getApiKey: db.selectFrom('api_keys').selectAll().where('id', '=', param('id')),
    listApiKeys: db.selectFrom('api_keys').selectAll().orderBy('created_at').orderBy('id'),
    // The first revocation time stays: revoking twice is not a second event.
    revokeApiKey: db
      .updateTable('api_keys')
      .set({ revoked_at: sql<number>`coalesce(revoked_at, ${numParam('at')})` })
      .where('id', '=', param('id')),
    // At most one write per key per interval, whichever process (or host) sees the use.
    touchApiKey: db
      .updateTable('api_keys')
      .set({ last_used_at: numParam('at') })
      .where('id', '=', param('id'))
      .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<=', numParam('notBefore'))])),
    ...outboxStatements(db),
    // Retention, a chunk at a time (each chunk its own short write transaction).
    pruneActionLog: db.deleteFrom('action_log').where('id', 'in', db.selectFrom('action_log').select('id').where('at', '<', numParam('before')).limit(numParam('limit'))),
    pruneInbound: db
      .deleteFrom('inbound_messages')
      .where('id', 'in', db.selectFrom('inbound_messages').select('id').where('received_at', '<', numParam('before')).limit(numParam('limit'))),
  };
}

/** `? is null or <column> = ?`: an optional filter of a fixed statement (the argument bound twice). */
function optionalFilter(column: string, name: string): Expression<SqlBool> {
  return sql<SqlBool>`(${param(name)} is null or ${sql.ref(column)} = ${param(name)})`;
}

/**
 * The outbound webhook statements (0007_outbox): the outbox and its deliveries (written in the
 * engine's transaction), the claim of due deliveries, an attempt's record, the endpoints' health.
 */
function outboxStatements(db: Kysely<Database>): Record<string, Compilable> {
  return {
    insertOutbox: db.insertInto('webhook_outbox').values(named<WebhookOutboxTable>(['id', 'type', 'payload', 'created_at'])),
    insertDelivery: db.insertInto('webhook_deliveries').values({
      outbox_id: param('outbox_id'),
      endpoint: param('endpoint'),
      status: 'pending',
      attempts: 0,
      next_attempt_at: numParam('next_attempt_at'),
      updated_at: numParam('next_attempt_at'),
    }),
    // A literal status, not a parameter: SQLite only uses the partial index when it can prove it at prepare time.
    dueDeliveries: db
      .selectFrom('webhook_deliveries as d')
      .innerJoin('webhook_outbox as o', 'o.id', 'd.outbox_id')
      .select(['d.outbox_id', 'd.endpoint', 'd.attempts', 'o.type', 'o.payload', 'o.created_at'])
      .where(sql.ref('d.status'), '=', sql.lit('pending'))
      .where('d.next_attempt_at', '<=', numParam('now'))
      .where((eb) => eb.or([eb('d.lease_expires_at', 'is', null), eb('d.lease_expires_at', '<', numParam('now'))]))
      .where((eb) => eb.not(eb.exists(eb.selectFrom('webhook_endpoints as e').select('e.name').whereRef('e.name', '=', 'd.endpoint').where(sql.ref('e.status'), '=', sql.lit('disabled')))))
      .orderBy('d.next_attempt_at')
      .limit(numParam('limit')),
    leaseDelivery: db
      .updateTable('webhook_deliveries')
      .set({ lease_owner: param('owner'), lease_token: param('token'), lease_expires_at: numParam('expires') })
      .where('outbox_id', '=', param('outbox_id'))
      .where('endpoint', '=', param('endpoint')),
    // Fenced by the claim's token: a worker whose lease expired and was taken over writes nothing.
    finishDelivery: db
      .updateTable('webhook_deliveries')
      .set({
        status: param('status'),
        attempts: numParam('attempts'),
        next_attempt_at: numParam('next_attempt_at'),
        last_status_code: numParam('last_status_code'),
        last_error: param('last_error'),
        updated_at: numParam('updated_at'),
        lease_owner: null,
        lease_token: null,
        lease_expires_at: null,
      })
      .where('outbox_id', '=', param('outbox_id'))
      .where('endpoint', '=', param('endpoint'))
      .where('lease_token', '=', param('token')),
    appendWebhookAttempt: db.insertInto('webhook_attempts').values(named<Omit<WebhookAttemptsTable, 'id'>>(['outbox_id', 'endpoint', 'attempt', 'at', 'status_code', 'duration_ms', 'error'])),
    endpointSucceeded: db
      .insertInto('webhook_endpoints')
      .values({ name: param('name'), status: 'enabled', consecutive_failures: 0, last_attempt_at: numParam('at'), last_success_at: numParam('at') })
      .onConflict((oc) => oc.column('name').doUpdateSet({ consecutive_failures: 0, last_attempt_at: numParam('at'), last_success_at: numParam('at') })),
    // One statement: two hosts failing at once both count.
    endpointFailed: db
      .insertInto('webhook_endpoints')
      .values({ name: param('name'), status: 'enabled', consecutive_failures: 1, last_error: param('error'), last_attempt_at: numParam('at') })
      .onConflict((oc) =>
        oc.column('name').doUpdateSet({ consecutive_failures: sql<number>`"webhook_endpoints"."consecutive_failures" + 1`, last_error: param('error'), last_attempt_at: numParam('at') }),
      ),
    disableEndpoint: db
      .updateTable('webhook_endpoints')
      .set({ status: 'disabled', disabled_reason: param('reason'), disabled_at: numParam('at') })
      .where('name', '=', param('name'))
      .where(sql.ref('status'), '=', sql.lit('enabled'))
      .where('consecutive_failures', '>=', numParam('threshold')),
    enableEndpoint: db
      .updateTable('webhook_endpoints')
      .set({ status: 'enabled', consecutive_failures: 0, disabled_reason: null, disabled_at: null })
      .where('name', '=', param('name')),
    getWebhookEndpoint: db.selectFrom('webhook_endpoints').selectAll().where('name', '=', param('name')),
    listWebhookEndpoints: db.selectFrom('webhook_endpoints').selectAll().orderBy('name'),
    // Optional filters as `? is null or column = ?` keep this one prepared statement (an operator's read, not a hot path); limit -1 is none.
    listWebhookDeliveries: db
      .selectFrom('webhook_deliveries as d')
      .innerJoin('webhook_outbox as o', 'o.id', 'd.outbox_id')
      .selectAll('d')
      .select(['o.type', 'o.created_at'])
      .where(optionalFilter('d.outbox_id', 'outbox_id'))
      .where(optionalFilter('d.endpoint', 'endpoint'))
      .where(optionalFilter('d.status', 'status'))
      .orderBy('d.outbox_id')
      .orderBy('d.endpoint')
      .limit(numParam('limit')),
    listWebhookAttempts: db
      .selectFrom('webhook_attempts')
      .selectAll()
      .where(optionalFilter('outbox_id', 'outbox_id'))
      .where(optionalFilter('endpoint', 'endpoint'))
      .orderBy('id')
      .limit(numParam('limit')),
  };
}

/** A fixed statement compiled: its SQL, and per `?` the argument's name or a constant. */
export interface CompiledStatement {
  sql: string;
  params: (string | { value: unknown })[];
}

export function compileStatement(query: Compilable): CompiledStatement {
  const compiled = query.compile();
  return {
    sql: compiled.sql,
    params: compiled.parameters.map((v) => (typeof v === 'string' && v.startsWith(SENTINEL) ? v.slice(SENTINEL.length) : { value: v })),
  };
}

/** Every fixed statement compiled, by name (what sqlite-statements.generated.ts holds). */
export function compileFixedStatements(): Record<string, CompiledStatement> {
  return Object.fromEntries(Object.entries(fixedStatements(compiler())).map(([name, query]) => [name, compileStatement(query)]));
}

// --- reference builders of the statements assembled at run time (queries.ts) --------------------

/** An operation insert naming `columns` (one statement per set of columns the engine writes). */
export function insertOperation(db: Kysely<Database>, columns: readonly string[]): Compilable {
  return db.insertInto('operations').values(named<OperationsTable>(columns));
}

/** An operation update of `columns`, by `$id`, checked against `$version` when `checked`. */
export function updateOperation(db: Kysely<Database>, columns: readonly string[], checked: boolean): Compilable {
  const q = db
    .updateTable('operations')
    .set({ ...named<Partial<OperationsTable>>(columns), version: sql<number>`version + 1` })
    .where('id', '=', param('$id'));
  return checked ? q.where('version', '=', numParam('$version')) : q;
}

export function pageDomains(db: Kysely<Database>, query: DomainQuery, after: string | undefined): Compilable {
  let q = db.selectFrom('domains').selectAll().orderBy('name');
  if (query.status !== undefined) q = q.where('status', 'in', Array.isArray(query.status) ? query.status : [query.status]);
  if (query.pluginInstance !== undefined) q = q.where('plugin_instance', '=', query.pluginInstance);
  if (query.customerId !== undefined) q = q.where('customer_id', '=', query.customerId);
  // The search text is matched literally: its own % _ \ are escaped, and SQLite is told the escape.
  if (query.text !== undefined) q = q.where(sql<boolean>`${sql.ref('name')} like ${`%${query.text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`} escape '\\'`);
  if (after !== undefined) q = q.where('name', '>', after);
  if (query.limit !== undefined) q = q.limit(query.limit + 1);
  return q;
}

export function pageOperations(db: Kysely<Database>, q: OperationQuery, after: readonly [number, string] | undefined): Compilable {
  const desc = q.order === 'desc';
  let query = db
    .selectFrom('operations')
    .selectAll()
    .orderBy('created_at', desc ? 'desc' : 'asc')
    .orderBy('id', desc ? 'desc' : 'asc');
  if (q.domain !== undefined) query = query.where('domain', '=', q.domain);
  if (q.orderId !== undefined) query = query.where('order_id', '=', q.orderId);
  if (q.pluginInstance !== undefined) query = query.where('plugin_instance', '=', q.pluginInstance);
  if (q.operation !== undefined) query = query.where('operation', '=', q.operation);
  if (q.customerId !== undefined) query = query.where('customer_id', '=', q.customerId);
  if (q.status !== undefined) query = query.where('status', 'in', Array.isArray(q.status) ? q.status : [q.status]);
  if (q.since !== undefined) query = query.where('created_at', '>=', q.since.getTime());
  if (after !== undefined) {
    const [at, id] = after;
    query = query.where((eb) => eb.or([eb('created_at', desc ? '<' : '>', at), eb.and([eb('created_at', '=', at), eb('id', desc ? '<' : '>', id)])]));
  }
  if (q.limit !== undefined) query = query.limit(q.limit + 1);
  return query;
}

export function pageLog(db: Kysely<Database>, q: ActionLogQuery, after: number | undefined): Compilable {
  const desc = q.order === 'desc';
  let query = db.selectFrom('action_log').selectAll().orderBy('id', desc ? 'desc' : 'asc');
  if (q.domain !== undefined) query = query.where('domain', '=', q.domain);
  if (q.operationId !== undefined) query = query.where('operation_id', '=', q.operationId);
  if (q.orderId !== undefined) query = query.where('order_id', '=', q.orderId);
  if (q.kind !== undefined) query = query.where('kind', '=', q.kind);
  if (q.customerId !== undefined) query = query.where(logOfCustomer(db, q.customerId));
  if (q.level !== undefined) query = query.where('level', 'in', Array.isArray(q.level) ? q.level : [q.level]);
  if (q.since !== undefined) query = query.where('at', '>=', q.since.getTime());
  if (q.until !== undefined) query = query.where('at', '<=', q.until.getTime());
  if (after !== undefined) query = query.where('id', desc ? '<' : '>', after);
  if (q.limit !== undefined) query = query.limit(q.limit + 1);
  return query;
}

/** The Action Log entries of a customer: by operation, else by order, else by domain (see ActionLogQuery.customerId). */
export function logOfCustomer(db: Kysely<Database>, customerId: string): (eb: ExpressionBuilder<Database, 'action_log'>) => Expression<SqlBool> {
  return (eb) =>
    eb.or([
      eb('operation_id', 'in', db.selectFrom('operations').select('id').where('customer_id', '=', customerId)),
      eb.and([
        eb('operation_id', 'is', null),
        eb.or([
          eb('order_id', 'in', db.selectFrom('orders').select('id').where('customer_id', '=', customerId)),
          eb.and([eb('order_id', 'is', null), eb('domain', 'in', db.selectFrom('domains').select('name').where('customer_id', '=', customerId))]),
        ]),
      ]),
    ]);
}

export function claimDue(db: Kysely<Database>, t: number, limit: number): Compilable {
  return (
    db
      .selectFrom('operations')
      .select(['id', 'operation', 'domain', 'plugin_instance', 'customer_id', 'ref', 'await_kind', 'step', 'pending_data', 'poll_attempts', 'submitted_at', 'created_at'])
      // A literal, not a parameter: SQLite only uses the partial index `operations_due`
      // when it can prove `status = 'pending'` at prepare time.
      .where(sql.ref('status'), '=', sql.lit('pending'))
      .where('next_check_at', '<=', t)
      .where((eb) => eb.or([eb('lease_expires_at', 'is', null), eb('lease_expires_at', '<', t)]))
      .orderBy('next_check_at')
      .limit(limit)
  );
}

/** The sync sweep's due domains (see Store.claimSync), oldest due first (never synced first: SQLite sorts null first). */
export function claimSync(db: Kysely<Database>, c: { instance: string; t: number; limit: number; expiringBefore?: string | undefined; domain?: string | undefined; next?: number | undefined; leaseMs?: number | undefined }): Compilable {
  let q = db
    .selectFrom('domains')
    .selectAll()
    .where('plugin_instance', '=', c.instance)
    .where(sql.ref('status'), 'in', sql`('registered', 'expired')`)
    .where('pending_operation', 'is', null);
  if (c.domain === undefined) q = q.where((eb) => eb.or([eb('sync_due_at', 'is', null), eb('sync_due_at', '<=', c.t)]));
  else {
    q = q.where('name', '=', c.domain);
    const { next, leaseMs } = c;
    if (leaseMs !== undefined && next !== undefined) q = q.where((eb) => eb.or([eb('sync_due_at', 'is', null), eb('sync_due_at', '<=', next - leaseMs), eb('synced_at', '>=', sql<number>`${sql.ref('sync_due_at')} - ${next - c.t}`)]));
  }
  if (c.expiringBefore !== undefined) q = q.where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '<', c.expiringBefore!)]));
  return q.orderBy('sync_due_at').limit(c.limit);
}

export function syncClaimed(db: Kysely<Database>, next: number, names: readonly string[]): Compilable {
  return db.updateTable('domains').set({ sync_due_at: next }).where('name', 'in', names);
}

/** The follow-up sweep's due rows (see Store.claimFollowUps), oldest due first. */
export function claimFollowUps(db: Kysely<Database>, c: { t: number; limit: number; operationId?: string | undefined }): Compilable {
  // Literals, not parameters: SQLite uses the partial index `operations_follow_up` only when it
  // can prove its conditions at prepare time.
  let q = db
    .selectFrom('operations')
    .selectAll()
    .where(sql.ref('status'), '=', sql.lit('done'))
    .where(sql.ref('operation'), 'in', sql`('register', 'transfer', 'renew')`)
    .where('follow_up_due_at', '<=', c.t);
  if (c.operationId !== undefined) q = q.where('id', '=', c.operationId);
  return q.orderBy('follow_up_due_at').limit(c.limit);
}

export function followUpsClaimed(db: Kysely<Database>, next: number, ids: readonly string[]): Compilable {
  return db.updateTable('operations').set({ follow_up_due_at: next }).where('id', 'in', ids);
}

export function settleFollowUps(db: Kysely<Database>, id: string, claimedUntil: number, due: number | null): Compilable {
  return db.updateTable('operations').set({ follow_up_due_at: due }).where('id', '=', id).where('follow_up_due_at', '=', claimedUntil);
}

export function leaseClaimed(db: Kysely<Database>, owner: string, token: string, expires: number, ids: readonly string[]): Compilable {
  return db
    .updateTable('operations')
    .set({ lease_owner: owner, lease_token: token, lease_expires_at: expires, version: sql<number>`version + 1` })
    .where('id', 'in', ids);
}

export function reschedule(db: Kysely<Database>, ids: readonly string[], owner: string, token: string, next: number, t: number): Compilable {
  return db
    .updateTable('operations')
    .set({ next_check_at: next, poll_attempts: sql<number>`poll_attempts + 1`, lease_owner: null, lease_expires_at: null, lease_token: null, updated_at: t, version: sql<number>`version + 1` })
    .where('id', 'in', ids)
    .where('lease_owner', '=', owner)
    .where('lease_token', '=', token);
}

export function updateInbound(db: Kysely<Database>, id: string, set: Record<string, string | null>, expectedStatus?: InboundStatus): Compilable {
  const q = db.updateTable('inbound_messages').set(set).where('id', '=', id);
  return expectedStatus === undefined ? q : q.where('status', '=', expectedStatus);
}

export function listInbound(db: Kysely<Database>, filter: { status?: InboundStatus; instance?: string }): Compilable {
  let q = db.selectFrom('inbound_messages').selectAll().orderBy('received_at').orderBy('id');
  if (filter.status !== undefined) q = q.where('status', '=', filter.status);
  if (filter.instance !== undefined) q = q.where('instance', '=', filter.instance);
  return q;
}

export function updateTask(db: Kysely<Database>, id: string, set: Partial<ManualTasksTable>, expectedVersion: number | undefined): Compilable {
  let q = db
    .updateTable('manual_tasks')
    .set({ ...set, version: sql<number>`version + 1` })
    .where('id', '=', id);
  if (expectedVersion !== undefined) q = q.where('version', '=', expectedVersion);
  return q;
}

export function listTasks(db: Kysely<Database>, filter: TaskQuery): Compilable {
  let q = db.selectFrom('manual_tasks').selectAll().orderBy('created_at').orderBy('id');
  if (filter.status !== undefined) q = q.where('status', 'in', Array.isArray(filter.status) ? filter.status : [filter.status]);
  if (filter.domain !== undefined) q = q.where('domain', '=', filter.domain);
  if (filter.operationId !== undefined) q = q.where('operation_id', '=', filter.operationId);
  if (filter.customerId !== undefined) q = q.where('operation_id', 'in', db.selectFrom('operations').select('id').where('customer_id', '=', filter.customerId));
  return q;
}

export function listHosts(db: Kysely<Database>): Compilable {
  return db.selectFrom('hosts').selectAll().orderBy('started_at');
}
