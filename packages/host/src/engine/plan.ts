import { RegistrarError, serializeError, type Outcome, type SerializedRegistrarError } from '@registrar-kit/sdk';
import { summarizeRequest } from '../action-log.js';
import { HostError } from '../errors.js';
import type { HostEventName, HostEvents } from '../events.js';
import { lockRefusal } from '../policy/lock.js';
import { assertDomainTransition, assertOperationTransition, inFlightDomainStatus, settledDomainStatus, type DomainStatus, type OperationStatus } from '../lifecycle.js';
import type { CatalogueEntry, DomainRecord, InboundRecord, InboundStatus, ManualTask, NewActionLogEntry, OperationPatch, OperationRecord, OrderRecord, TaskPatch } from '../store/store.js';

/**
 * Pure transition planners. Each takes the rows as they are now (read inside the transaction that
 * will write) and returns the writes, Action Log entries and events of one state change, or the
 * error that refuses it. Nothing here touches the store, the clock or a plugin: the engine reads,
 * calls a planner, applies its plan with compare-and-set, and emits the events after commit.
 */

export type Write =
  | { kind: 'operation.insert'; record: OperationRecord }
  | { kind: 'operation.update'; id: string; version: number; patch: OperationPatch }
  | { kind: 'domain.put'; record: DomainRecord; version: number | undefined }
  | { kind: 'order.put'; record: OrderRecord; version: number | undefined }
  | { kind: 'task.insert'; task: ManualTask }
  | { kind: 'task.update'; id: string; version: number; patch: TaskPatch }
  | { kind: 'inbound.update'; id: string; patch: Partial<Pick<InboundRecord, 'status' | 'reason' | 'operationId' | 'instance'>>; expectedStatus?: InboundStatus }
  | { kind: 'catalogue.replace'; pluginInstance: string; entries: CatalogueEntry[] };

export type LogDraft = Omit<NewActionLogEntry, 'at'>;

export type EventDraft = { [E in HostEventName]: { name: E; payload: HostEvents[E] } }[HostEventName];

export interface Plan<T> {
  writes: Write[];
  log: LogDraft[];
  events: EventDraft[];
  /** What the caller gets once the plan is committed. */
  result?: T;
  /** The caller's answer when the change is refused; `writes`/`log` still commit (a refusal is logged). */
  error?: Error;
}

/** What every planner needs besides the rows: the time and fresh ids. */
export interface PlanContext {
  now: Date;
  newId: () => string;
}

/** A claim on an operation: the host that sends or polls it and the token of that claim. */
export interface Lease {
  owner: string;
  token: string;
}

const empty = <T>(result?: T): Plan<T> => ({ writes: [], log: [], events: [], ...(result === undefined ? {} : { result }) });

/** Operations that only read: they never hold the domain and never change it. */
export const READ_ONLY = new Set(['checkAvailability', 'info']);
/** Statuses in which the registry already has the domain with us: a register or transfer is refused. */
const LIVE_DOMAIN = new Set<DomainStatus>(['registered']);
const ACQUISITION = new Set(['register', 'transfer']);

const orderLink = (record: { orderId: string | undefined }): { orderId?: string } => (record.orderId === undefined ? {} : { orderId: record.orderId });

function refusal<T>(error: RegistrarError | HostError, entry: { operation: string; domain: string; orderId?: string | undefined; input?: unknown }): Plan<T> {
  const code = error.code;
  return {
    writes: [],
    events: [],
    log: [
      {
        level: 'warn',
        kind: 'refusal',
        message: `${entry.operation} ${entry.domain}: refused (${code}) ${error.message}`,
        domain: entry.domain,
        ...(entry.orderId === undefined ? {} : { orderId: entry.orderId }),
        ...(error instanceof HostError && error.operationId !== undefined ? { operationId: error.operationId } : {}),
        data: { error: error instanceof RegistrarError ? serializeError(error) : { code, message: error.message }, ...(entry.input === undefined ? {} : { input: summarizeRequest(entry.input) }) },
      },
    ],
    error,
  };
}

/** Moves (or creates) a domain row: one write, the transition's log entry and event when the status changes. */
function domainWrite(plan: Plan<unknown>, current: DomainRecord | undefined, next: Omit<DomainRecord, 'version' | 'createdAt' | 'updatedAt'>, record: OperationRecord, now: Date): DomainRecord {
  const to = next.status;
  if (current !== undefined && current.status !== to) assertDomainTransition(next.name, current.status, to);
  const row: DomainRecord = { ...next, version: current === undefined ? 0 : current.version + 1, createdAt: current?.createdAt ?? now, updatedAt: now };
  plan.writes.push({ kind: 'domain.put', record: row, version: current?.version });
  if (current?.status !== to) {
    plan.log.push({
      level: to === 'error' ? 'error' : 'info',
      kind: 'transition',
      message: `domain ${next.name}: ${current?.status ?? 'new'} → ${to}`,
      domain: next.name,
      operationId: record.id,
      ...orderLink(record),
      data: { from: current?.status, to, ...(to === 'error' && record.error !== undefined ? { error: record.error } : {}) },
    });
    plan.events.push({ name: 'domain.status', payload: { domain: next.name, from: current?.status, to, operationId: record.id } });
  }
  return row;
}

function openTask(plan: Plan<unknown>, record: OperationRecord, reason: string, ctx: PlanContext): ManualTask {
  const task: ManualTask = { id: ctx.newId(), operationId: record.id, domain: record.domain, operation: record.operation, status: 'open', reason, claimedBy: undefined, result: undefined, version: 0, createdAt: ctx.now, updatedAt: ctx.now };
  plan.writes.push({ kind: 'task.insert', task });
  plan.log.push({ level: 'info', kind: 'manual-task', message: `manual task opened for ${record.operation} ${record.domain}: ${reason}`, domain: record.domain, operationId: record.id, data: { taskId: task.id } });
  plan.events.push({ name: 'task.opened', payload: { task } });
  return task;
}

function operationEvent(plan: Plan<unknown>, record: OperationRecord, from: OperationStatus | undefined, to: OperationStatus, step?: string): void {
  plan.events.push({ name: 'operation.status', payload: { operationId: record.id, operation: record.operation, domain: record.domain, from, to, ...(step === undefined ? {} : { step }) } });
}

// --- submit -------------------------------------------------------------------------------------

/** A request the router accepted: validated input, its connector and mode, its idempotency key. */
export interface RoutedRequest {
  operation: string;
  input: Record<string, unknown>;
  domain: { name: string; tld: string; unicode: string };
  connector: string;
  pluginInstance: string;
  mode: 'auto' | 'manual';
  /** Why the connector makes this operation manual (the task's reason). */
  manualReason: string;
  orderId: string | undefined;
  customerId: string | undefined;
  idempotencyKey: string;
  payloadHash: string;
  /** Staff's retry of a failed operation (retry.ts): the new operation is linked to it in the Action Log of both. */
  retryOf?: { id: string; by: string | undefined };
}

export interface SubmitRows {
  byKey: OperationRecord | undefined;
  inFlight: OperationRecord | undefined;
  domain: DomainRecord | undefined;
  order: OrderRecord | undefined;
}

export interface Submitted {
  record: OperationRecord;
  /** True when this caller created the operation in `submitting` and must call the plugin. */
  dispatch: boolean;
}

export function planSubmit(req: RoutedRequest, rows: SubmitRows, lease: Lease, ctx: PlanContext): Plan<Submitted> {
  const { operation: op, domain } = req;
  if (rows.byKey !== undefined) {
    if (rows.byKey.payloadHash !== req.payloadHash) {
      return { ...empty(), error: new HostError('IDEMPOTENCY_CONFLICT', `idempotency key "${req.idempotencyKey}" was already used for a different request (operation ${rows.byKey.id}); use a new key`, [], { operationId: rows.byKey.id }) };
    }
    return empty({ record: rows.byKey, dispatch: false });
  }
  const entry = { operation: op, domain: domain.name, orderId: req.orderId, input: req.input };
  const current = rows.domain;
  // docs/host-guide.md#registrar-lock: decided on the row read inside this transaction.
  const locked = lockRefusal(op, req.input, current, domain.unicode);
  if (locked !== undefined) return refusal(locked, entry);
  const readOnly = READ_ONLY.has(op);
  if (!readOnly && rows.inFlight !== undefined) {
    const busy = rows.inFlight;
    return refusal(
      new HostError('DOMAIN_BUSY', `${domain.unicode} has a ${busy.operation} in progress (operation ${busy.id}, ${busy.status}); wait for it to finish or cancel it`, [], { operationId: busy.id }),
      entry,
    );
  }
  if (ACQUISITION.has(op) && current !== undefined && LIVE_DOMAIN.has(current.status)) {
    return refusal(new RegistrarError({ code: 'STATUS_PROHIBITS', message: `${domain.unicode} is already ${current.status}`, detail: `domain status ${current.status} does not allow ${op}` }), entry);
  }
  const plan: Plan<Submitted> = empty();
  let order = rows.order;
  if (req.orderId !== undefined) {
    if (order === undefined) {
      order = { id: req.orderId, customerId: req.customerId, status: 'unpaid', version: 0, createdAt: ctx.now, updatedAt: ctx.now };
      plan.writes.push({ kind: 'order.put', record: order, version: undefined });
    } else if (order.status === 'cancelled') {
      return refusal(new RegistrarError({ code: 'POLICY', message: 'The order was cancelled', detail: `order ${order.id} is cancelled` }), entry);
    }
  }
  const waitsForPayment = order !== undefined && order.status !== 'paid';
  const status: OperationStatus = waitsForPayment ? 'awaiting-payment' : req.mode === 'manual' ? 'awaiting-manual' : 'submitting';
  const sending = status === 'submitting';
  const record: OperationRecord = {
    id: ctx.newId(),
    idempotencyKey: req.idempotencyKey,
    payloadHash: req.payloadHash,
    operation: op,
    domain: domain.name,
    connector: req.connector,
    pluginInstance: req.pluginInstance,
    orderId: req.orderId,
    customerId: req.customerId ?? order?.customerId,
    mode: req.mode,
    status,
    input: req.input,
    result: undefined,
    error: undefined,
    ref: undefined,
    await: undefined,
    step: undefined,
    pendingData: undefined,
    nextCheckAt: undefined,
    leaseOwner: sending ? lease.owner : undefined,
    leaseExpiresAt: undefined,
    leaseToken: sending ? lease.token : undefined,
    holdsDomain: !readOnly,
    pollAttempts: 0,
    submittedAt: sending ? ctx.now : undefined,
    version: 0,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  plan.writes.push({ kind: 'operation.insert', record });
  plan.log.push({
    level: 'info',
    kind: 'transition',
    message: `${op} ${domain.name}: operation ${status}`,
    domain: domain.name,
    operationId: record.id,
    pluginInstance: req.pluginInstance,
    ...orderLink(record),
    data: { to: status, mode: req.mode, connector: req.connector, ...(req.retryOf === undefined ? {} : { retryOf: req.retryOf.id }) },
  });
  if (req.retryOf !== undefined) {
    // Written with the insert, so of two staff retrying at once only the one who created it is logged.
    const by = req.retryOf.by === undefined ? '' : ` by ${req.retryOf.by}`;
    plan.log.push({
      level: 'info',
      kind: 'retry',
      message: `${op} ${domain.name}: failed operation retried${by} as operation ${record.id}`,
      domain: domain.name,
      operationId: req.retryOf.id,
      pluginInstance: req.pluginInstance,
      ...orderLink(record),
      data: { retriedAs: record.id, ...(req.retryOf.by === undefined ? {} : { staff: req.retryOf.by }) },
    });
  }
  operationEvent(plan, record, undefined, status);
  if (ACQUISITION.has(op)) {
    // A domain we are acquiring shows where the acquisition stands (docs/host-guide.md#operations-idempotency-and-states).
    const target: DomainStatus = waitsForPayment ? 'awaiting-payment' : req.mode === 'manual' ? 'awaiting-manual' : (inFlightDomainStatus(op) ?? 'registering');
    domainWrite(
      plan,
      current,
      {
        name: domain.name,
        tld: current?.tld ?? domain.tld,
        status: target,
        connector: req.connector,
        pluginInstance: req.pluginInstance,
        customerId: record.customerId ?? current?.customerId,
        locked: current?.locked ?? false,
        expiresAt: current?.expiresAt,
        nameservers: current?.nameservers,
        lastError: undefined,
        pendingOperation: record.id,
      },
      record,
      ctx.now,
    );
  } else if (!readOnly && current !== undefined) {
    // A change to a domain the registry has: its status stays what the registry says.
    domainWrite(plan, current, { ...current, pendingOperation: record.id }, record, ctx.now);
  }
  if (!waitsForPayment && req.mode === 'manual') openTask(plan, record, req.manualReason, ctx);
  plan.result = { record, dispatch: sending };
  return plan;
}

// --- orders -------------------------------------------------------------------------------------

export interface OrderRows {
  order: OrderRecord | undefined;
  /** Every operation of the order. */
  operations: OperationRecord[];
  domains: Map<string, DomainRecord>;
}

export interface Released {
  operations: OperationRecord[];
  /** The operations this caller moved to `submitting`: it calls their plugins. */
  dispatch: OperationRecord[];
}

export function planRelease(orderId: string, rows: OrderRows, manualReason: (record: OperationRecord) => string, lease: Lease, ctx: PlanContext): Plan<Released> {
  const order = rows.order;
  if (order === undefined) return { ...empty(), error: new HostError('NOT_FOUND', `order ${orderId} does not exist`) };
  if (order.status === 'cancelled') return { ...empty(), error: new HostError('ORDER_STATE', `order ${orderId} was cancelled and cannot be paid`) };
  // Paid already (a retried payment webhook): nothing to do, the same operations as the first time.
  if (order.status === 'paid') return empty({ operations: rows.operations, dispatch: [] });
  const plan: Plan<Released> = empty();
  plan.writes.push({ kind: 'order.put', record: { ...order, status: 'paid', version: order.version + 1, updatedAt: ctx.now }, version: order.version });
  plan.log.push({ level: 'info', kind: 'order', message: `order ${orderId} paid`, orderId });
  const operations: OperationRecord[] = [];
  const dispatch: OperationRecord[] = [];
  for (const record of rows.operations) {
    if (record.status !== 'awaiting-payment') {
      operations.push(record);
      continue;
    }
    const to: OperationStatus = record.mode === 'manual' ? 'awaiting-manual' : 'submitting';
    assertOperationTransition(record.id, record.status, to);
    const patch: OperationPatch = { status: to, updatedAt: ctx.now, ...(to === 'submitting' ? { submittedAt: ctx.now, leaseOwner: lease.owner, leaseToken: lease.token } : {}) };
    plan.writes.push({ kind: 'operation.update', id: record.id, version: record.version, patch });
    const next: OperationRecord = { ...record, ...patch, version: record.version + 1 };
    plan.log.push({ level: 'info', kind: 'transition', message: `${record.operation} ${record.domain}: payment received, operation ${to}`, domain: record.domain, operationId: record.id, ...orderLink(record) });
    operationEvent(plan, record, record.status, to);
    const current = rows.domains.get(record.domain);
    if (ACQUISITION.has(record.operation) && current !== undefined && current.pendingOperation === record.id) {
      const target: DomainStatus = to === 'awaiting-manual' ? 'awaiting-manual' : (inFlightDomainStatus(record.operation) ?? 'registering');
      domainWrite(plan, current, { ...current, status: target }, next, ctx.now);
    }
    if (to === 'awaiting-manual') openTask(plan, next, manualReason(record), ctx);
    else dispatch.push(next);
    operations.push(next);
  }
  plan.result = { operations, dispatch };
  return plan;
}

export function planCancelOrder(orderId: string, rows: OrderRows, ctx: PlanContext): Plan<OperationRecord[]> {
  const order = rows.order;
  if (order === undefined) return { ...empty(), error: new HostError('NOT_FOUND', `order ${orderId} does not exist`) };
  if (order.status === 'paid') {
    const sent = rows.operations.map((o) => `${o.operation} ${o.domain} (${o.status})`).join(', ');
    return { ...empty(), error: new HostError('ORDER_STATE', `order ${orderId} is paid and its operations were released${sent === '' ? '' : `: ${sent}`}; cancel them one by one instead`) };
  }
  if (order.status === 'cancelled') return empty(rows.operations.filter((o) => o.status === 'cancelled'));
  const plan: Plan<OperationRecord[]> = empty();
  plan.writes.push({ kind: 'order.put', record: { ...order, status: 'cancelled', version: order.version + 1, updatedAt: ctx.now }, version: order.version });
  plan.log.push({ level: 'info', kind: 'order', message: `order ${orderId} cancelled`, orderId });
  const cancelled: OperationRecord[] = [];
  for (const record of rows.operations) {
    if (record.status !== 'awaiting-payment') continue;
    assertOperationTransition(record.id, record.status, 'cancelled');
    const patch: OperationPatch = { status: 'cancelled', updatedAt: ctx.now, holdsDomain: false };
    plan.writes.push({ kind: 'operation.update', id: record.id, version: record.version, patch });
    const next: OperationRecord = { ...record, ...patch, version: record.version + 1 };
    operationEvent(plan, record, record.status, 'cancelled');
    const current = rows.domains.get(record.domain);
    if (current !== undefined && current.pendingOperation === record.id) {
      domainWrite(plan, current, { ...current, status: current.status === 'awaiting-payment' ? 'cancelled' : current.status, pendingOperation: undefined }, next, ctx.now);
    }
    cancelled.push(next);
  }
  plan.result = cancelled;
  return plan;
}

// --- outcomes -----------------------------------------------------------------------------------

/** Who may apply an outcome: the holder of the lease, a registrar message, or staff through a task. */
export type Fence = { kind: 'lease'; lease: Lease } | { kind: 'message'; ref: string } | { kind: 'task'; taskId: string };

export interface OutcomeRows {
  operation: OperationRecord | undefined;
  domain: DomainRecord | undefined;
  /** Open or claimed tasks of the operation. */
  tasks: ManualTask[];
}

export interface OutcomeMeta {
  durationMs?: number;
  /** The plugin operation called (a registrar request, logged with its summarized input). */
  call?: string;
  via?: string;
  /** Next check of a pending operation awaiting a poll / its deadline when awaiting a message. */
  pendingTimes?: { minIntervalSeconds: number; maxPendingDays: number };
}

export interface Applied {
  record: OperationRecord;
  /** The outcome came from a claim that no longer holds the operation: it was logged, not applied. */
  stale: boolean;
}

function fenceHolds(op: OperationRecord, fence: Fence): boolean {
  switch (fence.kind) {
    case 'lease':
      return (op.status === 'submitting' || op.status === 'pending') && op.leaseOwner === fence.lease.owner && op.leaseToken === fence.lease.token;
    case 'message':
      return op.status === 'pending' && op.ref === fence.ref;
    case 'task':
      return op.status === 'awaiting-manual';
  }
}

function outcomeSummary(outcome: Outcome, error: SerializedRegistrarError | undefined): unknown {
  if (outcome.status === 'failed') return { status: 'failed', error };
  if (outcome.status === 'pending') return { status: 'pending', ref: outcome.ref, await: outcome.await, step: outcome.step };
  return { status: 'done', result: outcome.result };
}

export function planOutcome(operationId: string, rows: OutcomeRows, outcome: Outcome, fence: Fence, meta: OutcomeMeta, ctx: PlanContext, plan: Plan<Applied> = empty()): Plan<Applied> {
  const record = rows.operation;
  if (record === undefined) return { ...plan, error: new HostError('NOT_FOUND', `operation ${operationId} does not exist`) };
  const error: SerializedRegistrarError | undefined = outcome.status === 'failed' ? serializeError(outcome.error) : undefined;
  if (!fenceHolds(record, fence)) {
    // Another claim owns the operation now (a tracker whose lease expired, a host taken for dead,
    // a second message): the answer is kept in the Action Log for staff, the state is not touched.
    plan.log.push({
      level: 'warn',
      kind: 'stale-outcome',
      message: `${record.operation} ${record.domain}: ${outcome.status} answer not applied: the operation is ${record.status}${record.leaseOwner === undefined ? '' : ` and held by ${record.leaseOwner}`}`,
      domain: record.domain,
      operationId: record.id,
      ...(record.pluginInstance === undefined ? {} : { pluginInstance: record.pluginInstance }),
      data: { fence: fence.kind, outcome: outcomeSummary(outcome, error), ...(meta.via === undefined ? {} : { via: meta.via }) },
    });
    plan.result = { record, stale: true };
    return plan;
  }
  const to: OperationStatus = outcome.status;
  assertOperationTransition(record.id, record.status, to);
  const patch: OperationPatch = { status: to, updatedAt: ctx.now, leaseOwner: undefined, leaseExpiresAt: undefined, leaseToken: undefined };
  if (outcome.status === 'done') Object.assign(patch, { result: outcome.result, nextCheckAt: undefined, holdsDomain: false });
  if (outcome.status === 'failed') Object.assign(patch, { error, nextCheckAt: undefined, holdsDomain: false });
  if (outcome.status === 'pending') {
    const times = meta.pendingTimes ?? { minIntervalSeconds: 300, maxPendingDays: 30 };
    Object.assign(patch, {
      ref: outcome.ref,
      await: outcome.await,
      step: outcome.step,
      pendingData: outcome.data,
      // Message-awaited operations get their deadline as next check: the tracker never polls
      // them, it escalates them to staff when no message came in time.
      nextCheckAt:
        outcome.await === 'poll'
          ? new Date(ctx.now.getTime() + times.minIntervalSeconds * 1000)
          : new Date((record.submittedAt ?? ctx.now).getTime() + times.maxPendingDays * 86_400_000),
    });
    // A message that only moves the step on leaves a tracker's claim where it is.
    if (fence.kind === 'message') {
      delete patch.leaseOwner;
      delete patch.leaseExpiresAt;
      delete patch.leaseToken;
    }
  }
  plan.writes.push({ kind: 'operation.update', id: record.id, version: record.version, patch });
  const next = { ...record, ...patch, version: record.version + 1 } as OperationRecord;
  plan.log.push({
    level: outcome.status === 'failed' ? 'error' : 'info',
    kind: meta.call !== undefined ? 'plugin-call' : 'plugin-result',
    message:
      `${record.operation} ${record.domain}: ${outcome.status}` +
      (outcome.status === 'pending' ? ` (${outcome.step ?? `awaiting ${outcome.await}`})` : '') +
      (outcome.status === 'failed' ? ` — ${outcome.error.code}: ${outcome.error.message}${outcome.error.detail === undefined ? '' : ` (${outcome.error.detail})`}` : ''),
    domain: record.domain,
    operationId: record.id,
    ...orderLink(record),
    ...(record.pluginInstance === undefined ? {} : { pluginInstance: record.pluginInstance }),
    ...(error?.registrarCode === undefined ? {} : { registrarCode: error.registrarCode }),
    ...(meta.durationMs === undefined ? {} : { durationMs: meta.durationMs }),
    data: {
      ...(meta.call !== undefined ? { request: summarizeRequest(record.input) } : {}),
      ...(meta.via !== undefined ? { via: meta.via } : {}),
      outcome: outcomeSummary(outcome, error),
    },
  });
  if (record.status !== to || outcome.status === 'pending') operationEvent(plan, record, record.status, to, outcome.status === 'pending' ? outcome.step : undefined);
  if (outcome.status !== 'pending') {
    settleDomain(plan, next, rows.domain, outcome, ctx);
    // Work staff were asked to do is moot once the operation has its answer.
    for (const task of rows.tasks) {
      if (fence.kind === 'task' && task.id === fence.taskId) continue;
      plan.writes.push({ kind: 'task.update', id: task.id, version: task.version, patch: { status: 'cancelled', updatedAt: ctx.now, result: { reason: `the operation ended ${to} ${meta.via === undefined ? '' : `via ${meta.via}`}`.trim() } } });
      plan.log.push({ level: 'info', kind: 'manual-task', message: `manual task for ${task.operation} ${task.domain} closed: the operation ended ${to}`, domain: task.domain, operationId: task.operationId, data: { taskId: task.id } });
      plan.events.push({ name: 'task.closed', payload: { task: { ...task, status: 'cancelled', updatedAt: ctx.now, version: task.version + 1 } } });
    }
  }
  plan.result = { record: next, stale: false };
  return plan;
}

function settleDomain(plan: Plan<unknown>, record: OperationRecord, current: DomainRecord | undefined, outcome: Outcome, ctx: PlanContext): void {
  if (outcome.status === 'pending') return;
  if (READ_ONLY.has(record.operation) && outcome.status === 'failed') return;
  if (current === undefined && !ACQUISITION.has(record.operation)) return;
  const cancelAt = cancelAtExpiry(record, current, outcome, ctx.now);
  const to = settledDomainStatus(record.operation, outcome.status, current?.status, cancelAt) ?? current?.status;
  if (to === undefined) return;
  const next: Omit<DomainRecord, 'version' | 'createdAt' | 'updatedAt'> = {
    name: record.domain,
    tld: current?.tld ?? record.domain.slice(record.domain.indexOf('.') + 1),
    status: to,
    connector: current?.connector ?? record.connector,
    pluginInstance: current?.pluginInstance ?? record.pluginInstance,
    customerId: current?.customerId ?? record.customerId,
    locked: current?.locked ?? false,
    expiresAt: current?.expiresAt,
    nameservers: current?.nameservers,
    lastError: to === 'error' ? record.error : current?.lastError,
    pendingOperation: current?.pendingOperation === record.id ? undefined : current?.pendingOperation,
    autoRenew: current?.autoRenew,
    cancelAt: current?.cancelAt,
    registry: current?.registry,
    syncedAt: current?.syncedAt,
    renewal: current?.renewal,
  };
  if (to === 'registered' && outcome.status === 'done') next.lastError = undefined;
  const input = record.input as Record<string, unknown>;
  if (outcome.status === 'done') {
    const result = (outcome.result ?? {}) as Record<string, unknown>;
    if (typeof result.expiresAt === 'string') next.expiresAt = result.expiresAt;
    if ((record.operation === 'register' || record.operation === 'updateNameservers' || record.operation === 'transfer') && Array.isArray(input.nameservers)) {
      next.nameservers = input.nameservers as DomainRecord['nameservers'];
    }
    if (record.operation === 'setRegistrarLock') next.locked = input.locked === true;
    // The domain's renewal policy (issue 19): from the acquisition's input, or a completed setAutoRenew.
    if (ACQUISITION.has(record.operation)) {
      next.cancelAt = undefined;
      next.renewal = undefined;
      if (typeof input.autoRenew === 'boolean') next.autoRenew = input.autoRenew;
    }
    if (record.operation === 'setAutoRenew' && typeof input.enabled === 'boolean') next.autoRenew = input.enabled;
    if (record.operation === 'cancel') next.cancelAt = cancelAt;
    if (record.operation === 'info') {
      if (Array.isArray(result.nameservers)) next.nameservers = result.nameservers as DomainRecord['nameservers'];
      if (typeof result.locked === 'boolean') next.locked = result.locked;
    }
  }
  if (current !== undefined && unchanged(current, next)) return;
  domainWrite(plan, current, next, record, ctx.now);
}

/**
 * A cancellation at expiry (`when: 'expiry'`) leaves the domain live until its expiry: the time it
 * takes effect, when that is still ahead; otherwise (no known expiry, or passed) it takes effect now.
 */
function cancelAtExpiry(record: OperationRecord, current: DomainRecord | undefined, outcome: Outcome, now: Date): string | undefined {
  if (record.operation !== 'cancel' || outcome.status !== 'done' || (record.input as { when?: unknown }).when !== 'expiry') return undefined;
  const reported = (outcome.result as { expiresAt?: unknown } | undefined)?.expiresAt;
  const expiry = typeof reported === 'string' ? reported : current?.expiresAt;
  return expiry !== undefined && Date.parse(expiry) > now.getTime() ? expiry : undefined;
}

function unchanged(current: DomainRecord, next: Omit<DomainRecord, 'version' | 'createdAt' | 'updatedAt'>): boolean {
  return (Object.keys(next) as (keyof typeof next)[]).every((k) => JSON.stringify(current[k]) === JSON.stringify(next[k]));
}

// --- escalation and recovery ---------------------------------------------------------------------

export function planEscalate(operationId: string, rows: OutcomeRows, reason: string, fence: Fence | undefined, ctx: PlanContext): Plan<ManualTask> {
  const record = rows.operation;
  if (record === undefined) return { ...empty(), error: new HostError('NOT_FOUND', `operation ${operationId} does not exist`) };
  if (fence !== undefined && !fenceHolds(record, fence)) {
    return { ...empty(), error: new HostError('CONFLICT', `operation ${operationId} is ${record.status}${record.leaseOwner === undefined ? '' : ` and held by ${record.leaseOwner}`}: not escalated`, [], { operationId }) };
  }
  assertOperationTransition(record.id, record.status, 'awaiting-manual');
  const plan: Plan<ManualTask> = empty();
  const patch: OperationPatch = { status: 'awaiting-manual', updatedAt: ctx.now, nextCheckAt: undefined, leaseOwner: undefined, leaseExpiresAt: undefined, leaseToken: undefined };
  plan.writes.push({ kind: 'operation.update', id: record.id, version: record.version, patch });
  const next = { ...record, ...patch, version: record.version + 1 } as OperationRecord;
  operationEvent(plan, record, record.status, 'awaiting-manual');
  const current = rows.domain;
  if (ACQUISITION.has(record.operation) && current !== undefined && current.pendingOperation === record.id && current.status !== 'awaiting-manual') {
    domainWrite(plan, current, { ...current, status: 'awaiting-manual' }, next, ctx.now);
  }
  plan.result = openTask(plan, next, reason, ctx);
  return plan;
}

/** Recovery: take a `submitting` operation over from a host that is gone (compare-and-set on its claim). */
export function planTakeover(rows: OutcomeRows, from: { owner: string | undefined; token: string | undefined }, lease: Lease, ownerGoneBecause: string, ctx: PlanContext): Plan<OperationRecord | undefined> {
  const record = rows.operation;
  if (record === undefined || record.status !== 'submitting' || record.leaseOwner !== from.owner || record.leaseToken !== from.token) return empty<OperationRecord | undefined>();
  const plan: Plan<OperationRecord | undefined> = empty();
  const patch: OperationPatch = { leaseOwner: lease.owner, leaseToken: lease.token, updatedAt: ctx.now };
  plan.writes.push({ kind: 'operation.update', id: record.id, version: record.version, patch });
  plan.log.push({ level: 'warn', kind: 'recovery', message: `${record.operation} ${record.domain}: taken over from ${from.owner ?? 'an unknown host'} (${ownerGoneBecause})`, domain: record.domain, operationId: record.id });
  plan.result = { ...record, ...patch, version: record.version + 1 };
  return plan;
}

// --- manual tasks -------------------------------------------------------------------------------

export function planClaimTask(taskId: string, task: ManualTask | undefined, staff: string, ctx: PlanContext): Plan<ManualTask> {
  if (task === undefined) return { ...empty(), error: new HostError('NOT_FOUND', `manual task ${taskId} does not exist`) };
  if (task.status === 'claimed' && task.claimedBy === staff) return empty(task);
  if (task.status === 'claimed') return { ...empty(), error: new HostError('TASK_STATE', `manual task ${taskId} is already claimed by ${task.claimedBy ?? 'someone else'}`) };
  if (task.status !== 'open') return { ...empty(), error: new HostError('TASK_STATE', `manual task ${taskId} is ${task.status}; it must be open`) };
  const patch: TaskPatch = { status: 'claimed', claimedBy: staff, updatedAt: ctx.now };
  return {
    writes: [{ kind: 'task.update', id: task.id, version: task.version, patch }],
    log: [{ level: 'info', kind: 'manual-task', message: `manual task for ${task.operation} ${task.domain} claimed by ${staff}`, domain: task.domain, operationId: task.operationId, data: { taskId, staff } }],
    events: [],
    result: { ...task, ...patch, version: task.version + 1 },
  };
}

export function planCloseTask(
  taskId: string,
  task: ManualTask | undefined,
  rows: OutcomeRows,
  status: 'completed' | 'rejected',
  outcome: Outcome,
  staff: string | undefined,
  ctx: PlanContext,
): Plan<Applied> {
  if (task === undefined) return { ...empty(), error: new HostError('NOT_FOUND', `manual task ${taskId} does not exist`) };
  if (task.status !== 'open' && task.status !== 'claimed') {
    return { ...empty(), error: new HostError('TASK_STATE', `manual task ${taskId} is already ${task.status}${task.claimedBy === undefined ? '' : ` (claimed by ${task.claimedBy})`}`) };
  }
  if (task.status === 'claimed' && staff !== undefined && task.claimedBy !== staff) {
    return { ...empty(), error: new HostError('TASK_STATE', `manual task ${taskId} is claimed by ${task.claimedBy ?? 'someone else'}; only they can close it`) };
  }
  const op = rows.operation;
  if (op === undefined || op.status !== 'awaiting-manual') {
    return { ...empty(), error: new HostError('TASK_STATE', `the operation of manual task ${taskId} is ${op?.status ?? 'missing'}, not awaiting-manual`) };
  }
  const plan: Plan<Applied> = empty();
  const patch: TaskPatch = { status, updatedAt: ctx.now, result: outcome.status === 'done' ? outcome.result : { reason: outcome.status === 'failed' ? outcome.error.message : undefined }, ...(staff === undefined ? {} : { claimedBy: staff }) };
  plan.writes.push({ kind: 'task.update', id: task.id, version: task.version, patch });
  plan.log.push({ level: 'info', kind: 'manual-task', message: `manual task for ${task.operation} ${task.domain} ${status}${staff === undefined ? '' : ` by ${staff}`}`, domain: task.domain, operationId: task.operationId, data: { taskId, ...(staff === undefined ? {} : { staff }) } });
  const closed: ManualTask = { ...task, ...patch, version: task.version + 1 } as ManualTask;
  planOutcome(task.operationId, rows, outcome, { kind: 'task', taskId }, { via: 'manual-task' }, ctx, plan);
  plan.events.push({ name: 'task.closed', payload: { task: closed } });
  return plan;
}

// --- the quarantine: staff decide ----------------------------------------------------------------

/** A message staff may act on: it exists and is still quarantined (not applied, not discarded). */
function quarantinedOnly(id: string, message: InboundRecord | undefined): HostError | undefined {
  if (message === undefined) return new HostError('NOT_FOUND', `inbound message ${id} does not exist`);
  if (message.status !== 'quarantined') return new HostError('INBOUND_STATE', `inbound message ${id} is ${message.status}; only a quarantined message can be assigned or discarded`);
  return undefined;
}

/**
 * Why staff cannot assign `message` to `operation`, if they cannot: checked before the plugin is
 * asked, and again on the rows of the transaction that applies it.
 */
export function assignRefusal(id: string, message: InboundRecord | undefined, operationId: string, operation: OperationRecord | undefined): HostError | undefined {
  const refused = quarantinedOnly(id, message);
  if (refused !== undefined) return refused;
  if (operation === undefined) return new HostError('NOT_FOUND', `operation ${operationId} does not exist`);
  if (operation.status !== 'pending') {
    return new HostError('OPERATION_STATE', `${operation.operation} ${operation.domain} (${operationId}) is ${operation.status}; a message can only be assigned to a pending operation`, [], { operationId });
  }
  if (message!.instance !== undefined && message!.instance !== operation.pluginInstance) {
    return new HostError('INBOUND_UNMATCHED', `inbound message ${id} came for plugin instance ${message!.instance}; ${operation.operation} ${operation.domain} is handled by ${operation.pluginInstance ?? 'no instance'}`, [], { operationId });
  }
  return undefined;
}

/** Staff discard a quarantined message: it stays stored for audit, with who and why in the Action Log. */
export function planDiscardInbound(id: string, message: InboundRecord | undefined, staff: string, reason: string): Plan<InboundRecord> {
  const refused = quarantinedOnly(id, message);
  if (refused !== undefined) return { ...empty(), error: refused };
  const m = message!;
  return {
    writes: [{ kind: 'inbound.update', id, patch: { status: 'discarded' }, expectedStatus: 'quarantined' }],
    log: [
      {
        level: 'info',
        kind: 'inbound',
        message: `message ${m.messageId} discarded by ${staff}: ${reason}`,
        ...(m.instance === undefined ? {} : { pluginInstance: m.instance }),
        data: { inboundId: id, staff, reason, quarantineReason: m.reason },
      },
    ],
    events: [],
    result: { ...m, status: 'discarded' },
  };
}

/**
 * Applies a quarantined message staff assigned to a pending operation, exactly as a delivered
 * message is applied (the outcome under a message fence on the operation's ref), and marks the
 * message applied — only while it is still quarantined, so of two staff acting at once one wins.
 */
export function planAssignInbound(
  id: string,
  message: InboundRecord | undefined,
  rows: OutcomeRows,
  operationId: string,
  answer: { ref: string; outcome: Outcome },
  staff: string,
  meta: OutcomeMeta,
  ctx: PlanContext,
): Plan<Applied> {
  const refused = assignRefusal(id, message, operationId, rows.operation);
  if (refused !== undefined) return { ...empty(), error: refused };
  const op = rows.operation!;
  if (op.ref !== answer.ref) return { ...empty(), error: new HostError('INBOUND_UNMATCHED', `the plugin matched inbound message ${id} to ref ${answer.ref}; ${op.operation} ${op.domain} now carries ${op.ref ?? 'no ref'}`, [], { operationId }) };
  const plan = planOutcome(op.id, rows, answer.outcome, { kind: 'message', ref: answer.ref }, meta, ctx);
  const applied = plan.result!;
  plan.writes.push({ kind: 'inbound.update', id, patch: { status: 'applied', operationId: op.id, instance: op.pluginInstance }, expectedStatus: 'quarantined' });
  plan.log.push({
    level: 'info',
    kind: 'inbound',
    message: `message ${message!.messageId} assigned by ${staff} to ${op.operation} ${op.domain}: ${applied.record.status}${applied.record.step === undefined ? '' : ` (${applied.record.step})`}`,
    domain: op.domain,
    operationId: op.id,
    ...(op.pluginInstance === undefined ? {} : { pluginInstance: op.pluginInstance }),
    data: { inboundId: id, staff, quarantineReason: message!.reason },
  });
  return plan;
}
