import type { Json } from '@registrar-kit/sdk';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type Selectable, type Transaction } from 'kysely';
import { HostError } from '../errors.js';
import type { DomainStatus, OperationStatus } from '../lifecycle.js';
import { migrationProvider } from './migrations.js';
import type { Database, DomainsTable, ManualTasksTable, OperationsTable } from './schema.js';
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

function operationColumns(p: Partial<OperationRecord>): Partial<OperationsTable> {
  const out: Partial<OperationsTable> = {};
  const set = <K extends keyof OperationsTable>(k: K, v: OperationsTable[K]): void => {
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

/**
 * Kysely's SQLite driver prepares every statement anew; preparing costs more than running one
 * of our small queries. Prepared statements are reusable, so cache them by SQL text.
 */
function withStatementCache(raw: BetterSqlite3.Database): BetterSqlite3.Database {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return new Proxy(raw, {
    get(target, prop, receiver) {
      if (prop === 'prepare') {
        return (sql: string) => {
          let stmt = cache.get(sql);
          if (stmt === undefined) {
            stmt = target.prepare(sql);
            if (cache.size < 500) cache.set(sql, stmt);
          }
          return stmt;
        };
      }
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export interface SqliteStoreOptions {
  /** A file path, or `:memory:` for tests. */
  filename: string;
}

/**
 * The embedded store: SQLite through better-sqlite3 (WAL, synchronous=NORMAL) and Kysely.
 * Open it with {@link openSqliteStore}, which applies pending migrations.
 */
export class SqliteStore implements Store {
  private constructor(
    private readonly db: Kysely<Database>,
    private readonly owner: boolean,
  ) {}

  static async open(options: SqliteStoreOptions): Promise<SqliteStore> {
    let raw: BetterSqlite3.Database;
    try {
      raw = new BetterSqlite3(options.filename);
    } catch (error) {
      throw new HostError('CONFIG_INVALID', `cannot open the store ${options.filename}: ${(error as Error).message}`);
    }
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('busy_timeout = 5000');
    raw.pragma('foreign_keys = ON');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) });
    const migrator = new Migrator({ db, provider: migrationProvider });
    const { error } = await migrator.migrateToLatest();
    if (error !== undefined) {
      await db.destroy();
      throw new HostError('CONFIG_INVALID', `migrating the store ${options.filename} failed: ${(error as Error).message}`);
    }
    return new SqliteStore(db, true);
  }

  async transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    if (!this.owner) return fn(this);
    return this.db.transaction().execute((trx: Transaction<Database>) => fn(new SqliteStore(trx, false)));
  }

  async getDomain(name: string): Promise<DomainRecord | undefined> {
    const row = await this.db.selectFrom('domains').selectAll().where('name', '=', name).executeTakeFirst();
    return row === undefined ? undefined : toDomain(row);
  }

  async putDomain(d: DomainRecord): Promise<void> {
    const row: DomainsTable = {
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
    };
    const { name: _name, created_at: _created, ...update } = row;
    await this.db.insertInto('domains').values(row).onConflict((oc) => oc.column('name').doUpdateSet(update)).execute();
  }

  async listDomains(filter: { status?: DomainStatus; limit?: number } = {}): Promise<DomainRecord[]> {
    let q = this.db.selectFrom('domains').selectAll().orderBy('name');
    if (filter.status !== undefined) q = q.where('status', '=', filter.status);
    if (filter.limit !== undefined) q = q.limit(filter.limit);
    return (await q.execute()).map(toDomain);
  }

  async getOperation(id: string): Promise<OperationRecord | undefined> {
    const row = await this.db.selectFrom('operations').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toOperation(row);
  }

  async getOperationByKey(key: string): Promise<OperationRecord | undefined> {
    const row = await this.db.selectFrom('operations').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
    return row === undefined ? undefined : toOperation(row);
  }

  async insertOperation(r: OperationRecord): Promise<void> {
    await this.db
      .insertInto('operations')
      .values({
        id: r.id,
        idempotency_key: r.idempotencyKey,
        created_at: r.createdAt.getTime(),
        ...(operationColumns(r) as Omit<OperationsTable, 'id' | 'idempotency_key' | 'created_at'>),
      })
      .execute();
  }

  async updateOperation(id: string, patch: Partial<OperationRecord>): Promise<void> {
    const cols = operationColumns(patch);
    if (Object.keys(cols).length === 0) return;
    await this.db.updateTable('operations').set(cols).where('id', '=', id).execute();
  }

  async listOperations(q: OperationQuery = {}): Promise<OperationRecord[]> {
    let query = this.db.selectFrom('operations').selectAll().orderBy('created_at').orderBy('id');
    if (q.domain !== undefined) query = query.where('domain', '=', q.domain);
    if (q.orderId !== undefined) query = query.where('order_id', '=', q.orderId);
    if (q.pluginInstance !== undefined) query = query.where('plugin_instance', '=', q.pluginInstance);
    if (q.operation !== undefined) query = query.where('operation', '=', q.operation);
    if (q.status !== undefined) query = query.where('status', 'in', Array.isArray(q.status) ? q.status : [q.status]);
    if (q.limit !== undefined) query = query.limit(q.limit);
    return (await query.execute()).map(toOperation);
  }

  async findPendingByRef(pluginInstance: string, ref: string): Promise<OperationRecord | undefined> {
    const row = await this.db
      .selectFrom('operations')
      .selectAll()
      .where('plugin_instance', '=', pluginInstance)
      .where('ref', '=', ref)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return row === undefined ? undefined : toOperation(row);
  }

  async claimDuePending(owner: string, now: Date, leaseMs: number, limit: number): Promise<PendingClaim[]> {
    const t = now.getTime();
    // SQLite serializes writers, so select-then-update inside one transaction is a safe claim;
    // PostgreSQL does the same with SELECT ... FOR UPDATE SKIP LOCKED.
    return this.transaction(async (tx) => {
      const db = (tx as SqliteStore).db;
      const rows = await db
        .selectFrom('operations')
        .select(['id', 'operation', 'domain', 'plugin_instance', 'customer_id', 'ref', 'await_kind', 'step', 'pending_data', 'poll_attempts', 'submitted_at', 'created_at'])
        .where('status', '=', 'pending')
        .where('next_check_at', '<=', t)
        .where((eb) => eb.or([eb('lease_expires_at', 'is', null), eb('lease_expires_at', '<', t)]))
        .orderBy('next_check_at')
        .limit(limit)
        .execute();
      if (rows.length === 0) return [];
      const ids = rows.map((r) => r.id);
      // SQLite caps bound parameters per statement: lease in chunks.
      for (let i = 0; i < ids.length; i += 500) {
        await db.updateTable('operations').set({ lease_owner: owner, lease_expires_at: t + leaseMs }).where('id', 'in', ids.slice(i, i + 500)).execute();
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
    await this.db.updateTable('operations').set({ lease_owner: null, lease_expires_at: null }).where('id', '=', id).where('lease_owner', '=', owner).execute();
  }

  async reschedule(ids: readonly string[], owner: string, nextCheckAt: Date, now: Date): Promise<void> {
    const t = now.getTime();
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      await this.db
        .updateTable('operations')
        .set((eb) => ({ next_check_at: nextCheckAt.getTime(), poll_attempts: eb('poll_attempts', '+', 1), lease_owner: null, lease_expires_at: null, updated_at: t }))
        .where('id', 'in', chunk)
        .where('lease_owner', '=', owner)
        .execute();
    }
  }

  async insertInbound(m: InboundRecord): Promise<boolean> {
    const result = await this.db
      .insertInto('inbound_messages')
      .values({
        id: m.id,
        message_id: m.messageId,
        content_hash: m.contentHash,
        instance: m.instance ?? null,
        received_at: m.receivedAt.getTime(),
        raw: m.raw,
        status: m.status,
        reason: m.reason ?? null,
        operation_id: m.operationId ?? null,
      })
      .onConflict((oc) => oc.column('content_hash').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  async updateInbound(id: string, patch: Partial<Pick<InboundRecord, 'status' | 'reason' | 'operationId' | 'instance'>>): Promise<void> {
    const set: Record<string, string | null> = {};
    if (patch.status !== undefined) set.status = patch.status;
    if ('reason' in patch) set.reason = patch.reason ?? null;
    if ('operationId' in patch) set.operation_id = patch.operationId ?? null;
    if ('instance' in patch) set.instance = patch.instance ?? null;
    await this.db.updateTable('inbound_messages').set(set).where('id', '=', id).execute();
  }

  async listInbound(filter: { status?: InboundStatus; instance?: string } = {}): Promise<InboundRecord[]> {
    let q = this.db.selectFrom('inbound_messages').selectAll().orderBy('received_at').orderBy('id');
    if (filter.status !== undefined) q = q.where('status', '=', filter.status);
    if (filter.instance !== undefined) q = q.where('instance', '=', filter.instance);
    return (await q.execute()).map((r) => ({
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
    const r = await this.db.selectFrom('orders').selectAll().where('id', '=', id).executeTakeFirst();
    return r === undefined
      ? undefined
      : { id: r.id, customerId: opt(r.customer_id), status: r.status as OrderRecord['status'], createdAt: new Date(Number(r.created_at)), updatedAt: new Date(Number(r.updated_at)) };
  }

  async putOrder(o: OrderRecord): Promise<void> {
    const row = { id: o.id, customer_id: o.customerId ?? null, status: o.status, created_at: o.createdAt.getTime(), updated_at: o.updatedAt.getTime() };
    await this.db.insertInto('orders').values(row).onConflict((oc) => oc.column('id').doUpdateSet({ status: row.status, customer_id: row.customer_id, updated_at: row.updated_at })).execute();
  }

  async insertTask(t: ManualTask): Promise<void> {
    await this.db
      .insertInto('manual_tasks')
      .values({
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
      })
      .execute();
  }

  async getTask(id: string): Promise<ManualTask | undefined> {
    const r = await this.db.selectFrom('manual_tasks').selectAll().where('id', '=', id).executeTakeFirst();
    return r === undefined ? undefined : toTask(r);
  }

  async updateTask(id: string, patch: Partial<Pick<ManualTask, 'status' | 'claimedBy' | 'result' | 'updatedAt'>>): Promise<void> {
    const set: Partial<ManualTasksTable> = {};
    if (patch.status !== undefined) set.status = patch.status;
    if ('claimedBy' in patch) set.claimed_by = patch.claimedBy ?? null;
    if ('result' in patch) set.result = json(patch.result);
    if (patch.updatedAt !== undefined) set.updated_at = patch.updatedAt.getTime();
    await this.db.updateTable('manual_tasks').set(set).where('id', '=', id).execute();
  }

  async listTasks(filter: { status?: ManualTaskStatus | ManualTaskStatus[]; domain?: string } = {}): Promise<ManualTask[]> {
    let q = this.db.selectFrom('manual_tasks').selectAll().orderBy('created_at').orderBy('id');
    if (filter.status !== undefined) q = q.where('status', 'in', Array.isArray(filter.status) ? filter.status : [filter.status]);
    if (filter.domain !== undefined) q = q.where('domain', '=', filter.domain);
    return (await q.execute()).map(toTask);
  }

  async appendLog(e: NewActionLogEntry): Promise<void> {
    await this.db
      .insertInto('action_log')
      .values({
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
      })
      .execute();
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
    return (await query.execute()).map((r) => ({
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
    }));
  }

  async stateGet(instance: string, key: string, now: Date): Promise<Json | undefined> {
    const r = await this.db.selectFrom('plugin_state').select(['value', 'expires_at']).where('instance', '=', instance).where('key', '=', key).executeTakeFirst();
    if (r === undefined) return undefined;
    if (r.expires_at !== null && Number(r.expires_at) <= now.getTime()) return undefined;
    return JSON.parse(r.value) as Json;
  }

  async stateSet(instance: string, key: string, value: Json, expiresAt: Date | undefined): Promise<void> {
    const row = { instance, key, value: JSON.stringify(value), expires_at: expiresAt?.getTime() ?? null };
    await this.db
      .insertInto('plugin_state')
      .values(row)
      .onConflict((oc) => oc.columns(['instance', 'key']).doUpdateSet({ value: row.value, expires_at: row.expires_at }))
      .execute();
  }

  async stateDelete(instance: string, key: string): Promise<void> {
    await this.db.deleteFrom('plugin_state').where('instance', '=', instance).where('key', '=', key).execute();
  }

  async close(): Promise<void> {
    if (this.owner) await this.db.destroy();
  }
}

/** Opens (and migrates) the embedded SQLite store. */
export function openSqliteStore(filename: string): Promise<SqliteStore> {
  return SqliteStore.open({ filename });
}
