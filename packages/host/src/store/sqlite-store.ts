import type { Json } from '@registrar-kit/sdk';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql, type Compilable, type CompiledQuery, type Selectable } from 'kysely';
import { HostError } from '../errors.js';
import type { DomainStatus, OperationStatus } from '../lifecycle.js';
import { migrationProvider } from './migrations.js';
import type { ActionLogTable, Database, DomainsTable, ManualTasksTable, OperationsTable } from './schema.js';
import type {
  PendingClaim,
  InboundRecord,
  InboundStatus,
  ActionLogEntry,
  ActionLogQuery,
  DomainRecord,
  ManualTask,
  ManualTaskStatus,
  NewActionLogEntry,
  OperationQuery,
  OperationRecord,
  OrderRecord,
  Store,
} from './store.js';

const json = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));
const parse = <T>(v: string | null): T | undefined => (v === null ? undefined : (JSON.parse(v) as T));
const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);
const date = (v: number | null): Date | undefined => (v === null ? undefined : new Date(Number(v)));

function toDomain(r: Selectable<DomainsTable>): DomainRecord {
  return {
    name: r.name,
    tld: r.tld,
    status: r.status as DomainStatus,
    connector: opt(r.connector),
    pluginInstance: opt(r.plugin_instance),
    customerId: opt(r.customer_id),
    locked: r.locked === 1,
    expiresAt: opt(r.expires_at),
    nameservers: parse(r.nameservers),
    lastError: parse(r.last_error),
    createdAt: new Date(Number(r.created_at)),
    updatedAt: new Date(Number(r.updated_at)),
  };
}

function toOperation(r: Selectable<OperationsTable>): OperationRecord {
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
    pollAttempts: r.poll_attempts,
    submittedAt: date(r.submitted_at),
    createdAt: new Date(Number(r.created_at)),
    updatedAt: new Date(Number(r.updated_at)),
  };
}

type OperationColumns = Omit<OperationsTable, 'id' | 'idempotency_key' | 'created_at'>;

function operationColumns(p: Partial<OperationRecord>): Partial<OperationColumns> {
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
  if ('pollAttempts' in p) set('poll_attempts', p.pollAttempts!);
  if ('submittedAt' in p) set('submitted_at', p.submittedAt?.getTime() ?? null);
  if ('updatedAt' in p) set('updated_at', p.updatedAt!.getTime());
  return out;
}

function toTask(r: Selectable<ManualTasksTable>): ManualTask {
  return {
    id: r.id,
    operationId: r.operation_id,
    domain: r.domain,
    operation: r.operation,
    status: r.status as ManualTaskStatus,
    reason: r.reason,
    claimedBy: opt(r.claimed_by),
    result: parse(r.result),
    createdAt: new Date(Number(r.created_at)),
    updatedAt: new Date(Number(r.updated_at)),
  };
}

function toLogEntry(r: Selectable<ActionLogTable>): ActionLogEntry {
  return {
    id: r.id,
    at: new Date(Number(r.at)),
    level: r.level as ActionLogEntry['level'],
    kind: r.kind,
    message: r.message,
    domain: opt(r.domain),
    operationId: opt(r.operation_id),
    orderId: opt(r.order_id),
    pluginInstance: opt(r.plugin_instance),
    registrarCode: opt(r.registrar_code),
    durationMs: opt(r.duration_ms),
    data: parse(r.data),
  };
}

/**
 * A named placeholder for statements compiled once: Kysely writes the SQL (so the queries stay
 * typed against the schema and portable), and the sentinel tells which argument goes where.
 */
const SENTINEL = '\u0000rk:';
/** Ids per bulk UPDATE (SQLite's default limit is 32,766 bound parameters). */
const CHUNK = 500;
function param(name: string): string {
  return `${SENTINEL}${name}`;
}
/** {@link param} for a numeric column (the sentinel is only a placeholder; the number is bound at run time). */
function numParam(name: string): number {
  return param(name) as unknown as number;
}

/** A statement compiled by Kysely once, prepared once, bound by argument name at each call. */
interface Prepared {
  stmt: BetterSqlite3.Statement;
  order: readonly (string | { value: unknown })[];
}

/**
 * One SQLite connection is one writer: an open transaction must not see another request's
 * statements. The gate serialises transactions; single statements run at once when no
 * transaction is open (better-sqlite3 is synchronous, so they cannot interleave).
 */
class Gate {
  private busy = false;
  private readonly waiters: (() => void)[] = [];

  get open(): boolean {
    return !this.busy;
  }

  async enter(): Promise<void> {
    if (!this.busy) {
      this.busy = true;
      return;
    }
    await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  leave(): void {
    const next = this.waiters.shift();
    // Hand the gate straight to the next waiter (it stays busy), or open it.
    if (next !== undefined) next();
    else this.busy = false;
  }
}

interface Shared {
  raw: BetterSqlite3.Database;
  kysely: Kysely<Database>;
  gate: Gate;
  /** Statements by SQL text (dynamic queries) and by name (fixed ones). */
  bySql: Map<string, BetterSqlite3.Statement>;
  fixed: Map<string, Prepared>;
  closed: boolean;
  begin: BetterSqlite3.Statement;
  commit: BetterSqlite3.Statement;
  rollback: BetterSqlite3.Statement;
}

export interface SqliteStoreOptions {
  /** A file path, or `:memory:` for tests. */
  filename: string;
}

/**
 * The embedded store: SQLite through better-sqlite3 (WAL, synchronous=NORMAL), queries written
 * with Kysely. Open it with {@link openSqliteStore}, which applies pending migrations.
 *
 * Kysely builds and compiles every query; the compiled SQL of the fixed, hot statements is
 * prepared once and reused, because building and preparing a query costs more than running one
 * of these small statements (the routed-operation benchmark depends on it).
 */
export class SqliteStore implements Store {
  private constructor(
    private readonly s: Shared,
    /** True for the store handed to a transaction callback: statements run inside it directly. */
    private readonly inTransaction: boolean,
  ) {}

  static async open(options: SqliteStoreOptions): Promise<SqliteStore> {
    let raw: BetterSqlite3.Database;
    try {
      raw = new BetterSqlite3(options.filename);
    } catch (error) {
      throw new HostError('CONFIG_INVALID', `cannot open the store ${options.filename}: ${(error as Error).message}`);
    }
    // Smaller pages for a new file: every commit writes whole pages to the WAL and every
    // checkpoint flushes them, and our rows are small, so 4 KiB pages mostly carry unchanged
    // bytes. Ignored by SQLite for an existing file.
    raw.pragma('page_size = 1024');
    raw.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a committed transaction survives a crash of the process (the case the
    // `submitting` mark is about); only a power loss can lose the last commits.
    raw.pragma('synchronous = NORMAL');
    raw.pragma('busy_timeout = 5000');
    raw.pragma('foreign_keys = ON');
    const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
    const { error } = await new Migrator({ db: kysely, provider: migrationProvider }).migrateToLatest();
    if (error !== undefined) {
      raw.close();
      throw new HostError('CONFIG_INVALID', `migrating the store ${options.filename} failed: ${(error as Error).message}`);
    }
    return new SqliteStore(
      { raw, kysely, gate: new Gate(), bySql: new Map(), fixed: new Map(), closed: false, begin: raw.prepare('BEGIN IMMEDIATE'), commit: raw.prepare('COMMIT'), rollback: raw.prepare('ROLLBACK') },
      false,
    );
  }

  // --- statement plumbing -------------------------------------------------------------------

  private get db(): Kysely<Database> {
    return this.s.kysely;
  }

  /** A fixed statement: compiled from Kysely and prepared the first time, reused afterwards. */
  private fixed(name: string, build: () => Compilable): Prepared {
    if (this.s.closed) throw new HostError('HOST_CLOSED', 'the store is closed: create a new host to continue');
    let p = this.s.fixed.get(name);
    if (p === undefined) {
      const compiled = build().compile();
      // Named placeholders are bound per call; any other parameter is a constant of the query.
      const order = compiled.parameters.map((v) => (typeof v === 'string' && v.startsWith(SENTINEL) ? v.slice(SENTINEL.length) : { value: v }));
      p = { stmt: this.s.raw.prepare(compiled.sql), order };
      this.s.fixed.set(name, p);
    }
    return p;
  }

  private static bind(p: Prepared, args: Record<string, unknown>): unknown[] {
    return p.order.map((n) => (typeof n === 'string' ? args[n] : n.value));
  }

  private dynamic(compiled: CompiledQuery): BetterSqlite3.Statement {
    let stmt = this.s.bySql.get(compiled.sql);
    if (stmt === undefined) {
      stmt = this.s.raw.prepare(compiled.sql);
      // Dynamic filters have few shapes; the cap only guards against a runaway caller.
      if (this.s.bySql.size < 500) this.s.bySql.set(compiled.sql, stmt);
    }
    return stmt;
  }

  /** Runs synchronous SQL when no other transaction holds the connection. */
  private async exec<T>(fn: () => T): Promise<T> {
    if (this.s.closed) throw new HostError('HOST_CLOSED', 'the store is closed: create a new host to continue');
    if (this.inTransaction || this.s.gate.open) return fn();
    await this.s.gate.enter();
    try {
      return fn();
    } finally {
      this.s.gate.leave();
    }
  }

  private get<R>(p: Prepared, args: Record<string, unknown>): Promise<R | undefined> {
    return this.exec(() => p.stmt.get(...SqliteStore.bind(p, args)) as R | undefined);
  }

  private run(p: Prepared, args: Record<string, unknown>): Promise<BetterSqlite3.RunResult> {
    return this.exec(() => p.stmt.run(...SqliteStore.bind(p, args)));
  }

  private all<R>(query: Compilable): Promise<R[]> {
    const compiled = query.compile();
    return this.exec(() => this.dynamic(compiled).all(...compiled.parameters) as R[]);
  }

  // --- Store --------------------------------------------------------------------------------

  async transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    if (this.inTransaction) return fn(this);
    if (this.s.closed) throw new HostError('HOST_CLOSED', 'the store is closed: create a new host to continue');
    await this.s.gate.enter();
    try {
      // IMMEDIATE takes the write lock at once, so two processes on one file never deadlock
      // upgrading a read transaction.
      this.s.begin.run();
      let result: T;
      try {
        result = await fn(new SqliteStore(this.s, true));
      } catch (error) {
        if (this.s.raw.inTransaction) this.s.rollback.run();
        throw error;
      }
      this.s.commit.run();
      return result;
    } finally {
      this.s.gate.leave();
    }
  }

  async getDomain(name: string): Promise<DomainRecord | undefined> {
    const p = this.fixed('getDomain', () => this.db.selectFrom('domains').selectAll().where('name', '=', param('name')));
    const row = await this.get<Selectable<DomainsTable>>(p, { name });
    return row === undefined ? undefined : toDomain(row);
  }

  async putDomain(d: DomainRecord): Promise<void> {
    const p = this.fixed('putDomain', () => {
      const cols: (keyof DomainsTable)[] = ['name', 'tld', 'status', 'connector', 'plugin_instance', 'customer_id', 'locked', 'expires_at', 'nameservers', 'last_error', 'created_at', 'updated_at'];
      const row = Object.fromEntries(cols.map((c) => [c, param(c)])) as unknown as DomainsTable;
      const { name: _name, created_at: _created, ...update } = row;
      return this.db.insertInto('domains').values(row).onConflict((oc) => oc.column('name').doUpdateSet(update));
    });
    await this.run(p, {
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
      created_at: d.createdAt.getTime(),
      updated_at: d.updatedAt.getTime(),
    });
  }

  async listDomains(filter: { status?: DomainStatus; limit?: number } = {}): Promise<DomainRecord[]> {
    let q = this.db.selectFrom('domains').selectAll().orderBy('name');
    if (filter.status !== undefined) q = q.where('status', '=', filter.status);
    if (filter.limit !== undefined) q = q.limit(filter.limit);
    return (await this.all<Selectable<DomainsTable>>(q)).map(toDomain);
  }

  async getOperation(id: string): Promise<OperationRecord | undefined> {
    const p = this.fixed('getOperation', () => this.db.selectFrom('operations').selectAll().where('id', '=', param('id')));
    const row = await this.get<Selectable<OperationsTable>>(p, { id });
    return row === undefined ? undefined : toOperation(row);
  }

  async getOperationByKey(key: string): Promise<OperationRecord | undefined> {
    const p = this.fixed('getOperationByKey', () => this.db.selectFrom('operations').selectAll().where('idempotency_key', '=', param('key')));
    const row = await this.get<Selectable<OperationsTable>>(p, { key });
    return row === undefined ? undefined : toOperation(row);
  }

  async insertOperation(r: OperationRecord): Promise<void> {
    const cols = { id: r.id, idempotency_key: r.idempotencyKey, created_at: r.createdAt.getTime(), ...operationColumns(r) } as Record<string, unknown>;
    const names = Object.keys(cols).sort();
    const p = this.fixed(`insertOperation:${names.join(',')}`, () =>
      this.db.insertInto('operations').values(Object.fromEntries(names.map((n) => [n, param(n)])) as unknown as OperationsTable),
    );
    await this.run(p, cols);
  }

  async updateOperation(id: string, patch: Partial<OperationRecord>): Promise<void> {
    const cols = operationColumns(patch) as Record<string, unknown>;
    const names = Object.keys(cols).sort();
    if (names.length === 0) return;
    // One prepared statement per set of changed columns: the router and tracker use a handful.
    const p = this.fixed(`updateOperation:${names.join(',')}`, () =>
      this.db
        .updateTable('operations')
        .set(Object.fromEntries(names.map((n) => [n, param(n)])) as Partial<OperationsTable>)
        .where('id', '=', param('$id')),
    );
    await this.run(p, { ...cols, $id: id });
  }

  async listOperations(q: OperationQuery = {}): Promise<OperationRecord[]> {
    let query = this.db.selectFrom('operations').selectAll().orderBy('created_at').orderBy('id');
    if (q.domain !== undefined) query = query.where('domain', '=', q.domain);
    if (q.orderId !== undefined) query = query.where('order_id', '=', q.orderId);
    if (q.pluginInstance !== undefined) query = query.where('plugin_instance', '=', q.pluginInstance);
    if (q.operation !== undefined) query = query.where('operation', '=', q.operation);
    if (q.status !== undefined) query = query.where('status', 'in', Array.isArray(q.status) ? q.status : [q.status]);
    if (q.limit !== undefined) query = query.limit(q.limit);
    return (await this.all<Selectable<OperationsTable>>(query)).map(toOperation);
  }

  async findPendingByRef(pluginInstance: string, ref: string): Promise<OperationRecord | undefined> {
    const p = this.fixed('findPendingByRef', () =>
      this.db
        .selectFrom('operations')
        .selectAll()
        .where('plugin_instance', '=', param('instance'))
        .where('ref', '=', param('ref'))
        .where('status', '=', param('status')),
    );
    const row = await this.get<Selectable<OperationsTable>>(p, { instance: pluginInstance, ref, status: 'pending' });
    return row === undefined ? undefined : toOperation(row);
  }

  async claimDuePending(owner: string, now: Date, leaseMs: number, limit: number): Promise<PendingClaim[]> {
    const t = now.getTime();
    // SQLite serializes writers, so select-then-update inside one transaction is a safe claim;
    // PostgreSQL does the same with SELECT ... FOR UPDATE SKIP LOCKED.
    return this.transaction(async (tx) => {
      const self = tx as SqliteStore;
      const rows = await self.all<Pick<Selectable<OperationsTable>, 'id' | 'operation' | 'domain' | 'plugin_instance' | 'customer_id' | 'ref' | 'await_kind' | 'step' | 'pending_data' | 'poll_attempts' | 'submitted_at' | 'created_at'>>(
        this.db
          .selectFrom('operations')
          .select(['id', 'operation', 'domain', 'plugin_instance', 'customer_id', 'ref', 'await_kind', 'step', 'pending_data', 'poll_attempts', 'submitted_at', 'created_at'])
          // A literal, not a parameter: SQLite only uses the partial index `operations_due`
          // when it can prove `status = 'pending'` at prepare time.
          .where(sql.ref('status'), '=', sql.lit('pending'))
          .where('next_check_at', '<=', t)
          .where((eb) => eb.or([eb('lease_expires_at', 'is', null), eb('lease_expires_at', '<', t)]))
          .orderBy('next_check_at')
          .limit(limit),
      );
      if (rows.length === 0) return [];
      const ids = rows.map((r) => r.id);
      // SQLite caps bound parameters per statement: lease in chunks (one cached statement per size).
      for (let i = 0; i < ids.length; i += CHUNK) {
        const compiled = this.db.updateTable('operations').set({ lease_owner: owner, lease_expires_at: t + leaseMs }).where('id', 'in', ids.slice(i, i + CHUNK)).compile();
        self.dynamic(compiled).run(...compiled.parameters);
      }
      const leaseExpiresAt = new Date(t + leaseMs);
      return rows.map((r) => ({
        id: r.id,
        operation: r.operation,
        domain: r.domain,
        pluginInstance: opt(r.plugin_instance),
        customerId: opt(r.customer_id),
        ref: opt(r.ref),
        await: opt(r.await_kind) as OperationRecord['await'],
        step: opt(r.step),
        pendingData: parse(r.pending_data),
        pollAttempts: r.poll_attempts,
        submittedAt: date(r.submitted_at),
        createdAt: new Date(Number(r.created_at)),
        leaseOwner: owner,
        leaseExpiresAt,
      }));
    });
  }

  async releaseLease(id: string, owner: string): Promise<void> {
    const p = this.fixed('releaseLease', () =>
      this.db.updateTable('operations').set({ lease_owner: null, lease_expires_at: null }).where('id', '=', param('id')).where('lease_owner', '=', param('owner')),
    );
    await this.run(p, { id, owner });
  }

  async reschedule(ids: readonly string[], owner: string, nextCheckAt: Date, now: Date): Promise<void> {
    if (ids.length === 0) return;
    const next = nextCheckAt.getTime();
    const t = now.getTime();
    // One transaction, one UPDATE per chunk of ids: a batch poll over 100,000 refs reschedules
    // them in a few hundred statements and one commit.
    await this.transaction(async (tx) => {
      await (tx as SqliteStore).exec(() => {
        for (let i = 0; i < ids.length; i += CHUNK) {
          const compiled = this.db
            .updateTable('operations')
            .set({ next_check_at: next, poll_attempts: sql<number>`poll_attempts + 1`, lease_owner: null, lease_expires_at: null, updated_at: t })
            .where('id', 'in', ids.slice(i, i + CHUNK))
            .where('lease_owner', '=', owner)
            .compile();
          this.dynamic(compiled).run(...compiled.parameters);
        }
      });
    });
  }

  async insertInbound(m: InboundRecord): Promise<boolean> {
    const p = this.fixed('insertInbound', () =>
      this.db
        .insertInto('inbound_messages')
        .values({
          id: param('id'),
          message_id: param('message_id'),
          content_hash: param('content_hash'),
          instance: param('instance'),
          received_at: numParam('received_at'),
          raw: param('raw'),
          status: param('status'),
          reason: param('reason'),
          operation_id: param('operation_id'),
        })
        .onConflict((oc) => oc.column('content_hash').doNothing()),
    );
    const result = await this.run(p, {
      id: m.id,
      message_id: m.messageId,
      content_hash: m.contentHash,
      instance: m.instance ?? null,
      received_at: m.receivedAt.getTime(),
      raw: m.raw,
      status: m.status,
      reason: m.reason ?? null,
      operation_id: m.operationId ?? null,
    });
    return result.changes > 0;
  }

  async updateInbound(id: string, patch: Partial<Pick<InboundRecord, 'status' | 'reason' | 'operationId' | 'instance'>>): Promise<void> {
    const set: Record<string, string | null> = {};
    if (patch.status !== undefined) set.status = patch.status;
    if ('reason' in patch) set.reason = patch.reason ?? null;
    if ('operationId' in patch) set.operation_id = patch.operationId ?? null;
    if ('instance' in patch) set.instance = patch.instance ?? null;
    if (Object.keys(set).length === 0) return;
    const compiled = this.db.updateTable('inbound_messages').set(set).where('id', '=', id).compile();
    await this.exec(() => this.dynamic(compiled).run(...compiled.parameters));
  }

  async listInbound(filter: { status?: InboundStatus; instance?: string } = {}): Promise<InboundRecord[]> {
    let q = this.db.selectFrom('inbound_messages').selectAll().orderBy('received_at').orderBy('id');
    if (filter.status !== undefined) q = q.where('status', '=', filter.status);
    if (filter.instance !== undefined) q = q.where('instance', '=', filter.instance);
    return (await this.all<Selectable<Database['inbound_messages']>>(q)).map((r) => ({
      id: r.id,
      messageId: r.message_id,
      contentHash: r.content_hash,
      instance: opt(r.instance),
      receivedAt: new Date(Number(r.received_at)),
      raw: r.raw,
      status: r.status as InboundStatus,
      reason: opt(r.reason),
      operationId: opt(r.operation_id),
    }));
  }

  async getOrder(id: string): Promise<OrderRecord | undefined> {
    const p = this.fixed('getOrder', () => this.db.selectFrom('orders').selectAll().where('id', '=', param('id')));
    const r = await this.get<Selectable<Database['orders']>>(p, { id });
    return r === undefined
      ? undefined
      : { id: r.id, customerId: opt(r.customer_id), status: r.status as OrderRecord['status'], createdAt: new Date(Number(r.created_at)), updatedAt: new Date(Number(r.updated_at)) };
  }

  async putOrder(o: OrderRecord): Promise<void> {
    const p = this.fixed('putOrder', () =>
      this.db
        .insertInto('orders')
        .values({ id: param('id'), customer_id: param('customer_id'), status: param('status'), created_at: numParam('created_at'), updated_at: numParam('updated_at') })
        .onConflict((oc) => oc.column('id').doUpdateSet({ status: param('status'), customer_id: param('customer_id'), updated_at: numParam('updated_at') })),
    );
    await this.run(p, { id: o.id, customer_id: o.customerId ?? null, status: o.status, created_at: o.createdAt.getTime(), updated_at: o.updatedAt.getTime() });
  }

  async insertTask(t: ManualTask): Promise<void> {
    const cols: (keyof ManualTasksTable)[] = ['id', 'operation_id', 'domain', 'operation', 'status', 'reason', 'claimed_by', 'result', 'created_at', 'updated_at'];
    const p = this.fixed('insertTask', () => this.db.insertInto('manual_tasks').values(Object.fromEntries(cols.map((c) => [c, param(c)])) as unknown as ManualTasksTable));
    await this.run(p, {
      id: t.id,
      operation_id: t.operationId,
      domain: t.domain,
      operation: t.operation,
      status: t.status,
      reason: t.reason,
      claimed_by: t.claimedBy ?? null,
      result: json(t.result),
      created_at: t.createdAt.getTime(),
      updated_at: t.updatedAt.getTime(),
    });
  }

  async getTask(id: string): Promise<ManualTask | undefined> {
    const p = this.fixed('getTask', () => this.db.selectFrom('manual_tasks').selectAll().where('id', '=', param('id')));
    const r = await this.get<Selectable<ManualTasksTable>>(p, { id });
    return r === undefined ? undefined : toTask(r);
  }

  async updateTask(id: string, patch: Partial<Pick<ManualTask, 'status' | 'claimedBy' | 'result' | 'updatedAt'>>): Promise<void> {
    const set: Partial<ManualTasksTable> = {};
    if (patch.status !== undefined) set.status = patch.status;
    if ('claimedBy' in patch) set.claimed_by = patch.claimedBy ?? null;
    if ('result' in patch) set.result = json(patch.result);
    if (patch.updatedAt !== undefined) set.updated_at = patch.updatedAt.getTime();
    if (Object.keys(set).length === 0) return;
    const compiled = this.db.updateTable('manual_tasks').set(set).where('id', '=', id).compile();
    await this.exec(() => this.dynamic(compiled).run(...compiled.parameters));
  }

  async listTasks(filter: { status?: ManualTaskStatus | ManualTaskStatus[]; domain?: string } = {}): Promise<ManualTask[]> {
    let q = this.db.selectFrom('manual_tasks').selectAll().orderBy('created_at').orderBy('id');
    if (filter.status !== undefined) q = q.where('status', 'in', Array.isArray(filter.status) ? filter.status : [filter.status]);
    if (filter.domain !== undefined) q = q.where('domain', '=', filter.domain);
    return (await this.all<Selectable<ManualTasksTable>>(q)).map(toTask);
  }

  async appendLog(e: NewActionLogEntry): Promise<void> {
    const cols = ['at', 'level', 'kind', 'message', 'domain', 'operation_id', 'order_id', 'plugin_instance', 'registrar_code', 'duration_ms', 'data'] as const;
    const p = this.fixed('appendLog', () => this.db.insertInto('action_log').values(Object.fromEntries(cols.map((c) => [c, param(c)])) as unknown as Omit<ActionLogTable, 'id'>));
    await this.run(p, {
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
    });
  }

  async queryLog(q: ActionLogQuery = {}): Promise<ActionLogEntry[]> {
    let query = this.db.selectFrom('action_log').selectAll().orderBy('at').orderBy('id');
    if (q.domain !== undefined) query = query.where('domain', '=', q.domain);
    if (q.operationId !== undefined) query = query.where('operation_id', '=', q.operationId);
    if (q.orderId !== undefined) query = query.where('order_id', '=', q.orderId);
    if (q.kind !== undefined) query = query.where('kind', '=', q.kind);
    if (q.level !== undefined) query = query.where('level', 'in', Array.isArray(q.level) ? q.level : [q.level]);
    if (q.since !== undefined) query = query.where('at', '>=', q.since.getTime());
    if (q.until !== undefined) query = query.where('at', '<=', q.until.getTime());
    if (q.limit !== undefined) query = query.limit(q.limit);
    return (await this.all<Selectable<ActionLogTable>>(query)).map(toLogEntry);
  }

  async stateGet(instance: string, key: string, now: Date): Promise<Json | undefined> {
    const p = this.fixed('stateGet', () => this.db.selectFrom('plugin_state').select(['value', 'expires_at']).where('instance', '=', param('instance')).where('key', '=', param('key')));
    const r = await this.get<{ value: string; expires_at: number | null }>(p, { instance, key });
    if (r === undefined) return undefined;
    if (r.expires_at !== null && Number(r.expires_at) <= now.getTime()) return undefined;
    return JSON.parse(r.value) as Json;
  }

  async stateSet(instance: string, key: string, value: Json, expiresAt: Date | undefined): Promise<void> {
    const p = this.fixed('stateSet', () =>
      this.db
        .insertInto('plugin_state')
        .values({ instance: param('instance'), key: param('key'), value: param('value'), expires_at: numParam('expires_at') })
        .onConflict((oc) => oc.columns(['instance', 'key']).doUpdateSet({ value: param('value'), expires_at: numParam('expires_at') })),
    );
    await this.run(p, { instance, key, value: JSON.stringify(value), expires_at: expiresAt?.getTime() ?? null });
  }

  async stateDelete(instance: string, key: string): Promise<void> {
    const p = this.fixed('stateDelete', () => this.db.deleteFrom('plugin_state').where('instance', '=', param('instance')).where('key', '=', param('key')));
    await this.run(p, { instance, key });
  }

  async close(): Promise<void> {
    if (this.inTransaction || this.s.closed) return;
    // Let a transaction in flight finish before the connection goes away.
    await this.s.gate.enter();
    try {
      this.s.closed = true;
      this.s.raw.close();
    } finally {
      this.s.gate.leave();
    }
  }
}

/** Opens (and migrates) the embedded SQLite store. */
export function openSqliteStore(filename: string): Promise<SqliteStore> {
  return SqliteStore.open({ filename });
}
