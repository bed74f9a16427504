import { checkHostName } from './domain-name.js';
import type { ErrorIssue } from './errors.js';
import { isIP } from 'node:net';

/** A name server, with glue addresses when it lives inside the domain itself. */
export interface Nameserver {
  host: string;
  ipv4?: string[];
  ipv6?: string[];
}

/** A DS record (RFC 5910 `secDNS:dsData`). */
export interface DsRecord {
  keyTag: number;
  algorithm: number;
  digestType: number;
  digest: string;
}

/** A DNSKEY (RFC 5910 `secDNS:keyData`). */
export interface DnsKey {
  flags: number;
  protocol: number;
  algorithm: number;
  publicKey: string;
}

/** DNSSEC material for a domain; empty lists switch DNSSEC off. */
export interface DnssecData {
  ds?: DsRecord[];
  keys?: DnsKey[];
}

/** EPP domain statuses (RFC 5731 §2.3) plus RGP statuses (RFC 3915). */
export type EppStatus =
  | 'ok'
  | 'inactive'
  | 'clientDeleteProhibited'
  | 'clientHold'
  | 'clientRenewProhibited'
  | 'clientTransferProhibited'
  | 'clientUpdateProhibited'
  | 'serverDeleteProhibited'
  | 'serverHold'
  | 'serverRenewProhibited'
  | 'serverTransferProhibited'
  | 'serverUpdateProhibited'
  | 'pendingCreate'
  | 'pendingDelete'
  | 'pendingRenew'
  | 'pendingTransfer'
  | 'pendingUpdate'
  | 'addPeriod'
  | 'autoRenewPeriod'
  | 'renewPeriod'
  | 'transferPeriod'
  | 'redemptionPeriod'
  | 'pendingRestore';

/** Every problem of a name-server list (host names, glue addresses, duplicates). */
export function checkNameservers(value: unknown, path = '/nameservers'): ErrorIssue[] {
  if (!Array.isArray(value)) return [{ path, message: 'must be a list' }];
  const issues: ErrorIssue[] = [];
  const seen = new Set<string>();
  value.forEach((ns: unknown, i) => {
    const p = `${path}/${i}`;
    if (typeof ns !== 'object' || ns === null) {
      issues.push({ path: p, message: 'must be an object with a host' });
      return;
    }
    const { host, ipv4, ipv6 } = ns as Partial<Record<keyof Nameserver, unknown>>;
    issues.push(...checkHostName(host, `${p}/host`));
    if (typeof host === 'string') {
      const key = host.toLowerCase().replace(/\.$/, '');
      if (seen.has(key)) issues.push({ path: `${p}/host`, message: `"${host}" is listed twice` });
      seen.add(key);
    }
    for (const [family, list] of [[4, ipv4], [6, ipv6]] as const) {
      if (list === undefined) continue;
      if (!Array.isArray(list)) issues.push({ path: `${p}/ipv${family}`, message: 'must be a list' });
      else list.forEach((ip: unknown, j) => {
        if (typeof ip !== 'string' || isIP(ip) !== family) {
          issues.push({ path: `${p}/ipv${family}/${j}`, message: `must be an IPv${family} address` });
        }
      });
    }
  });
  return issues;
}

/** Checks a registration/renewal period in whole years (1–10 unless a TLD says otherwise). */
export function checkPeriod(value: unknown, path = '/period', allowed?: readonly number[]): ErrorIssue[] {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 10) {
    return [{ path, message: 'must be a whole number of years from 1 to 10' }];
  }
  if (allowed !== undefined && !allowed.includes(value)) {
    return [{ path, message: `must be one of ${allowed.join(', ')} years for this TLD` }];
  }
  return [];
}
