import type { Plan, PlanContext } from '../engine/plan.js';
import { HostError } from '../errors.js';
import { assertDomainTransition } from '../lifecycle.js';
import type { DomainRecord, ManualTask, OperationRecord, RenewalState } from '../store/store.js';

// Pure planners of the renewal policy and the scheduler's bookkeeping. Each takes the domain row
// read inside the committing transaction: of two schedulers (or hosts) deciding at once, the one
// that commits first wins and the other sees its write and does nothing.

const put = (current: DomainRecord, patch: Partial<DomainRecord>, now: Date): { kind: 'domain.put'; record: DomainRecord; version: number } => ({
  kind: 'domain.put',
  record: { ...current, ...patch, version: current.version + 1, updatedAt: now },
  version: current.version,
});

const notFound = (name: string): HostError => new HostError('NOT_FOUND', `domain ${name} is not in the store`);

/** `host.domains.setRenewal`: the host's own renewal policy of the domain (no registrar call). */
export function planSetRenewal(name: string, current: DomainRecord | undefined, autoRenew: boolean, ctx: PlanContext): Plan<DomainRecord> {
  if (current === undefined) return { writes: [], log: [], events: [], error: notFound(name) };
  if (current.autoRenew === autoRenew) return { writes: [], log: [], events: [], result: current };
  const write = put(current, { autoRenew }, ctx.now);
  return {
    writes: [write],
    log: [{ level: 'info', kind: 'renewal', message: `${name}: renewal policy ${autoRenew ? 'auto' : 'manual'} (was ${current.autoRenew === undefined ? 'not set' : current.autoRenew ? 'auto' : 'manual'})`, domain: name, data: { autoRenew } }],
    events: [],
    result: write.record,
  };
}

/**
 * `host.renewals.attachOrder`: the platform's order for the scheduled renewal of the domain's
 * current expiry. Refused once that renewal was released (it went out, or waits under another order).
 */
/** Why the renewal scheduler will not renew the domain, or undefined when it will. */
export function noScheduledRenewal(d: DomainRecord): string | undefined {
  if (d.status !== 'registered' && d.status !== 'expired') return `${d.name} is ${d.status}: it has no scheduled renewal`;
  if (d.cancelAt !== undefined) return `${d.name} is cancelled at expiry (${d.cancelAt}): it has no scheduled renewal`;
  if (d.autoRenew !== true) return `${d.name} is not renewed by the host (renewal policy ${d.autoRenew === false ? 'manual' : 'not set'}): set autoRenew first`;
  return undefined;
}

export function planAttachOrder(name: string, current: DomainRecord | undefined, orderId: string, ctx: PlanContext): Plan<RenewalState> {
  if (current === undefined) return { writes: [], log: [], events: [], error: notFound(name) };
  // Decided on the row read in this transaction: a policy changed meanwhile (autoRenew off, a
  // cancellation at expiry) refuses the order instead of attaching it to a renewal that will not run.
  const why = noScheduledRenewal(current);
  if (why !== undefined) return { writes: [], log: [], events: [], error: new HostError('OPERATION_STATE', why) };
  if (current.expiresAt === undefined) return { writes: [], log: [], events: [], error: new HostError('OPERATION_STATE', `${name} has no known expiry: there is no scheduled renewal to attach an order to`) };
  const renewal: RenewalState = current.renewal?.expiry === current.expiresAt ? current.renewal : { expiry: current.expiresAt };
  if (renewal.orderId === orderId) return { writes: [], log: [], events: [], result: renewal };
  if (renewal.operationId !== undefined) {
    return { writes: [], log: [], events: [], error: new HostError('OPERATION_STATE', `the renewal of ${name} (expiry ${renewal.expiry}) was already released as operation ${renewal.operationId}`, [], { operationId: renewal.operationId }) };
  }
  const { refused: _refused, ...rest } = renewal;
  const next = { ...rest, orderId };
  return {
    writes: [put(current, { renewal: next }, ctx.now)],
    log: [{ level: 'info', kind: 'renewal', message: `${name}: order ${orderId} attached to the renewal of expiry ${renewal.expiry}`, domain: name, orderId }],
    events: [],
    result: next,
  };
}

/**
 * The scheduler announces a renewal (`renewal.due`) once per expiry; the event goes out only from
 * the commit that wrote the announcement. `undefined` result: announced already (or no longer due).
 */
export function planAnnounce(name: string, current: DomainRecord | undefined, expiry: string, releaseAt: Date, ctx: PlanContext): Plan<RenewalState | undefined> {
  const nothing: Plan<RenewalState | undefined> = { writes: [], log: [], events: [] };
  if (current === undefined || current.expiresAt !== expiry || current.pendingOperation !== undefined) return nothing;
  if (current.renewal?.expiry === expiry && current.renewal.announcedAt !== undefined) return nothing;
  const renewal: RenewalState = { ...(current.renewal?.expiry === expiry ? current.renewal : {}), expiry, announcedAt: ctx.now.toISOString() };
  return {
    writes: [put(current, { renewal }, ctx.now)],
    log: [{ level: 'info', kind: 'renewal', message: `${name}: renewal due (expiry ${expiry}), released at ${releaseAt.toISOString()}`, domain: name, data: { expiry, releaseAt: releaseAt.toISOString() } }],
    events: [{ name: 'renewal.due', payload: { domain: name, expiry, releaseAt: releaseAt.toISOString(), ...(renewal.orderId === undefined ? {} : { orderId: renewal.orderId }) } }],
    result: renewal,
  };
}

/** Remembers the operation a renewal was released as (so the next cycle does not submit it again). */
export function planReleased(name: string, current: DomainRecord | undefined, expiry: string, operationId: string, ctx: PlanContext): Plan<void> {
  if (current === undefined || current.expiresAt !== expiry || (current.renewal?.expiry === expiry && current.renewal.operationId === operationId)) return { writes: [], log: [], events: [] };
  const renewal: RenewalState = { ...(current.renewal?.expiry === expiry ? current.renewal : { expiry }), operationId };
  return { writes: [put(current, { renewal }, ctx.now)], log: [], events: [] };
}

/** Remembers that the host refused the renewal of this expiry (so each cycle does not ask again). */
export function planRefused(name: string, current: DomainRecord | undefined, expiry: string, refused: { reason: string; orderId?: string }, ctx: PlanContext): Plan<void> {
  if (current === undefined || current.expiresAt !== expiry) return { writes: [], log: [], events: [] };
  const renewal: RenewalState = { ...(current.renewal?.expiry === expiry ? current.renewal : { expiry }), refused };
  return { writes: [put(current, { renewal }, ctx.now)], log: [], events: [] };
}

/** A cancellation at expiry takes effect: the domain leaves the portfolio as `cancelled`. */
export function planCancelAtExpiry(name: string, current: DomainRecord | undefined, ctx: PlanContext): Plan<boolean> {
  if (current === undefined || current.cancelAt === undefined || Date.parse(current.cancelAt) > ctx.now.getTime() || current.pendingOperation !== undefined) return { writes: [], log: [], events: [], result: false };
  if (current.status !== 'registered' && current.status !== 'expired') return { writes: [], log: [], events: [], result: false };
  assertDomainTransition(name, current.status, 'cancelled');
  return {
    writes: [put(current, { status: 'cancelled' }, ctx.now)],
    log: [{ level: 'info', kind: 'transition', message: `domain ${name}: ${current.status} → cancelled (the cancellation at expiry took effect at ${current.cancelAt})`, domain: name, data: { from: current.status, to: 'cancelled', cancelAt: current.cancelAt } }],
    events: [{ name: 'domain.status', payload: { domain: name, from: current.status, to: 'cancelled' } }],
    result: true,
  };
}

/**
 * A registrar that renews by itself (manifest: renew unsupported, `renewed-by-registrar`) did not
 * move the expiry after it passed: staff check at the registrar. The task needs an operation to
 * close: a `renew` record in manual mode under the key `renewal-check:<domain>:<expiry>` (it does
 * not hold the domain; completing it with `{ expiresAt }` records the new expiry).
 */
export function planVerifyTask(current: DomainRecord | undefined, expiry: string, ctx: PlanContext): Plan<ManualTask | undefined> {
  const nothing: Plan<ManualTask | undefined> = { writes: [], log: [], events: [] };
  if (current === undefined || current.expiresAt !== expiry || (current.renewal?.expiry === expiry && current.renewal.verifyTaskId !== undefined)) return nothing;
  const name = current.name;
  const record: OperationRecord = {
    id: ctx.newId(),
    idempotencyKey: `renewal-check:${name}:${expiry}`,
    payloadHash: `renewal-check:${name}:${expiry}`,
    operation: 'renew',
    domain: name,
    connector: current.connector,
    pluginInstance: current.pluginInstance,
    orderId: undefined,
    customerId: current.customerId,
    mode: 'manual',
    status: 'awaiting-manual',
    input: { domain: name, period: 1, currentExpiry: expiry },
    result: undefined,
    error: undefined,
    ref: undefined,
    await: undefined,
    step: undefined,
    pendingData: undefined,
    nextCheckAt: undefined,
    leaseOwner: undefined,
    leaseExpiresAt: undefined,
    leaseToken: undefined,
    holdsDomain: false,
    pollAttempts: 0,
    submittedAt: undefined,
    version: 0,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const reason = `the registrar renews ${name} by itself, but its expiry ${expiry} passed and the sync has not seen a new one: check the renewal at the registrar, then complete this task with the new expiresAt (or reject it)`;
  const task: ManualTask = { id: ctx.newId(), operationId: record.id, domain: name, operation: 'renew', status: 'open', reason, claimedBy: undefined, result: undefined, version: 0, createdAt: ctx.now, updatedAt: ctx.now };
  return {
    writes: [{ kind: 'operation.insert', record }, { kind: 'task.insert', task }, put(current, { renewal: { ...(current.renewal?.expiry === expiry ? current.renewal : { expiry }), verifyTaskId: task.id } }, ctx.now)],
    log: [{ level: 'warn', kind: 'manual-task', message: `manual task opened for renew ${name}: ${reason}`, domain: name, operationId: record.id, data: { taskId: task.id } }],
    events: [{ name: 'task.opened', payload: { task } }],
    result: task,
  };
}
