/**
 * The state of the simulated EPP registry and what each command does to it (RFC 5731 domains,
 * RFC 5732 hosts, RFC 5733 contacts, RFC 3915 restore, RFC 5910 secDNS, RFC 5730 §2.9.2.3 poll).
 * The TLS server (`server.ts`) parses frames and sessions; this module sees canonical trees
 * (`tree.ts`) and answers {@link Reply} values or throws {@link EppRefusal}.
 *
 * Scenario rules (the same as the other simulated registrars, plus two EPP-only ones):
 * `taken…` names are held by another registrar (check avail="0", create 2302); `fail…` gets 2400;
 * `slow…` answers late; an authInfo starting with `wrong` is 2202; `pending…` creates answer 1001
 * (pendingCreate) and complete `pendingMs` later with a `panData` poll message (RFC 5731 §3.3);
 * `reject…` creates are refused the same way (paResult="0") and `reject…` transfers are rejected by
 * the losing registrar. A transfer of a name the sandbox does not know is a transfer from
 * another registrar: pending, approved by the server `pendingMs` later (serverApproved).
 */
import { EPP_NS } from '@registrar-kit/sdk';
import type { ScenarioRules } from '../rules.js';
import type { SimDomain, SimulatorContext } from '../types.js';
import { refuse } from './results.js';
import { attr, child, children, elementNames, text, type Tree } from './tree.js';

/** The sponsor of names held elsewhere (`taken…`, transfer sources); it never logs in. */
export const OTHER_REGISTRAR = 'other-registrar';
/** Virtual days a deleted domain stays restorable (RFC 3915 §3.1: redemption period). */
export const REDEMPTION_DAYS = 30;
/** Virtual days before the registry approves a transfer away that the sponsor has not answered. */
export const TRANSFER_OUT_DAYS = 5;
/** Virtual days a restore request waits for its report (RFC 3915 §3.1: pendingRestore). */
export const RESTORE_REPORT_DAYS = 7;
const DAY_MS = 86_400_000;
const MAX_YEARS = 10;
const MAX_NAMESERVERS = 13;
const CLIENT_STATUSES = new Set(['clientDeleteProhibited', 'clientHold', 'clientRenewProhibited', 'clientTransferProhibited', 'clientUpdateProhibited']);

export interface Reply {
  code: number;
  reason?: string;
  resData?: Tree;
  extension?: Tree;
  msgQ?: { count: number; id: string; qDate?: string; msg?: string };
}

interface DsData {
  keyTag: string;
  alg: string;
  digestType: string;
  digest: string;
}

interface Transfer {
  status: 'pending' | 'clientApproved' | 'clientCancelled' | 'clientRejected' | 'serverApproved' | 'serverCancelled';
  reID: string;
  reDate: number;
  acID: string;
  acDate: number;
  years: number;
  cancelTimer?: () => void;
}

interface Domain {
  name: string;
  roid: string;
  clID: string;
  crID: string;
  crDate: number;
  upDate?: number;
  exDate: number;
  trDate?: number;
  registrant: string;
  contacts: { type: string; id: string }[];
  ns: string[];
  statuses: Set<string>;
  authInfo: string;
  authGeneration: number;
  ds: DsData[];
  rgp?: 'redemptionPeriod' | 'pendingRestore' | undefined;
  transfer?: Transfer;
  purgeTimer?: () => void;
}

interface Contact {
  id: string;
  roid: string;
  clID: string;
  crDate: number;
  name: string;
  org: string;
  email: string;
  voice: string;
  street: string[];
  city: string;
  sp: string;
  pc: string;
  cc: string;
  authInfo: string;
}

interface HostObject {
  name: string;
  roid: string;
  clID: string;
  crDate: number;
  v4: string[];
  v6: string[];
  statuses: Set<string>;
}

interface Message {
  id: string;
  qDate: number;
  msg: string;
  resData: Tree;
}

const iso = (ms: number): string => new Date(ms).toISOString();
const dayOf = (ms: number): string => iso(ms).slice(0, 10);
const addYears = (ms: number, years: number): number => {
  const d = new Date(ms);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.getTime();
};
const isDomainName = (name: string): boolean => /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(name);
const isHostName = (name: string): boolean => /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/.test(name);
const isIPv4 = (ip: string): boolean => /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(ip);
const isIPv6 = (ip: string): boolean => /^[0-9a-f:]+$/i.test(ip) && ip.includes(':');
const label = (name: string): string => name.split('.')[0] ?? '';

const nsAttr = (prefix: keyof typeof EPP_NS): Tree => ({ [`@_xmlns:${prefix}`]: EPP_NS[prefix] });

/** A session's view: who is logged in (undefined before login). */
export interface RegistrySession {
  clientId: string;
}

export class EppRegistry {
  private readonly domains = new Map<string, Domain>();
  private readonly contacts = new Map<string, Contact>();
  private readonly hosts = new Map<string, HostObject>();
  private readonly queues = new Map<string, Message[]>();
  private roidSeq = 0;
  private msgSeq = 0;
  private readonly rules: ScenarioRules;

  constructor(private readonly ctx: SimulatorContext) {
    this.rules = ctx.rules;
  }

  private now(): number {
    return this.ctx.clock.nowMs();
  }

  private roid(suffix: string): string {
    return `${++this.roidSeq}_${suffix}-SBX`;
  }

  // ---- views for tests, the CLI and the journal ---------------------------------------------

  /** The registry's domains (what `registrar-kit sandbox` and tests read). */
  list(): SimDomain[] {
    return [...this.domains.values()].map((d) => ({
      name: d.name,
      status: [...this.statusesOf(d)].join(' '),
      expiresAt: iso(d.exDate),
      authCode: d.authInfo,
    }));
  }

  /** Messages waiting in a client's queue. */
  queueLength(clientId: string): number {
    return this.queues.get(clientId)?.length ?? 0;
  }

  /** The sponsoring client of a domain, if the registry knows it. */
  sponsorOf(name: string): string | undefined {
    return this.domains.get(name)?.clID;
  }

  /**
   * Another registrar asks for a domain: the transfer is pending, the sponsor gets a poll message,
   * and the server approves it `waitMs` of virtual time later (default five days, the usual
   * auto-approval period) unless the sponsor answers first.
   */
  requestTransferOut(name: string, options: { gainingClient?: string; waitMs?: number } = {}): void {
    const d = this.domains.get(name);
    if (d === undefined) throw new Error(`the sandbox EPP registry has no domain ${name}`);
    if (d.transfer?.status === 'pending') throw new Error(`a transfer of ${name} is already pending`);
    this.startTransfer(d, options.gainingClient ?? OTHER_REGISTRAR, 1, options.waitMs ?? TRANSFER_OUT_DAYS * DAY_MS);
  }

  // ---- queue ------------------------------------------------------------------------------

  private enqueue(clientId: string, msg: string, resData: Tree): void {
    if (clientId === OTHER_REGISTRAR) return;
    const queue = this.queues.get(clientId) ?? [];
    queue.push({ id: String(++this.msgSeq), qDate: this.now(), msg, resData });
    this.queues.set(clientId, queue);
    this.ctx.record({ kind: 'state', summary: `message ${this.msgSeq} queued for ${clientId}: ${msg}` });
  }

  poll(session: RegistrySession, op: string, msgID: string): Reply {
    const queue = this.queues.get(session.clientId) ?? [];
    if (op === 'req') {
      const first = queue[0];
      if (first === undefined) return { code: 1300 };
      return { code: 1301, msgQ: { count: queue.length, id: first.id, qDate: iso(first.qDate), msg: first.msg }, resData: first.resData };
    }
    if (op === 'ack') {
      const index = queue.findIndex((m) => m.id === msgID);
      if (index === -1) throw refuse(2303, `no message ${msgID} in the queue`);
      queue.splice(index, 1);
      return { code: 1000, msgQ: { count: queue.length, id: msgID } };
    }
    throw refuse(2005, 'poll op must be req or ack');
  }

  // ---- domains ----------------------------------------------------------------------------

  private statusesOf(d: Domain): Set<string> {
    const s = new Set(d.statuses);
    if (d.transfer?.status === 'pending') s.add('pendingTransfer');
    if (d.rgp !== undefined) s.add('pendingDelete');
    if (d.ns.length === 0 && !s.has('pendingCreate')) s.add('inactive');
    if (s.size === 0) s.add('ok');
    return s;
  }

  /** A domain the registry holds; `taken…` names are materialized as held by another registrar. */
  private lookup(name: string): Domain | undefined {
    const existing = this.domains.get(name);
    if (existing !== undefined) return existing;
    if (!this.rules.isTaken(name)) return undefined;
    const crDate = this.now() - 400 * DAY_MS;
    const d: Domain = {
      name,
      roid: this.roid('DOMAIN'),
      clID: OTHER_REGISTRAR,
      crID: OTHER_REGISTRAR,
      crDate,
      exDate: addYears(crDate, 2),
      registrant: 'OTHER-1',
      contacts: [],
      ns: ['ns1.other-registrar.test', 'ns2.other-registrar.test'],
      statuses: new Set(),
      authInfo: this.rules.authCodeFor(name, 0),
      authGeneration: 0,
      ds: [],
    };
    this.domains.set(name, d);
    return d;
  }

  private domainName(node: unknown): string {
    const name = text(child(node, 'domain:name')).toLowerCase();
    if (name === '') throw refuse(2003, 'domain:name is required');
    if (!isDomainName(name)) throw refuse(2005, `"${name}" is not a domain name`);
    if (this.rules.isFailing(name)) throw refuse(2400, 'the registry could not process the command');
    return name;
  }

  private sponsored(session: RegistrySession, name: string): Domain {
    const d = this.lookup(name);
    if (d === undefined) throw refuse(2303, `${name} is not registered`);
    if (d.clID !== session.clientId) throw refuse(2201, `${name} is sponsored by another registrar`);
    return d;
  }

  domainCheck(node: unknown): Reply {
    const names = children(node, 'domain:name').map((n) => text(n).toLowerCase());
    if (names.length === 0) throw refuse(2003, 'domain:name is required');
    const cd = names.map((name) => {
      if (!isDomainName(name)) return { 'domain:name': { '@_avail': '0', '#text': name }, 'domain:reason': 'Invalid domain name' };
      const held = this.lookup(name) !== undefined;
      return held ? { 'domain:name': { '@_avail': '0', '#text': name }, 'domain:reason': 'In use' } : { 'domain:name': { '@_avail': '1', '#text': name } };
    });
    return { code: 1000, resData: { 'domain:chkData': { ...nsAttr('domain'), 'domain:cd': cd } } };
  }

  private period(node: unknown): number {
    const p = child(node, 'domain:period');
    if (p === undefined) return 1;
    const n = Number(text(p));
    const unit = attr(p, 'unit') || 'y';
    const years = unit === 'm' ? n / 12 : n;
    if (!Number.isInteger(years) || years < 1 || years > MAX_YEARS) throw refuse(2004, `period must be 1 to ${MAX_YEARS} years`);
    return years;
  }

  private contactRef(session: RegistrySession, id: string): string {
    const c = this.contacts.get(id);
    if (c === undefined || c.clID !== session.clientId) throw refuse(2303, `contact ${id} does not exist`);
    return id;
  }

  /** Name servers as host names; a host under a domain of this registry must exist as a host object. */
  private nameservers(node: unknown): string[] {
    const ns = child(node, 'domain:ns');
    if (ns === undefined) return [];
    if (children(ns, 'domain:hostAttr').length > 0) throw refuse(2102, 'this registry takes host objects (domain:hostObj), not domain:hostAttr');
    return children(ns, 'domain:hostObj').map((h) => this.hostRef(text(h).toLowerCase()));
  }

  private hostRef(name: string): string {
    if (!isHostName(name)) throw refuse(2005, `"${name}" is not a host name`);
    if (this.superordinate(name) !== undefined && !this.hosts.has(name)) throw refuse(2303, `host ${name} does not exist`);
    return name;
  }

  /** The domain of this registry a host name is under, if any. */
  private superordinate(host: string): Domain | undefined {
    const labels = host.split('.');
    for (let i = 1; i < labels.length - 1; i++) {
      const d = this.domains.get(labels.slice(i).join('.'));
      if (d !== undefined) return d;
    }
    return undefined;
  }

  private secDnsData(node: unknown): DsData[] {
    if (children(node, 'secDNS:keyData').length > 0) throw refuse(2102, 'this registry takes DS records (secDNS:dsData), not keyData');
    return children(node, 'secDNS:dsData').map((ds) => {
      const record = { keyTag: text(child(ds, 'secDNS:keyTag')), alg: text(child(ds, 'secDNS:alg')), digestType: text(child(ds, 'secDNS:digestType')), digest: text(child(ds, 'secDNS:digest')).toUpperCase() };
      if (!/^\d+$/.test(record.keyTag) || !/^\d+$/.test(record.alg) || !/^\d+$/.test(record.digestType) || !/^[0-9A-F]+$/.test(record.digest)) throw refuse(2005, 'secDNS:dsData needs a numeric keyTag, alg, digestType and a hex digest');
      return record;
    });
  }

  domainCreate(session: RegistrySession, node: unknown, extension: unknown, clTRID: string, svTRID: string): Reply {
    const name = this.domainName(node);
    if (this.lookup(name) !== undefined) throw refuse(2302, `${name} is already registered`);
    const years = this.period(node);
    const ns = this.nameservers(node);
    if (ns.length > MAX_NAMESERVERS) throw refuse(2306, `at most ${MAX_NAMESERVERS} name servers`);
    const registrant = text(child(node, 'domain:registrant'));
    if (registrant === '') throw refuse(2003, 'domain:registrant is required');
    this.contactRef(session, registrant);
    const contacts = children(node, 'domain:contact').map((c) => ({ type: attr(c, 'type'), id: this.contactRef(session, text(c)) }));
    if (contacts.some((c) => !['admin', 'tech', 'billing'].includes(c.type))) throw refuse(2005, 'contact type must be admin, tech or billing');
    const authInfo = text(child(child(node, 'domain:authInfo'), 'domain:pw'));
    if (authInfo === '') throw refuse(2003, 'domain:authInfo is required');
    const secCreate = child(extension, 'secDNS:create');
    const ds = secCreate === undefined ? [] : this.secDnsData(secCreate);
    const now = this.now();
    const pending = label(name).startsWith('pending') || this.rules.scenario(name) === 'reject';
    const d: Domain = {
      name,
      roid: this.roid('DOMAIN'),
      clID: session.clientId,
      crID: session.clientId,
      crDate: now,
      exDate: addYears(now, years),
      registrant,
      contacts,
      ns,
      statuses: new Set(pending ? ['pendingCreate'] : []),
      authInfo,
      authGeneration: 0,
      ds,
    };
    this.domains.set(name, d);
    const creData = { 'domain:creData': { ...nsAttr('domain'), 'domain:name': name, 'domain:crDate': iso(now), 'domain:exDate': iso(d.exDate) } };
    if (!pending) return { code: 1000, resData: creData };
    this.ctx.clock.after(this.rules.pendingMs(name), () => {
      if (this.domains.get(name) !== d) return;
      const ok = this.rules.scenario(name) !== 'reject';
      if (ok) d.statuses.delete('pendingCreate');
      else this.domains.delete(name);
      this.ctx.record({ kind: 'state', summary: `pendingCreate ${name} → ${ok ? 'registered' : 'refused'}`, domain: name });
      this.enqueue(session.clientId, ok ? 'Pending action completed successfully.' : 'Pending action rejected by the registry.', {
        'domain:panData': {
          ...nsAttr('domain'),
          'domain:name': { '@_paResult': ok ? '1' : '0', '#text': name },
          'domain:paTRID': { clTRID, svTRID },
          'domain:paDate': iso(this.now()),
        },
      });
    });
    return { code: 1001, resData: creData };
  }

  domainInfo(session: RegistrySession, node: unknown): Reply {
    const name = this.domainName(node);
    const d = this.lookup(name);
    if (d === undefined) throw refuse(2303, `${name} is not registered`);
    const sponsor = d.clID === session.clientId;
    const infData: Tree = {
      ...nsAttr('domain'),
      'domain:name': d.name,
      'domain:roid': d.roid,
      'domain:status': [...this.statusesOf(d)].map((s) => ({ '@_s': s })),
    };
    if (sponsor) {
      infData['domain:registrant'] = d.registrant;
      if (d.contacts.length > 0) infData['domain:contact'] = d.contacts.map((c) => ({ '@_type': c.type, '#text': c.id }));
      if (d.ns.length > 0) infData['domain:ns'] = { 'domain:hostObj': d.ns };
      const subordinate = [...this.hosts.values()].filter((h) => h.name.endsWith(`.${d.name}`)).map((h) => h.name);
      if (subordinate.length > 0) infData['domain:host'] = subordinate;
    }
    infData['domain:clID'] = d.clID;
    if (sponsor) {
      infData['domain:crID'] = d.crID;
      infData['domain:crDate'] = iso(d.crDate);
      if (d.upDate !== undefined) infData['domain:upDate'] = iso(d.upDate);
      infData['domain:exDate'] = iso(d.exDate);
      if (d.trDate !== undefined) infData['domain:trDate'] = iso(d.trDate);
      infData['domain:authInfo'] = { 'domain:pw': d.authInfo };
    }
    const extension: Tree = {};
    if (d.rgp !== undefined) extension['rgp:infData'] = { ...nsAttr('rgp'), 'rgp:rgpStatus': { '@_s': d.rgp } };
    if (sponsor && d.ds.length > 0) extension['secDNS:infData'] = { ...nsAttr('secDNS'), 'secDNS:dsData': d.ds.map((r) => ({ 'secDNS:keyTag': r.keyTag, 'secDNS:alg': r.alg, 'secDNS:digestType': r.digestType, 'secDNS:digest': r.digest })) };
    return { code: 1000, resData: { 'domain:infData': infData }, ...(Object.keys(extension).length > 0 ? { extension } : {}) };
  }

  private assertNotPending(d: Domain): void {
    if (d.statuses.has('pendingCreate')) throw refuse(2304, `${d.name} is pendingCreate`);
    if (d.rgp !== undefined) throw refuse(2304, `${d.name} is pendingDelete (${d.rgp})`);
  }

  domainRenew(session: RegistrySession, node: unknown): Reply {
    const name = this.domainName(node);
    const d = this.sponsored(session, name);
    this.assertNotPending(d);
    if (d.statuses.has('clientRenewProhibited')) throw refuse(2304, `${name} is clientRenewProhibited`);
    if (d.transfer?.status === 'pending') throw refuse(2300, `a transfer of ${name} is pending`);
    const cur = text(child(node, 'domain:curExpDate'));
    if (cur === '') throw refuse(2003, 'domain:curExpDate is required');
    if (cur !== dayOf(d.exDate)) throw refuse(2004, `domain:curExpDate ${cur} is not the current expiry ${dayOf(d.exDate)}`);
    const years = this.period(node);
    const next = addYears(d.exDate, years);
    if (next > addYears(this.now(), MAX_YEARS)) throw refuse(2004, `a domain cannot be registered for more than ${MAX_YEARS} years ahead`);
    d.exDate = next;
    return { code: 1000, resData: { 'domain:renData': { ...nsAttr('domain'), 'domain:name': name, 'domain:exDate': iso(next) } } };
  }

  private trnData(d: Domain): Tree {
    const t = d.transfer;
    if (t === undefined) return {};
    return {
      'domain:trnData': {
        ...nsAttr('domain'),
        'domain:name': d.name,
        'domain:trStatus': t.status,
        'domain:reID': t.reID,
        'domain:reDate': iso(t.reDate),
        'domain:acID': t.acID,
        'domain:acDate': iso(t.acDate),
        'domain:exDate': iso(t.status === 'pending' ? addYears(d.exDate, t.years) : d.exDate),
      },
    };
  }

  private startTransfer(d: Domain, gaining: string, years: number, wait = this.rules.pendingMs(d.name)): void {
    const losing = d.clID;
    const now = this.now();
    const transfer: Transfer = { status: 'pending', reID: gaining, reDate: now, acID: losing, acDate: now + wait, years };
    d.transfer = transfer;
    transfer.cancelTimer = this.ctx.clock.after(wait, () => {
      if (d.transfer !== transfer || transfer.status !== 'pending') return;
      this.finishTransfer(d, this.rules.scenario(d.name) === 'reject' && losing === OTHER_REGISTRAR ? 'clientRejected' : 'serverApproved');
    });
    this.ctx.record({ kind: 'state', summary: `transfer ${d.name} ${losing} → ${gaining} pending`, domain: d.name });
    this.enqueue(losing, 'Transfer requested.', this.trnData(d));
  }

  /** Ends a transfer; both registrars are told by poll message, except `actor`, who made the change. */
  private finishTransfer(d: Domain, status: Transfer['status'], actor?: string): void {
    const t = d.transfer;
    if (t === undefined) return;
    t.cancelTimer?.();
    t.status = status;
    t.acDate = this.now();
    const losing = d.clID;
    if (status === 'serverApproved' || status === 'clientApproved') {
      d.clID = t.reID;
      d.exDate = addYears(d.exDate, t.years);
      d.trDate = this.now();
      d.authGeneration += 1;
      d.authInfo = this.rules.authCodeFor(d.name, d.authGeneration);
      d.statuses.clear();
      d.ds = [];
      for (const host of this.hosts.values()) if (host.name.endsWith(`.${d.name}`)) host.clID = t.reID;
    }
    const words: Record<Transfer['status'], string> = {
      pending: 'Transfer pending.',
      serverApproved: 'Transfer approved by the registry.',
      clientApproved: 'Transfer approved.',
      clientRejected: 'Transfer rejected.',
      clientCancelled: 'Transfer cancelled.',
      serverCancelled: 'Transfer cancelled by the registry.',
    };
    this.ctx.record({ kind: 'state', summary: `transfer ${d.name} → ${status}`, domain: d.name });
    const data = this.trnData(d);
    for (const client of new Set([t.reID, losing === t.reID ? t.acID : losing])) if (client !== actor) this.enqueue(client, words[status], data);
  }

  domainTransfer(session: RegistrySession, op: string, node: unknown): Reply {
    const name = this.domainName(node);
    const authInfo = text(child(child(node, 'domain:authInfo'), 'domain:pw'));
    if (op === 'request') {
      let d = this.lookup(name);
      if (d === undefined) {
        // A name the sandbox does not know is held at another registrar, as a transfer implies.
        const crDate = this.now() - 800 * DAY_MS;
        d = { name, roid: this.roid('DOMAIN'), clID: OTHER_REGISTRAR, crID: OTHER_REGISTRAR, crDate, exDate: addYears(crDate, 3), registrant: 'OTHER-1', contacts: [], ns: ['ns1.previous-registrar.test', 'ns2.previous-registrar.test'], statuses: new Set(), authInfo: authInfo || 'unknown', authGeneration: 0, ds: [] };
        if (authInfo === '' || this.rules.isWrongAuthCode(authInfo)) throw refuse(2202, 'the authInfo is not correct');
        this.domains.set(name, d);
      }
      if (d.clID === session.clientId) throw refuse(2106, `${name} is already sponsored by you`);
      if (d.transfer?.status === 'pending') throw refuse(2300, `a transfer of ${name} is already pending`);
      if (authInfo === '' || this.rules.isWrongAuthCode(authInfo) || (d.clID !== OTHER_REGISTRAR && authInfo !== d.authInfo)) throw refuse(2202, 'the authInfo is not correct');
      if (d.statuses.has('clientTransferProhibited') || d.statuses.has('serverTransferProhibited')) throw refuse(2304, `${name} is transfer-prohibited`);
      this.assertNotPending(d);
      this.startTransfer(d, session.clientId, this.period(node));
      return { code: 1001, resData: this.trnData(d) };
    }
    const d = this.lookup(name);
    if (d === undefined) throw refuse(2303, `${name} is not registered`);
    const t = d.transfer;
    if (op === 'query') {
      if (t === undefined) throw refuse(2301, `no transfer of ${name}`);
      if (session.clientId !== t.reID && session.clientId !== t.acID) throw refuse(2201, 'only the registrars of the transfer may query it');
      return { code: 1000, resData: this.trnData(d) };
    }
    if (t?.status !== 'pending') throw refuse(2301, `no transfer of ${name} is pending`);
    if (op === 'cancel') {
      if (session.clientId !== t.reID) throw refuse(2201, 'only the requesting registrar may cancel');
      this.finishTransfer(d, 'clientCancelled', session.clientId);
      return { code: 1000, resData: this.trnData(d) };
    }
    if (op === 'approve' || op === 'reject') {
      if (session.clientId !== d.clID) throw refuse(2201, 'only the sponsoring registrar may answer a transfer');
      this.finishTransfer(d, op === 'approve' ? 'clientApproved' : 'clientRejected', session.clientId);
      return { code: 1000, resData: this.trnData(d) };
    }
    throw refuse(2005, 'transfer op must be request, query, approve, reject or cancel');
  }

  domainUpdate(session: RegistrySession, node: unknown, extension: unknown): Reply {
    const name = this.domainName(node);
    const d = this.sponsored(session, name);
    const restore = child(child(extension, 'rgp:update'), 'rgp:restore');
    if (restore !== undefined) return this.restore(d, attr(restore, 'op'));
    this.assertNotPending(d);
    const add = child(node, 'domain:add');
    const rem = child(node, 'domain:rem');
    const chg = child(node, 'domain:chg');
    const addStatus = children(add, 'domain:status').map((s) => attr(s, 's'));
    const remStatus = children(rem, 'domain:status').map((s) => attr(s, 's'));
    for (const s of [...addStatus, ...remStatus]) if (!CLIENT_STATUSES.has(s)) throw refuse(2306, `status ${s} cannot be set by a registrar`);
    const secUpdate = child(extension, 'secDNS:update');
    const changesData = elementNames(add).some((n) => n !== 'domain:status') || elementNames(rem).some((n) => n !== 'domain:status') || elementNames(chg).length > 0 || secUpdate !== undefined;
    if ((d.statuses.has('clientUpdateProhibited') && !remStatus.includes('clientUpdateProhibited')) || d.statuses.has('serverUpdateProhibited')) {
      throw refuse(2304, `${name} is update-prohibited`);
    }
    if (changesData && d.statuses.has('clientUpdateProhibited')) throw refuse(2304, `${name} is update-prohibited: remove clientUpdateProhibited first`);
    if (d.transfer?.status === 'pending' && changesData) throw refuse(2300, `a transfer of ${name} is pending`);
    // Check everything before changing anything: a refused update changes nothing.
    const ns = [...d.ns];
    for (const h of children(child(rem, 'domain:ns'), 'domain:hostObj').map((x) => text(x).toLowerCase())) {
      const i = ns.indexOf(h);
      if (i === -1) throw refuse(2306, `${h} is not a name server of ${name}`);
      ns.splice(i, 1);
    }
    for (const h of this.nameservers(add)) {
      if (ns.includes(h)) throw refuse(2306, `${h} is already a name server of ${name}`);
      ns.push(h);
    }
    if (ns.length > MAX_NAMESERVERS) throw refuse(2306, `at most ${MAX_NAMESERVERS} name servers`);
    let contacts = [...d.contacts];
    for (const c of children(rem, 'domain:contact')) {
      const before = contacts.length;
      contacts = contacts.filter((x) => !(x.type === attr(c, 'type') && x.id === text(c)));
      if (contacts.length === before) throw refuse(2306, `${attr(c, 'type')} contact ${text(c)} is not on ${name}`);
    }
    for (const c of children(add, 'domain:contact')) {
      if (!['admin', 'tech', 'billing'].includes(attr(c, 'type'))) throw refuse(2005, 'contact type must be admin, tech or billing');
      contacts.push({ type: attr(c, 'type'), id: this.contactRef(session, text(c)) });
    }
    const registrant = text(child(chg, 'domain:registrant'));
    if (registrant !== '') this.contactRef(session, registrant);
    const authInfo = text(child(child(chg, 'domain:authInfo'), 'domain:pw'));
    let ds = [...d.ds];
    if (secUpdate !== undefined) {
      const secRem = child(secUpdate, 'secDNS:rem');
      if (text(child(secRem, 'secDNS:all')) === 'true') ds = [];
      for (const r of this.secDnsData(secRem)) ds = ds.filter((x) => !(x.keyTag === r.keyTag && x.digest === r.digest));
      ds.push(...this.secDnsData(child(secUpdate, 'secDNS:add')));
    }
    d.ns = ns;
    d.contacts = contacts;
    if (registrant !== '') d.registrant = registrant;
    if (authInfo !== '') d.authInfo = authInfo;
    d.ds = ds;
    for (const s of remStatus) d.statuses.delete(s);
    for (const s of addStatus) d.statuses.add(s);
    d.upDate = this.now();
    return { code: 1000 };
  }

  private restore(d: Domain, op: string): Reply {
    if (op === 'request') {
      if (d.rgp !== 'redemptionPeriod') throw refuse(2304, `${d.name} is not in its redemption period`);
      d.rgp = 'pendingRestore';
      d.upDate = this.now();
      this.ctx.record({ kind: 'state', summary: `restore ${d.name} requested`, domain: d.name });
      this.ctx.clock.after(RESTORE_REPORT_DAYS * DAY_MS, () => {
        if (d.rgp === 'pendingRestore') d.rgp = 'redemptionPeriod';
      });
      return { code: 1000, extension: { 'rgp:upData': { ...nsAttr('rgp'), 'rgp:rgpStatus': { '@_s': 'pendingRestore' } } } };
    }
    if (op === 'report') {
      if (d.rgp !== 'pendingRestore') throw refuse(2304, `${d.name} has no restore request awaiting its report`);
      d.rgp = undefined;
      d.purgeTimer?.();
      d.upDate = this.now();
      this.ctx.record({ kind: 'state', summary: `restore ${d.name} reported: restored`, domain: d.name });
      return { code: 1000 };
    }
    throw refuse(2005, 'rgp:restore op must be request or report');
  }

  domainDelete(session: RegistrySession, node: unknown): Reply {
    const name = this.domainName(node);
    const d = this.sponsored(session, name);
    if (d.rgp !== undefined) throw refuse(2304, `${name} is already pendingDelete`);
    if (d.statuses.has('clientDeleteProhibited') || d.statuses.has('serverDeleteProhibited')) throw refuse(2304, `${name} is delete-prohibited`);
    if (d.transfer?.status === 'pending') throw refuse(2300, `a transfer of ${name} is pending`);
    const subordinate = [...this.hosts.values()].filter((h) => h.name.endsWith(`.${name}`));
    if (subordinate.length > 0) throw refuse(2305, `delete the host objects under ${name} first (${subordinate.map((h) => h.name).join(', ')})`);
    d.rgp = 'redemptionPeriod';
    d.upDate = this.now();
    d.purgeTimer = this.ctx.clock.after(REDEMPTION_DAYS * DAY_MS, () => {
      if (this.domains.get(name) === d && d.rgp !== undefined) {
        this.domains.delete(name);
        this.ctx.record({ kind: 'state', summary: `${name} purged after its redemption period`, domain: name });
      }
    });
    return { code: 1000 };
  }

  // ---- contacts ---------------------------------------------------------------------------

  contactCheck(node: unknown): Reply {
    const cd = children(node, 'contact:id').map((x) => {
      const id = text(x);
      return this.contacts.has(id) ? { 'contact:id': { '@_avail': '0', '#text': id }, 'contact:reason': 'In use' } : { 'contact:id': { '@_avail': '1', '#text': id } };
    });
    return { code: 1000, resData: { 'contact:chkData': { ...nsAttr('contact'), 'contact:cd': cd } } };
  }

  contactCreate(session: RegistrySession, node: unknown): Reply {
    const id = text(child(node, 'contact:id'));
    if (!/^[A-Za-z0-9._-]{3,16}$/.test(id)) throw refuse(2005, 'contact:id must be 3 to 16 letters, digits, dots, dashes or underscores');
    if (this.contacts.has(id)) throw refuse(2302, `contact ${id} exists`);
    const postal = child(node, 'contact:postalInfo');
    const addr = child(postal, 'contact:addr');
    const contact: Contact = {
      id,
      roid: this.roid('CONTACT'),
      clID: session.clientId,
      crDate: this.now(),
      name: text(child(postal, 'contact:name')),
      org: text(child(postal, 'contact:org')),
      email: text(child(node, 'contact:email')),
      voice: text(child(node, 'contact:voice')),
      street: children(addr, 'contact:street').map(text),
      city: text(child(addr, 'contact:city')),
      sp: text(child(addr, 'contact:sp')),
      pc: text(child(addr, 'contact:pc')),
      cc: text(child(addr, 'contact:cc')).toUpperCase(),
      authInfo: text(child(child(node, 'contact:authInfo'), 'contact:pw')),
    };
    for (const [field, value] of [['contact:name', contact.name], ['contact:city', contact.city], ['contact:cc', contact.cc], ['contact:email', contact.email], ['contact:authInfo', contact.authInfo]] as const) {
      if (value === '') throw refuse(2003, `${field} is required`);
    }
    if (!/^[A-Z]{2}$/.test(contact.cc)) throw refuse(2005, 'contact:cc must be a two-letter country code');
    if (contact.voice !== '' && !/^\+\d{1,3}\.\d{1,14}$/.test(contact.voice)) throw refuse(2005, 'contact:voice must be written +CC.NUMBER (RFC 5733 §2.5)');
    if (!/^[^@\s]+@[^@\s]+$/.test(contact.email)) throw refuse(2005, 'contact:email is not an e-mail address');
    this.contacts.set(id, contact);
    return { code: 1000, resData: { 'contact:creData': { ...nsAttr('contact'), 'contact:id': id, 'contact:crDate': iso(contact.crDate) } } };
  }

  contactInfo(session: RegistrySession, node: unknown): Reply {
    const id = text(child(node, 'contact:id'));
    const c = this.contacts.get(id);
    if (c === undefined) throw refuse(2303, `contact ${id} does not exist`);
    const sponsor = c.clID === session.clientId;
    return {
      code: 1000,
      resData: {
        'contact:infData': {
          ...nsAttr('contact'),
          'contact:id': c.id,
          'contact:roid': c.roid,
          'contact:status': { '@_s': 'ok' },
          'contact:postalInfo': {
            '@_type': 'int',
            'contact:name': c.name,
            ...(c.org === '' ? {} : { 'contact:org': c.org }),
            'contact:addr': { 'contact:street': c.street, 'contact:city': c.city, ...(c.sp === '' ? {} : { 'contact:sp': c.sp }), ...(c.pc === '' ? {} : { 'contact:pc': c.pc }), 'contact:cc': c.cc },
          },
          ...(c.voice === '' ? {} : { 'contact:voice': c.voice }),
          'contact:email': c.email,
          'contact:clID': c.clID,
          'contact:crID': c.clID,
          'contact:crDate': iso(c.crDate),
          ...(sponsor ? { 'contact:authInfo': { 'contact:pw': c.authInfo } } : {}),
        },
      },
    };
  }

  // ---- hosts ------------------------------------------------------------------------------

  private hostName(node: unknown): string {
    const name = text(child(node, 'host:name')).toLowerCase();
    if (name === '') throw refuse(2003, 'host:name is required');
    if (!isHostName(name)) throw refuse(2005, `"${name}" is not a host name`);
    return name;
  }

  private addresses(node: unknown): { v4: string[]; v6: string[] } {
    const v4: string[] = [];
    const v6: string[] = [];
    for (const a of children(node, 'host:addr')) {
      const ip = text(a);
      const family = attr(a, 'ip') || 'v4';
      if (family === 'v4' && isIPv4(ip)) v4.push(ip);
      else if (family === 'v6' && isIPv6(ip)) v6.push(ip.toLowerCase());
      else throw refuse(2005, `"${ip}" is not an IP${family} address`);
    }
    return { v4, v6 };
  }

  hostCheck(node: unknown): Reply {
    const cd = children(node, 'host:name').map((x) => {
      const name = text(x).toLowerCase();
      return this.hosts.has(name) ? { 'host:name': { '@_avail': '0', '#text': name }, 'host:reason': 'In use' } : { 'host:name': { '@_avail': '1', '#text': name } };
    });
    return { code: 1000, resData: { 'host:chkData': { ...nsAttr('host'), 'host:cd': cd } } };
  }

  hostCreate(session: RegistrySession, node: unknown): Reply {
    const name = this.hostName(node);
    if (this.hosts.has(name)) throw refuse(2302, `host ${name} exists`);
    const { v4, v6 } = this.addresses(node);
    const parent = this.superordinate(name);
    if (parent !== undefined) {
      if (parent.clID !== session.clientId) throw refuse(2201, `${parent.name} is sponsored by another registrar`);
      if (v4.length + v6.length === 0) throw refuse(2003, `${name} is under ${parent.name}: give its glue addresses (host:addr)`);
    } else if (v4.length + v6.length > 0) {
      throw refuse(2306, `${name} is not under a domain of this registry: glue addresses are not accepted`);
    }
    const now = this.now();
    this.hosts.set(name, { name, roid: this.roid('HOST'), clID: session.clientId, crDate: now, v4, v6, statuses: new Set() });
    return { code: 1000, resData: { 'host:creData': { ...nsAttr('host'), 'host:name': name, 'host:crDate': iso(now) } } };
  }

  private ownedHost(session: RegistrySession, name: string): HostObject {
    const h = this.hosts.get(name);
    if (h === undefined) throw refuse(2303, `host ${name} does not exist`);
    if (h.clID !== session.clientId) throw refuse(2201, `host ${name} is sponsored by another registrar`);
    return h;
  }

  private linked(name: string): boolean {
    return [...this.domains.values()].some((d) => d.ns.includes(name));
  }

  hostInfo(node: unknown): Reply {
    const name = this.hostName(node);
    const h = this.hosts.get(name);
    if (h === undefined) throw refuse(2303, `host ${name} does not exist`);
    const statuses = [...h.statuses];
    if (this.linked(name)) statuses.push('linked');
    if (statuses.length === 0 || (statuses.length === 1 && statuses[0] === 'linked')) statuses.unshift('ok');
    return {
      code: 1000,
      resData: {
        'host:infData': {
          ...nsAttr('host'),
          'host:name': h.name,
          'host:roid': h.roid,
          'host:status': statuses.map((s) => ({ '@_s': s })),
          ...(h.v4.length + h.v6.length > 0 ? { 'host:addr': [...h.v4.map((ip) => ({ '@_ip': 'v4', '#text': ip })), ...h.v6.map((ip) => ({ '@_ip': 'v6', '#text': ip }))] } : {}),
          'host:clID': h.clID,
          'host:crID': h.clID,
          'host:crDate': iso(h.crDate),
        },
      },
    };
  }

  hostUpdate(session: RegistrySession, node: unknown): Reply {
    const name = this.hostName(node);
    const h = this.ownedHost(session, name);
    const add = this.addresses(child(node, 'host:add'));
    const rem = this.addresses(child(node, 'host:rem'));
    const v4 = h.v4.filter((ip) => !rem.v4.includes(ip));
    const v6 = h.v6.filter((ip) => !rem.v6.includes(ip));
    if (v4.length + rem.v4.length !== h.v4.length || v6.length + rem.v6.length !== h.v6.length) throw refuse(2306, `an address to remove is not on ${name}`);
    for (const ip of add.v4) if (!v4.includes(ip)) v4.push(ip);
    for (const ip of add.v6) if (!v6.includes(ip)) v6.push(ip);
    const newName = text(child(child(node, 'host:chg'), 'host:name')).toLowerCase();
    if (newName !== '' && newName !== name) {
      if (!isHostName(newName)) throw refuse(2005, `"${newName}" is not a host name`);
      if (this.hosts.has(newName)) throw refuse(2302, `host ${newName} exists`);
    }
    if (this.superordinate(newName || name) !== undefined && v4.length + v6.length === 0) throw refuse(2306, `${name} needs at least one glue address`);
    h.v4 = v4;
    h.v6 = v6;
    if (newName !== '' && newName !== name) {
      this.hosts.delete(name);
      h.name = newName;
      this.hosts.set(newName, h);
      for (const d of this.domains.values()) d.ns = d.ns.map((x) => (x === name ? newName : x));
    }
    return { code: 1000 };
  }

  hostDelete(session: RegistrySession, node: unknown): Reply {
    const name = this.hostName(node);
    this.ownedHost(session, name);
    if (this.linked(name)) throw refuse(2305, `${name} is a name server of a domain`);
    this.hosts.delete(name);
    return { code: 1000 };
  }

  /** Whether a command's object is one this registry serves. */
  static readonly objects = new Set(['domain', 'contact', 'host']);

  /** The object (`domain`, `contact`, `host`) of an element such as `domain:create`, if served. */
  static objectOf(name: string): string | undefined {
    const colon = name.indexOf(':');
    const prefix = colon === -1 ? '' : name.slice(0, colon);
    return EppRegistry.objects.has(prefix) ? prefix : undefined;
  }
}
