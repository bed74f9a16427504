/**
 * What the API shows of the host's rows. Internal columns (leases, fencing tokens, payload hashes,
 * row versions, pending plugin data) stay inside: they are the engine's, not the platform's.
 */
import type { ActionLogEntry, DomainRecord, InboundRecord, ManualTask, OperationRecord } from '@registrar-kit/host';

/** Drops undefined values so the JSON carries only what is known. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function operationView(r: OperationRecord) {
  return defined({
    id: r.id,
    idempotencyKey: r.idempotencyKey,
    operation: r.operation,
    domain: r.domain,
    connector: r.connector,
    pluginInstance: r.pluginInstance,
    orderId: r.orderId,
    customerId: r.customerId,
    mode: r.mode,
    status: r.status,
    input: r.input,
    result: r.result,
    error: r.error,
    ref: r.ref,
    await: r.await,
    step: r.step,
    nextCheckAt: r.nextCheckAt,
    submittedAt: r.submittedAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  });
}

export function domainView(r: DomainRecord) {
  return defined({
    name: r.name,
    tld: r.tld,
    status: r.status,
    connector: r.connector,
    pluginInstance: r.pluginInstance,
    customerId: r.customerId,
    locked: r.locked,
    expiresAt: r.expiresAt,
    nameservers: r.nameservers,
    lastError: r.lastError,
    pendingOperation: r.pendingOperation,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  });
}

export function taskView(t: ManualTask) {
  return defined({ id: t.id, operationId: t.operationId, domain: t.domain, operation: t.operation, status: t.status, reason: t.reason, claimedBy: t.claimedBy, result: t.result, createdAt: t.createdAt, updatedAt: t.updatedAt });
}

export function logView(e: ActionLogEntry) {
  return defined({ ...e });
}

export function quarantinedView(m: InboundRecord) {
  return defined({ id: m.id, messageId: m.messageId, instance: m.instance, receivedAt: m.receivedAt, status: m.status, reason: m.reason, operationId: m.operationId, size: m.rawBytes.length });
}
