import type { DomainInfo, EppStatus } from '@registrar-kit/sdk';
import { items } from './protocol/soap.js';

/** A `YYYY-MM-DD…` date of the API (StructDomainInfo, StructDomainList) as an ISO 8601 date, or nothing. */
export function wireDate(value: unknown): string | undefined {
  const s = typeof value === 'string' ? value.trim() : '';
  return /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : undefined;
}

/**
 * StructDomainInfo → the sdk's DomainInfo. Status words map to EPP statuses (the README's `info` row):
 * `domainIsLock` → clientTransferProhibited, NOT DELEGATED → inactive, HOLD → serverHold,
 * QUARANTINE → redemptionPeriod, EXPIRED → autoRenewPeriod, PENDING → pendingCreate.
 */
export function toDomainInfo(domain: string, value: unknown): DomainInfo {
  const d = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const status = String(d.status ?? '');
  const words = status.split(',').map((w) => w.trim());
  const flag = (v: unknown): boolean => String(v ?? '0') === '1';
  const locked = flag(d.domainIsLock);
  const statuses: EppStatus[] = [];
  if (locked) statuses.push('clientTransferProhibited');
  if (words.includes('NOT DELEGATED')) statuses.push('inactive');
  if (words.includes('HOLD')) statuses.push('serverHold');
  if (words.includes('QUARANTINE')) statuses.push('redemptionPeriod');
  else if (words.includes('EXPIRED')) statuses.push('autoRenewPeriod');
  if (words.includes('PENDING')) statuses.push('pendingCreate');
  const createdAt = wireDate(d.dateCreate);
  const expiresAt = wireDate(d.dateExpiration);
  return {
    domain,
    statuses: statuses.length === 0 ? ['ok'] : statuses,
    registrarStatus: status,
    ...(createdAt === undefined ? {} : { createdAt }),
    ...(expiresAt === undefined ? {} : { expiresAt }),
    nameservers: items(d.ns)
      .map((n) => (typeof n === 'object' && n !== null ? String(Object.values(n)[0] ?? '') : String(n)))
      .filter((host) => host !== '')
      .map((host) => ({ host: host.toLowerCase() })),
    locked,
    whoisPrivacy: flag(d.whoisPrivacy),
    autoRenew: flag(d.autoRenew),
  };
}
