import type { Json } from '@registrar-kit/sdk';
import BetterSqlite3 from 'better-sqlite3';
import type { Selectable } from 'kysely';
import { HostError } from '../errors.js';
import { apiKeyColumns, date, decodeCursor, domainColumns, inboundColumns, json, logColumns, operationColumns, opt, page, parse, taskColumns, toDomain, toHost, toApiKey, toInbound, toLogEntry, toOperation, toTask } from './rows.js';
import { disabledReason, toWebhookAttempt, toWebhookDelivery, toWebhookEndpoint } from './rows.js';
import { migrationsUpToDate } from './migration-state.js';
import * as queries from './queries.js';
import { catalogueColumns, catalogueFilter, toCatalogueEntry } from './catalogue-rows.js';
import { sessionColumns, toSession } from './session-rows.js';
import type { ActionLogTable, ApiKeysTable, ConsoleSessionsTable, Database, DomainsTable, HostsTable, TldCatalogueTable, InboundMessagesTable, ManualTasksTable, OperationsTable, WebhookAttemptsTable, WebhookDeliveriesTable, WebhookEndpointsTable } from './schema.js';
import { STATEMENTS } from './sqlite-statements.generated.js';
import type {
  PendingClaim,
  InboundRecord,
  InboundStatus,
  ActionLogEntry,
  ActionLogQuery,
  DomainRecord,
  ManualTask,
  NewActionLogEntry,
  OperationQuery,
  OperationRecord,
  OrderRecord,
  Store,
  DomainQuery,
  SyncClaim,
  FollowUpClaim,
  HostRecord,
  OperationPatch,
  Page,
  StoredApiKey,
  StoredSession,
  TaskPatch,
  TaskQuery,
  ClaimedDelivery,
  OutboxEvent,
  WebhookAttempt,
  WebhookAttemptResult,
  WebhookDeliveryRecord,
  WebhookDeliveryStatus,
  WebhookEndpointState,
  CatalogueEntry,
  CatalogueQuery,
} from './store.js';

/** Ids per bulk UPDATE (SQLite's default limit is 32,766 bound parameters). */
const CHUNK = 500;

/** A statement prepared once, bound by argument name at each call. */
interface Prepared {
  stmt: BetterSqlite3.Statement;
  /** Per `?`: the name of the argument bound there, or a constant. */
  order: readonly (string | { readonly value: unknown })[];
}

/** The fixed statements (compiled by Kysely at build time: statements.ts). */
type StatementName = keyof typeof STATEMENTS;

/** Rows deleted per statement when pruning. */
const PRUNE_CHUNK = 5_000;

/** The arguments a fixed statement binds, by name. */
type ArgsOf<N extends StatementName> = { [K in Extract<(typeof STATEMENTS)[N]['params'][number], string>]: unknown };

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
  gate: Gate;
  /** Statements by SQL text (dynamic queries) and by name (fixed ones, operation writes per column set). */
  bySql: Map<string, BetterSqlite3.Statement>;
  fixed: Map<string, Prepared>;
  closed: boolean;
  begin: BetterSqlite3.Statement;
  commit: BetterSqlite3.Statement;
  rollback: BetterSqlite3.Statement;
  /** Savepoint depth of the open transaction (nested transactions are savepoints). */
  depth: number;
  busyTimeoutMs: number;
  onBusy: ((attempt: number) => void) | undefined;
}

export interface SqliteStoreOptions {
  /** A file path, or `:memory:` for tests. */
  filename: string;
  /**
   * How long a write waits for another process's write lock before failing with
   * `STORE_UNAVAILABLE` (default 10 s). The wait is asynchronous: the event loop keeps running.
   */
  busyTimeoutMs?: number;
  /** Called on each retry while another process holds the write lock (observability, tests). */
  onBusy?: (attempt: number) => void;
}

const isBusy = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT' || code === 'SQLITE_LOCKED';
};

/** Unique-key violations become a coded CONFLICT; anything else passes through. */
function mapError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new HostError('CONFLICT', `the store refused a duplicate: ${(error as Error).message}`);
  }
  return error;
}

/**
 * better-sqlite3 is a native addon. pnpm 10 skips dependencies' install scripts unless the project
 * allows them, so outside this repository its binary is often never built and the first
 * `new Database()` throws "Could not locate the bindings file" — which says nothing about the fix.
 */
const isMissingBindings = (error: unknown): boolean => error instanceof Error && error.message.includes('Could not locate the bindings file');

const MISSING_BINDINGS =
  'the SQLite store cannot start: better-sqlite3 was installed without its native binary (pnpm 10 skips dependencies\' build scripts by default). ' +
  'Allow its build — add "better-sqlite3" to "onlyBuiltDependencies" (pnpm-workspace.yaml, or "pnpm" in package.json) or run `pnpm approve-builds` — ' +
  'then reinstall (`pnpm rebuild better-sqlite3`); building it needs python3, make and a C++ compiler.';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The embedded store: SQLite through better-sqlite3 (WAL, synchronous=NORMAL), queries written
 * with Kysely. Open it with {@link openSqliteStore}, which applies pending migrations.
 *
 * Kysely is not loaded at run time (it is a third of the host's cold start): the fixed, hot
 * statements are compiled by Kysely at build time (statements.ts → sqlite-statements.generated.ts)
 * and prepared once on first use, because building and preparing a query costs more than running
 * one of these small statements (the routed-operation benchmark depends on it); the dynamic ones
 * are assembled from fixed fragments with bound values (queries.ts) to the SQL Kysely writes for
 * them. Only a file with migrations pending loads Kysely, to run its Migrator.
 *
 * SQLite's own busy handler sleeps inside the call and blocks the event loop, so it is off
 * (`busy_timeout = 0`): a write that finds another process holding the lock is retried here with
 * an asynchronous backoff until {@link SqliteStoreOptions.busyTimeoutMs}.
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
      if (isMissingBindings(error)) throw new HostError('STORE_UNAVAILABLE', MISSING_BINDINGS, [], { cause: error });
      throw new HostError('CONFIG_INVALID', `cannot open the store ${options.filename}: ${(error as Error).message}`);
    }
    // Smaller pages for a new file: every commit writes whole pages to the WAL and every
    // checkpoint flushes them, and our rows are small, so 4 KiB pages mostly carry unchanged
    // bytes. Ignored by SQLite for an existing file.
    raw.pragma('page_size = 1024');
    // Migrations run once, at open, before the host serves: SQLite may wait for the lock here.
    raw.pragma('busy_timeout = 5000');
    raw.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a committed transaction survives a crash of the process (the case the
    // `submitting` mark is about); only a power loss can lose the last commits.
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
    // An up-to-date file (every start but the first) is checked with two reads; only a file with
    // migrations pending loads Kysely's Migrator.
    if (!migrationsUpToDate(raw)) {
      let error: unknown;
      try {
        error = await (await import('./migrations.js')).migrateToLatest(raw);
      } catch (thrown) {
        error = thrown;
      }
      if (error !== undefined) {
        raw.close();
        throw new HostError('CONFIG_INVALID', `migrating the store ${options.filename} failed: ${(error as Error).message}`);
      }
    }
    raw.pragma('busy_timeout = 0');
    return new SqliteStore(
      {
        raw,
        gate: new Gate(),
        bySql: new Map(),
        fixed: new Map(),
        closed: false,
        begin: raw.prepare('BEGIN IMMEDIATE'),
        commit: raw.prepare('COMMIT'),
        rollback: raw.prepare('ROLLBACK'),
        depth: 0,
        busyTimeoutMs: options.busyTimeoutMs ?? 10_000,
        onBusy: options.onBusy,
      },
      false,
    );
  }

  // --- statement plumbing -------------------------------------------------------------------

  /** Prepares a statement kept by `key` (fixed statements, operation writes per column set) and reused afterwards. */
  private prepare(key: string, sql: string, order: Prepared['order']): Prepared {
    if (this.s.closed) throw new HostError('HOST_CLOSED', 'the store is closed: create a new host to continue');
    const p = { stmt: this.s.raw.prepare(sql), order };
    this.s.fixed.set(key, p);
    return p;
  }

  /** A fixed statement, as Kysely compiled it at build time: prepared on first use. */
  private fixed(name: StatementName): Prepared {
    return this.s.fixed.get(name) ?? this.prepare(name, STATEMENTS[name].sql, STATEMENTS[name].params);
  }

  private static bind(p: Prepared, args: Record<string, unknown>): unknown[] {
    return p.order.map((n) => (typeof n === 'string' ? args[n] : n.value));
  }

  private dynamic(sql: string): BetterSqlite3.Statement {
    let stmt = this.s.bySql.get(sql);
    if (stmt === undefined) {
      stmt = this.s.raw.prepare(sql);
      // Dynamic filters have few shapes; the cap only guards against a runaway caller.
      if (this.s.bySql.size < 500) this.s.bySql.set(sql, stmt);
    }
    return stmt;
  }

  /** Runs `fn`, retrying asynchronously while another process holds the write lock. */
  private async retryBusy<T>(fn: () => T): Promise<T> {
    const started = performance.now();
    for (let attempt = 1; ; attempt++) {
      try {
        return fn();
      } catch (error) {
        if (!isBusy(error)) throw mapError(error);
        if (performance.now() - started >= this.s.busyTimeoutMs) {
          throw new HostError('STORE_UNAVAILABLE', `the store stayed locked by another process for ${this.s.busyTimeoutMs} ms`);
        }
        this.s.onBusy?.(attempt);
        await sleep(Math.min(2 ** attempt, 100));
      }
    }
  }

  /** Runs synchronous SQL when no other transaction holds the connection. */
  private async exec<T>(fn: () => T): Promise<T> {
    if (this.s.closed) throw new HostError('HOST_CLOSED', 'the store is closed: create a new host to continue');
    if (this.inTransaction) {
      try {
        return fn();
      } catch (error) {
        throw mapError(error);
      }
    }
    await this.s.gate.enter();
    try {
      return await this.retryBusy(fn);
    } finally {
      this.s.gate.leave();
    }
  }

  /** Reads one row with a fixed statement (the caller names the row's type). */
  private get<N extends StatementName>(name: N, args: ArgsOf<N>): Promise<unknown> {
    const p = this.fixed(name);
    return this.exec(() => p.stmt.get(...SqliteStore.bind(p, args)));
  }

  /** Reads every row of a fixed statement. */
  private rows<N extends StatementName>(name: N, args: ArgsOf<N>): Promise<unknown[]> {
    const p = this.fixed(name);
    return this.exec(() => p.stmt.all(...SqliteStore.bind(p, args)));
  }

  private run<N extends StatementName>(name: N, args: ArgsOf<N>): Promise<BetterSqlite3.RunResult> {
    const p = this.fixed(name);
    return this.exec(() => p.stmt.run(...SqliteStore.bind(p, args)));
  }

  private all<R>(query: queries.Query): Promise<R[]> {
    return this.exec(() => this.dynamic(query.sql).all(...query.parameters) as R[]);
  }

  private change(query: queries.Query): BetterSqlite3.RunResult {
    return this.dynamic(query.sql).run(...query.parameters);
  }

  // --- Store --------------------------------------------------------------------------------

  async transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    if (this.s.closed) throw new HostError('HOST_CLOSED', 'the store is closed: create a new host to continue');
    if (this.inTransaction) {
      const name = `rk_sp${++this.s.depth}`;
      this.s.raw.exec(`SAVEPOINT ${name}`);
      try {
        const result = await fn(this);
        this.s.raw.exec(`RELEASE ${name}`);
        return result;
      } catch (error) {
        this.s.raw.exec(`ROLLBACK TO ${name}`);
        this.s.raw.exec(`RELEASE ${name}`);
        throw error;
      } finally {
        this.s.depth--;
      }
    }
    // IMMEDIATE takes the write lock at once, so two processes on one file never deadlock
    // upgrading a read transaction. While another process holds it, the connection is handed
    // back between attempts: reads go on, only this write waits.
    const started = performance.now();
    for (let attempt = 1; ; attempt++) {
      await this.s.gate.enter();
      try {
        this.s.begin.run();
        break;
      } catch (error) {
        this.s.gate.leave();
        if (!isBusy(error)) throw mapError(error);
        if (performance.now() - started >= this.s.busyTimeoutMs) {
          throw new HostError('STORE_UNAVAILABLE', `the store stayed locked by another process for ${this.s.busyTimeoutMs} ms`);
        }
        this.s.onBusy?.(attempt);
        await sleep(Math.min(2 ** attempt, 100));
      }
    }
    try {
      let result: T;
      try {
        result = await fn(new SqliteStore(this.s, true));
        this.s.commit.run();
      } catch (error) {
        if (this.s.raw.inTransaction) this.s.rollback.run();
        throw mapError(error);
      }
      return result;
    } finally {
      this.s.gate.leave();
    }
  }

  async getDomain(name: string): Promise<DomainRecord | undefined> {
    const row = (await this.get('getDomain', { name })) as Selectable<DomainsTable> | undefined;
    return row === undefined ? undefined : toDomain(row);
  }

  async putDomain(d: DomainRecord, expectedVersion: number | undefined): Promise<boolean> {
    const args = domainColumns(d);
    if (expectedVersion === undefined) {
      await this.run('insertDomain', args);
      return true;
    }
    return (await this.run('updateDomain', { ...args, $version: expectedVersion })).changes === 1;
  }

  async listDomains(query: DomainQuery = {}): Promise<DomainRecord[]> {
    return (await this.pageDomains(query)).items;
  }

  async pageDomains(query: DomainQuery = {}): Promise<Page<DomainRecord>> {
    const after = query.cursor === undefined ? undefined : (decodeCursor(query.cursor, ['string'])[0] as string);
    const rows = (await this.all<Selectable<DomainsTable>>(queries.pageDomains(query, after))).map(toDomain);
    return page(rows, query.limit, (d) => [d.name]);
  }

  async claimSync(c: SyncClaim): Promise<DomainRecord[]> {
    // One writer: select-then-update inside one transaction is a safe claim (as claimDuePending).
    return this.transaction(async (tx) => {
      const self = tx as SqliteStore;
      const rows = await self.all<Selectable<DomainsTable>>(queries.claimSync({ instance: c.pluginInstance, t: c.now.getTime(), limit: c.limit, expiringBefore: c.expiringBefore, domain: c.domain, next: c.nextDueAt.getTime(), leaseMs: c.leaseMs }));
      const names = rows.map((r) => r.name);
      for (let i = 0; i < names.length; i += CHUNK) self.change(queries.syncClaimed(c.nextDueAt.getTime(), names.slice(i, i + CHUNK)));
      return rows.map(toDomain);
    });
  }

  async claimFollowUps(c: FollowUpClaim): Promise<OperationRecord[]> {
    // One writer: select-then-update inside one transaction is a safe claim (as claimSync).
    return this.transaction(async (tx) => {
      const self = tx as SqliteStore;
      const rows = await self.all<Selectable<OperationsTable>>(queries.claimFollowUps({ t: c.now.getTime(), limit: c.limit, operationId: c.operationId }));
      const ids = rows.map((r) => r.id);
      for (let i = 0; i < ids.length; i += CHUNK) self.change(queries.followUpsClaimed(c.nextDueAt.getTime(), ids.slice(i, i + CHUNK)));
      return rows.map(toOperation);
    });
  }

  async settleFollowUps(id: string, claimedUntil: Date, dueAt: Date | undefined): Promise<boolean> {
    return (await this.exec(() => this.change(queries.settleFollowUps(id, claimedUntil.getTime(), dueAt === undefined ? null : dueAt.getTime())))).changes === 1;
  }

  async getOperation(id: string): Promise<OperationRecord | undefined> {
    const row = (await this.get('getOperation', { id })) as Selectable<OperationsTable> | undefined;
    return row === undefined ? undefined : toOperation(row);
  }

  async getOperationByKey(key: string): Promise<OperationRecord | undefined> {
    const row = (await this.get('getOperationByKey', { key })) as Selectable<OperationsTable> | undefined;
    return row === undefined ? undefined : toOperation(row);
  }

  async getInFlight(domain: string): Promise<OperationRecord | undefined> {
    const row = (await this.get('getInFlight', { domain })) as Selectable<OperationsTable> | undefined;
    return row === undefined ? undefined : toOperation(row);
  }

  async insertOperation(r: OperationRecord): Promise<void> {
    const cols = { id: r.id, idempotency_key: r.idempotencyKey, created_at: r.createdAt.getTime(), version: r.version, ...operationColumns(r) } as Record<string, unknown>;
    const names = Object.keys(cols).sort();
    // One prepared statement per set of columns (the engine writes a handful); names are checked against the schema's columns.
    const key = `insertOperation:${names.join(',')}`;
    const p = this.s.fixed.get(key) ?? this.prepare(key, queries.insertOperation(names), names);
    await this.exec(() => p.stmt.run(...SqliteStore.bind(p, cols)));
  }

  async updateOperation(id: string, patch: OperationPatch, expectedVersion?: number): Promise<boolean> {
    const cols = operationColumns(patch) as Record<string, unknown>;
    const names = Object.keys(cols).sort();
    const checked = expectedVersion !== undefined;
    // One prepared statement per set of changed columns: the engine and tracker use a handful.
    const key = `updateOperation:${checked ? 'v:' : ''}${names.join(',')}`;
    const p = this.s.fixed.get(key) ?? this.prepare(key, queries.updateOperation(names, checked), checked ? [...names, '$id', '$version'] : [...names, '$id']);
    const args = { ...cols, $id: id, $version: expectedVersion };
    return (await this.exec(() => p.stmt.run(...SqliteStore.bind(p, args)))).changes === 1;
  }

  async listOperations(q: OperationQuery = {}): Promise<OperationRecord[]> {
    return (await this.pageOperations(q)).items;
  }

  async pageOperations(q: OperationQuery = {}): Promise<Page<OperationRecord>> {
    const after = q.cursor === undefined ? undefined : (decodeCursor(q.cursor, ['number', 'string']) as [number, string]);
    const rows = (await this.all<Selectable<OperationsTable>>(queries.pageOperations(q, after))).map(toOperation);
    return page(rows, q.limit, (o) => [o.createdAt.getTime(), o.id]);
  }

  async pendingByRef(pluginInstance: string, ref: string): Promise<OperationRecord[]> {
    return ((await this.rows('pendingByRef', { instance: pluginInstance, ref, status: 'pending' })) as Selectable<OperationsTable>[]).map(toOperation);
  }

  async claimDuePending(owner: string, token: string, now: Date, leaseMs: number, limit: number): Promise<PendingClaim[]> {
    const t = now.getTime();
    // SQLite serializes writers, so select-then-update inside one transaction is a safe claim;
    // PostgreSQL does the same with SELECT ... FOR UPDATE SKIP LOCKED.
    return this.transaction(async (tx) => {
      const self = tx as SqliteStore;
      const rows = await self.all<Pick<Selectable<OperationsTable>, (typeof queries.CLAIM_COLUMNS)[number]>>(queries.claimDue(t, limit));
      if (rows.length === 0) return [];
      const ids = rows.map((r) => r.id);
      // SQLite caps bound parameters per statement: lease in chunks (one cached statement per size).
      for (let i = 0; i < ids.length; i += CHUNK) self.change(queries.leaseClaimed(owner, token, t + leaseMs, ids.slice(i, i + CHUNK)));
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
        leaseToken: token,
      }));
    });
  }

  async extendLeases(owner: string, token: string, leaseExpiresAt: Date): Promise<number> {
    return (await this.run('extendLeases', { owner, token, expires: leaseExpiresAt.getTime() })).changes;
  }

  async releaseLease(id: string, owner: string, token: string): Promise<void> {
    await this.run('releaseLease', { id, owner, token });
  }

  async reschedule(ids: readonly string[], owner: string, token: string, nextCheckAt: Date, now: Date): Promise<void> {
    if (ids.length === 0) return;
    const next = nextCheckAt.getTime();
    const t = now.getTime();
    // One transaction, one UPDATE per chunk of ids: a batch poll over 100,000 refs reschedules
    // them in a few hundred statements and one commit.
    await this.transaction(async (tx) => {
      await (tx as SqliteStore).exec(() => {
        for (let i = 0; i < ids.length; i += CHUNK) this.change(queries.reschedule(ids.slice(i, i + CHUNK), owner, token, next, t));
      });
    });
  }

  async insertInbound(m: InboundRecord): Promise<boolean> {
    const result = await this.run('insertInbound', inboundColumns(m));
    return result.changes > 0;
  }

  async updateInbound(id: string, patch: Partial<Pick<InboundRecord, 'status' | 'reason' | 'operationId' | 'instance'>>, expectedStatus?: InboundStatus): Promise<boolean> {
    const set: Partial<Pick<InboundMessagesTable, 'status' | 'reason' | 'operation_id' | 'instance'>> = {};
    if (patch.status !== undefined) set.status = patch.status;
    if ('reason' in patch) set.reason = patch.reason ?? null;
    if ('operationId' in patch) set.operation_id = patch.operationId ?? null;
    if ('instance' in patch) set.instance = patch.instance ?? null;
    if (Object.keys(set).length === 0) return false;
    return (await this.exec(() => this.change(queries.updateInbound(id, set, expectedStatus)))).changes === 1;
  }

  async getInbound(id: string): Promise<InboundRecord | undefined> {
    const r = (await this.get('getInbound', { id })) as Selectable<InboundMessagesTable> | undefined;
    return r === undefined ? undefined : toInbound(r);
  }

  async listInbound(filter: { status?: InboundStatus; instance?: string } = {}): Promise<InboundRecord[]> {
    return (await this.all<Selectable<InboundMessagesTable>>(queries.listInbound(filter))).map(toInbound);
  }

  async getOrder(id: string): Promise<OrderRecord | undefined> {
    const r = (await this.get('getOrder', { id })) as Selectable<Database['orders']> | undefined;
    return r === undefined
      ? undefined
      : { id: r.id, customerId: opt(r.customer_id), status: r.status as OrderRecord['status'], version: Number(r.version), createdAt: new Date(Number(r.created_at)), updatedAt: new Date(Number(r.updated_at)) };
  }

  async putOrder(o: OrderRecord, expectedVersion: number | undefined): Promise<boolean> {
    const args = { id: o.id, customer_id: o.customerId ?? null, status: o.status, created_at: o.createdAt.getTime(), updated_at: o.updatedAt.getTime(), $version: expectedVersion };
    if (expectedVersion === undefined) {
      await this.run('insertOrder', args);
      return true;
    }
    return (await this.run('updateOrder', args)).changes === 1;
  }

  async insertTask(t: ManualTask): Promise<void> {
    await this.run('insertTask', taskColumns(t));
  }

  async getTask(id: string): Promise<ManualTask | undefined> {
    const r = (await this.get('getTask', { id })) as Selectable<ManualTasksTable> | undefined;
    return r === undefined ? undefined : toTask(r);
  }

  async updateTask(id: string, patch: TaskPatch, expectedVersion?: number): Promise<boolean> {
    const set: Partial<ManualTasksTable> = {};
    if (patch.status !== undefined) set.status = patch.status;
    if ('claimedBy' in patch) set.claimed_by = patch.claimedBy ?? null;
    if ('result' in patch) set.result = json(patch.result);
    if (patch.updatedAt !== undefined) set.updated_at = patch.updatedAt.getTime();
    return (await this.exec(() => this.change(queries.updateTask(id, set, expectedVersion)))).changes === 1;
  }

  async listTasks(filter: TaskQuery = {}): Promise<ManualTask[]> {
    return (await this.all<Selectable<ManualTasksTable>>(queries.listTasks(filter))).map(toTask);
  }

  async appendLog(e: NewActionLogEntry): Promise<void> {
    await this.run('appendLog', logColumns(e));
  }

  async queryLog(q: ActionLogQuery = {}): Promise<ActionLogEntry[]> {
    return (await this.pageLog(q)).items;
  }

  async pageLog(q: ActionLogQuery = {}): Promise<Page<ActionLogEntry>> {
    // Ids grow with every append, so they are the log's order and its cursor.
    const after = q.cursor === undefined ? undefined : (decodeCursor(q.cursor, ['number'])[0] as number);
    const rows = (await this.all<Selectable<ActionLogTable>>(queries.pageLog(q, after))).map(toLogEntry);
    return page(rows, q.limit, (e) => [e.id]);
  }

  async putApiKey(k: StoredApiKey): Promise<void> {
    await this.run('putApiKey', apiKeyColumns(k));
  }

  async getApiKey(id: string): Promise<StoredApiKey | undefined> {
    const r = (await this.get('getApiKey', { id })) as Selectable<ApiKeysTable> | undefined;
    return r === undefined ? undefined : toApiKey(r);
  }

  async listApiKeys(): Promise<StoredApiKey[]> {
    return ((await this.rows('listApiKeys', {})) as Selectable<ApiKeysTable>[]).map(toApiKey);
  }

  async revokeApiKey(id: string, at: Date): Promise<boolean> {
    return (await this.run('revokeApiKey', { id, at: at.getTime() })).changes === 1;
  }

  async touchApiKey(id: string, at: Date, notBefore: Date): Promise<void> {
    await this.run('touchApiKey', { id, at: at.getTime(), notBefore: notBefore.getTime() });
  }

  async putSession(session: StoredSession): Promise<void> {
    const c = sessionColumns(session);
    await this.exec(() => this.change({ sql: 'insert into "console_sessions" ("id", "key_id", "csrf_token", "created_at", "last_seen_at") values (?, ?, ?, ?, ?)', parameters: [c.id, c.key_id, c.csrf_token, c.created_at, c.last_seen_at] }));
  }

  async getSession(id: string): Promise<StoredSession | undefined> {
    const [row] = await this.all<Selectable<ConsoleSessionsTable>>({ sql: 'select * from "console_sessions" where "id" = ?', parameters: [id] });
    return row === undefined ? undefined : toSession(row);
  }

  async touchSession(id: string, at: Date, notBefore: Date): Promise<void> {
    await this.exec(() => this.change({ sql: 'update "console_sessions" set "last_seen_at" = ? where "id" = ? and "last_seen_at" <= ?', parameters: [at.getTime(), id, notBefore.getTime()] }));
  }

  async deleteSession(id: string): Promise<void> {
    await this.exec(() => this.change({ sql: 'delete from "console_sessions" where "id" = ?', parameters: [id] }));
  }

  async listSessions(keyId: string): Promise<StoredSession[]> {
    const rows = await this.all<Selectable<ConsoleSessionsTable>>({ sql: 'select * from "console_sessions" where "key_id" = ? order by "created_at", "id"', parameters: [keyId] });
    return rows.map(toSession);
  }

  async pruneSessions(idleBefore: Date, createdBefore: Date): Promise<number> {
    return (await this.exec(() => this.change({ sql: 'delete from "console_sessions" where "last_seen_at" < ? or "created_at" < ?', parameters: [idleBefore.getTime(), createdBefore.getTime()] }))).changes;
  }

  // --- outbound webhooks ----------------------------------------------------------------------

  async insertOutbox(events: readonly OutboxEvent[], now: Date): Promise<void> {
    for (const e of events) {
      await this.run('insertOutbox', { id: e.id, type: e.type, payload: JSON.stringify(e.payload ?? null), created_at: e.createdAt.getTime() });
      for (const endpoint of e.endpoints) await this.run('insertDelivery', { outbox_id: e.id, endpoint, next_attempt_at: now.getTime() });
    }
  }

  async claimDeliveries(owner: string, token: string, now: Date, leaseMs: number, limit: number): Promise<ClaimedDelivery[]> {
    // SQLite serializes writers, so select-then-update inside one transaction is a safe claim.
    return this.transaction(async (tx) => {
      const self = tx as SqliteStore;
      type Due = Pick<WebhookDeliveriesTable, 'outbox_id' | 'endpoint' | 'attempts'> & { type: string; payload: string; created_at: number };
      const rows = (await self.rows('dueDeliveries', { now: now.getTime(), limit })) as Due[];
      for (const r of rows) await self.run('leaseDelivery', { owner, token, expires: now.getTime() + leaseMs, outbox_id: r.outbox_id, endpoint: r.endpoint });
      return rows.map((r) => ({ outboxId: r.outbox_id, endpoint: r.endpoint, type: r.type, payload: JSON.parse(r.payload) as unknown, createdAt: new Date(Number(r.created_at)), attempts: Number(r.attempts), leaseToken: token }));
    });
  }

  async recordWebhookAttempt(a: WebhookAttemptResult): Promise<WebhookEndpointState | undefined> {
    return this.transaction(async (tx) => {
      const self = tx as SqliteStore;
      const at = a.at.getTime();
      const finished = await self.run('finishDelivery', {
        status: a.outcome === 'retry' ? 'pending' : a.outcome,
        attempts: a.attempt,
        next_attempt_at: (a.nextAttemptAt ?? a.at).getTime(),
        last_status_code: a.statusCode ?? null,
        last_error: a.error ?? null,
        updated_at: at,
        outbox_id: a.outboxId,
        endpoint: a.endpoint,
        token: a.leaseToken,
      });
      if (finished.changes !== 1) return undefined;
      await self.run('appendWebhookAttempt', { outbox_id: a.outboxId, endpoint: a.endpoint, attempt: a.attempt, at, status_code: a.statusCode ?? null, duration_ms: a.durationMs, error: a.error ?? null });
      if (a.outcome === 'delivered') await self.run('endpointSucceeded', { name: a.endpoint, at });
      else await self.run('endpointFailed', { name: a.endpoint, error: a.error ?? null, at });
      let endpoint = (await self.get('getWebhookEndpoint', { name: a.endpoint })) as Selectable<WebhookEndpointsTable>;
      if (a.outcome !== 'delivered' && endpoint.status === 'enabled' && endpoint.consecutive_failures >= a.disableAfter) {
        await self.run('disableEndpoint', { name: a.endpoint, reason: disabledReason(endpoint.consecutive_failures, a.error), at, threshold: a.disableAfter });
        endpoint = (await self.get('getWebhookEndpoint', { name: a.endpoint })) as Selectable<WebhookEndpointsTable>;
      }
      return toWebhookEndpoint(endpoint);
    });
  }

  async listWebhookDeliveries(filter: { outboxId?: string; endpoint?: string; status?: WebhookDeliveryStatus; limit?: number } = {}): Promise<WebhookDeliveryRecord[]> {
    const rows = await this.rows('listWebhookDeliveries', { outbox_id: filter.outboxId ?? null, endpoint: filter.endpoint ?? null, status: filter.status ?? null, limit: filter.limit ?? -1 });
    return (rows as (Selectable<WebhookDeliveriesTable> & { type: string; created_at: number })[]).map(toWebhookDelivery);
  }

  async listWebhookAttempts(filter: { outboxId?: string; endpoint?: string; limit?: number } = {}): Promise<WebhookAttempt[]> {
    const rows = await this.rows('listWebhookAttempts', { outbox_id: filter.outboxId ?? null, endpoint: filter.endpoint ?? null, limit: filter.limit ?? -1 });
    return (rows as Selectable<WebhookAttemptsTable>[]).map(toWebhookAttempt);
  }

  async listWebhookEndpoints(): Promise<WebhookEndpointState[]> {
    return ((await this.rows('listWebhookEndpoints', {})) as Selectable<WebhookEndpointsTable>[]).map(toWebhookEndpoint);
  }

  async enableWebhookEndpoint(name: string): Promise<void> {
    await this.run('enableEndpoint', { name });
  }

  async replaceCatalogue(pluginInstance: string, entries: readonly CatalogueEntry[]): Promise<void> {
    const rows = entries.map((e) => catalogueColumns(pluginInstance, e));
    await this.exec(() => {
      this.change({ sql: 'delete from "tld_catalogue" where "plugin_instance" = ?', parameters: [pluginInstance] });
      for (const r of rows) {
        this.change({
          sql: 'insert into "tld_catalogue" ("plugin_instance", "tld", "register_periods", "renew_periods", "prices", "synced_at") values (?, ?, ?, ?, ?, ?)',
          parameters: [r.plugin_instance, r.tld, r.register_periods, r.renew_periods, r.prices, r.synced_at],
        });
      }
    });
  }

  async listCatalogue(query: CatalogueQuery = {}): Promise<CatalogueEntry[]> {
    const where = catalogueFilter(query);
    const rows = await this.all<Selectable<TldCatalogueTable>>({ sql: `select * from "tld_catalogue"${where.sql} order by "tld", "plugin_instance"`, parameters: where.values });
    return rows.map(toCatalogueEntry);
  }

  async putHost(h: HostRecord): Promise<void> {
    await this.run('putHost', { id: h.id, hostname: h.hostname, pid: h.pid, started_at: h.startedAt.getTime(), heartbeat_at: h.heartbeatAt.getTime(), stopped_at: h.stoppedAt?.getTime() ?? null });
  }

  async listHosts(): Promise<HostRecord[]> {
    const rows = await this.all<Selectable<HostsTable>>(queries.listHosts());
    return rows.map(toHost);
  }

  async stateGet(instance: string, key: string, now: Date): Promise<Json | undefined> {
    const r = (await this.get('stateGet', { instance, key })) as { value: string; expires_at: number | null } | undefined;
    if (r === undefined) return undefined;
    if (r.expires_at !== null && Number(r.expires_at) <= now.getTime()) return undefined;
    return JSON.parse(r.value) as Json;
  }

  async stateSet(instance: string, key: string, value: Json, expiresAt: Date | undefined): Promise<void> {
    await this.run('stateSet', { instance, key, value: JSON.stringify(value), expires_at: expiresAt?.getTime() ?? null });
  }

  async stateDelete(instance: string, key: string): Promise<void> {
    await this.run('stateDelete', { instance, key });
  }

  async prune(olderThan: Date): Promise<{ actionLog: number; inbound: number }> {
    const before = olderThan.getTime();
    // A chunk per write: other writers (this host's engine, other processes) get the lock between chunks.
    const drain = async (name: 'pruneActionLog' | 'pruneInbound'): Promise<number> => {
      let total = 0;
      for (;;) {
        const { changes } = await this.run(name, { before, limit: PRUNE_CHUNK });
        total += changes;
        if (changes < PRUNE_CHUNK) return total;
      }
    };
    return { actionLog: await drain('pruneActionLog'), inbound: await drain('pruneInbound') };
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
export function openSqliteStore(filename: string, options: Omit<SqliteStoreOptions, 'filename'> = {}): Promise<SqliteStore> {
  return SqliteStore.open({ ...options, filename });
}
