/**
 * What the API shows of the host's rows. Internal columns (leases, fencing tokens, payload hashes,
 * row versions, pending plugin data) stay inside: they are the engine's, not the platform's.
 */
import type { ActionLogEntry, DomainRecord, InboundRecord, ManualTask, OperationRecord, RegistryView, RenewalState } from '@registrar-kit/host';

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
    autoRenew: r.autoRenew,
    cancelAt: r.cancelAt,
    renewal: r.renewal === undefined ? undefined : renewalView(r.renewal),
    registry: r.registry === undefined ? undefined : registryView(r.registry),
    syncedAt: r.syncedAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  });
}

export function renewalView(r: RenewalState) {
  return defined({
    expiry: r.expiry,
    announcedAt: r.announcedAt,
    orderId: r.orderId,
    operationId: r.operationId,
    verifyTaskId: r.verifyTaskId,
    refused: r.refused === undefined ? undefined : defined({ reason: r.refused.reason, orderId: r.refused.orderId }),
  });
}

const CONTACT_ROLES = ['registrant', 'admin', 'tech', 'billing'] as const;
const CONTACT_TEXT = ['type', 'firstName', 'lastName', 'organization', 'postalCode', 'city', 'region', 'country', 'phone', 'fax', 'email'] as const;

/**
 * A contact as the registrar reported it, by the sdk's fields only. `extra` (registry-specific
 * data a plugin passes through, where a contact's auth info could ride along) and any key a plugin
 * added stay inside.
 */
function contactView(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const c = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of CONTACT_TEXT) if (typeof c[k] === 'string') out[k] = c[k];
  if (Array.isArray(c.address)) out.address = c.address.filter((line): line is string => typeof line === 'string');
  return out;
}

/** What the registry said at the last sync: statuses, flags and the contacts' sdk fields. */
export function registryView(r: RegistryView) {
  const given = typeof r.contacts === 'object' && r.contacts !== null && !Array.isArray(r.contacts) ? (r.contacts as Record<string, unknown>) : undefined;
  const contacts = given === undefined ? undefined : Object.fromEntries(CONTACT_ROLES.flatMap((role) => {
    const c = contactView(given[role]);
    return c === undefined ? [] : [[role, c]];
  }));
  return defined({
    statuses: Array.isArray(r.statuses) ? r.statuses.filter((s): s is string => typeof s === 'string') : [],
    registrarStatus: r.registrarStatus,
    whoisPrivacy: r.whoisPrivacy,
    autoRenew: r.autoRenew,
    redemption: r.redemption,
    contacts,
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
