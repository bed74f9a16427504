import type { Selectable } from 'kysely';
import type { Database, InboundMessagesTable, ManualTasksTable, OperationsTable } from './schema.js';
import type { ActionLogQuery, DomainQuery, InboundStatus, OperationQuery, TaskQuery } from './store.js';

// The store's dynamic statements (filters, pages, bulk updates, per-column-set operation writes),
// assembled at run time from fixed fragments without Kysely: column and table names are the
// schema's own (typed against schema.ts, never taken from input), every value is a bound
// parameter. Each builder compiles to exactly what its Kysely reference in statements.ts compiles
// to (statements.test.ts checks it over generated inputs), so the SQL stays the one Kysely writes.

export interface Query {
  readonly sql: string;
  readonly parameters: unknown[];
}

type Table = Extract<keyof Database, string>;
/** A table's row as read (an auto-increment id is a plain number). */
type Row<N extends Table> = Selectable<Database[N]>;
type Column<T> = Extract<keyof T, string>;
type Comparison = '=' | '<' | '>' | '<=' | '>=' | 'like';

/** An identifier quoted as Kysely's SQLite compiler quotes it. */
function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** SQL written into a SET list as is (`"version" = version + 1`): a fixed fragment, no value. */
class Raw {
  constructor(readonly sql: string) {}
}
const increment = (column: string): Raw => new Raw(`${column} + 1`);

/** WHERE conditions joined by AND, each `column op ?` or a fixed fragment; values are bound. */
class Where<T> {
  private readonly conditions: string[] = [];
  readonly parameters: unknown[] = [];

  cmp<K extends Column<T>>(column: K, op: Comparison, value: T[K]): this {
    this.conditions.push(`${ident(column)} ${op} ?`);
    this.parameters.push(value);
    return this;
  }

  in<K extends Column<T>>(column: K, values: readonly T[K][]): this {
    this.conditions.push(`${ident(column)} in (${values.map(() => '?').join(', ')})`);
    this.parameters.push(...values);
    return this;
  }

  /** A fixed fragment of SQL with a `?` per value (an OR of comparisons, a literal the planner must see). */
  fragment(sql: string, ...values: unknown[]): this {
    this.conditions.push(sql);
    this.parameters.push(...values);
    return this;
  }

  get sql(): string {
    return this.conditions.length === 0 ? '' : ` where ${this.conditions.join(' and ')}`;
  }
}

type Order<T> = readonly [Column<T>] | readonly [Column<T>, 'asc' | 'desc'];

function select<N extends Table>(table: N, columns: '*' | readonly Column<Row<N>>[], where: Where<Row<N>>, order: readonly Order<Row<N>>[], limit?: number): Query {
  let text = `select ${columns === '*' ? '*' : columns.map(ident).join(', ')} from ${ident(table)}${where.sql}`;
  if (order.length > 0) text += ` order by ${order.map(([c, direction]) => (direction === undefined ? ident(c) : `${ident(c)} ${direction}`)).join(', ')}`;
  const parameters = [...where.parameters];
  if (limit !== undefined) {
    text += ' limit ?';
    parameters.push(limit);
  }
  return { sql: text, parameters };
}

type Assignments<T> = { [K in Column<T>]?: T[K] | Raw };

/** UPDATE … SET in the order of `set` (undefined values left out, as Kysely does). */
function update<N extends Table>(table: N, set: Assignments<Row<N>>, where: Where<Row<N>>): Query {
  const parts: string[] = [];
  const parameters: unknown[] = [];
  for (const [column, value] of Object.entries(set) as [string, unknown][]) {
    if (value === undefined) continue;
    if (value instanceof Raw) parts.push(`${ident(column)} = ${value.sql}`);
    else {
      parts.push(`${ident(column)} = ?`);
      parameters.push(value);
    }
  }
  return { sql: `update ${ident(table)} set ${parts.join(', ')}${where.sql}`, parameters: [...parameters, ...where.parameters] };
}

// --- operation writes, one statement per set of columns -----------------------------------------

/** The columns an operation insert or update may name: the whitelist of its per-column-set SQL. */
const OPERATION_COLUMNS: Record<Column<OperationsTable>, true> = {
  id: true,
  idempotency_key: true,
  payload_hash: true,
  operation: true,
  domain: true,
  connector: true,
  plugin_instance: true,
  order_id: true,
  customer_id: true,
  mode: true,
  status: true,
  input: true,
  result: true,
  error: true,
  ref: true,
  await_kind: true,
  step: true,
  pending_data: true,
  next_check_at: true,
  lease_owner: true,
  lease_expires_at: true,
  lease_token: true,
  holds_domain: true,
  poll_attempts: true,
  submitted_at: true,
  version: true,
  created_at: true,
  updated_at: true,
  follow_up_due_at: true,
};

function operationColumn(name: string): string {
  if (!Object.hasOwn(OPERATION_COLUMNS, name)) throw new Error(`not a column of operations: ${name}`);
  return ident(name);
}

/** `insert into "operations" (…columns) values (?, …)`: bind the values in the order of `columns`. */
export function insertOperation(columns: readonly string[]): string {
  return `insert into "operations" (${columns.map(operationColumn).join(', ')}) values (${columns.map(() => '?').join(', ')})`;
}

/** Updates `columns` and bumps the version, by id (then the expected version when `checked`): bind `columns…, id[, version]`. */
export function updateOperation(columns: readonly string[], checked: boolean): string {
  const set = columns.map((c) => `${operationColumn(c)} = ?`).join(', ');
  return `update "operations" set ${set}${set === '' ? '' : ', '}"version" = version + 1 where "id" = ?${checked ? ' and "version" = ?' : ''}`;
}

// --- reads --------------------------------------------------------------------------------------

const list = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

export function pageDomains(query: DomainQuery, after: string | undefined): Query {
  const w = new Where<Row<'domains'>>();
  if (query.status !== undefined) w.in('status', list(query.status));
  if (query.pluginInstance !== undefined) w.cmp('plugin_instance', '=', query.pluginInstance);
  if (query.customerId !== undefined) w.cmp('customer_id', '=', query.customerId);
  if (query.text !== undefined) w.fragment(`"name" like ? escape '\\'`, `%${query.text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
  if (after !== undefined) w.cmp('name', '>', after);
  return select('domains', '*', w, [['name']], query.limit === undefined ? undefined : query.limit + 1);
}

export function pageOperations(q: OperationQuery, after: readonly [number, string] | undefined): Query {
  const desc = q.order === 'desc';
  const w = new Where<OperationsTable>();
  if (q.domain !== undefined) w.cmp('domain', '=', q.domain);
  if (q.orderId !== undefined) w.cmp('order_id', '=', q.orderId);
  if (q.pluginInstance !== undefined) w.cmp('plugin_instance', '=', q.pluginInstance);
  if (q.operation !== undefined) w.cmp('operation', '=', q.operation);
  if (q.customerId !== undefined) w.cmp('customer_id', '=', q.customerId);
  if (q.status !== undefined) w.in('status', list(q.status));
  if (q.since !== undefined) w.cmp('created_at', '>=', q.since.getTime());
  if (after !== undefined) {
    const [at, id] = after;
    w.fragment(desc ? '("created_at" < ? or ("created_at" = ? and "id" < ?))' : '("created_at" > ? or ("created_at" = ? and "id" > ?))', at, at, id);
  }
  const direction = desc ? 'desc' : 'asc';
  return select('operations', '*', w, [['created_at', direction], ['id', direction]], q.limit === undefined ? undefined : q.limit + 1);
}

/** The customer's operations (a subquery: bind the customer id). */
const OPERATIONS_OF_CUSTOMER = '(select "id" from "operations" where "customer_id" = ?)';

/**
 * An Action Log entry of a customer: its operation's, else (no operation) its order's, else (no
 * order either) its domain's current customer (see ActionLogQuery.customerId). Bind the customer
 * id three times.
 */
const LOG_OF_CUSTOMER =
  `("operation_id" in ${OPERATIONS_OF_CUSTOMER} or ("operation_id" is null and ("order_id" in (select "id" from "orders" where "customer_id" = ?)` +
  ` or ("order_id" is null and "domain" in (select "name" from "domains" where "customer_id" = ?)))))`;

export function pageLog(q: ActionLogQuery, after: number | undefined): Query {
  const desc = q.order === 'desc';
  const w = new Where<Row<'action_log'>>();
  if (q.domain !== undefined) w.cmp('domain', '=', q.domain);
  if (q.operationId !== undefined) w.cmp('operation_id', '=', q.operationId);
  if (q.orderId !== undefined) w.cmp('order_id', '=', q.orderId);
  if (q.kind !== undefined) w.cmp('kind', '=', q.kind);
  if (q.customerId !== undefined) w.fragment(LOG_OF_CUSTOMER, q.customerId, q.customerId, q.customerId);
  if (q.level !== undefined) w.in('level', list(q.level));
  if (q.since !== undefined) w.cmp('at', '>=', q.since.getTime());
  if (q.until !== undefined) w.cmp('at', '<=', q.until.getTime());
  if (after !== undefined) w.cmp('id', desc ? '<' : '>', after);
  return select('action_log', '*', w, [['id', desc ? 'desc' : 'asc']], q.limit === undefined ? undefined : q.limit + 1);
}

export function listInbound(filter: { status?: InboundStatus; instance?: string }): Query {
  const w = new Where<InboundMessagesTable>();
  if (filter.status !== undefined) w.cmp('status', '=', filter.status);
  if (filter.instance !== undefined) w.cmp('instance', '=', filter.instance);
  return select('inbound_messages', '*', w, [['received_at'], ['id']]);
}

export function listTasks(filter: TaskQuery): Query {
  const w = new Where<ManualTasksTable>();
  if (filter.status !== undefined) w.in('status', list(filter.status));
  if (filter.domain !== undefined) w.cmp('domain', '=', filter.domain);
  if (filter.operationId !== undefined) w.cmp('operation_id', '=', filter.operationId);
  if (filter.customerId !== undefined) w.fragment(`"operation_id" in ${OPERATIONS_OF_CUSTOMER}`, filter.customerId);
  return select('manual_tasks', '*', w, [['created_at'], ['id']]);
}

export function listHosts(): Query {
  return select('hosts', '*', new Where(), [['started_at']]);
}

// --- the tracker's claims -----------------------------------------------------------------------

export const CLAIM_COLUMNS = ['id', 'operation', 'domain', 'plugin_instance', 'customer_id', 'ref', 'await_kind', 'step', 'pending_data', 'poll_attempts', 'submitted_at', 'created_at'] as const;

/** Due pending operations no live lease holds, oldest due first. */
export function claimDue(t: number, limit: number): Query {
  const w = new Where<OperationsTable>()
    // A literal, not a parameter: SQLite only uses the partial index `operations_due` when it can
    // prove `status = 'pending'` at prepare time.
    .fragment(`"status" = 'pending'`)
    .cmp('next_check_at', '<=', t)
    .fragment('("lease_expires_at" is null or "lease_expires_at" < ?)', t);
  return select('operations', CLAIM_COLUMNS, w, [['next_check_at']], limit);
}

/** The sync sweep's due domains (see Store.claimSync), oldest due first. */
export function claimSync(c: { instance: string; t: number; limit: number; expiringBefore?: string | undefined; domain?: string | undefined; next?: number | undefined; leaseMs?: number | undefined }): Query {
  const w = new Where<Row<'domains'>>().cmp('plugin_instance', '=', c.instance).fragment(`"status" in ('registered', 'expired')`).fragment('"pending_operation" is null');
  if (c.domain === undefined) w.fragment('("sync_due_at" is null or "sync_due_at" <= ?)', c.t);
  else {
    w.cmp('name', '=', c.domain);
    // Not while another claim holds it: claimed within the lease (due time - interval) and not synced since.
    if (c.leaseMs !== undefined && c.next !== undefined) w.fragment('("sync_due_at" is null or "sync_due_at" <= ? or "synced_at" >= "sync_due_at" - ?)', c.next - c.leaseMs, c.next - c.t);
  }
  if (c.expiringBefore !== undefined) w.fragment('("expires_at" is null or "expires_at" < ?)', c.expiringBefore);
  return select('domains', '*', w, [['sync_due_at']], c.limit);
}

export function syncClaimed(next: number, names: readonly string[]): Query {
  return update('domains', { sync_due_at: next }, new Where<Row<'domains'>>().in('name', names));
}

/** The follow-up sweep's due rows (see Store.claimFollowUps), oldest due first. */
export function claimFollowUps(c: { t: number; limit: number; operationId?: string | undefined }): Query {
  // Literals: SQLite uses the partial index `operations_follow_up` only when it can prove them at prepare time.
  const w = new Where<OperationsTable>().fragment(`"status" = 'done'`).fragment(`"operation" in ('register', 'transfer', 'renew')`).cmp('follow_up_due_at', '<=', c.t);
  if (c.operationId !== undefined) w.cmp('id', '=', c.operationId);
  return select('operations', '*', w, [['follow_up_due_at']], c.limit);
}

export function followUpsClaimed(next: number, ids: readonly string[]): Query {
  return update('operations', { follow_up_due_at: next }, new Where<OperationsTable>().in('id', ids));
}

export function settleFollowUps(id: string, claimedUntil: number, due: number | null): Query {
  return update('operations', { follow_up_due_at: due }, new Where<OperationsTable>().cmp('id', '=', id).cmp('follow_up_due_at', '=', claimedUntil));
}

export function leaseClaimed(owner: string, token: string, expires: number, ids: readonly string[]): Query {
  return update('operations', { lease_owner: owner, lease_token: token, lease_expires_at: expires, version: increment('version') }, new Where<OperationsTable>().in('id', ids));
}

export function reschedule(ids: readonly string[], owner: string, token: string, next: number, t: number): Query {
  return update(
    'operations',
    { next_check_at: next, poll_attempts: increment('poll_attempts'), lease_owner: null, lease_expires_at: null, lease_token: null, updated_at: t, version: increment('version') },
    new Where<OperationsTable>().in('id', ids).cmp('lease_owner', '=', owner).cmp('lease_token', '=', token),
  );
}

// --- tasks and inbound messages ------------------------------------------------------------------

export function updateTask(id: string, set: Assignments<ManualTasksTable>, expectedVersion: number | undefined): Query {
  const w = new Where<ManualTasksTable>().cmp('id', '=', id);
  if (expectedVersion !== undefined) w.cmp('version', '=', expectedVersion);
  return update('manual_tasks', { ...set, version: increment('version') }, w);
}

export function updateInbound(id: string, set: Assignments<InboundMessagesTable>, expectedStatus?: InboundStatus): Query {
  const w = new Where<InboundMessagesTable>().cmp('id', '=', id);
  if (expectedStatus !== undefined) w.cmp('status', '=', expectedStatus);
  return update('inbound_messages', set, w);
}
