/** What EPP responses mean for the plugin contract: domain info, statuses, queue messages. */
import type { DnssecData, DomainInfo, EppStatus, Nameserver } from '@registrar-kit/sdk';
import { attr, child, children, text, type Tree } from './xml.js';

/** RFC 5731 §2.3 domain statuses and RFC 3915 rgpStatus values, as the sdk names them. */
const KNOWN_STATUSES: ReadonlySet<string> = new Set<EppStatus>([
  'ok', 'inactive', 'clientDeleteProhibited', 'clientHold', 'clientRenewProhibited', 'clientTransferProhibited', 'clientUpdateProhibited',
  'serverDeleteProhibited', 'serverHold', 'serverRenewProhibited', 'serverTransferProhibited', 'serverUpdateProhibited',
  'pendingCreate', 'pendingDelete', 'pendingRenew', 'pendingTransfer', 'pendingUpdate',
  'addPeriod', 'autoRenewPeriod', 'renewPeriod', 'transferPeriod', 'redemptionPeriod', 'pendingRestore',
]);

/** The statuses the plugin sets for the registrar lock. */
export const LOCK_STATUSES = ['clientTransferProhibited', 'clientUpdateProhibited', 'clientDeleteProhibited'] as const;

export interface DomainView {
  info: DomainInfo;
  /** Every status as the server wrote it (domain and RGP), known or not. */
  raw: string[];
  sponsor: string;
  contacts: { type: string; id: string }[];
  registrant: string;
  authInfo: string;
  hostObjects: string[];
  /** `domain:upDate` ('' when absent): after a delete, when it was deleted. */
  updatedAt: string;
}

/**
 * `domain:infData` (+ rgp:infData, secDNS:infData) → the contract's DomainInfo. authInfo is kept
 * apart. With `clientId`, `info.sponsor` says whether `domain:clID` (RFC 5731 §3.1.2) is this client.
 */
export function readDomainInfo(domain: string, data: Tree, ext: Tree, clientId?: string): DomainView {
  const inf = child(data, 'domain:infData');
  if (inf === undefined) throw new Error('the info response has no domain:infData');
  const raw = children(inf, 'domain:status').map((s) => attr(s, 's'));
  for (const r of children(child(ext, 'rgp:infData'), 'rgp:rgpStatus')) raw.push(attr(r, 's'));
  const statuses = [...new Set(raw.filter((s): s is EppStatus => KNOWN_STATUSES.has(s)))];
  const nsNode = child(inf, 'domain:ns');
  const nameservers: Nameserver[] = [
    ...children(nsNode, 'domain:hostObj').map((h) => ({ host: text(h).toLowerCase() })),
    ...children(nsNode, 'domain:hostAttr').map((h) => {
      const v4 = children(h, 'domain:hostAddr').filter((a) => attr(a, 'ip') !== 'v6').map(text);
      const v6 = children(h, 'domain:hostAddr').filter((a) => attr(a, 'ip') === 'v6').map(text);
      return { host: text(child(h, 'domain:hostName')).toLowerCase(), ...(v4.length > 0 ? { ipv4: v4 } : {}), ...(v6.length > 0 ? { ipv6: v6 } : {}) };
    }),
  ];
  const sec = child(ext, 'secDNS:infData');
  const ds = children(sec, 'secDNS:dsData').map((d) => ({ keyTag: Number(text(child(d, 'secDNS:keyTag'))), algorithm: Number(text(child(d, 'secDNS:alg'))), digestType: Number(text(child(d, 'secDNS:digestType'))), digest: text(child(d, 'secDNS:digest')) }));
  const keys = children(sec, 'secDNS:keyData').map((k) => ({ flags: Number(text(child(k, 'secDNS:flags'))), protocol: Number(text(child(k, 'secDNS:protocol'))), algorithm: Number(text(child(k, 'secDNS:alg'))), publicKey: text(child(k, 'secDNS:pubKey')) }));
  const dnssec: DnssecData | undefined = ds.length + keys.length === 0 ? undefined : { ...(ds.length > 0 ? { ds } : {}), ...(keys.length > 0 ? { keys } : {}) };
  const crDate = text(child(inf, 'domain:crDate'));
  const exDate = text(child(inf, 'domain:exDate'));
  const clID = text(child(inf, 'domain:clID'));
  const info: DomainInfo = {
    domain: text(child(inf, 'domain:name')).toLowerCase() || domain,
    statuses,
    registrarStatus: raw.join(' '),
    ...(crDate === '' ? {} : { createdAt: crDate }),
    ...(exDate === '' ? {} : { expiresAt: exDate }),
    nameservers,
    locked: raw.includes('clientTransferProhibited'),
    ...(dnssec === undefined ? {} : { dnssec }),
    ...(clientId === undefined || clID === '' ? {} : { sponsor: { ours: clID === clientId, id: clID } }),
  };
  return {
    info,
    raw,
    sponsor: clID,
    contacts: children(inf, 'domain:contact').map((c) => ({ type: attr(c, 'type'), id: text(c) })),
    registrant: text(child(inf, 'domain:registrant')),
    authInfo: text(child(child(inf, 'domain:authInfo'), 'domain:pw')),
    hostObjects: children(nsNode, 'domain:hostObj').map((h) => text(h).toLowerCase()),
    updatedAt: text(child(inf, 'domain:upDate')),
  };
}

/** What a queue message says about a pending create or transfer. */
export type QueueNews =
  | { kind: 'create'; domain: string; ok: boolean; clTRID: string; date: string }
  | { kind: 'transfer'; domain: string; trStatus: string; reID: string; acID: string; exDate: string }
  | { kind: 'other' };

/** panData (RFC 5731 §3.3) or trnData (RFC 5731 §3.2.4) in a poll message. */
export function readQueueMessage(data: Tree): QueueNews {
  const pan = child(data, 'domain:panData');
  if (pan !== undefined) {
    const name = child(pan, 'domain:name');
    const paResult = attr(name, 'paResult');
    return { kind: 'create', domain: text(name).toLowerCase(), ok: paResult === '1' || paResult === 'true', clTRID: text(child(child(pan, 'domain:paTRID'), 'clTRID')), date: text(child(pan, 'domain:paDate')) };
  }
  const trn = child(data, 'domain:trnData');
  if (trn !== undefined) {
    return { kind: 'transfer', domain: text(child(trn, 'domain:name')).toLowerCase(), trStatus: text(child(trn, 'domain:trStatus')), reID: text(child(trn, 'domain:reID')), acID: text(child(trn, 'domain:acID')), exDate: text(child(trn, 'domain:exDate')) };
  }
  return { kind: 'other' };
}
