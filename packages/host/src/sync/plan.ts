import type { DomainInfo, SerializedRegistrarError } from '@registrar-kit/sdk';
import type { Plan, PlanContext } from '../engine/plan.js';
import { assertDomainTransition, expiryStatus, type DomainStatus } from '../lifecycle.js';
import type { DomainRecord, RegistryView } from '../store/store.js';

/**
 * What one `info` call told the sweep about a domain:
 * - `info`: the registrar answered;
 * - `gone`: the registrar says the domain is not ours (not found on our account, or refused to
 *   us while the same account's other domains answered) — evidence it left or was deleted;
 * - `elsewhere`: the registrar answered, and says another client sponsors the domain
 *   (`DomainInfo.sponsor.ours === false`; `sponsor` is that client's registry id when given);
 * - `unknown`: no usable answer (transport, timeout, rate limit, a login failure, a plugin bug).
 *   Never evidence of anything: the domain is left exactly as it was.
 */
export type Observation =
  | { kind: 'info'; info: DomainInfo }
  | { kind: 'gone'; error: SerializedRegistrarError }
  | { kind: 'elsewhere'; sponsor?: string }
  | { kind: 'unknown'; reason: string };

/** One change the sync found: the field, what the host had, what the registry says. */
export interface Drift {
  field: 'status' | 'expiresAt' | 'statuses' | 'nameservers' | 'locked' | 'whoisPrivacy' | 'registrarAutoRenew' | 'redemption';
  from: unknown;
  to: unknown;
}

export interface SyncResult {
  domain: string;
  /** `updated`: drift written; `unchanged`: the registry agrees; `skipped`: an operation is in flight or the row changed meanwhile; `unknown`: no usable answer. */
  result: 'updated' | 'unchanged' | 'skipped' | 'unknown';
  drift: Drift[];
  status: DomainStatus | undefined;
  reason?: string;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const nsNames = (ns: DomainRecord['nameservers']): string[] | undefined => ns?.map((n) => n.host.toLowerCase()).sort();

/**
 * Plans the write of one sync observation, on the domain row read inside the committing
 * transaction. The engine is the only writer: this returns the domain write (compare-and-set on
 * the version read here), the drift report for the Action Log, and the status event.
 *
 * A domain with an operation in flight is skipped (the operation's answer decides), and so is one
 * whose row changed since the sweep claimed it (an operation completed meanwhile): the next sweep
 * reads it again rather than overwrite newer knowledge with an older answer.
 */
export function planSync(name: string, current: DomainRecord | undefined, claimedVersion: number | undefined, observation: Observation, ctx: PlanContext): Plan<SyncResult> {
  const plan: Plan<SyncResult> = { writes: [], log: [], events: [] };
  const skip = (reason: string): Plan<SyncResult> => ({ ...plan, result: { domain: name, result: 'skipped', drift: [], status: current?.status, reason } });
  if (current === undefined) return skip('the domain is not in the store');
  if (current.pendingOperation !== undefined) return skip(`operation ${current.pendingOperation} is in flight`);
  if (claimedVersion !== undefined && current.version !== claimedVersion) return skip('the domain changed while it was being read');
  if (current.status !== 'registered' && current.status !== 'expired') return skip(`the domain is ${current.status}`);
  if (observation.kind === 'unknown') {
    plan.log.push({ level: 'warn', kind: 'sync', message: `sync ${name}: no usable answer, nothing changed (${observation.reason})`, domain: name, ...(current.pluginInstance === undefined ? {} : { pluginInstance: current.pluginInstance }) });
    return { ...plan, result: { domain: name, result: 'unknown', drift: [], status: current.status, reason: observation.reason } };
  }
  const next: DomainRecord = { ...current, syncedAt: ctx.now, version: current.version + 1, updatedAt: ctx.now };
  const drift: Drift[] = [];
  if (observation.kind === 'gone') {
    // Not ours any more. Deleted, if its time was up (a cancellation at expiry took effect, or the
    // sync saw it lapse before); otherwise another registrar has it. An expiry date alone proves
    // nothing: registrars that renew by themselves move it only when asked.
    const lapsed = expiryStatus({ status: current.status, cancelAt: current.cancelAt }, ctx.now) === 'cancelled' || current.status === 'expired';
    next.status = lapsed ? 'cancelled' : 'transferred-away';
  } else if (observation.kind === 'elsewhere') {
    // The domain exists and another client sponsors it: it left this account, whatever its expiry.
    next.status = 'transferred-away';
  } else {
    const info = observation.info;
    const registry: RegistryView = {
      statuses: [...info.statuses],
      ...(info.registrarStatus === undefined ? {} : { registrarStatus: info.registrarStatus }),
      ...(info.whoisPrivacy === undefined ? {} : { whoisPrivacy: info.whoisPrivacy }),
      ...(info.autoRenew === undefined ? {} : { autoRenew: info.autoRenew }),
      ...(info.statuses.includes('redemptionPeriod') ? { redemption: true } : {}),
      ...(info.contacts === undefined ? {} : { contacts: info.contacts as unknown as NonNullable<RegistryView['contacts']> }),
    };
    const before = current.registry;
    if (info.expiresAt !== undefined && info.expiresAt !== current.expiresAt) {
      drift.push({ field: 'expiresAt', from: current.expiresAt, to: info.expiresAt });
      next.expiresAt = info.expiresAt;
    }
    // The first sync learns the registry's view: only a change of what was known is drift.
    const known = before !== undefined;
    if (known && !same([...before.statuses].sort(), [...registry.statuses].sort())) drift.push({ field: 'statuses', from: before.statuses, to: registry.statuses });
    if (info.nameservers.length > 0 && !same(nsNames(current.nameservers), nsNames(info.nameservers))) {
      drift.push({ field: 'nameservers', from: current.nameservers?.map((n) => n.host), to: info.nameservers.map((n) => n.host) });
      next.nameservers = info.nameservers;
    }
    if (info.locked !== undefined && info.locked !== current.locked) {
      drift.push({ field: 'locked', from: current.locked, to: info.locked });
      next.locked = info.locked;
    }
    if (known && info.whoisPrivacy !== undefined && info.whoisPrivacy !== before.whoisPrivacy) drift.push({ field: 'whoisPrivacy', from: before.whoisPrivacy, to: info.whoisPrivacy });
    if (known && info.autoRenew !== undefined && info.autoRenew !== before.autoRenew) drift.push({ field: 'registrarAutoRenew', from: before.autoRenew, to: info.autoRenew });
    if ((registry.redemption ?? false) !== (before?.redemption ?? false)) drift.push({ field: 'redemption', from: before?.redemption ?? false, to: registry.redemption ?? false });
    next.registry = registry;
    next.status = expiryStatus(next, ctx.now, registry.statuses) ?? current.status;
  }
  if (next.status !== current.status) {
    assertDomainTransition(name, current.status, next.status);
    drift.unshift({ field: 'status', from: current.status, to: next.status });
    plan.events.push({ name: 'domain.status', payload: { domain: name, from: current.status, to: next.status } });
  }
  plan.writes.push({ kind: 'domain.put', record: next, version: current.version });
  if (drift.length > 0) {
    const why =
      observation.kind === 'gone'
        ? ` (${observation.error.code}: ${observation.error.message})`
        : observation.kind === 'elsewhere'
          ? ` (the registry names another sponsoring client${observation.sponsor === undefined ? '' : `: ${observation.sponsor}`})`
          : '';
    plan.log.push({
      level: next.status === 'transferred-away' || next.status === 'expired' || next.status === 'cancelled' ? 'warn' : 'info',
      kind: 'sync',
      message: `sync ${name}: ${drift.map((d) => `${d.field} ${fmt(d.from)} → ${fmt(d.to)}`).join('; ')}${why}`,
      domain: name,
      ...(current.pluginInstance === undefined ? {} : { pluginInstance: current.pluginInstance }),
      data: { drift, ...(observation.kind === 'gone' ? { error: observation.error } : {}), ...(observation.kind === 'elsewhere' ? { sponsor: { ours: false, ...(observation.sponsor === undefined ? {} : { id: observation.sponsor }) } } : {}) },
    });
  }
  plan.result = { domain: name, result: drift.length > 0 ? 'updated' : 'unchanged', drift, status: next.status };
  return plan;
}

function fmt(v: unknown): string {
  if (v === undefined) return 'unknown';
  if (Array.isArray(v)) return v.length === 0 ? '[]' : v.join(',');
  return String(v);
}
