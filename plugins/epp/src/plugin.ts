import {
  definePlugin,
  done,
  failed,
  invalidInput,
  isRegistrarError,
  parseOperationInput,
  pending,
  type DnssecData,
  type EppSession,
  type ErrorIssue,
  type Nameserver,
  type Outcome,
  type PendingRef,
  type PollUpdate,
  type ReconcileOutcome,
} from '@registrar-kit/sdk';
import { ensureContact, newAuthInfo } from './contacts.js';
import { MANIFEST } from './manifest.js';
import { LOCK_STATUSES, readDomainInfo, readQueueMessage, type DomainView, type QueueNews } from './read.js';
import { contactPolicy, type EppPluginSettings } from './settings.js';
import { domainContacts } from './whois.js';
import { domainBody, ns, send, sessionOf, type AnyCtx } from './wire.js';
import { attr, canonical, child, children, text, type Tree } from './xml.js';

/** Queue messages read in one poll at most: the rest wait for the next poll. */
const MAX_MESSAGES_PER_POLL = 50;
/** A pending create or transfer no queue message settled is read from the registry once it is this old. */
const LOOK_UP_AFTER_MS = 24 * 60 * 60 * 1000;
/** Queue messages nobody was waiting for, kept in state for the operator (newest last). */
const UNMATCHED_KEY = 'queue:unmatched';
const UNMATCHED_KEEP = 50;

type Roles = 'admin' | 'tech' | 'billing';
const ROLES: readonly Roles[] = ['admin', 'tech', 'billing'];

async function domainInfo(ctx: AnyCtx, domain: string): Promise<DomainView> {
  const r = await send(ctx, { verb: 'info', body: domainBody('info', domain) });
  return readDomainInfo(domain, r.data, r.ext, ctx.settings.clientId);
}

function glueIssues(nameservers: readonly Nameserver[] | undefined, path: string): ErrorIssue[] {
  return (nameservers ?? []).flatMap((n, i) =>
    (n.ipv4?.length ?? 0) + (n.ipv6?.length ?? 0) > 0 ? [{ path: `${path}/${i}`, message: `glue addresses are set on the host object: createHost ${n.host} (or updateHost), then name it here without addresses` }] : [],
  );
}

/** secDNS dsData / keyData (RFC 5910 §4) for a create or an update's add. */
function secDnsData(dnssec: DnssecData): Tree {
  return {
    ...((dnssec.ds?.length ?? 0) > 0 ? { 'secDNS:dsData': dnssec.ds!.map((d) => ({ 'secDNS:keyTag': d.keyTag, 'secDNS:alg': d.algorithm, 'secDNS:digestType': d.digestType, 'secDNS:digest': d.digest })) } : {}),
    ...((dnssec.keys?.length ?? 0) > 0 ? { 'secDNS:keyData': dnssec.keys!.map((k) => ({ 'secDNS:flags': k.flags, 'secDNS:protocol': k.protocol, 'secDNS:alg': k.algorithm, 'secDNS:pubKey': k.publicKey })) } : {}),
  };
}

const hasDnssec = (d: DnssecData | undefined): d is DnssecData => (d?.ds?.length ?? 0) + (d?.keys?.length ?? 0) > 0;

/** Adds or removes the lock statuses the domain does not already have (or has). */
async function applyLock(ctx: AnyCtx, domain: string, locked: boolean, current?: readonly string[]): Promise<void> {
  const raw = current ?? (await domainInfo(ctx, domain)).raw;
  const change = LOCK_STATUSES.filter((s) => raw.includes(s) !== locked);
  if (change.length === 0) return;
  const statuses = change.map((s) => ({ '@_s': s }));
  await send(ctx, { verb: 'update', body: domainBody('update', domain, locked ? { 'domain:add': { 'domain:status': statuses } } : { 'domain:rem': { 'domain:status': statuses } }) });
}

const addrs = (ipv4: readonly string[] = [], ipv6: readonly string[] = []): Tree[] => [...ipv4.map((ip) => ({ '@_ip': 'v4', '#text': ip })), ...ipv6.map((ip) => ({ '@_ip': 'v6', '#text': ip.toLowerCase() }))];

/** What a finished transfer status means (RFC 5730 §2.9.3.4 trStatus). */
function transferOutcome(domain: string, trStatus: string, exDate: string): Outcome | undefined {
  if (trStatus === 'pending') return undefined;
  if (trStatus === 'serverApproved' || trStatus === 'clientApproved') return done({ domain, ...(exDate === '' ? {} : { expiresAt: exDate }) });
  const rejected = trStatus === 'clientRejected';
  return failed(rejected ? 'STATUS_PROHIBITS' : 'REMOTE', rejected ? 'The losing registrar rejected the transfer' : 'The transfer was cancelled', { registrarCode: trStatus, detail: `domain:trStatus ${trStatus}` });
}

interface PendingData {
  lock?: boolean;
}

/**
 * A finished create or transfer, with the registrar lock the request asked for. EPP cannot set
 * statuses on create or transfer, so the lock is a domain:update afterwards; if that fails the
 * domain is still ours and the operation done (the log says the lock is missing).
 */
async function withLock<R>(ctx: AnyCtx, domain: string, lock: boolean, outcome: Outcome<R>): Promise<Outcome<R>> {
  if (outcome.status !== 'done' || !lock) return outcome;
  try {
    await applyLock(ctx, domain, true);
  } catch (error) {
    ctx.log.warn('the domain is ours but the registrar lock could not be set', { domain, error: isRegistrarError(error) ? error.code : String(error) });
  }
  return outcome;
}

const finishPending = (ctx: AnyCtx, ref: PendingRef, outcome: Outcome): Promise<Outcome> =>
  withLock(ctx, ref.domain, (ref.data as PendingData | undefined)?.lock === true, outcome);

/** The outcome of a pending create or transfer, read from the registry directly (no message). */
async function lookUp(ctx: AnyCtx, ref: PendingRef): Promise<Outcome | undefined> {
  if (ref.ref.startsWith('transfer:')) {
    const r = await send(ctx, { verb: 'transfer', op: 'query', body: domainBody('transfer', ref.domain) }, { allowError: true });
    if (r.code === 2301 || r.code === 2303 || r.code === 2201) {
      // No transfer on record (any more): the domain tells whether it arrived.
      const view = await domainInfo(ctx, ref.domain).catch(() => undefined);
      if (view?.sponsor === ctx.settings.clientId) return done({ domain: ref.domain, ...(view.info.expiresAt === undefined ? {} : { expiresAt: view.info.expiresAt }) });
      return failed('REMOTE', 'The registry has no record of the transfer', { registrarCode: String(r.code), detail: `transfer query: EPP ${r.code} ${r.message}` });
    }
    if (r.code >= 2000) return undefined;
    const trn = child(r.data, 'domain:trnData');
    return transferOutcome(ref.domain, text(child(trn, 'domain:trStatus')), text(child(trn, 'domain:exDate')));
  }
  const r = await send(ctx, { verb: 'info', body: domainBody('info', ref.domain) }, { allowError: true });
  if (r.code === 2303) return failed('REMOTE', 'The registry did not complete the registration', { registrarCode: '2303', detail: 'domain:info after pendingCreate: object does not exist' });
  if (r.code >= 2000) return undefined;
  const view = readDomainInfo(ref.domain, r.data, r.ext, ctx.settings.clientId);
  if (view.raw.includes('pendingCreate')) return undefined;
  if (view.sponsor !== '' && view.sponsor !== ctx.settings.clientId) return failed('NOT_AVAILABLE', 'The domain was registered by another registrar', { registrarCode: 'clID', detail: 'domain:info shows another sponsoring client' });
  return done({ domain: ref.domain, ...(view.info.expiresAt === undefined ? {} : { expiresAt: view.info.expiresAt }) });
}

/**
 * Dequeues a message. Two pollers (two hosts, or a poll racing a reconcile) can read the same head
 * of the queue: the second ack then finds it gone (2303), which is no error.
 */
async function ack(session: EppSession, id: string): Promise<void> {
  try {
    await session.pollAck(id);
  } catch (error) {
    if (!(isRegistrarError(error) && error.registrarCode === '2303')) throw error;
  }
}

const refFor = (news: QueueNews): string | undefined => (news.kind === 'create' ? `create:${news.domain}` : news.kind === 'transfer' ? `transfer:${news.domain}` : undefined);

/** A dequeued message no ref of its poll wanted: kept with what it said, for a later poll's refs and for the operator. */
type KeptMessage = {
  id: string;
  msg: string;
  kind: string;
  domain?: string;
  news?: QueueNews;
};

/** What a queue message says about a pending create or transfer of ours, if anything. */
function newsOutcome(ctx: AnyCtx, news: QueueNews): Outcome | undefined {
  if (news.kind === 'create') {
    return news.ok ? done({ domain: news.domain }) : failed('REMOTE', 'The registry refused the registration', { registrarCode: 'paResult=0', detail: `panData ${news.domain} paResult 0${news.clTRID === '' ? '' : ` for clTRID ${news.clTRID}`}` });
  }
  if (news.kind === 'transfer' && news.reID === ctx.settings.clientId) return transferOutcome(news.domain, news.trStatus, news.exDate);
  return undefined;
}

/**
 * The tracker polls the refs that are due, not every pending ref: a message about a ref outside
 * this poll was kept when it was dequeued, and settles that ref now.
 */
async function settleFromKept(ctx: AnyCtx, byRef: ReadonlyMap<string, PendingRef>, updates: Map<string, Outcome>): Promise<void> {
  const kept = (await ctx.state.get<KeptMessage[]>(UNMATCHED_KEY)) ?? [];
  const rest: KeptMessage[] = [];
  for (const k of kept) {
    const key = k.news === undefined ? undefined : refFor(k.news);
    const ref = key === undefined ? undefined : byRef.get(key);
    const outcome = ref === undefined || k.news === undefined ? undefined : newsOutcome(ctx, k.news);
    if (ref !== undefined && outcome !== undefined && !updates.has(ref.ref)) updates.set(ref.ref, await finishPending(ctx, ref, outcome));
    else rest.push(k);
  }
  if (rest.length !== kept.length) await ctx.state.set(UNMATCHED_KEY, rest);
}

async function keepUnmatched(ctx: AnyCtx, id: string, msg: string, news: QueueNews): Promise<void> {
  const kept = (await ctx.state.get<KeptMessage[]>(UNMATCHED_KEY)) ?? [];
  kept.push({ id, msg, kind: news.kind, ...('domain' in news ? { domain: news.domain } : {}), news });
  await ctx.state.set(UNMATCHED_KEY, kept.slice(-UNMATCHED_KEEP));
  ctx.log.info('EPP queue message for no pending operation', { id, msg, kind: news.kind, ...('domain' in news ? { domain: news.domain } : {}) });
}

export default definePlugin<EppPluginSettings>()({
  id: 'epp-server',
  auto: [
    'checkAvailability', 'register', 'transfer', 'renew', 'cancel', 'updateNameservers', 'updateContacts', 'changeRegistrant', 'setRegistrarLock', 'getAuthCode', 'setDnssec', 'info',
    'createHost', 'updateHost', 'deleteHost', 'restore', 'approveTransferOut', 'rejectTransferOut',
  ],
  operations: {
    // RFC 5731 §3.1.1: avail="1" is available; the reason explains a "0".
    async checkAvailability(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'checkAvailability', raw);
      const r = await send(ctx, { verb: 'check', body: domainBody('check', input.domain) });
      const cd = children(child(r.data, 'domain:chkData'), 'domain:cd').find((c) => text(child(c, 'domain:name')).toLowerCase() === input.domain);
      if (cd === undefined) return failed('PROTOCOL', 'The registry did not answer for this domain', { detail: 'domain:chkData has no cd for the name asked' });
      const avail = attr(child(cd, 'domain:name'), 'avail');
      const reason = text(child(cd, 'domain:reason'));
      return done({ domain: input.domain, available: avail === '1' || avail === 'true', ...(reason === '' ? {} : { reason }) });
    },

    // RFC 5731 §3.2.1 (+ RFC 5910 §5.2.1 secDNS:create). Contacts first (RFC 5733 §3.2.1).
    async register(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'register', raw);
      const issues = glueIssues(input.nameservers, '/nameservers');
      if (input.whoisPrivacy === true) issues.push({ path: '/whoisPrivacy', message: 'EPP has no WHOIS privacy service' });
      if (input.autoRenew === true) issues.push({ path: '/autoRenew', message: 'EPP has no auto-renew setting: the host sends renewals' });
      if (issues.length > 0) return failed(invalidInput(issues));
      const policy = contactPolicy(ctx.settings, input.domain);
      const registrant = policy === 'none' ? undefined : await ensureContact(ctx, input.contacts.registrant);
      const contacts: Tree[] = [];
      if (policy === 'all') {
        for (const role of ROLES) {
          const c = input.contacts[role];
          contacts.push({ '@_type': role, '#text': c === undefined ? registrant : await ensureContact(ctx, c) });
        }
      }
      const r = await send(ctx, {
        verb: 'create',
        body: domainBody('create', input.domain, {
          'domain:period': { '@_unit': 'y', '#text': input.period },
          ...(input.nameservers.length === 0 ? {} : { 'domain:ns': { 'domain:hostObj': input.nameservers.map((n) => n.host) } }),
          ...(registrant === undefined ? {} : { 'domain:registrant': registrant }),
          ...(contacts.length === 0 ? {} : { 'domain:contact': contacts }),
          'domain:authInfo': { 'domain:pw': newAuthInfo() },
        }),
        ...(hasDnssec(input.dnssec) ? { extension: { 'secDNS:create': { ...ns('secDNS'), ...secDnsData(input.dnssec) } } } : {}),
      });
      if (r.code === 1001) return pending({ ref: `create:${input.domain}`, await: 'poll', step: 'pendingCreate', note: 'The registry completes the registration later (pendingCreate)', data: { lock: input.registrarLock === true } });
      const exDate = text(child(child(r.data, 'domain:creData'), 'domain:exDate'));
      return withLock(ctx, input.domain, input.registrarLock === true, done({ domain: input.domain, ...(exDate === '' ? {} : { expiresAt: exDate }) }));
    },

    // RFC 5731 §3.2.4: op="request" with the authInfo; the losing registrar (or the server) answers later.
    async transfer(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'transfer', raw);
      const issues: ErrorIssue[] = [];
      for (const key of ['contacts', 'nameservers', 'dnssec', 'useProviderNameservers'] as const) {
        if (input[key] !== undefined && input[key] !== false) issues.push({ path: `/${key}`, message: 'an EPP transfer keeps the domain\'s data: change it with the update operations once the transfer is done' });
      }
      if (input.whoisPrivacy === true) issues.push({ path: '/whoisPrivacy', message: 'EPP has no WHOIS privacy service' });
      if (input.autoRenew === true) issues.push({ path: '/autoRenew', message: 'EPP has no auto-renew setting: the host sends renewals' });
      if (input.authCode === undefined || input.authCode === '') issues.push({ path: '/authCode', message: 'an EPP transfer needs the domain\'s authInfo' });
      if (issues.length > 0) return failed(invalidInput(issues));
      const r = await send(ctx, {
        verb: 'transfer',
        op: 'request',
        body: domainBody('transfer', input.domain, {
          ...(input.period === undefined ? {} : { 'domain:period': { '@_unit': 'y', '#text': input.period } }),
          'domain:authInfo': { 'domain:pw': input.authCode! },
        }),
      });
      const trn = child(r.data, 'domain:trnData');
      // Some servers complete a transfer at once (1000 with trStatus serverApproved).
      const now = r.code === 1000 ? transferOutcome(input.domain, text(child(trn, 'domain:trStatus')), text(child(trn, 'domain:exDate'))) : undefined;
      if (now !== undefined) return withLock(ctx, input.domain, input.registrarLock === true, now as Outcome<{ domain: string; expiresAt?: string }>);
      return pending({ ref: `transfer:${input.domain}`, await: 'poll', step: 'pendingTransfer', note: 'Waiting for the losing registrar or the registry to answer the transfer', data: { lock: input.registrarLock === true } });
    },

    // RFC 5731 §3.2.3: curExpDate guards against renewing twice — the host's known expiry when it
    // has one (a second renewal of the same intent is then refused with 2004), else the registry's.
    async renew(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'renew', raw);
      const current = input.currentExpiry?.slice(0, 10) ?? (await domainInfo(ctx, input.domain)).info.expiresAt?.slice(0, 10);
      if (current === undefined) return failed('PROTOCOL', 'The registry did not report the current expiry date', { detail: 'domain:infData has no exDate' });
      const r = await send(ctx, { verb: 'renew', body: domainBody('renew', input.domain, { 'domain:curExpDate': current, 'domain:period': { '@_unit': 'y', '#text': input.period } }) });
      const exDate = text(child(child(r.data, 'domain:renData'), 'domain:exDate'));
      return done({ domain: input.domain, ...(exDate === '' ? {} : { expiresAt: exDate }) });
    },

    // RFC 5731 §3.2.2; with RGP (RFC 3915) the domain stays restorable for the redemption period.
    async cancel(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'cancel', raw);
      if (input.when === 'expiry') return failed(invalidInput([{ path: '/when', message: 'EPP has no deletion at expiry: cancel with "now" when the domain should go' }]));
      await send(ctx, { verb: 'delete', body: domainBody('delete', input.domain) });
      return done({ domain: input.domain });
    },

    async updateNameservers(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'updateNameservers', raw);
      const issues = glueIssues(input.nameservers, '/nameservers');
      if (issues.length > 0) return failed(invalidInput(issues));
      const current = (await domainInfo(ctx, input.domain)).hostObjects;
      const wanted = input.nameservers.map((n) => n.host.toLowerCase().replace(/\.$/, ''));
      const add = wanted.filter((h) => !current.includes(h));
      const rem = current.filter((h) => !wanted.includes(h));
      if (add.length + rem.length > 0) {
        await send(ctx, {
          verb: 'update',
          body: domainBody('update', input.domain, {
            ...(add.length === 0 ? {} : { 'domain:add': { 'domain:ns': { 'domain:hostObj': add } } }),
            ...(rem.length === 0 ? {} : { 'domain:rem': { 'domain:ns': { 'domain:hostObj': rem } } }),
          }),
        });
      }
      return done({ domain: input.domain });
    },

    async updateContacts(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'updateContacts', raw);
      if (input.contacts.registrant !== undefined) return failed(invalidInput([{ path: '/contacts/registrant', message: 'a new registrant is changeRegistrant' }]));
      if (contactPolicy(ctx.settings, input.domain) !== 'all') return failed('UNSUPPORTED', 'This registry keeps no admin, tech or billing contacts', { detail: 'settings.tldRules contacts is not "all" for this TLD' });
      const view = await domainInfo(ctx, input.domain);
      const add: Tree[] = [];
      const rem: Tree[] = [];
      for (const role of ROLES) {
        const c = input.contacts[role];
        if (c === undefined) continue;
        const id = await ensureContact(ctx, c);
        for (const old of view.contacts.filter((x) => x.type === role && x.id !== id)) rem.push({ '@_type': role, '#text': old.id });
        if (!view.contacts.some((x) => x.type === role && x.id === id)) add.push({ '@_type': role, '#text': id });
      }
      if (add.length + rem.length > 0) {
        await send(ctx, {
          verb: 'update',
          body: domainBody('update', input.domain, { ...(add.length === 0 ? {} : { 'domain:add': { 'domain:contact': add } }), ...(rem.length === 0 ? {} : { 'domain:rem': { 'domain:contact': rem } }) }),
        });
      }
      return done({ domain: input.domain });
    },

    async changeRegistrant(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'changeRegistrant', raw);
      if (contactPolicy(ctx.settings, input.domain) === 'none') return failed('UNSUPPORTED', 'This registry keeps no registrant contact', { detail: 'settings.tldRules contacts is "none" for this TLD' });
      const id = await ensureContact(ctx, input.registrant);
      await send(ctx, { verb: 'update', body: domainBody('update', input.domain, { 'domain:chg': { 'domain:registrant': id } }) });
      return done({ domain: input.domain });
    },

    async setRegistrarLock(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'setRegistrarLock', raw);
      await applyLock(ctx, input.domain, input.locked);
      return done({ domain: input.domain, locked: input.locked });
    },

    // The sponsoring registrar reads the current authInfo with domain:info (RFC 5731 §3.1.2); it is
    // not changed, so a code already handed to the registrant stays valid.
    async getAuthCode(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'getAuthCode', raw);
      const view = await domainInfo(ctx, input.domain);
      if (view.authInfo === '') return failed('POLICY', 'The registry did not disclose the auth code', { detail: 'domain:infData has no authInfo (not the sponsoring client?)' });
      return done({ domain: input.domain, authCode: view.authInfo });
    },

    // RFC 5910 §5.2.5: remove every DS / key, then add the ones given, in one update.
    async setDnssec(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'setDnssec', raw);
      await send(ctx, {
        verb: 'update',
        body: domainBody('update', input.domain),
        extension: { 'secDNS:update': { ...ns('secDNS'), 'secDNS:rem': { 'secDNS:all': 'true' }, ...(hasDnssec(input.dnssec) ? { 'secDNS:add': secDnsData(input.dnssec) } : {}) } },
      });
      return done({ domain: input.domain });
    },

    async info(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'info', raw);
      const view = await domainInfo(ctx, input.domain);
      const contacts = await domainContacts(ctx, view);
      return done({ ...view.info, ...(contacts === undefined ? {} : { contacts }) });
    },

    // RFC 5732 §3.2.1: a child name server with its glue.
    async createHost(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'createHost', raw);
      await send(ctx, { verb: 'create', body: { 'host:create': { ...ns('host'), 'host:name': input.host, 'host:addr': addrs(input.ipv4, input.ipv6) } } });
      return done({ domain: input.domain, host: input.host, ...(input.ipv4 === undefined ? {} : { ipv4: input.ipv4 }), ...(input.ipv6 === undefined ? {} : { ipv6: input.ipv6 }) });
    },

    // RFC 5732 §3.2.5: the lists given become the host's addresses.
    async updateHost(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'updateHost', raw);
      const r = await send(ctx, { verb: 'info', body: { 'host:info': { ...ns('host'), 'host:name': input.host } } });
      const current = children(child(r.data, 'host:infData'), 'host:addr').map((a) => ({ v6: attr(a, 'ip') === 'v6', ip: text(a).toLowerCase() }));
      const wanted = [...(input.ipv4 ?? []).map((ip) => ({ v6: false, ip })), ...(input.ipv6 ?? []).map((ip) => ({ v6: true, ip: ip.toLowerCase() }))];
      const same = (a: { v6: boolean; ip: string }) => (b: { v6: boolean; ip: string }) => a.v6 === b.v6 && a.ip === b.ip;
      const add = wanted.filter((w) => !current.some(same(w)));
      const rem = current.filter((c) => !wanted.some(same(c)));
      const tree = (list: typeof add): Tree[] => list.map((a) => ({ '@_ip': a.v6 ? 'v6' : 'v4', '#text': a.ip }));
      if (add.length + rem.length > 0) {
        await send(ctx, {
          verb: 'update',
          body: { 'host:update': { ...ns('host'), 'host:name': input.host, ...(add.length === 0 ? {} : { 'host:add': { 'host:addr': tree(add) } }), ...(rem.length === 0 ? {} : { 'host:rem': { 'host:addr': tree(rem) } }) } },
        });
      }
      return done({ domain: input.domain, host: input.host, ...(input.ipv4 === undefined ? {} : { ipv4: input.ipv4 }), ...(input.ipv6 === undefined ? {} : { ipv6: input.ipv6 }) });
    },

    async deleteHost(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'deleteHost', raw);
      await send(ctx, { verb: 'delete', body: { 'host:delete': { ...ns('host'), 'host:name': input.host } } });
      return done({ domain: input.domain, host: input.host });
    },

    // RFC 3915 §4.2.5: a restore request, then the report the registry needs to complete it:
    // the registration data before and after, the times, the reason and the registrar's
    // statements (options.reason overrides the default reason).
    async restore(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'restore', raw);
      const view = await domainInfo(ctx, input.domain);
      const restoreExt = (op: string, report?: Tree): Tree => ({ 'rgp:update': { ...ns('rgp'), 'rgp:restore': { '@_op': op, ...(report === undefined ? {} : { 'rgp:report': report }) } } });
      await send(ctx, { verb: 'update', body: domainBody('update', input.domain, { 'domain:chg': '' }), extension: restoreExt('request') });
      const now = ctx.clock.now().toISOString();
      const data = `Domain ${input.domain}; registrant ${view.registrant || 'unknown'}; name servers ${view.hostObjects.join(', ') || 'none'}; expiry ${view.info.expiresAt ?? 'unknown'}`;
      const reason = typeof input.options?.reason === 'string' && input.options.reason !== '' ? input.options.reason : 'The registrant asked for the domain back during its redemption period.';
      await send(ctx, {
        verb: 'update',
        body: domainBody('update', input.domain, { 'domain:chg': '' }),
        extension: restoreExt('report', {
          'rgp:preData': data,
          'rgp:postData': data,
          'rgp:delTime': view.updatedAt || now,
          'rgp:resTime': now,
          'rgp:resReason': reason,
          'rgp:statement': [
            'The registrar confirms that the information in this report is correct to the best of its knowledge.',
            'The registrar confirms that the restore is made for the registrant, not to take the name for itself or for a third party.',
          ],
        }),
      });
      return done({ domain: input.domain, ...(view.info.expiresAt === undefined ? {} : { expiresAt: view.info.expiresAt }) });
    },

    // RFC 5731 §3.2.4: the sponsoring registrar answers a transfer request.
    async approveTransferOut(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'approveTransferOut', raw);
      await send(ctx, { verb: 'transfer', op: 'approve', body: domainBody('transfer', input.domain) });
      return done({ domain: input.domain });
    },

    async rejectTransferOut(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'rejectTransferOut', raw);
      await send(ctx, { verb: 'transfer', op: 'reject', body: domainBody('transfer', input.domain) });
      return done({ domain: input.domain });
    },
  },

  // RFC 5730 §2.9.2.3: one queue per client, read with poll req and dequeued with ack. Messages
  // about pending creates (panData, RFC 5731 §3.3) and transfers (trnData) settle their refs; a ref
  // no message settled for a day is looked up directly (domain:info, transfer query), so a message
  // lost after its ack (a crash before the host recorded it) cannot strand an operation.
  async poll(refs, ctx) {
    const byRef = new Map(refs.map((r) => [r.ref, r]));
    const updates = new Map<string, Outcome>();
    const session = sessionOf(ctx);
    await settleFromKept(ctx, byRef, updates);
    for (let i = 0; i < MAX_MESSAGES_PER_POLL; i++) {
      const message = await session.pollRequest();
      if (message === null || message.msgQ === undefined) break;
      const news = readQueueMessage(canonicalData(message.resData));
      const key = refFor(news);
      const ref = key === undefined ? undefined : byRef.get(key);
      const outcome = ref === undefined ? undefined : newsOutcome(ctx, news);
      if (ref !== undefined && outcome !== undefined) updates.set(ref.ref, await finishPending(ctx, ref, outcome));
      else await keepUnmatched(ctx, message.msgQ.id, message.msgQ.msg ?? message.message, news);
      await ack(session, message.msgQ.id);
    }
    const now = ctx.clock.now().getTime();
    for (const ref of refs) {
      if (updates.has(ref.ref)) continue;
      // The queue is the registry's answer; reading the object is the safety net for a message
      // lost after its ack, not a race with a message about to arrive (nor a second command per
      // pending operation at every poll).
      if (now - Date.parse(ref.submittedAt) < LOOK_UP_AFTER_MS) continue;
      const outcome = await lookUp(ctx, ref);
      if (outcome !== undefined) updates.set(ref.ref, await finishPending(ctx, ref, outcome));
    }
    return [...updates].map(([ref, outcome]): PollUpdate => ({ ref, outcome }));
  },

  // After a crash: domain:info (and transfer query) show whether the request arrived.
  async reconcile(request, ctx): Promise<ReconcileOutcome> {
    const input = (typeof request.input === 'object' && request.input !== null ? request.input : {}) as Record<string, unknown>;
    const info = await send(ctx, { verb: 'info', body: domainBody('info', request.domain) }, { allowError: true });
    if (info.code >= 2000 && info.code !== 2303) return { status: 'unknown', reason: `domain:info answered EPP ${info.code} ${info.message}` };
    const view = info.code === 2303 ? undefined : readDomainInfo(request.domain, info.data, info.ext, ctx.settings.clientId);
    const ours = view?.sponsor === ctx.settings.clientId;
    const lock = input.registrarLock === true;
    switch (request.operation) {
      case 'register':
        if (!ours) return { status: 'not-received' };
        if (view!.raw.includes('pendingCreate')) return pending({ ref: `create:${request.domain}`, await: 'poll', step: 'pendingCreate', data: { lock } });
        return done({ domain: request.domain, ...(view!.info.expiresAt === undefined ? {} : { expiresAt: view!.info.expiresAt }) });
      case 'transfer': {
        if (ours) return done({ domain: request.domain, ...(view!.info.expiresAt === undefined ? {} : { expiresAt: view!.info.expiresAt }) });
        const q = await send(ctx, { verb: 'transfer', op: 'query', body: domainBody('transfer', request.domain) }, { allowError: true });
        const trn = child(q.data, 'domain:trnData');
        if (q.code < 2000 && text(child(trn, 'domain:reID')) === ctx.settings.clientId) {
          const status = text(child(trn, 'domain:trStatus'));
          return status === 'pending' ? pending({ ref: `transfer:${request.domain}`, await: 'poll', step: 'pendingTransfer', data: { lock } }) : (transferOutcome(request.domain, status, text(child(trn, 'domain:exDate'))) ?? { status: 'unknown', reason: `trStatus ${status}` });
        }
        return { status: 'not-received' };
      }
      case 'renew': {
        const before = typeof input.currentExpiry === 'string' ? input.currentExpiry.slice(0, 10) : undefined;
        const now = view?.info.expiresAt;
        if (before !== undefined && now !== undefined && now.slice(0, 10) > before) return done({ domain: request.domain, expiresAt: now });
        // With curExpDate a resend cannot renew twice: the registry refuses a stale one (2004).
        if (before !== undefined && now?.slice(0, 10) === before) return { status: 'not-received' };
        return { status: 'unknown', reason: 'the renewal cannot be told from the expiry date without the previous one' };
      }
      case 'cancel':
        return view === undefined || view.raw.includes('pendingDelete') || view.raw.includes('redemptionPeriod') ? done({ domain: request.domain }) : { status: 'not-received' };
      case 'setRegistrarLock':
        return ours && LOCK_STATUSES.every((s) => view!.raw.includes(s) === (input.locked === true)) ? done({ domain: request.domain, locked: input.locked === true }) : { status: 'not-received' };
      case 'updateNameservers': {
        const wanted = Array.isArray(input.nameservers) ? (input.nameservers as { host?: unknown }[]).map((n) => String(n.host ?? '').toLowerCase()).sort() : [];
        return ours && wanted.join(',') === [...view!.hostObjects].sort().join(',') ? done({ domain: request.domain }) : { status: 'not-received' };
      }
      case 'restore':
        if (view === undefined) return { status: 'unknown', reason: 'the domain is gone from the registry' };
        if (view.raw.includes('redemptionPeriod')) return { status: 'not-received' };
        if (view.raw.includes('pendingRestore')) return { status: 'unknown', reason: 'the restore request arrived but its report may not have: send the report (RFC 3915) by hand' };
        return done({ domain: request.domain });
      default:
        return { status: 'unknown', reason: `domain:info cannot show whether ${request.operation} happened` };
    }
  },

  async dispose(ctx) {
    await sessionOf(ctx).close();
  },
});

function canonicalData(resData: Record<string, unknown> | undefined): Tree {
  return canonical(resData ?? {}) as Tree;
}
