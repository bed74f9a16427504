import type { Clock, Outcome } from '@registrar-kit/sdk';
import type { ActionLog } from '../action-log.js';
import { HostError, isHostError } from '../errors.js';
import type { HostEventBus } from '../events.js';
import type { DomainRecord, HostRecord, InboundRecord, ManualTask, OperationRecord, OutboxEvent, PendingClaim, Store, SyncClaim } from '../store/store.js';
import { OutcomeJournal } from './journal.js';
import {
  planAssignInbound,
  planCancelOrder,
  planClaimTask,
  planCloseTask,
  planDiscardInbound,
  planEscalate,
  planOutcome,
  planRelease,
  planSubmit,
  planTakeover,
  type Applied,
  type EventDraft,
  type Fence,
  type Lease,
  type LogDraft,
  type OrderRows,
  type OutcomeMeta,
  type OutcomeRows,
  type Plan,
  type PlanContext,
  type Released,
  type RoutedRequest,
  type Submitted,
} from './plan.js';

export interface EngineOptions {
  /** This host's id: the owner of its leases and its heartbeat row. */
  hostId: string;
  newId: () => string;
  /** Most units committed in one transaction (group commit). */
  maxBatch?: number;
  /** Units waiting to commit beyond which new submits are refused with OVERLOADED. */
  maxQueue?: number;
  /** A new submit is refused with OVERLOADED while the oldest waiting unit has waited longer than this (ms). */
  maxQueueDelayMs?: number;
  /** Transactions written at once (default: what the store allows, {@link Store.writers}; SQLite 1). */
  lanes?: number;
  journal?: OutcomeJournal;
  /** The poll interval and message deadline of a plugin instance (from its manifest). */
  pendingTimes?: (pluginInstance: string | undefined) => { minIntervalSeconds: number; maxPendingDays: number };
  /** The reason a manual task names for an operation released into manual mode. */
  manualReason?: (record: OperationRecord) => string;
  /**
   * The outbox rows of a plan's events (webhooks/outbox.ts): written in the plan's transaction, so
   * an event committed is never lost to a crash before its delivery. Absent when no webhook is
   * configured: then nothing is written and the commit costs what it did.
   */
  outbox?: (events: readonly EventDraft[], now: Date) => OutboxEvent[];
}

/** One unit of engine work: reads inside the transaction and returns the plan to apply. */
export type Unit<T> = (tx: Store) => Promise<Plan<T>>;

interface Queued {
  unit: Unit<unknown>;
  /** When it was queued (performance.now()): the queue's age is the latency a new submit would add. */
  at: number;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  attempts: number;
}

/** Re-plans of a unit whose rows changed between read and write (only on stores without one writer). */
const MAX_ATTEMPTS = 5;

const isConflict = (error: unknown): boolean => isHostError(error) && error.code === 'CONFLICT';

/**
 * The only writer of host state. Every change — submit, release after payment, order
 * cancellation, an outcome, an escalation, a task claim or close, a recovery takeover, a lease,
 * an inbound message — is a unit: read the rows it depends on inside the transaction, hand them
 * to a pure planner (plan.ts), apply the plan with compare-and-set on each row's version (and,
 * with webhooks configured, write its events to the outbox in the same transaction), commit, then
 * emit the plan's events in-process.
 *
 * Units are committed in groups: while one transaction is being written, the units that arrive
 * queue up and go together in the next one (each in its own savepoint, so one refused unit does
 * not undo its neighbours). A single caller pays no batching delay; many callers share commits.
 */
export class Engine {
  private readonly queue: Queued[] = [];
  /** Flush loops running (each writes one transaction at a time). */
  private activeLanes = 0;
  private readonly lanes: number;
  private tokens = 0;
  readonly journal: OutcomeJournal;
  private readonly maxBatch: number;
  private readonly maxQueue: number;
  private readonly maxQueueDelayMs: number;

  constructor(
    readonly store: Store,
    private readonly clock: Clock,
    private readonly actionLog: ActionLog,
    private readonly events: HostEventBus,
    private readonly options: EngineOptions,
  ) {
    this.journal = options.journal ?? new OutcomeJournal(undefined);
    this.maxBatch = options.maxBatch ?? 64;
    this.maxQueue = options.maxQueue ?? 1024;
    this.maxQueueDelayMs = options.maxQueueDelayMs ?? 100;
    this.lanes = Math.max(1, options.lanes ?? store.writers ?? 1);
  }

  get hostId(): string {
    return this.options.hostId;
  }

  /** A fresh claim of this host: every claim has its own fencing token. */
  newLease(): Lease {
    return { owner: this.options.hostId, token: `${this.options.hostId}/${++this.tokens}` };
  }

  /** Units waiting for a commit. */
  get queueDepth(): number {
    return this.queue.length;
  }

  /** Backpressure for new work: refuses at once instead of letting latency grow without bound. */
  admit(): void {
    if (this.queue.length >= this.maxQueue) {
      throw new HostError('OVERLOADED', `the host has ${this.queue.length} changes waiting to be written (limit ${this.maxQueue}); retry shortly`);
    }
    const waited = this.queue.length === 0 ? 0 : performance.now() - this.queue[0]!.at;
    if (waited > this.maxQueueDelayMs) {
      throw new HostError('OVERLOADED', `changes wait ${Math.round(waited)} ms to be written (limit ${this.maxQueueDelayMs} ms); retry shortly`);
    }
  }

  private ctx(): PlanContext {
    return { now: this.clock.now(), newId: this.options.newId };
  }

  // --- commit machinery ---------------------------------------------------------------------

  /** Commits one unit (grouped with whatever else is waiting) and answers its result or error. */
  commit<T>(unit: Unit<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ unit: unit as Unit<unknown>, at: performance.now(), resolve: resolve as (v: unknown) => void, reject, attempts: 0 });
      // One lane on SQLite (one writer); on a store with concurrent transactions, a lane per
      // waiting batch up to `lanes`. Units of different lanes never interfere: every write is a
      // compare-and-set or guarded by a unique key, and a loser is planned again.
      if (this.activeLanes < this.lanes) {
        this.activeLanes++;
        queueMicrotask(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        const plans: Plan<unknown>[] = [];
        let failed: { index: number; error: unknown } | undefined;
        try {
          // Optimistic group commit: the units run one after another in one transaction with no
          // savepoints. When one fails, the whole transaction rolls back; the failing unit gets its
          // answer and the others go back to the queue to be planned again from fresh rows
          // (planners are pure, so running a unit twice writes it once).
          await this.store.transaction(async (tx) => {
            for (let i = 0; i < batch.length; i++) {
              try {
                const plan = await batch[i]!.unit(tx);
                await this.apply(tx, plan);
                plans.push(plan);
              } catch (error) {
                failed = { index: i, error };
                throw error;
              }
            }
          });
        } catch (error) {
          if (failed === undefined) {
            // The transaction itself failed (the store is unavailable): every unit gets the answer.
            for (const item of batch) this.retryOrReject(item, error);
          } else {
            this.retryOrReject(batch[failed.index]!, failed.error);
            this.queue.unshift(...batch.filter((_, i) => i !== failed!.index));
          }
          continue;
        }
        for (let i = 0; i < batch.length; i++) {
          const plan = plans[i]!;
          for (const event of plan.events) this.events.emit(event.name, event.payload as never);
          if (plan.error !== undefined) batch[i]!.reject(plan.error);
          else batch[i]!.resolve(plan.result);
        }
      }
    } finally {
      this.activeLanes--;
    }
  }

  private retryOrReject(item: Queued, error: unknown): void {
    if (isConflict(error) && item.attempts < MAX_ATTEMPTS) {
      item.attempts++;
      this.queue.push(item);
      return;
    }
    item.reject(error);
  }

  private async apply(tx: Store, plan: Plan<unknown>): Promise<void> {
    const conflict = (what: string): HostError => new HostError('CONFLICT', `${what} changed while the change was being written`);
    for (const w of plan.writes) {
      switch (w.kind) {
        case 'operation.insert':
          await tx.insertOperation(w.record);
          break;
        case 'operation.update':
          if (!(await tx.updateOperation(w.id, w.patch, w.version))) throw conflict(`operation ${w.id}`);
          break;
        case 'domain.put':
          if (!(await tx.putDomain(w.record, w.version))) throw conflict(`domain ${w.record.name}`);
          break;
        case 'order.put':
          if (!(await tx.putOrder(w.record, w.version))) throw conflict(`order ${w.record.id}`);
          break;
        case 'task.insert':
          await tx.insertTask(w.task);
          break;
        case 'task.update':
          if (!(await tx.updateTask(w.id, w.patch, w.version))) throw conflict(`manual task ${w.id}`);
          break;
        case 'inbound.update':
          if (!(await tx.updateInbound(w.id, w.patch, w.expectedStatus)) && w.expectedStatus !== undefined) throw conflict(`inbound message ${w.id}`);
          break;
        case 'catalogue.replace':
          await tx.replaceCatalogue(w.pluginInstance, w.entries);
          break;
      }
    }
    for (const entry of plan.log) await this.actionLog.write(entry, tx);
    if (this.options.outbox !== undefined && plan.events.length > 0) {
      const now = this.clock.now();
      const rows = this.options.outbox(plan.events, now);
      if (rows.length > 0) await tx.insertOutbox(rows, now);
    }
  }

  private async outcomeRows(tx: Store, operationId: string): Promise<OutcomeRows> {
    const operation = await tx.getOperation(operationId);
    if (operation === undefined) return { operation, domain: undefined, tasks: [] };
    const domain = await tx.getDomain(operation.domain);
    const tasks = operation.status === 'awaiting-manual' ? await tx.listTasks({ operationId, status: ['open', 'claimed'] }) : [];
    return { operation, domain, tasks };
  }

  private async orderRows(tx: Store, orderId: string): Promise<OrderRows> {
    const order = await tx.getOrder(orderId);
    const operations = order === undefined ? [] : await tx.listOperations({ orderId });
    const domains = new Map<string, DomainRecord>();
    for (const o of operations) {
      const d = domains.get(o.domain) ?? (await tx.getDomain(o.domain));
      if (d !== undefined) domains.set(o.domain, d);
    }
    return { order, operations, domains };
  }

  private times(pluginInstance: string | undefined): { minIntervalSeconds: number; maxPendingDays: number } {
    return this.options.pendingTimes?.(pluginInstance) ?? { minIntervalSeconds: 300, maxPendingDays: 30 };
  }

  // --- the state changes --------------------------------------------------------------------

  /** Creates the operation (or finds it by idempotency key); `dispatch` tells the caller to call the plugin. */
  submit(req: RoutedRequest): Promise<Submitted> {
    const lease = this.newLease();
    return this.commit(async (tx) => {
      const byKey = await tx.getOperationByKey(req.idempotencyKey);
      const inFlight = byKey === undefined ? await tx.getInFlight(req.domain.name) : undefined;
      const domain = await tx.getDomain(req.domain.name);
      const order = req.orderId === undefined ? undefined : await tx.getOrder(req.orderId);
      const plan = planSubmit(req, { byKey, inFlight, domain, order }, lease, this.ctx());
      if (plan.error === undefined || byKey !== undefined) return plan;
      // PostgreSQL runs these reads at READ COMMITTED, each its own snapshot: a caller with the same
      // key may have committed between the key lookup and the in-flight or domain read, and would
      // then look like DOMAIN_BUSY or an already registered domain. The key decides: read it again.
      const late = await tx.getOperationByKey(req.idempotencyKey);
      return late === undefined ? plan : planSubmit(req, { byKey: late, inFlight: undefined, domain, order }, lease, this.ctx());
    });
  }

  /** Marks the order paid and releases its waiting operations; a second call changes nothing. */
  markPaid(orderId: string): Promise<Released> {
    const lease = this.newLease();
    const reason = this.options.manualReason ?? ((r: OperationRecord) => `${r.operation} is handled manually`);
    return this.commit(async (tx) => planRelease(orderId, await this.orderRows(tx, orderId), reason, lease, this.ctx()));
  }

  cancelOrder(orderId: string): Promise<OperationRecord[]> {
    return this.commit(async (tx) => planCancelOrder(orderId, await this.orderRows(tx, orderId), this.ctx()));
  }

  /** Applies a registrar outcome if `fence` still holds the operation; otherwise logs it as stale. */
  applyOutcome(operationId: string, outcome: Outcome, fence: Fence, meta: OutcomeMeta = {}): Promise<Applied> {
    return this.commit(async (tx) => {
      const rows = await this.outcomeRows(tx, operationId);
      return planOutcome(operationId, rows, outcome, fence, { ...meta, pendingTimes: this.times(rows.operation?.pluginInstance) }, this.ctx());
    });
  }

  /**
   * {@link applyOutcome} for an answer the registrar already gave: if the store stays unavailable
   * the outcome goes to the journal (applied at the next start) instead of being lost.
   */
  async applyOrJournal(operationId: string, outcome: Outcome, lease: Lease, meta: OutcomeMeta): Promise<Applied> {
    try {
      return await this.applyOutcome(operationId, outcome, { kind: 'lease', lease }, meta);
    } catch (error) {
      if (!isHostError(error) || error.code !== 'STORE_UNAVAILABLE') throw error;
      this.journal.append({ operationId, lease, outcome, meta, at: this.clock.now().toISOString() });
      throw new HostError('STORE_UNAVAILABLE', `${error.message}; the registrar's answer (${outcome.status}) is kept in the outcome journal and applied when the host next starts`, [], { operationId, cause: error });
    }
  }

  /** Applies the journal left by a previous run. Returns how many entries were applied. */
  async replayJournal(): Promise<{ applied: number; stale: number }> {
    const { entries, done } = this.journal.drain();
    const report = { applied: 0, stale: 0 };
    for (const entry of entries) {
      const applied = await this.applyOutcome(entry.operationId, entry.outcome, { kind: 'lease', lease: entry.lease }, { ...entry.meta, via: 'outcome journal' });
      if (applied.stale) report.stale++;
      else report.applied++;
    }
    done();
    return report;
  }

  /** Hands an operation to staff; with `fence`, only while that claim still holds it. */
  escalate(operationId: string, reason: string, fence?: Fence): Promise<ManualTask> {
    return this.commit(async (tx) => planEscalate(operationId, await this.outcomeRows(tx, operationId), reason, fence, this.ctx()));
  }

  /** Recovery: claims a `submitting` operation of a host that is gone, if nobody else did first. */
  takeOver(op: OperationRecord, because: string): Promise<{ record: OperationRecord; lease: Lease } | undefined> {
    const lease = this.newLease();
    return this.commit(async (tx) => {
      const plan = planTakeover(await this.outcomeRows(tx, op.id), { owner: op.leaseOwner, token: op.leaseToken }, lease, because, this.ctx());
      return { ...plan, result: plan.result === undefined ? undefined : { record: plan.result, lease } };
    });
  }

  claimTask(taskId: string, staff: string): Promise<ManualTask> {
    return this.commit(async (tx) => planClaimTask(taskId, await tx.getTask(taskId), staff, this.ctx()));
  }

  closeTask(taskId: string, status: 'completed' | 'rejected', outcome: Outcome, staff: string | undefined): Promise<Applied> {
    return this.commit(async (tx) => {
      const task = await tx.getTask(taskId);
      const rows: OutcomeRows = task === undefined ? { operation: undefined, domain: undefined, tasks: [] } : await this.outcomeRows(tx, task.operationId);
      return planCloseTask(taskId, task, rows, status, outcome, staff, this.ctx());
    });
  }

  /** Writes Action Log entries that change no state (refusals, plugin log lines, tracker notes). */
  log(...entries: LogDraft[]): Promise<void> {
    return this.commit(async () => ({ writes: [], log: entries, events: [] }));
  }

  // --- leases ---------------------------------------------------------------------------------

  /** Claims due pending operations under a new lease of this host. */
  async claimPending(limit: number, leaseMs: number): Promise<{ lease: Lease; claimed: PendingClaim[] }> {
    const lease = this.newLease();
    const claimed = await this.store.claimDuePending(lease.owner, lease.token, this.clock.now(), leaseMs, limit);
    return { lease, claimed };
  }

  /** The sync sweep's claim of due domains (moving their next due time forward is the lease; see {@link Store.claimSync}). */
  claimSync(claim: SyncClaim): Promise<DomainRecord[]> {
    return this.store.claimSync(claim);
  }

  extendLease(lease: Lease, leaseMs: number): Promise<number> {
    return this.store.extendLeases(lease.owner, lease.token, new Date(this.clock.now().getTime() + leaseMs));
  }

  reschedule(ids: readonly string[], lease: Lease, nextCheckAt: Date): Promise<void> {
    return this.store.reschedule(ids, lease.owner, lease.token, nextCheckAt, this.clock.now());
  }

  heartbeat(record: HostRecord): Promise<void> {
    return this.store.putHost(record);
  }

  // --- inbound --------------------------------------------------------------------------------

  /** Keeps a raw message; false when it was kept before (same content, or same instance and Message-ID / delivery id): a duplicate, logged. */
  recordInbound(record: InboundRecord, duplicateNote: LogDraft | undefined): Promise<boolean> {
    return this.commit(async (tx) => {
      const fresh = await tx.insertInbound(record);
      return { writes: [], log: fresh || duplicateNote === undefined ? [] : [duplicateNote], events: [], result: fresh };
    });
  }

  quarantine(record: InboundRecord, reason: string, note: LogDraft): Promise<void> {
    return this.commit(async () => ({ writes: [{ kind: 'inbound.update', id: record.id, patch: { status: 'quarantined', reason } }], log: [note], events: [] }));
  }

  /**
   * Applies a registrar message's outcome to the pending operation carrying `ref` and marks the
   * message applied, in one transaction: a message counts once, and only for a pending operation.
   * A ref two pending operations carry is applied to neither (`ambiguous`, their ids).
   */
  applyMessage(record: InboundRecord, instance: string, ref: string, outcome: Outcome): Promise<{ applied: Applied } | { notPending: true } | { ambiguous: string[] }> {
    return this.commit<{ applied: Applied } | { notPending: true } | { ambiguous: string[] }>(async (tx) => {
      const [op, ...others] = await tx.pendingByRef(instance, ref);
      if (op === undefined) return { writes: [], log: [], events: [], result: { notPending: true } };
      if (others.length > 0) return { writes: [], log: [], events: [], result: { ambiguous: [op.id, ...others.map((o) => o.id)] } };
      const rows = await this.outcomeRows(tx, op.id);
      const plan = planOutcome(op.id, rows, outcome, { kind: 'message', ref }, { via: `message ${record.messageId}`, pendingTimes: this.times(instance) }, this.ctx());
      const applied = plan.result!;
      plan.writes.push({ kind: 'inbound.update', id: record.id, patch: { status: 'applied', operationId: op.id } });
      plan.log.push({
        level: 'info',
        kind: 'inbound',
        message: `message ${record.messageId} applied to ${op.operation} ${op.domain}: ${applied.record.status}${applied.record.step === undefined ? '' : ` (${applied.record.step})`}`,
        domain: op.domain,
        operationId: op.id,
        pluginInstance: instance,
      });
      return { ...plan, result: { applied } };
    });
  }

  /** Staff discard a quarantined message; of two staff acting on it at once, one wins (the other: INBOUND_STATE). */
  discardInbound(id: string, staff: string, reason: string): Promise<InboundRecord> {
    return this.commit(async (tx) => planDiscardInbound(id, await tx.getInbound(id), staff, reason));
  }

  /**
   * Applies the plugin's reading of a quarantined message to the pending operation staff assigned
   * it to, and marks the message applied, in one transaction decided on the rows read in it.
   */
  assignInbound(id: string, operationId: string, answer: { ref: string; outcome: Outcome }, staff: string): Promise<Applied> {
    return this.commit(async (tx) => {
      const message = await tx.getInbound(id);
      const rows = await this.outcomeRows(tx, operationId);
      return planAssignInbound(id, message, rows, operationId, answer, staff, { via: `inbound message ${id} assigned by ${staff}`, pendingTimes: this.times(rows.operation?.pluginInstance) }, this.ctx());
    });
  }
}
