import type { Json } from '@registrar-kit/sdk';
import { Kysely, PostgresDialect, sql, type Selectable, type Transaction } from 'kysely';
import pg from 'pg';
import { HostError, isHostError } from '../../errors.js';
import { catalogueColumns, toCatalogueEntry } from '../catalogue-rows.js';
import { sessionColumns, toSession } from '../session-rows.js';
import type { ApiKeysTable, ConsoleSessionsTable, Database, HostsTable, InboundMessagesTable, ManualTasksTable, OperationsTable, TldCatalogueTable } from '../schema.js';
import { disabledReason, toWebhookAttempt, toWebhookDelivery, toWebhookEndpoint } from '../rows.js';
import type {
  ActionLogEntry,
  ActionLogQuery,
  DomainQuery,
  DomainRecord,
  SyncClaim,
  FollowUpClaim,
  HostRecord,
  InboundRecord,
  InboundStatus,
  ManualTask,
  NewActionLogEntry,
  OperationPatch,
  OperationQuery,
  OperationRecord,
  OrderRecord,
  Page,
  PendingClaim,
  Store,
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
} from '../store.js';
import { migratePostgres, postgresMigrationState, WORK_DUE_CHANNEL } from './migrations.js';
import { apiKeyColumns, date, decodeCursor, domainColumns, inboundColumns, json, logColumns, operationColumns, opt, page, parse, taskColumns, toDomain, toHost, toApiKey, toInbound, toLogEntry, toOperation, toTask } from '../rows.js';

export interface PostgresStoreOptions {
  /** A `postgres://` connection string (user, password, host, port, database, `sslmode`, …). */
  url: string;
  /**
   * Apply pending migrations when opening (default false). Without it a database whose schema is
   * behind is refused, naming `registrar-kit store migrate`: a host never changes the schema of a
   * shared database unless its configuration says so.
   */
  migrate?: boolean;
  /** The PostgreSQL schema holding the tables (default `public`); set as the connections' search_path. */
  schema?: string;
  /** Connections in the pool (default 10): each transaction holds one while it runs. */
  poolSize?: number;
  /**
   * How long a statement waits for a row or table lock another connection holds before failing
   * with `STORE_UNAVAILABLE` (PostgreSQL's `lock_timeout`, default 10 s).
   */
  lockTimeoutMs?: number;
  /** How long to wait for a pooled connection, or a new one, before `STORE_UNAVAILABLE` (default 10 s). */
  connectTimeoutMs?: number;
  /** `application_name` shown in `pg_stat_activity` (default `registrar-kit`). */
  applicationName?: string;
}

/** A schema name usable unquoted in `search_path` and in the connection's `options`. */
export const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

// int8 (bigint: timestamps, the Action Log id) arrives as a string by default; epoch milliseconds
// and log ids fit a double exactly. Parsers are set per pool, not globally on the pg module.
const INT8_OID = 20;
const typeParsers = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary' ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** SQLSTATEs: a unique key refused a row. */
const UNIQUE_VIOLATION = '23505';
/** The transaction lost a race the database cannot serialise: planning it again from fresh rows is the answer. */
const RETRY_STATES = new Set(['40001', '40P01']);
/**
 * The database is not there or not answering in time: lock_timeout, statement timeout, shutdown,
 * too many connections, connection failures (class 08), out of resources (class 53).
 */
const UNAVAILABLE_STATES = new Set(['55P03', '57014', '57P01', '57P02', '57P03', '53300']);
const NETWORK_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

function classify(error: unknown): 'conflict' | 'retry' | 'unavailable' | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    if (code === UNIQUE_VIOLATION) return 'conflict';
    if (RETRY_STATES.has(code)) return 'retry';
    if (UNAVAILABLE_STATES.has(code) || code.startsWith('08') || code.startsWith('53') || NETWORK_ERRORS.has(code)) return 'unavailable';
  }
  const message = (error as Error | null)?.message ?? '';
  if (/timeout exceeded when trying to connect|Connection terminated|connect ECONNREFUSED|Client has encountered a connection error/i.test(message)) return 'unavailable';
  return undefined;
}

/**
 * Unique violations become a coded CONFLICT, and so do deadlocks and serialization failures (the
 * engine plans a unit whose transaction failed with CONFLICT again, from fresh rows); an absent
 * or overloaded database is STORE_UNAVAILABLE. Anything else passes through.
 */
function mapError(error: unknown): unknown {
  if (isHostError(error)) return error;
  const message = (error as Error | null)?.message ?? String(error);
  switch (classify(error)) {
    case 'conflict':
      return new HostError('CONFLICT', `the store refused a duplicate: ${message}`);
    case 'retry':
      return new HostError('CONFLICT', `the store could not serialise concurrent changes: ${message}`, [], { cause: error });
    case 'unavailable':
      return new HostError('STORE_UNAVAILABLE', `the PostgreSQL store is unavailable: ${message}`, [], { cause: error });
    default:
      return error;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Attempts of a single statement outside a transaction that lost a deadlock (it is atomic: repeating it is safe). */
const STATEMENT_ATTEMPTS = 4;

interface Shared {
  db: Kysely<Database>;
  pool: pg.Pool;
  poolSize: number;
  closed: boolean;
  /** Top-level transactions running: close waits for them. */
  running: Set<Promise<unknown>>;
  /** What the LISTEN connection needs, and its listeners. */
  listen: WorkDueListener;
}

/** Rows deleted per statement when pruning (each statement commits on its own). */
const PRUNE_CHUNK = 10_000;

/**
 * The one connection of a store that LISTENs on {@link WORK_DUE_CHANNEL} (outside the pool: a
 * LISTEN lasts as long as its session), opened with the first listener and closed with the last.
 * A dropped connection is opened again with backoff; as notifications sent meanwhile are lost,
 * every (re)connection tells the listeners that work may be due now.
 */
class WorkDueListener {
  private readonly listeners = new Set<(dueAt: Date) => void>();
  private client: pg.Client | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private attempts = 0;
  /** Resolves when the current connection listens (tests wait for it). */
  ready: Promise<void> = Promise.resolve();

  constructor(private readonly config: pg.ClientConfig, private readonly schema: string) {}

  add(listener: (dueAt: Date) => void): () => void {
    this.listeners.add(listener);
    if (this.client === undefined && this.retryTimer === undefined) this.connect();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  }

  private connect(): void {
    const client = new pg.Client(this.config);
    this.client = client;
    const lost = (): void => {
      if (this.client !== client) return;
      this.client = undefined;
      void client.end().catch(() => undefined);
      if (this.listeners.size === 0) return;
      const delay = Math.min(30_000, 100 * 2 ** Math.min(this.attempts++, 9));
      this.retryTimer = setTimeout(() => {
        this.retryTimer = undefined;
        if (this.listeners.size > 0 && this.client === undefined) this.connect();
      }, delay).unref();
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (message) => {
      if (message.channel !== WORK_DUE_CHANNEL || message.payload === undefined) return;
      const space = message.payload.lastIndexOf(' ');
      if (message.payload.slice(0, space) !== this.schema) return;
      const at = Number(message.payload.slice(space + 1));
      if (Number.isFinite(at)) this.emit(new Date(at));
    });
    this.ready = client
      .connect()
      .then(() => client.query(`listen ${WORK_DUE_CHANNEL}`))
      .then(() => {
        this.attempts = 0;
        // Anything notified before this connection listened is unknown: it may be due now.
        this.emit(new Date(0));
      })
      .catch(lost);
  }

  private emit(dueAt: Date): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(dueAt);
      } catch {
        // A listener's failure is its own.
      }
    }
  }

  stop(): void {
    this.listeners.clear();
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    const client = this.client;
    this.client = undefined;
    if (client !== undefined) void client.end().catch(() => undefined);
  }
}

type Executor = Kysely<Database> | Transaction<Database>;

const CLAIM_COLUMNS = ['id', 'operation', 'domain', 'plugin_instance', 'customer_id', 'ref', 'await_kind', 'step', 'pending_data', 'poll_attempts', 'submitted_at', 'created_at', 'next_check_at'] as const;

/**
 * The shared store: PostgreSQL through Kysely's PostgresDialect and a node-postgres pool. Several
 * hosts may use one database: claims take rows with `FOR UPDATE SKIP LOCKED`, every conditional
 * write is a compare-and-set on the row's version, and the partial unique index
 * `operations_in_flight` keeps one operation in flight per domain across all of them.
 *
 * A transaction holds one pooled connection from BEGIN to COMMIT (READ COMMITTED: the engine's
 * compare-and-set writes, not the isolation level, decide who wins); a nested
 * {@link PostgresStore.transaction} is a savepoint. Statements outside a transaction take any
 * connection of the pool.
 */
export class PostgresStore implements Store {
  private savepoints = 0;
  /** Commit lanes for the engine: the pool less a connection for reads, claims and heartbeats. */
  readonly writers: number;

  private constructor(
    private readonly s: Shared,
    /** The open transaction this store runs in, or undefined for the pool. */
    private readonly trx: Transaction<Database> | undefined,
  ) {
    this.writers = Math.max(1, s.poolSize - 1);
  }

  static async open(options: PostgresStoreOptions): Promise<PostgresStore> {
    const schema = options.schema ?? 'public';
    if (!SCHEMA_NAME.test(schema)) throw new HostError('CONFIG_INVALID', `store.schema "${schema}" is not a plain PostgreSQL name (lower case letters, digits, _)`);
    const lockTimeout = options.lockTimeoutMs ?? 10_000;
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
      idleTimeoutMillis: 30_000,
      application_name: options.applicationName ?? 'registrar-kit',
      options: `-c search_path=${schema} -c lock_timeout=${Math.max(0, Math.round(lockTimeout))}`,
      types: typeParsers,
    });
    // An idle connection dropped by the server must not crash the process: the next query on the
    // pool opens a new one (or fails with STORE_UNAVAILABLE).
    pool.on('error', () => undefined);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const where = describeUrl(options.url, schema);
    try {
      if (options.migrate === true) {
        await migratePostgres(db as unknown as Kysely<unknown>, schema);
      } else {
        const state = await postgresMigrationState(db as unknown as Kysely<unknown>, schema);
        if (state.pending.length > 0) {
          throw new HostError(
            'CONFIG_INVALID',
            `the PostgreSQL store ${where} ${state.applied.length === 0 ? 'has no registrar-kit tables' : `is behind this version (pending: ${state.pending.join(', ')})`}: ` +
              'run `registrar-kit store migrate` against it, or set "migrate": true in the store configuration',
          );
        }
      }
    } catch (error) {
      await db.destroy().catch(() => undefined);
      const mapped = mapError(error);
      if (isHostError(mapped)) throw mapped;
      throw new HostError('CONFIG_INVALID', `cannot open the PostgreSQL store ${where}: ${(error as Error).message}`);
    }
    const listen = new WorkDueListener(
      { connectionString: options.url, application_name: `${options.applicationName ?? 'registrar-kit'} listen`, connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000, keepAlive: true },
      schema,
    );
    return new PostgresStore({ db, pool, poolSize: options.poolSize ?? 10, closed: false, running: new Set(), listen }, undefined);
  }

  // --- plumbing -----------------------------------------------------------------------------

  private get db(): Executor {
    if (this.s.closed) throw new HostError('HOST_CLOSED', 'the store is closed: create a new host to continue');
    return this.trx ?? this.s.db;
  }

  /**
   * Runs one statement. Inside a transaction an error maps and propagates (the transaction decides);
   * outside one, a statement that lost a deadlock is repeated (a single statement is atomic).
   */
  private async q<T>(fn: (db: Executor) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const db = this.db;
      try {
        return await fn(db);
      } catch (error) {
        if (this.trx === undefined && classify(error) === 'retry' && attempt < STATEMENT_ATTEMPTS) {
          await sleep(2 ** attempt + Math.random() * 5);
          continue;
        }
        throw mapError(error);
      }
    }
  }

  /**
   * Runs `fn` so that a failed statement leaves an enclosing transaction usable (PostgreSQL aborts a
   * transaction on any error; SQLite does not): inside a transaction, `fn` runs in a savepoint.
   */
  private guarded<T>(fn: (store: PostgresStore) => Promise<T>): Promise<T> {
    return this.trx === undefined ? fn(this) : this.transaction((tx) => fn(tx as PostgresStore));
  }

  async transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    if (this.trx !== undefined) {
      const trx = this.trx;
      const name = sql.id(`rk_sp_${++this.savepoints}`);
      await this.q(() => sql`savepoint ${name}`.execute(trx));
      try {
        const result = await fn(new PostgresStore(this.s, trx));
        await this.q(() => sql`release savepoint ${name}`.execute(trx));
        return result;
      } catch (error) {
        await sql`rollback to savepoint ${name}`.execute(trx);
        await sql`release savepoint ${name}`.execute(trx);
        throw mapError(error);
      }
    }
    const db = this.db as Kysely<Database>;
    const run = (async () => {
      try {
        return await db.transaction().execute((trx) => fn(new PostgresStore(this.s, trx)));
      } catch (error) {
        throw mapError(error);
      }
    })();
    this.s.running.add(run);
    try {
      return await run;
    } finally {
      this.s.running.delete(run);
    }
  }

  // --- domains ------------------------------------------------------------------------------

  async getDomain(name: string): Promise<DomainRecord | undefined> {
    const row = await this.q((db) => db.selectFrom('domains').selectAll().where('name', '=', name).executeTakeFirst());
    return row === undefined ? undefined : toDomain(row);
  }

  async putDomain(d: DomainRecord, expectedVersion: number | undefined): Promise<boolean> {
    const cols = domainColumns(d);
    if (expectedVersion === undefined) {
      // ON CONFLICT DO NOTHING: a duplicate is answered without aborting the caller's transaction.
      const r = await this.q((db) => db.insertInto('domains').values({ ...cols, version: 0 }).onConflict((oc) => oc.doNothing()).executeTakeFirst());
      if (Number(r.numInsertedOrUpdatedRows ?? 0) === 0) throw new HostError('CONFLICT', `the store refused a duplicate: domain ${d.name} exists`);
      return true;
    }
    const { name: _name, created_at: _created, ...set } = cols;
    const r = await this.q((db) =>
      db
        .updateTable('domains')
        .set({ ...set, version: sql<number>`version + 1` })
        .where('name', '=', d.name)
        .where('version', '=', expectedVersion)
        .executeTakeFirst(),
    );
    return Number(r.numUpdatedRows) === 1;
  }

  async listDomains(query: DomainQuery = {}): Promise<DomainRecord[]> {
    return (await this.pageDomains(query)).items;
  }

  async pageDomains(query: DomainQuery = {}): Promise<Page<DomainRecord>> {
    const after = query.cursor === undefined ? undefined : (decodeCursor(query.cursor, ['string'])[0] as string);
    const rows = await this.q((db) => {
      let q = db.selectFrom('domains').selectAll().orderBy('name');
      if (query.status !== undefined) q = q.where('status', 'in', Array.isArray(query.status) ? query.status : [query.status]);
      if (query.pluginInstance !== undefined) q = q.where('plugin_instance', '=', query.pluginInstance);
      if (query.customerId !== undefined) q = q.where('customer_id', '=', query.customerId);
      // ilike: SQLite's LIKE ignores ASCII case; backslash is PostgreSQL's default LIKE escape.
      if (query.text !== undefined) q = q.where('name', 'ilike', `%${query.text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
      if (after !== undefined) q = q.where('name', '>', after);
      if (query.limit !== undefined) q = q.limit(query.limit + 1);
      return q.execute();
    });
    return page(rows.map(toDomain), query.limit, (d) => [d.name]);
  }

  async claimSync(c: SyncClaim): Promise<DomainRecord[]> {
    const t = c.now.getTime();
    // One statement: due rows are locked as they are chosen and rows another sweep holds are
    // skipped (SKIP LOCKED); moving the due time forward is the lease.
    const rows = await this.q((db) =>
      db
        .updateTable('domains')
        .set({ sync_due_at: c.nextDueAt.getTime() })
        .where(
          'name',
          'in',
          (() => {
            let q = db
              .selectFrom('domains')
              .select('name')
              .where('plugin_instance', '=', c.pluginInstance)
              .where('status', 'in', ['registered', 'expired'])
              .where('pending_operation', 'is', null);
            if (c.domain === undefined) q = q.where((eb) => eb.or([eb('sync_due_at', 'is', null), eb('sync_due_at', '<=', t)]));
            else {
              q = q.where('name', '=', c.domain);
              // Not while another claim holds it: claimed within the lease (due time - interval) and not synced since.
              const next = c.nextDueAt.getTime();
              const lease = c.leaseMs;
              if (lease !== undefined) q = q.where((eb) => eb.or([eb('sync_due_at', 'is', null), eb('sync_due_at', '<=', next - lease), eb('synced_at', '>=', sql<number>`sync_due_at - ${next - t}`)]));
            }
            if (c.expiringBefore !== undefined) q = q.where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '<', c.expiringBefore!)]));
            return q.orderBy(sql`sync_due_at asc nulls first`).limit(c.limit).forUpdate().skipLocked();
          })(),
        )
        .returningAll()
        .execute(),
    );
    return rows.map(toDomain);
  }

  // --- operations ---------------------------------------------------------------------------

  async claimFollowUps(c: FollowUpClaim): Promise<OperationRecord[]> {
    // One statement, as claimSync: due rows are locked as they are chosen, rows another sweep
    // holds are skipped, and moving the due time forward is the lease.
    const rows = await this.q((db) => {
      let due = db
        .selectFrom('operations')
        .select('id')
        .where(sql.ref('status'), '=', sql.lit('done'))
        .where(sql.ref('operation'), 'in', sql`('register', 'transfer', 'renew')`)
        .where('follow_up_due_at', '<=', c.now.getTime());
      if (c.operationId !== undefined) due = due.where('id', '=', c.operationId);
      return db
        .updateTable('operations')
        .set({ follow_up_due_at: c.nextDueAt.getTime() })
        .where('id', 'in', due.orderBy('follow_up_due_at').limit(c.limit).forUpdate().skipLocked())
        .returningAll()
        .execute();
    });
    return rows.map(toOperation);
  }

  async settleFollowUps(id: string, claimedUntil: Date, dueAt: Date | undefined): Promise<boolean> {
    const result = await this.q((db) =>
      db
        .updateTable('operations')
        .set({ follow_up_due_at: dueAt === undefined ? null : dueAt.getTime() })
        .where('id', '=', id)
        .where('follow_up_due_at', '=', claimedUntil.getTime())
        .executeTakeFirst(),
    );
    return Number(result.numUpdatedRows) === 1;
  }

  async getOperation(id: string): Promise<OperationRecord | undefined> {
    const row = await this.q((db) => db.selectFrom('operations').selectAll().where('id', '=', id).executeTakeFirst());
    return row === undefined ? undefined : toOperation(row);
  }

  async getOperationByKey(key: string): Promise<OperationRecord | undefined> {
    const row = await this.q((db) => db.selectFrom('operations').selectAll().where('idempotency_key', '=', key).executeTakeFirst());
    return row === undefined ? undefined : toOperation(row);
  }

  async getInFlight(domain: string): Promise<OperationRecord | undefined> {
    const row = await this.q((db) => db.selectFrom('operations').selectAll().where('domain', '=', domain).where(sql.ref('holds_domain'), '=', sql.lit(1)).executeTakeFirst());
    return row === undefined ? undefined : toOperation(row);
  }

  async insertOperation(r: OperationRecord): Promise<void> {
    const values = { ...operationColumns(r), id: r.id, idempotency_key: r.idempotencyKey, created_at: r.createdAt.getTime(), version: r.version } as OperationsTable;
    // Any unique key (id, idempotency key, the domain in flight) refuses the row without aborting the transaction.
    const result = await this.q((db) => db.insertInto('operations').values(values).onConflict((oc) => oc.doNothing()).executeTakeFirst());
    if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) {
      throw new HostError('CONFLICT', `the store refused a duplicate: operation ${r.id} (key ${r.idempotencyKey}${r.holdsDomain ? `, in flight on ${r.domain}` : ''})`);
    }
  }

  async updateOperation(id: string, patch: OperationPatch, expectedVersion?: number): Promise<boolean> {
    const cols = operationColumns(patch);
    const write = (store: PostgresStore): Promise<boolean> =>
      store.q(async (db) => {
        let q = db
          .updateTable('operations')
          .set({ ...cols, version: sql<number>`version + 1` })
          .where('id', '=', id);
        if (expectedVersion !== undefined) q = q.where('version', '=', expectedVersion);
        return Number((await q.executeTakeFirst()).numUpdatedRows) === 1;
      });
    // Taking a domain can meet another operation holding it (the unique index): keep the transaction usable.
    return cols.holds_domain === 1 ? this.guarded(write) : write(this);
  }

  async listOperations(q: OperationQuery = {}): Promise<OperationRecord[]> {
    return (await this.pageOperations(q)).items;
  }

  async pageOperations(query: OperationQuery = {}): Promise<Page<OperationRecord>> {
    const after = query.cursor === undefined ? undefined : (decodeCursor(query.cursor, ['number', 'string']) as [number, string]);
    const desc = query.order === 'desc';
    const rows = await this.q((db) => {
      let q = db
        .selectFrom('operations')
        .selectAll()
        .orderBy('created_at', desc ? 'desc' : 'asc')
        .orderBy('id', desc ? 'desc' : 'asc');
      if (query.domain !== undefined) q = q.where('domain', '=', query.domain);
      if (query.orderId !== undefined) q = q.where('order_id', '=', query.orderId);
      if (query.pluginInstance !== undefined) q = q.where('plugin_instance', '=', query.pluginInstance);
      if (query.operation !== undefined) q = q.where('operation', '=', query.operation);
      if (query.customerId !== undefined) q = q.where('customer_id', '=', query.customerId);
      if (query.status !== undefined) q = q.where('status', 'in', Array.isArray(query.status) ? query.status : [query.status]);
      if (query.since !== undefined) q = q.where('created_at', '>=', query.since.getTime());
      if (after !== undefined) {
        const [at, id] = after;
        q = q.where((eb) => eb.or([eb('created_at', desc ? '<' : '>', at), eb.and([eb('created_at', '=', at), eb('id', desc ? '<' : '>', id)])]));
      }
      if (query.limit !== undefined) q = q.limit(query.limit + 1);
      return q.execute();
    });
    return page(rows.map(toOperation), query.limit, (o) => [o.createdAt.getTime(), o.id]);
  }

  async pendingByRef(pluginInstance: string, ref: string): Promise<OperationRecord[]> {
    const rows = await this.q((db) =>
      db.selectFrom('operations').selectAll().where('plugin_instance', '=', pluginInstance).where('ref', '=', ref).where('status', '=', 'pending').orderBy('id').limit(2).execute(),
    );
    return rows.map(toOperation);
  }

  // --- leases -------------------------------------------------------------------------------

  async claimDuePending(owner: string, token: string, now: Date, leaseMs: number, limit: number): Promise<PendingClaim[]> {
    const t = now.getTime();
    const expires = t + leaseMs;
    // One statement: the due rows are locked as they are chosen, and rows another claim holds
    // locked are skipped rather than waited for (SKIP LOCKED), so concurrent trackers on any
    // number of hosts never get the same row and never queue behind each other.
    const rows = await this.q((db) =>
      db
        .updateTable('operations')
        .set({ lease_owner: owner, lease_token: token, lease_expires_at: expires, version: sql<number>`version + 1` })
        .where(
          'id',
          'in',
          db
            .selectFrom('operations')
            .select('id')
            .where(sql.ref('status'), '=', sql.lit('pending'))
            .where('next_check_at', '<=', t)
            .where((eb) => eb.or([eb('lease_expires_at', 'is', null), eb('lease_expires_at', '<', t)]))
            .orderBy('next_check_at')
            .limit(limit)
            .forUpdate()
            .skipLocked(),
        )
        .returning([...CLAIM_COLUMNS])
        .execute(),
    );
    const leaseExpiresAt = new Date(expires);
    return rows
      .sort((a, b) => Number(a.next_check_at) - Number(b.next_check_at))
      .map((r) => ({
        id: r.id,
        operation: r.operation,
        domain: r.domain,
        pluginInstance: opt(r.plugin_instance),
        customerId: opt(r.customer_id),
        ref: opt(r.ref),
        await: opt(r.await_kind) as OperationRecord['await'],
        step: opt(r.step),
        pendingData: parse(r.pending_data),
        pollAttempts: Number(r.poll_attempts),
        submittedAt: date(r.submitted_at),
        createdAt: new Date(Number(r.created_at)),
        leaseOwner: owner,
        leaseExpiresAt,
        leaseToken: token,
      }));
  }

  async extendLeases(owner: string, token: string, leaseExpiresAt: Date): Promise<number> {
    const r = await this.q((db) =>
      db
        .updateTable('operations')
        .set({ lease_expires_at: leaseExpiresAt.getTime() })
        .where(sql.ref('status'), '=', sql.lit('pending'))
        .where('lease_owner', '=', owner)
        .where('lease_token', '=', token)
        .executeTakeFirst(),
    );
    return Number(r.numUpdatedRows);
  }

  async releaseLease(id: string, owner: string, token: string): Promise<void> {
    await this.q((db) =>
      db
        .updateTable('operations')
        .set({ lease_owner: null, lease_expires_at: null, lease_token: null, version: sql<number>`version + 1` })
        .where('id', '=', id)
        .where('lease_owner', '=', owner)
        .where('lease_token', '=', token)
        .execute(),
    );
  }

  async reschedule(ids: readonly string[], owner: string, token: string, nextCheckAt: Date, now: Date): Promise<void> {
    if (ids.length === 0) return;
    // One statement for any number of ids: the ids travel as one array parameter.
    await this.q((db) =>
      db
        .updateTable('operations')
        .set({
          next_check_at: nextCheckAt.getTime(),
          poll_attempts: sql<number>`poll_attempts + 1`,
          lease_owner: null,
          lease_expires_at: null,
          lease_token: null,
          updated_at: now.getTime(),
          version: sql<number>`version + 1`,
        })
        .where(sql<boolean>`id = any(${[...ids]}::text[])`)
        .where('lease_owner', '=', owner)
        .where('lease_token', '=', token)
        .execute(),
    );
  }

  // --- inbound messages ---------------------------------------------------------------------

  async insertInbound(m: InboundRecord): Promise<boolean> {
    const r = await this.q((db) =>
      db
        .insertInto('inbound_messages')
        .values(inboundColumns(m))
        // Any unique key: the content hash, the (instance, delivery key) pair, or the id.
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst(),
    );
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async updateInbound(id: string, patch: Partial<Pick<InboundRecord, 'status' | 'reason' | 'operationId' | 'instance'>>, expectedStatus?: InboundStatus): Promise<boolean> {
    const set: Partial<Pick<InboundMessagesTable, 'status' | 'reason' | 'operation_id' | 'instance'>> = {};
    if (patch.status !== undefined) set.status = patch.status;
    if ('reason' in patch) set.reason = patch.reason ?? null;
    if ('operationId' in patch) set.operation_id = patch.operationId ?? null;
    if ('instance' in patch) set.instance = patch.instance ?? null;
    if (Object.keys(set).length === 0) return false;
    const result = await this.q((db) => {
      const q = db.updateTable('inbound_messages').set(set).where('id', '=', id);
      return (expectedStatus === undefined ? q : q.where('status', '=', expectedStatus)).executeTakeFirst();
    });
    return Number(result.numUpdatedRows) === 1;
  }

  async getInbound(id: string): Promise<InboundRecord | undefined> {
    const r = await this.q((db) => db.selectFrom('inbound_messages').selectAll().where('id', '=', id).executeTakeFirst());
    return r === undefined ? undefined : toInbound(r);
  }

  async listInbound(filter: { status?: InboundStatus; instance?: string } = {}): Promise<InboundRecord[]> {
    const rows = await this.q((db) => {
      let q = db.selectFrom('inbound_messages').selectAll().orderBy('received_at').orderBy('id');
      if (filter.status !== undefined) q = q.where('status', '=', filter.status);
      if (filter.instance !== undefined) q = q.where('instance', '=', filter.instance);
      return q.execute();
    });
    return rows.map(toInbound);
  }

  // --- orders and manual tasks --------------------------------------------------------------

  async getOrder(id: string): Promise<OrderRecord | undefined> {
    const r = await this.q((db) => db.selectFrom('orders').selectAll().where('id', '=', id).executeTakeFirst());
    return r === undefined
      ? undefined
      : { id: r.id, customerId: opt(r.customer_id), status: r.status as OrderRecord['status'], version: Number(r.version), createdAt: new Date(Number(r.created_at)), updatedAt: new Date(Number(r.updated_at)) };
  }

  async putOrder(o: OrderRecord, expectedVersion: number | undefined): Promise<boolean> {
    if (expectedVersion === undefined) {
      const r = await this.q((db) =>
        db
          .insertInto('orders')
          .values({ id: o.id, customer_id: o.customerId ?? null, status: o.status, version: 0, created_at: o.createdAt.getTime(), updated_at: o.updatedAt.getTime() })
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst(),
      );
      if (Number(r.numInsertedOrUpdatedRows ?? 0) === 0) throw new HostError('CONFLICT', `the store refused a duplicate: order ${o.id} exists`);
      return true;
    }
    const r = await this.q((db) =>
      db
        .updateTable('orders')
        .set({ status: o.status, customer_id: o.customerId ?? null, updated_at: o.updatedAt.getTime(), version: sql<number>`version + 1` })
        .where('id', '=', o.id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst(),
    );
    return Number(r.numUpdatedRows) === 1;
  }

  async insertTask(t: ManualTask): Promise<void> {
    const r = await this.q((db) =>
      db
        .insertInto('manual_tasks')
        .values(taskColumns(t))
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst(),
    );
    if (Number(r.numInsertedOrUpdatedRows ?? 0) === 0) throw new HostError('CONFLICT', `the store refused a duplicate: manual task ${t.id} exists`);
  }

  async getTask(id: string): Promise<ManualTask | undefined> {
    const r = await this.q((db) => db.selectFrom('manual_tasks').selectAll().where('id', '=', id).executeTakeFirst());
    return r === undefined ? undefined : toTask(r);
  }

  async updateTask(id: string, patch: TaskPatch, expectedVersion?: number): Promise<boolean> {
    const set: Partial<ManualTasksTable> = {};
    if (patch.status !== undefined) set.status = patch.status;
    if ('claimedBy' in patch) set.claimed_by = patch.claimedBy ?? null;
    if ('result' in patch) set.result = json(patch.result);
    if (patch.updatedAt !== undefined) set.updated_at = patch.updatedAt.getTime();
    const r = await this.q((db) => {
      let q = db
        .updateTable('manual_tasks')
        .set({ ...set, version: sql<number>`version + 1` })
        .where('id', '=', id);
      if (expectedVersion !== undefined) q = q.where('version', '=', expectedVersion);
      return q.executeTakeFirst();
    });
    return Number(r.numUpdatedRows) === 1;
  }

  async listTasks(filter: TaskQuery = {}): Promise<ManualTask[]> {
    const rows = await this.q((db) => {
      let q = db.selectFrom('manual_tasks').selectAll().orderBy('created_at').orderBy('id');
      if (filter.status !== undefined) q = q.where('status', 'in', Array.isArray(filter.status) ? filter.status : [filter.status]);
      if (filter.domain !== undefined) q = q.where('domain', '=', filter.domain);
      if (filter.operationId !== undefined) q = q.where('operation_id', '=', filter.operationId);
      if (filter.customerId !== undefined) q = q.where('operation_id', 'in', db.selectFrom('operations').select('id').where('customer_id', '=', filter.customerId));
      return q.execute();
    });
    return rows.map(toTask);
  }

  // --- the Action Log -----------------------------------------------------------------------

  async appendLog(e: NewActionLogEntry): Promise<void> {
    await this.q((db) =>
      db
        .insertInto('action_log')
        .values(logColumns(e))
        .execute(),
    );
  }

  async queryLog(q: ActionLogQuery = {}): Promise<ActionLogEntry[]> {
    return (await this.pageLog(q)).items;
  }

  async pageLog(query: ActionLogQuery = {}): Promise<Page<ActionLogEntry>> {
    // Identity values grow with every append, so they are the log's order and its cursor. (Two
    // hosts appending at once may commit out of id order: a reader paging the newest entries
    // while they commit can see a lower id appear behind its cursor — the same as any sequence.)
    const after = query.cursor === undefined ? undefined : (decodeCursor(query.cursor, ['number'])[0] as number);
    const desc = query.order === 'desc';
    const rows = await this.q((db) => {
      let q = db.selectFrom('action_log').selectAll().orderBy('id', desc ? 'desc' : 'asc');
      if (query.domain !== undefined) q = q.where('domain', '=', query.domain);
      if (query.operationId !== undefined) q = q.where('operation_id', '=', query.operationId);
      if (query.orderId !== undefined) q = q.where('order_id', '=', query.orderId);
      if (query.kind !== undefined) q = q.where('kind', '=', query.kind);
      if (query.customerId !== undefined) {
        // By operation, else by order, else by domain (see ActionLogQuery.customerId).
        const customerId = query.customerId;
        q = q.where((eb) =>
          eb.or([
            eb('operation_id', 'in', db.selectFrom('operations').select('id').where('customer_id', '=', customerId)),
            eb.and([
              eb('operation_id', 'is', null),
              eb.or([
                eb('order_id', 'in', db.selectFrom('orders').select('id').where('customer_id', '=', customerId)),
                eb.and([eb('order_id', 'is', null), eb('domain', 'in', db.selectFrom('domains').select('name').where('customer_id', '=', customerId))]),
              ]),
            ]),
          ]),
        );
      }
      if (query.level !== undefined) q = q.where('level', 'in', Array.isArray(query.level) ? query.level : [query.level]);
      if (query.since !== undefined) q = q.where('at', '>=', query.since.getTime());
      if (query.until !== undefined) q = q.where('at', '<=', query.until.getTime());
      if (after !== undefined) q = q.where('id', desc ? '<' : '>', after);
      if (query.limit !== undefined) q = q.limit(query.limit + 1);
      return q.execute();
    });
    return page(rows.map(toLogEntry), query.limit, (e) => [e.id]);
  }

  // --- API keys (not engine state: see Store) ------------------------------------------------

  async putApiKey(k: StoredApiKey): Promise<void> {
    const r = await this.q((db) => db.insertInto('api_keys').values(apiKeyColumns(k)).onConflict((oc) => oc.doNothing()).executeTakeFirst());
    if (Number(r.numInsertedOrUpdatedRows ?? 0) === 0) throw new HostError('CONFLICT', `the store refused a duplicate: API key ${k.id} exists`);
  }

  async getApiKey(id: string): Promise<StoredApiKey | undefined> {
    const r: Selectable<ApiKeysTable> | undefined = await this.q((db) => db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst());
    return r === undefined ? undefined : toApiKey(r);
  }

  async listApiKeys(): Promise<StoredApiKey[]> {
    const rows: Selectable<ApiKeysTable>[] = await this.q((db) => db.selectFrom('api_keys').selectAll().orderBy('created_at').orderBy('id').execute());
    return rows.map(toApiKey);
  }

  async revokeApiKey(id: string, at: Date): Promise<boolean> {
    const r = await this.q((db) =>
      db
        .updateTable('api_keys')
        .set({ revoked_at: sql<number>`coalesce(revoked_at, ${at.getTime()})` })
        .where('id', '=', id)
        .executeTakeFirst(),
    );
    return Number(r.numUpdatedRows) === 1;
  }

  async putSession(session: StoredSession): Promise<void> {
    const r = await this.q((db) => db.insertInto('console_sessions').values(sessionColumns(session)).onConflict((oc) => oc.doNothing()).executeTakeFirst());
    if (Number(r.numInsertedOrUpdatedRows ?? 0) === 0) throw new HostError('CONFLICT', 'the store refused a duplicate console session');
  }

  async getSession(id: string): Promise<StoredSession | undefined> {
    const r: Selectable<ConsoleSessionsTable> | undefined = await this.q((db) => db.selectFrom('console_sessions').selectAll().where('id', '=', id).executeTakeFirst());
    return r === undefined ? undefined : toSession(r);
  }

  async touchSession(id: string, at: Date, notBefore: Date): Promise<void> {
    await this.q((db) => db.updateTable('console_sessions').set({ last_seen_at: at.getTime() }).where('id', '=', id).where('last_seen_at', '<=', notBefore.getTime()).execute());
  }

  async deleteSession(id: string): Promise<void> {
    await this.q((db) => db.deleteFrom('console_sessions').where('id', '=', id).execute());
  }

  async listSessions(keyId: string): Promise<StoredSession[]> {
    const rows: Selectable<ConsoleSessionsTable>[] = await this.q((db) => db.selectFrom('console_sessions').selectAll().where('key_id', '=', keyId).orderBy('created_at').orderBy('id').execute());
    return rows.map(toSession);
  }

  async pruneSessions(idleBefore: Date, createdBefore: Date): Promise<number> {
    const r = await this.q((db) =>
      db
        .deleteFrom('console_sessions')
        .where((eb) => eb.or([eb('last_seen_at', '<', idleBefore.getTime()), eb('created_at', '<', createdBefore.getTime())]))
        .executeTakeFirst(),
    );
    return Number(r.numDeletedRows);
  }

  async touchApiKey(id: string, at: Date, notBefore: Date): Promise<void> {
    await this.q((db) =>
      db
        .updateTable('api_keys')
        .set({ last_used_at: at.getTime() })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<=', notBefore.getTime())]))
        .execute(),
    );
  }

  // --- hosts and plugin state ---------------------------------------------------------------

  // --- outbound webhooks ----------------------------------------------------------------------

  async insertOutbox(events: readonly OutboxEvent[], now: Date): Promise<void> {
    if (events.length === 0) return;
    const t = now.getTime();
    await this.q((db) => db.insertInto('webhook_outbox').values(events.map((e) => ({ id: e.id, type: e.type, payload: JSON.stringify(e.payload ?? null), created_at: e.createdAt.getTime() }))).execute());
    const deliveries = events.flatMap((e) => e.endpoints.map((endpoint) => ({ outbox_id: e.id, endpoint, status: 'pending', attempts: 0, next_attempt_at: t, updated_at: t })));
    if (deliveries.length > 0) await this.q((db) => db.insertInto('webhook_deliveries').values(deliveries).execute());
  }

  async claimDeliveries(owner: string, token: string, now: Date, leaseMs: number, limit: number): Promise<ClaimedDelivery[]> {
    const t = now.getTime();
    // One statement, as the tracker's claim: due rows are locked as they are chosen and rows
    // another worker holds are skipped (SKIP LOCKED), so two hosts never claim one delivery.
    const rows = await this.q(async (db) => {
      const claimed = await sql<{ outbox_id: string; endpoint: string; attempts: number; next_attempt_at: number }>`
        update webhook_deliveries d set lease_owner = ${owner}, lease_token = ${token}, lease_expires_at = ${t + leaseMs}
        from (
          select outbox_id, endpoint from webhook_deliveries c
          where c.status = 'pending' and c.next_attempt_at <= ${t} and (c.lease_expires_at is null or c.lease_expires_at < ${t})
            and not exists (select 1 from webhook_endpoints e where e.name = c.endpoint and e.status = 'disabled')
          order by c.next_attempt_at limit ${limit}
          for update skip locked
        ) due
        where d.outbox_id = due.outbox_id and d.endpoint = due.endpoint
        returning d.outbox_id, d.endpoint, d.attempts, d.next_attempt_at`.execute(db);
      if (claimed.rows.length === 0) return [];
      const ids = [...new Set(claimed.rows.map((r) => r.outbox_id))];
      const events = new Map((await db.selectFrom('webhook_outbox').selectAll().where(sql<boolean>`id = any(${ids}::text[])`).execute()).map((e) => [e.id, e]));
      return claimed.rows.sort((a, b) => Number(a.next_attempt_at) - Number(b.next_attempt_at)).map((r) => ({ ...r, event: events.get(r.outbox_id)! }));
    });
    return rows.map((r) => ({
      outboxId: r.outbox_id,
      endpoint: r.endpoint,
      type: r.event.type,
      payload: JSON.parse(r.event.payload) as unknown,
      createdAt: new Date(Number(r.event.created_at)),
      attempts: Number(r.attempts),
      leaseToken: token,
    }));
  }

  async recordWebhookAttempt(a: WebhookAttemptResult): Promise<WebhookEndpointState | undefined> {
    return this.transaction(async (tx) => {
      const self = tx as PostgresStore;
      const at = a.at.getTime();
      const finished = await self.q((db) =>
        db
          .updateTable('webhook_deliveries')
          .set({
            status: a.outcome === 'retry' ? 'pending' : a.outcome,
            attempts: a.attempt,
            next_attempt_at: (a.nextAttemptAt ?? a.at).getTime(),
            last_status_code: a.statusCode ?? null,
            last_error: a.error ?? null,
            updated_at: at,
            lease_owner: null,
            lease_token: null,
            lease_expires_at: null,
          })
          .where('outbox_id', '=', a.outboxId)
          .where('endpoint', '=', a.endpoint)
          .where('lease_token', '=', a.leaseToken)
          .executeTakeFirst(),
      );
      if (Number(finished.numUpdatedRows) !== 1) return undefined;
      await self.q((db) =>
        db.insertInto('webhook_attempts').values({ outbox_id: a.outboxId, endpoint: a.endpoint, attempt: a.attempt, at, status_code: a.statusCode ?? null, duration_ms: a.durationMs, error: a.error ?? null }).execute(),
      );
      // One statement per outcome: hosts failing at once each count (the row lock orders them).
      let endpoint = await self.q((db) =>
        db
          .insertInto('webhook_endpoints')
          .values(
            a.outcome === 'delivered'
              ? { name: a.endpoint, status: 'enabled', consecutive_failures: 0, last_attempt_at: at, last_success_at: at }
              : { name: a.endpoint, status: 'enabled', consecutive_failures: 1, last_error: a.error ?? null, last_attempt_at: at },
          )
          .onConflict((oc) =>
            oc
              .column('name')
              .doUpdateSet(
                a.outcome === 'delivered'
                  ? { consecutive_failures: 0, last_attempt_at: at, last_success_at: at }
                  : { consecutive_failures: sql<number>`webhook_endpoints.consecutive_failures + 1`, last_error: a.error ?? null, last_attempt_at: at },
              ),
          )
          .returningAll()
          .executeTakeFirstOrThrow(),
      );
      if (a.outcome !== 'delivered' && endpoint.status === 'enabled' && Number(endpoint.consecutive_failures) >= a.disableAfter) {
        endpoint = await self.q((db) =>
          db
            .updateTable('webhook_endpoints')
            .set({ status: 'disabled', disabled_reason: disabledReason(Number(endpoint.consecutive_failures), a.error), disabled_at: at })
            .where('name', '=', a.endpoint)
            .returningAll()
            .executeTakeFirstOrThrow(),
        );
      }
      return toWebhookEndpoint(endpoint);
    });
  }

  async listWebhookDeliveries(filter: { outboxId?: string; endpoint?: string; status?: WebhookDeliveryStatus; limit?: number } = {}): Promise<WebhookDeliveryRecord[]> {
    const rows = await this.q((db) => {
      let q = db.selectFrom('webhook_deliveries as d').innerJoin('webhook_outbox as o', 'o.id', 'd.outbox_id').selectAll('d').select(['o.type', 'o.created_at']).orderBy('d.outbox_id').orderBy('d.endpoint');
      if (filter.outboxId !== undefined) q = q.where('d.outbox_id', '=', filter.outboxId);
      if (filter.endpoint !== undefined) q = q.where('d.endpoint', '=', filter.endpoint);
      if (filter.status !== undefined) q = q.where('d.status', '=', filter.status);
      if (filter.limit !== undefined) q = q.limit(filter.limit);
      return q.execute();
    });
    return rows.map(toWebhookDelivery);
  }

  async listWebhookAttempts(filter: { outboxId?: string; endpoint?: string; limit?: number } = {}): Promise<WebhookAttempt[]> {
    const rows = await this.q((db) => {
      let q = db.selectFrom('webhook_attempts').selectAll().orderBy('id');
      if (filter.outboxId !== undefined) q = q.where('outbox_id', '=', filter.outboxId);
      if (filter.endpoint !== undefined) q = q.where('endpoint', '=', filter.endpoint);
      if (filter.limit !== undefined) q = q.limit(filter.limit);
      return q.execute();
    });
    return rows.map(toWebhookAttempt);
  }

  async listWebhookEndpoints(): Promise<WebhookEndpointState[]> {
    return (await this.q((db) => db.selectFrom('webhook_endpoints').selectAll().orderBy('name').execute())).map(toWebhookEndpoint);
  }

  async enableWebhookEndpoint(name: string): Promise<void> {
    await this.q((db) => db.updateTable('webhook_endpoints').set({ status: 'enabled', consecutive_failures: 0, disabled_reason: null, disabled_at: null }).where('name', '=', name).execute());
  }

  async replaceCatalogue(pluginInstance: string, entries: readonly CatalogueEntry[]): Promise<void> {
    const rows = entries.map((e) => catalogueColumns(pluginInstance, e));
    await this.q(async (db) => {
      await db.deleteFrom('tld_catalogue').where('plugin_instance', '=', pluginInstance).execute();
      if (rows.length > 0) await db.insertInto('tld_catalogue').values(rows).execute();
    });
  }

  async listCatalogue(query: CatalogueQuery = {}): Promise<CatalogueEntry[]> {
    const rows: Selectable<TldCatalogueTable>[] = await this.q((db) => {
      let select = db.selectFrom('tld_catalogue').selectAll();
      if (query.pluginInstance !== undefined) select = select.where('plugin_instance', '=', query.pluginInstance);
      if (query.tld !== undefined) select = select.where('tld', '=', query.tld);
      return select.orderBy('tld').orderBy('plugin_instance').execute();
    });
    return rows.map(toCatalogueEntry);
  }

  async putHost(h: HostRecord): Promise<void> {
    const heartbeat = h.heartbeatAt.getTime();
    const stopped = h.stoppedAt?.getTime() ?? null;
    await this.q((db) =>
      db
        .insertInto('hosts')
        .values({ id: h.id, hostname: h.hostname, pid: h.pid, started_at: h.startedAt.getTime(), heartbeat_at: heartbeat, stopped_at: stopped })
        .onConflict((oc) => oc.column('id').doUpdateSet({ heartbeat_at: heartbeat, stopped_at: stopped }))
        .execute(),
    );
  }

  async listHosts(): Promise<HostRecord[]> {
    const rows: Selectable<HostsTable>[] = await this.q((db) => db.selectFrom('hosts').selectAll().orderBy('started_at').execute());
    return rows.map(toHost);
  }

  async stateGet(instance: string, key: string, now: Date): Promise<Json | undefined> {
    const r = await this.q((db) => db.selectFrom('plugin_state').select(['value', 'expires_at']).where('instance', '=', instance).where('key', '=', key).executeTakeFirst());
    if (r === undefined) return undefined;
    if (r.expires_at !== null && Number(r.expires_at) <= now.getTime()) return undefined;
    return JSON.parse(r.value) as Json;
  }

  async stateSet(instance: string, key: string, value: Json, expiresAt: Date | undefined): Promise<void> {
    const text = JSON.stringify(value);
    const expires = expiresAt?.getTime() ?? null;
    await this.q((db) =>
      db
        .insertInto('plugin_state')
        .values({ instance, key, value: text, expires_at: expires })
        .onConflict((oc) => oc.columns(['instance', 'key']).doUpdateSet({ value: text, expires_at: expires }))
        .execute(),
    );
  }

  async stateDelete(instance: string, key: string): Promise<void> {
    await this.q((db) => db.deleteFrom('plugin_state').where('instance', '=', instance).where('key', '=', key).execute());
  }

  async prune(olderThan: Date): Promise<{ actionLog: number; inbound: number }> {
    const before = olderThan.getTime();
    // Chunks, each its own statement (and transaction outside one): no long lock, no huge
    // transaction; the `action_log_at` and `inbound_messages_received` indexes find the rows.
    const log = async (): Promise<number> => {
      let total = 0;
      for (;;) {
        const r = await this.q((db) => db.deleteFrom('action_log').where('id', 'in', db.selectFrom('action_log').select('id').where('at', '<', before).limit(PRUNE_CHUNK)).executeTakeFirst());
        const n = Number(r.numDeletedRows);
        total += n;
        if (n < PRUNE_CHUNK) return total;
      }
    };
    const inbound = async (): Promise<number> => {
      let total = 0;
      for (;;) {
        const r = await this.q((db) =>
          db.deleteFrom('inbound_messages').where('id', 'in', db.selectFrom('inbound_messages').select('id').where('received_at', '<', before).limit(PRUNE_CHUNK)).executeTakeFirst(),
        );
        const n = Number(r.numDeletedRows);
        total += n;
        if (n < PRUNE_CHUNK) return total;
      }
    };
    return { actionLog: await log(), inbound: await inbound() };
  }

  /**
   * LISTENs (one connection per store, opened with the first listener) for the notifications of
   * the `0004_work_due` trigger: any host's write that makes an operation pending with a next
   * check time, reschedules it or releases its claim calls `listener` with the time it is due.
   */
  onWorkDue(listener: (dueAt: Date) => void): () => void {
    if (this.s.closed) return () => undefined;
    return this.s.listen.add(listener);
  }

  /** Resolves once the LISTEN connection (if any) listens. */
  listening(): Promise<void> {
    return this.s.listen.ready;
  }

  async close(): Promise<void> {
    if (this.trx !== undefined || this.s.closed) return;
    this.s.listen.stop();
    // Let the transactions in flight finish before the pool goes away.
    await Promise.allSettled([...this.s.running]);
    this.s.closed = true;
    await this.s.db.destroy();
  }
}

/** The URL without its password, and the schema: what an error message may name. */
export function describeUrl(url: string, schema: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    return `${u.toString()} (schema ${schema})`;
  } catch {
    return `(schema ${schema})`;
  }
}

/** Opens the PostgreSQL store; migrates it only when `migrate` is true. */
export function openPostgresStore(url: string, options: Omit<PostgresStoreOptions, 'url'> = {}): Promise<PostgresStore> {
  return PostgresStore.open({ ...options, url });
}
