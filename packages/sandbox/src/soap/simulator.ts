/**
 * The Netim SOAP API 2.0 (sources: plugins/soap-registrar/README.md#wire-fidelity), as `plugins/soap-registrar` speaks it:
 * one POST per call to the endpoint, rpc/encoded envelopes whose reply part is named per function
 * (`wire.ts`), the session id as first argument, API faults as HTTP 500, and mutating calls
 * answering a StructOperationResponse. A SOAPAction header that names another function than the
 * body's is refused (SOAP-ENV:Client).
 *
 * - Sessions: `sessionOpen(idReseller, password, language)` accepts any non-empty reseller id and
 *   password except a password starting with `wrong` (fault E01-M0101). A session id is good until
 *   it has been idle {@link SESSION_IDLE_MS} of virtual time or is closed; after that every call
 *   with it gets the session fault `E02` (the family Netim's PHP client treats as a dead session;
 *   the full code is not published), on which the plugin opens a new session and resends once.
 * - Contacts: `contactCreate` gives ids like `AL001` (`contactInfo` reads one back); owner contacts (`isOwner` 1) can only be
 *   registrants, simple ones only admin / tech / billing. The reseller's own contact is the
 *   reseller id or any id starting with `{resellerId}-`.
 * - Operations: `domainCreate`, `domainTransferIn` and `domainTransferOwner` (the trade) answer
 *   Pending and complete `rules.pendingMs(domain)` of virtual time later; `queryOpe` then says Done,
 *   or Failed with a MESSAGE for a `reject…` transfer, and `queryOpePending` lists only the ones
 *   still pending. Every other mutating call is Done at once.
 * - Deleted domains stay restorable with `domainRestore` for {@link REDEMPTION_MS}; child name
 *   servers (`hostCreate` / `hostUpdate` / `hostDelete`, refused while a domain uses the host);
 *   `queryDomainList` lists the account, `domainPriceList` answers a small price list of its own.
 *   `registerOutside` puts a domain in an account as if registered in the control panel.
 * - Scenario rules: `taken…` is not available (E06-M0601), an auth code starting with `wrong` is
 *   refused (E06-M0603), `fail…` gets a `SOAP-ENV:Server` fault (HTTP 500), `slow…` answers late.
 */
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import type { ScenarioRules } from '../rules.js';
import type { SimDomain, SimRequest, SimResponse, Simulator, SimulatorContext } from '../types.js';
import { actionNames, isRecord, itemsOf, parseCall, soapAnswer, soapFault, text, type Args, type XmlValue } from './wire.js';

/**
 * Virtual milliseconds a session may stay unused before its id is refused as expired: 30 minutes,
 * under the plugin's longest session reuse (`sessionTtlSeconds` ≤ 3600), so its reopen-on-expiry
 * path can be reached.
 */
export const SESSION_IDLE_MS = 1_800_000;

/**
 * The fault codes the simulator sends (the ones `plugins/soap-registrar/src/errors.ts` maps).
 * E01-M0101 and the E02 family are public; the others are modelled on the `Exx-Mxxxx` form.
 */
export const SOAP_FAULTS = {
  badLogin: 'E01-M0101',
  sessionExpired: 'E02',
  badArgument: 'E04-M0401',
  badContact: 'E04-M0402',
  notAvailable: 'E06-M0601',
  notFound: 'E06-M0602',
  badAuthId: 'E06-M0603',
  prohibited: 'E06-M0604',
  exists: 'E06-M0605',
  policy: 'E07-M0701',
} as const;

/** A refusal: becomes a SOAP fault. */
class Fault extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const notFound = (name: string): Fault => new Fault(SOAP_FAULTS.notFound, `Domain not found: ${name}`);
const prohibited = (why: string): Fault => new Fault(SOAP_FAULTS.prohibited, `Domain status prohibits operation: ${why}`);
const badArgument = (why: string): Fault => new Fault(SOAP_FAULTS.badArgument, `Invalid argument: ${why}`);
const badContact = (why: string): Fault => new Fault(SOAP_FAULTS.badContact, `Invalid contact: ${why}`);

interface Session {
  reseller: string;
  lastUsedMs: number;
  closed: boolean;
}

interface Contact {
  id: string;
  reseller: string;
  isOwner: boolean;
  fields: Record<string, string>;
}

interface DsRecord {
  keyTag: string;
  algo: string;
  digestType: string;
  digest: string;
}

interface Domain {
  name: string;
  reseller: string;
  /** A registration not completed yet (StructDomainInfo status PENDING). */
  pending: boolean;
  createdAt: string;
  expiresAt: string;
  owner: string;
  admin: string;
  tech: string;
  billing: string;
  nameservers: string[];
  locked: boolean;
  whoisPrivacy: boolean;
  autoRenew: boolean;
  authCode: string;
  authGeneration: number;
  ds: DsRecord[];
  dnskey?: { flags: string; protocol: string; algo: string; pubKey: string };
  zoneTemplate?: number;
  tag: string;
  note: string;
}

/** A domain as it enters an account: unlocked, no privacy, no auto-renewal, no DNSSEC, no tag or note. */
function newDomain(fields: Pick<Domain, 'name' | 'reseller' | 'pending' | 'createdAt' | 'expiresAt' | 'owner' | 'admin' | 'tech' | 'billing' | 'nameservers' | 'authCode'> & Pick<Partial<Domain>, 'zoneTemplate'>): Domain {
  return { ...fields, locked: false, whoisPrivacy: false, autoRenew: false, authGeneration: 0, ds: [], tag: '', note: '' };
}

type OperationStatus = 'Pending' | 'Done' | 'Failed' | 'Cancelled';

interface Operation {
  id: number;
  reseller: string;
  /** `code_ope` / queryOpe TYPE, e.g. `domainSetPreference.registrar_lock`. */
  code: string;
  domain: string;
  submittedMs: number;
  status: OperationStatus;
  message: string;
  dueMs: number;
  /** Runs when a pending operation is due; returns the failure MESSAGE, or undefined when it succeeded. */
  complete?: () => string | undefined;
}

/** What a handler answers: the `<return>` value and the journal summary after the arrow. */
interface Answer {
  value?: XmlValue;
  summary: string;
}

const MAX_NAMESERVERS = 5;
const MAX_YEARS = 10;
const PREFERENCES = new Set(['whois_privacy', 'registrar_lock', 'auto_renew', 'tag', 'note']);
/** Virtual milliseconds a deleted domain stays restorable (its redemption period): 30 days. */
export const REDEMPTION_MS = 30 * 86_400_000;
/**
 * The price list `domainPriceList` answers (StructDomainPriceList: tld and the Fee4… fields, in
 * the reseller account's currency). The fees are the sandbox's own, not the registrar's.
 */
const PRICE_LIST: readonly { tld: string; fees: readonly [registration: string, renewal: string, restore: string, transfer: string, trade: string] }[] = [
  { tld: 'FR', fees: ['7.50', '7.50', '45.00', '7.50', '15.00'] },
  { tld: 'COM', fees: ['9.90', '11.20', '80.00', '9.90', ''] },
  { tld: 'EU', fees: ['6.90', '6.90', '40.00', '6.90', '10.00'] },
  { tld: 'DE', fees: ['5.90', '5.90', '30.00', '5.90', '0.00'] },
];

/** Name servers of a domain registered in the registrar's control panel (`registerOutside`). */
const PANEL_NAMESERVERS = ['ns1.registrar-panel.test', 'ns2.registrar-panel.test'];

/** Name servers a transferred domain keeps when the request gives none. */
const PREVIOUS_NAMESERVERS = ['ns1.previous-registrar.test', 'ns2.previous-registrar.test'];

/** StructContact limits (Netim wiki "StructContact"; plugins/soap-registrar/README.md) as [field, max length, required]. */
const CONTACT_FIELDS: readonly [string, number, boolean][] = [
  ['firstName', 30, true],
  ['lastName', 30, true],
  ['bodyName', 100, false],
  ['address1', 80, true],
  ['address2', 80, false],
  ['zipCode', 10, true],
  ['area', 5, false],
  ['city', 30, true],
  ['country', 2, true],
  ['phone', 25, true],
  ['fax', 25, false],
  ['email', 128, true],
];

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const stamp = (ms: number): string => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
const addYears = (isoDay: string, years: number): string => {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return day(d.getTime());
};
const flag = (on: boolean): number => (on ? 1 : 0);
const isDomainName = (name: string): boolean => /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(name);
const isHostName = (name: string): boolean => /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}\.?$/i.test(name);
const positiveInt = (value: string): number | undefined => (/^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined);

/** The modelled Netim-style SOAP API on the sandbox. */
export function createSoapSimulator(ctx: SimulatorContext): Simulator {
  const rules: ScenarioRules = ctx.rules;
  const sessions = new Map<string, Session>();
  const contacts = new Map<string, Contact>();
  const domains = new Map<string, Domain>();
  const operations = new Map<number, Operation>();
  /** Deleted domains in their redemption period (restorable with domainRestore until `untilMs`). */
  const redemption = new Map<string, { domain: Domain; untilMs: number }>();
  /** Child name servers (hostCreate): host name → its reseller and glue addresses. */
  const hosts = new Map<string, { reseller: string; ipv4: string[]; ipv6: string[] }>();
  let opSeq = 7000;
  let contactSeq = 0;
  const nowMs = (): number => ctx.clock.nowMs();

  // ---- operations -------------------------------------------------------------------------

  const settle = (op: Operation): void => {
    if (op.status !== 'Pending' || nowMs() < op.dueMs) return;
    const failure = op.complete?.();
    op.status = failure === undefined ? 'Done' : 'Failed';
    op.message = failure ?? '';
    ctx.record({ kind: 'state', summary: `operation ${op.id} ${op.code} ${op.domain} → ${op.status}${failure === undefined ? '' : `: ${failure}`}`, domain: op.domain });
  };
  const settleDue = (): void => {
    for (const op of operations.values()) settle(op);
  };

  const newOperation = (session: Session, code: string, domain: string, status: OperationStatus): Operation => {
    const op: Operation = { id: ++opSeq, reseller: session.reseller, code, domain, submittedMs: nowMs(), status, message: '', dueMs: nowMs() };
    operations.set(op.id, op);
    return op;
  };

  /** An operation carried out at once. */
  const doneNow = (session: Session, code: string, domain: string): Operation => newOperation(session, code, domain, 'Done');

  /** An operation the registry completes `pendingMs(domain)` of virtual time from now. */
  const pendingUntilDue = (session: Session, code: string, domain: string, complete: () => string | undefined): Operation => {
    const op = newOperation(session, code, domain, 'Pending');
    const wait = rules.pendingMs(domain);
    op.dueMs = op.submittedMs + wait;
    op.complete = complete;
    ctx.clock.after(wait, () => settle(op));
    return op;
  };

  /** StructOperationResponse; TYPE is the function called (queryOpe answers with the operation's code). */
  const operationAnswer = (op: Operation, type: string, note = ''): Answer => ({
    value: { ID_OPE: op.id, STATUS: op.status, MESSAGE: op.message, TYPE: type, DATE: stamp(op.submittedMs) },
    summary: `${op.status.toUpperCase()} ${op.id}${op.message === '' ? '' : `: ${op.message}`}${note}`,
  });

  const pendingTransferOf = (name: string): Operation | undefined => [...operations.values()].find((op) => op.status === 'Pending' && op.code === 'domainTransferIn' && op.domain === name);

  // ---- lookups and argument checks ---------------------------------------------------------

  const domainArg = (args: Args): string => {
    const name = text(args.domain).toLowerCase();
    if (!isDomainName(name)) throw badArgument(`"${name}" is not a domain name`);
    return name;
  };

  /** A domain of the caller's account. */
  const owned = (session: Session, name: string): Domain => {
    const d = domains.get(name);
    if (d === undefined || d.reseller !== session.reseller) throw notFound(name);
    return d;
  };

  /** A domain of the caller's account whose registration is complete. */
  const active = (session: Session, name: string): Domain => {
    const d = owned(session, name);
    if (d.pending) throw prohibited(`${name} is still being registered`);
    return d;
  };

  /** A child name server's name: a host under a domain of the caller's account. */
  const hostArg = (args: Args): string => {
    const host = text(args.host).toLowerCase().replace(/\.$/, '');
    if (!isHostName(host)) throw badArgument(`"${host}" is not a host name`);
    return host;
  };
  const addresses = (args: Args): { ipv4: string[]; ipv6: string[] } => {
    const ipv4 = itemsOf(args.ipv4).map(text);
    const ipv6 = itemsOf(args.ipv6).map(text);
    if (ipv4.length + ipv6.length === 0) throw badArgument('a host needs at least one address');
    if (ipv4.some((ip) => isIP(ip) !== 4) || ipv6.some((ip) => isIP(ip) !== 6)) throw badArgument('ipv4 / ipv6 : Invalid value');
    return { ipv4, ipv6 };
  };

  const nameservers = (args: Args, required: boolean): string[] => {
    const hosts = Array.from({ length: MAX_NAMESERVERS }, (_, i) => text(args[`ns${i + 1}`]).toLowerCase()).filter((h) => h !== '');
    const bad = hosts.find((h) => !isHostName(h));
    if (bad !== undefined) throw badArgument(`"${bad}" is not a name server host name`);
    if (new Set(hosts).size !== hosts.length) throw badArgument('the same name server is given twice');
    if ((required || hosts.length > 0) && hosts.length < 2) throw badArgument('at least 2 name servers are required');
    return hosts;
  };

  const duration = (args: Args): number => {
    const years = positiveInt(text(args.duration));
    if (years === undefined || years > MAX_YEARS) throw badArgument(`duration must be 1 to ${MAX_YEARS} years`);
    return years;
  };

  const isResellerContact = (session: Session, id: string): boolean => id === session.reseller || id.startsWith(`${session.reseller}-`);

  const ownerContact = (session: Session, id: string): string => {
    const c = contacts.get(id);
    if (c === undefined || c.reseller !== session.reseller) throw badContact(`unknown owner contact "${id}"`);
    if (!c.isOwner) throw badContact(`${id} is not an owner contact (isOwner 0): it cannot be a registrant`);
    return id;
  };

  const simpleContact = (session: Session, id: string, role: string): string => {
    if (isResellerContact(session, id)) return id;
    const c = contacts.get(id);
    if (c === undefined || c.reseller !== session.reseller) throw badContact(`unknown ${role} contact "${id}"`);
    if (c.isOwner) throw badContact(`${id} is an owner contact (isOwner 1): it can only be a registrant`);
    return id;
  };

  const flagArg = (value: unknown, name: string): boolean => {
    const v = text(value);
    if (v !== '0' && v !== '1') throw badArgument(`${name} must be 0 or 1`);
    return v === '1';
  };

  // ---- the API functions (sessionOpen is handled before the session check) -----------------

  const functions: Record<string, (args: Args, session: Session) => Answer> = {
    sessionClose(_args, session) {
      session.closed = true;
      return { summary: 'closed' };
    },

    queryOpe(args, session) {
      const op = operations.get(Number(text(args.idOpe)));
      if (op === undefined || op.reseller !== session.reseller) throw badArgument(`unknown operation ${text(args.idOpe)}`);
      return operationAnswer(op, op.code);
    },

    queryOpePending(_args, session) {
      const list = [...operations.values()].filter((op) => op.reseller === session.reseller && op.status === 'Pending');
      return {
        value: list.map((op) => ({ id_ope: op.id, code_ope: op.code, date_ope: stamp(op.submittedMs), data_ope: op.domain })),
        summary: list.length === 0 ? 'nothing pending' : `${list.length} pending (${list.map((op) => op.id).join(', ')})`,
      };
    },

    contactCreate(args, session) {
      const struct = isRecord(args.contact) ? args.contact : {};
      const fields: Record<string, string> = {};
      for (const [name, max, required] of CONTACT_FIELDS) {
        const v = text(struct[name]);
        if (required && v === '') throw badContact(`${name} is required`);
        if (v.length > max) throw badContact(`${name} must be at most ${max} characters`);
        fields[name] = v;
      }
      const bodyForm = text(struct.bodyForm);
      if (bodyForm !== 'IND' && bodyForm !== 'ORG') throw badContact('bodyForm must be IND or ORG');
      if (bodyForm === 'ORG' && fields.bodyName === '') throw badContact('bodyName is required for an organisation');
      if (!/^[A-Z]{2}$/.test(fields.country ?? '')) throw badContact('country must be an ISO 3166-1 code');
      if (!/^\+\d{1,3} \d{4,}$/.test(fields.phone ?? '')) throw badContact('phone must be written "+CC number"');
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(fields.email ?? '')) throw badContact('email is not an e-mail address');
      const language = text(struct.language) || 'EN';
      if (language !== 'EN' && language !== 'FR') throw badContact('language must be EN or FR');
      const isOwner = flagArg(struct.isOwner, 'isOwner');
      const initials = `${fields.firstName?.[0] ?? 'X'}${fields.lastName?.[0] ?? 'X'}`.toUpperCase().replace(/[^A-Z]/g, 'X');
      const id = `${initials}${String(++contactSeq).padStart(3, '0')}`;
      contacts.set(id, { id, reseller: session.reseller, isOwner, fields: { ...fields, bodyForm, language } });
      return { value: id, summary: `${id} (${isOwner ? 'owner' : 'simple'} contact)` };
    },

    // contactInfo(idContact) answers the StructContact in a `contact` part (dymmer-code/netim
    // lib/netim/contact.ex). A contact of another reseller, or the reseller's own (no data here), is unknown.
    contactInfo(args, session) {
      const id = text(args.idContact);
      const c = contacts.get(id);
      if (c === undefined || c.reseller !== session.reseller) throw badContact(`unknown contact "${id}"`);
      return { value: { ...c.fields, isOwner: flag(c.isOwner) }, summary: `${id} (${c.isOwner ? 'owner' : 'simple'} contact)` };
    },

    domainCheck(args) {
      const names = text(args.domain)
        .split(';')
        .map((n) => n.trim().toLowerCase())
        .filter((n) => n !== '');
      const results = names.map((name) => {
        if (!isDomainName(name)) return { domain: name, result: 'UNKNOWN', reason: 'BAD SYNTAX' };
        const free = !rules.isTaken(name) && !domains.has(name) && pendingTransferOf(name) === undefined;
        return { domain: name, result: free ? 'AVAILABLE' : 'NOT AVAILABLE', reason: '' };
      });
      return { value: results, summary: results.map((r) => r.result).join(', ') || 'no domain' };
    },

    domainCreate(args, session) {
      const name = domainArg(args);
      if (rules.isTaken(name) || domains.has(name) || pendingTransferOf(name) !== undefined) throw new Fault(SOAP_FAULTS.notAvailable, 'Domain not available');
      const owner = ownerContact(session, text(args.idOwner));
      const admin = simpleContact(session, text(args.idAdmin), 'admin');
      const tech = simpleContact(session, text(args.idTech), 'tech');
      const billing = simpleContact(session, text(args.idBilling), 'billing');
      const hosts = nameservers(args, true);
      const years = duration(args);
      const templateArg = text(args.templateDNS);
      const template = templateArg === '' ? undefined : positiveInt(templateArg);
      if (templateArg !== '' && template === undefined) throw badArgument('templateDNS must be a template number');
      const today = day(nowMs());
      const d = newDomain({
        name,
        reseller: session.reseller,
        pending: true,
        createdAt: today,
        expiresAt: addYears(today, years),
        owner,
        admin,
        tech,
        billing,
        nameservers: hosts,
        authCode: rules.authCodeFor(name, 0),
        ...(template === undefined ? {} : { zoneTemplate: template }),
      });
      domains.set(name, d);
      const op = pendingUntilDue(session, 'domainCreate', name, () => {
        if (domains.get(name) !== d) return 'The domain was deleted before the registry completed the registration';
        const registered = day(nowMs());
        d.pending = false;
        d.createdAt = registered;
        d.expiresAt = addYears(registered, years);
        return undefined;
      });
      return operationAnswer(op, 'domainCreate');
    },

    domainTransferIn(args, session) {
      const name = domainArg(args);
      const existing = domains.get(name);
      if (existing !== undefined && existing.reseller === session.reseller) throw new Fault(SOAP_FAULTS.exists, `Domain already in the account: ${name}`);
      if (existing !== undefined) throw prohibited(`${name} is held by another reseller of this registrar`);
      if (pendingTransferOf(name) !== undefined) throw prohibited(`a transfer of ${name} is already pending`);
      const authId = text(args.authID);
      if (authId === '' || rules.isWrongAuthCode(authId)) throw new Fault(SOAP_FAULTS.badAuthId, 'Invalid authID');
      const ownerArg = text(args.idOwner);
      const owner = ownerArg === '#AUTO#' ? '' : ownerContact(session, ownerArg);
      const role = (value: unknown, label: string): string => (text(value) === '' ? session.reseller : simpleContact(session, text(value), label));
      const admin = role(args.idAdmin, 'admin');
      const tech = role(args.idTech, 'tech');
      const billing = role(args.idBilling, 'billing');
      const hosts = nameservers(args, false);
      const op = pendingUntilDue(session, 'domainTransferIn', name, () => {
        if (rules.scenario(name) === 'reject') return 'Transfer refused by the losing registrar';
        if (domains.has(name)) return 'The domain is already held at this registrar';
        const today = day(nowMs());
        domains.set(
          name,
          newDomain({
            name,
            reseller: session.reseller,
            pending: false,
            createdAt: today,
            expiresAt: addYears(today, 1),
            // #AUTO#: the current holder is kept, as a contact the registrar imports.
            owner: owner === '' ? `HOLDER${op.id}` : owner,
            admin,
            tech,
            billing,
            nameservers: hosts.length > 0 ? hosts : [...PREVIOUS_NAMESERVERS],
            // Still the code the losing registrar issued, until domainAuthID changes it.
            authCode: authId,
          }),
        );
        return undefined;
      });
      return operationAnswer(op, 'domainTransferIn');
    },

    domainTransferOwner(args, session) {
      const name = domainArg(args);
      const d = active(session, name);
      const owner = ownerContact(session, text(args.idOwner));
      if ([...operations.values()].some((op) => op.status === 'Pending' && op.code === 'domainTransferOwner' && op.domain === name)) throw prohibited(`a change of owner of ${name} is already pending`);
      const op = pendingUntilDue(session, 'domainTransferOwner', name, () => {
        if (domains.get(name) !== d) return 'The domain left the account before the trade completed';
        d.owner = owner;
        return undefined;
      });
      return operationAnswer(op, 'domainTransferOwner');
    },

    // A deleted domain of the caller's account comes back while its redemption period lasts.
    domainRestore(args, session) {
      const name = domainArg(args);
      const held = redemption.get(name);
      if (domains.has(name)) throw prohibited(`${name} is not deleted`);
      if (held === undefined || held.domain.reseller !== session.reseller || nowMs() > held.untilMs) throw notFound(name);
      redemption.delete(name);
      domains.set(name, held.domain);
      return operationAnswer(doneNow(session, 'domainRestore', name), 'domainRestore', ' (restored)');
    },

    // Child name servers: the host must be under a domain of the caller's account.
    hostCreate(args, session) {
      const host = hostArg(args);
      if (hosts.has(host)) throw new Fault(SOAP_FAULTS.exists, `Host already exists: ${host}`);
      if (![...domains.values()].some((d) => d.reseller === session.reseller && host.endsWith(`.${d.name}`))) throw badArgument(`${host} is not under a domain of the account`);
      hosts.set(host, { reseller: session.reseller, ...addresses(args) });
      return operationAnswer(doneNow(session, 'hostCreate', host), 'hostCreate');
    },
    hostUpdate(args, session) {
      const host = hostArg(args);
      const held = hosts.get(host);
      if (held === undefined || held.reseller !== session.reseller) throw new Fault(SOAP_FAULTS.notFound, `Host not found: ${host}`);
      Object.assign(held, addresses(args));
      return operationAnswer(doneNow(session, 'hostUpdate', host), 'hostUpdate');
    },
    hostDelete(args, session) {
      const host = hostArg(args);
      const held = hosts.get(host);
      if (held === undefined || held.reseller !== session.reseller) throw new Fault(SOAP_FAULTS.notFound, `Host not found: ${host}`);
      const user = [...domains.values()].find((d) => d.nameservers.includes(host));
      if (user !== undefined) throw prohibited(`${host} is a name server of ${user.name}`);
      hosts.delete(host);
      return operationAnswer(doneNow(session, 'hostDelete', host), 'hostDelete');
    },

    // StructDomainList of the caller's account; the filter is a substring of the name.
    queryDomainList(args, session) {
      const filter = text(args.filter).toLowerCase();
      const list = [...domains.values()].filter((d) => d.reseller === session.reseller && !d.pending && d.name.includes(filter)).sort((a, b) => a.name.localeCompare(b.name));
      return { value: list.map((d) => ({ domain: d.name, dateCreate: d.createdAt, dateExpiration: d.expiresAt })), summary: `${list.length} domains` };
    },

    domainPriceList() {
      return {
        value: PRICE_LIST.map(({ tld, fees }) => ({ tld, Fee4Registration: fees[0], Fee4Renewal: fees[1], Fee4Restore: fees[2], Fee4Transfer: fees[3], Fee4Trade: fees[4] })),
        summary: `${PRICE_LIST.length} TLDs`,
      };
    },

    domainRenew(args, session) {
      const name = domainArg(args);
      const d = active(session, name);
      const years = duration(args);
      const next = addYears(d.expiresAt, years);
      if (next > addYears(day(nowMs()), MAX_YEARS)) throw new Fault(SOAP_FAULTS.policy, `Registry policy: the expiry date cannot be more than ${MAX_YEARS} years ahead`);
      d.expiresAt = next;
      return operationAnswer(doneNow(session, 'domainRenew', name), 'domainRenew', ` (expires ${next})`);
    },

    domainDelete(args, session) {
      const name = domainArg(args);
      const d = active(session, name);
      if (text(args.typeDelete) !== 'NOW') throw badArgument('typeDelete must be NOW');
      domains.delete(d.name);
      redemption.set(d.name, { domain: d, untilMs: nowMs() + REDEMPTION_MS });
      return operationAnswer(doneNow(session, 'domainDelete', name), 'domainDelete');
    },

    domainChangeDNS(args, session) {
      const name = domainArg(args);
      const d = active(session, name);
      d.nameservers = nameservers(args, true);
      return operationAnswer(doneNow(session, 'domainChangeDNS', name), 'domainChangeDNS');
    },

    domainChangeContact(args, session) {
      const name = domainArg(args);
      const d = active(session, name);
      // An empty id keeps the current contact of that role.
      const admin = text(args.idAdmin) === '' ? d.admin : simpleContact(session, text(args.idAdmin), 'admin');
      const tech = text(args.idTech) === '' ? d.tech : simpleContact(session, text(args.idTech), 'tech');
      const billing = text(args.idBilling) === '' ? d.billing : simpleContact(session, text(args.idBilling), 'billing');
      Object.assign(d, { admin, tech, billing });
      return operationAnswer(doneNow(session, 'domainChangeContact', name), 'domainChangeContact');
    },

    domainSetPreference(args, session) {
      const name = domainArg(args);
      const d = active(session, name);
      const pref = text(args.codePref);
      if (!PREFERENCES.has(pref)) throw badArgument(`unknown preference "${pref}"`);
      if (pref === 'tag' || pref === 'note') d[pref] = text(args.value);
      else {
        const on = flagArg(args.value, 'value');
        if (pref === 'registrar_lock') d.locked = on;
        else if (pref === 'whois_privacy') d.whoisPrivacy = on;
        else d.autoRenew = on;
      }
      return operationAnswer(doneNow(session, `domainSetPreference.${pref}`, name), 'domainSetPreference', ` (${pref})`);
    },

    domainSetDNSSecExt(args, session) {
      const name = domainArg(args);
      const d = active(session, name);
      const ds = itemsOf(args.DSRecords).map((item) => {
        const r = isRecord(item) ? item : {};
        const rec = { keyTag: text(r.keyTag), algo: text(r.algo), digestType: text(r.digestType), digest: text(r.digest) };
        if (!/^\d+$/.test(rec.keyTag) || positiveInt(rec.algo) === undefined || positiveInt(rec.digestType) === undefined || !/^[0-9a-f]+$/i.test(rec.digest)) {
          throw badArgument('a DS record needs keyTag, algo, digestType and a hexadecimal digest');
        }
        return rec;
      });
      const key = { flags: text(args.flags), protocol: text(args.protocol), algo: text(args.algo), pubKey: text(args.pubKey) };
      const hasKey = key.pubKey !== '';
      if (hasKey && (key.flags === '' || key.protocol === '' || key.algo === '')) throw badArgument('a DNSKEY needs flags, protocol, algo and pubKey');
      if (ds.length === 0 && !hasKey) throw badArgument('give DS records or a DNSKEY');
      d.ds = ds;
      if (hasKey) d.dnskey = key;
      else delete d.dnskey;
      return operationAnswer(doneNow(session, 'domainSetDNSSecExt', name), 'domainSetDNSSecExt');
    },

    domainAuthID(args, session) {
      const name = domainArg(args);
      const d = active(session, name);
      const mail = flagArg(args.sendToRegistrant, 'sendToRegistrant');
      d.authGeneration++;
      d.authCode = rules.authCodeFor(name, d.authGeneration);
      return operationAnswer(doneNow(session, 'domainAuthID', name), 'domainAuthID', mail ? ' (new code mailed to the registrant)' : ' (new code set)');
    },

    domainZoneInit(args, session) {
      const name = domainArg(args);
      const d = active(session, name);
      const template = positiveInt(text(args.numTemplate));
      if (template === undefined) throw badArgument('numTemplate must be a template number');
      d.zoneTemplate = template;
      return operationAnswer(doneNow(session, 'domainZoneInit', name), 'domainZoneInit', ` (template ${template})`);
    },

    domainInfo(args, session) {
      const name = domainArg(args);
      const d = owned(session, name);
      const status = d.pending ? 'PENDING' : d.nameservers.length > 0 ? 'ACTIVE, DELEGATED' : 'ACTIVE, NOT DELEGATED';
      return {
        value: {
          domain: d.name,
          status,
          dateCreate: d.createdAt,
          dateExpiration: d.expiresAt,
          idOwner: d.owner,
          idAdmin: d.admin,
          idTech: d.tech,
          idBilling: d.billing,
          domainIsLock: flag(d.locked),
          whoisPrivacy: flag(d.whoisPrivacy),
          autoRenew: flag(d.autoRenew),
          authID: d.pending ? '' : d.authCode,
          IsSigned: flag(d.ds.length > 0 || d.dnskey !== undefined),
          ns: d.nameservers.map((host) => ({ ns: host })),
        },
        summary: status,
      };
    },
  };

  // ---- dispatch ----------------------------------------------------------------------------

  /** The domain a call is about, for the scenario rules and the journal. */
  const domainOf = (fn: string, args: Args): string | undefined => {
    if (fn === 'queryOpe') return operations.get(Number(text(args.idOpe)))?.domain;
    if (fn.startsWith('host')) {
      const host = text(args.host).toLowerCase();
      return host === '' ? undefined : host;
    }
    const name = text(args.domain).toLowerCase();
    return name === '' ? undefined : name;
  };

  const openSession = (args: Args): { reply: SimResponse; summary: string } => {
    const reseller = text(args.idReseller).toUpperCase();
    const password = text(args.password);
    if (reseller === '' || password === '' || password.toLowerCase().startsWith('wrong')) {
      return { reply: soapFault(SOAP_FAULTS.badLogin, 'Unable to connect - Bad login / password combinaison'), summary: `sessionOpen ${reseller || '(no reseller id)'} → fault ${SOAP_FAULTS.badLogin}` };
    }
    // 32 hexadecimal characters, the form acme.sh reads from <IDSession>; never journalled.
    const id = randomBytes(16).toString('hex');
    sessions.set(id, { reseller, lastUsedMs: nowMs(), closed: false });
    return { reply: soapAnswer('sessionOpen', id), summary: `sessionOpen ${reseller} → session opened` };
  };

  const handle = (req: SimRequest): { reply: SimResponse; summary: string; domain?: string } => {
    const call = parseCall(req.body);
    if (call === undefined) return { reply: soapFault('SOAP-ENV:Client', 'Bad Request: not a SOAP envelope'), summary: 'unreadable request → fault SOAP-ENV:Client' };
    const { fn, args } = call;
    if (!actionNames(req.headers.soapaction, fn)) return { reply: soapFault('SOAP-ENV:Client', `SOAPAction "${req.headers.soapaction}" does not name ${fn}`), summary: `${fn} → fault SOAP-ENV:Client (SOAPAction names another function)` };
    if (fn === 'sessionOpen') return openSession(args);
    const run = functions[fn];
    if (run === undefined) return { reply: soapFault('SOAP-ENV:Client', `Procedure '${fn}' not present`), summary: `${fn} → fault SOAP-ENV:Client (no such function)` };
    const domain = domainOf(fn, args);
    const label = `${fn}${domain === undefined ? '' : ` ${domain}`}`;
    const where = domain === undefined ? {} : { domain };
    const session = sessions.get(text(args.IDSession));
    if (session === undefined || session.closed || nowMs() - session.lastUsedMs > SESSION_IDLE_MS) {
      return { reply: soapFault(SOAP_FAULTS.sessionExpired, 'Session expired'), summary: `${label} → fault ${SOAP_FAULTS.sessionExpired} (session expired or unknown)`, ...where };
    }
    session.lastUsedMs = nowMs();
    const failing = fn === 'domainCheck' ? text(args.domain).split(';').some((n) => rules.isFailing(n)) : domain !== undefined && rules.isFailing(domain);
    if (failing) return { reply: soapFault('SOAP-ENV:Server', 'Internal error, please try again later (sandbox rule: fail…)'), summary: `${label} → fault SOAP-ENV:Server (fail rule)`, ...where };
    try {
      const answer = run(args, session);
      return { reply: soapAnswer(fn, answer.value), summary: `${label} → ${answer.summary}`, ...where };
    } catch (error) {
      if (!(error instanceof Fault)) throw error;
      return { reply: soapFault(error.code, error.message), summary: `${label} → fault ${error.code}`, ...where };
    }
  };

  return {
    id: 'soap',
    async handleHttp(req: SimRequest): Promise<SimResponse> {
      if (req.path !== '/' && req.path !== '') return { status: 404, headers: { 'content-type': 'text/plain' }, body: `no API at ${req.path} (POST to the endpoint itself)` };
      if (req.method !== 'POST') return { status: 405, headers: { 'content-type': 'text/plain', allow: 'POST' }, body: 'SOAP calls are POSTed to the endpoint' };
      settleDue();
      const { reply, summary, domain } = handle(req);
      ctx.record({ kind: 'request', summary, ...(domain === undefined ? {} : { domain }) });
      const delayMs = rules.replyDelayMs(domain);
      return delayMs > 0 ? { ...reply, delayMs } : reply;
    },
    registerOutside(domain: string, account: string): boolean {
      const name = domain.toLowerCase();
      const reseller = account.toUpperCase();
      // Not a name the registrar holds, is transferring in, or keeps in its redemption period.
      if (!isDomainName(name) || reseller === '' || domains.has(name) || redemption.has(name) || pendingTransferOf(name) !== undefined) return false;
      const today = day(nowMs());
      domains.set(
        name,
        newDomain({
          name,
          reseller,
          pending: false,
          createdAt: today,
          expiresAt: addYears(today, 1),
          owner: `${reseller}-HOLDER`,
          admin: reseller,
          tech: reseller,
          billing: reseller,
          nameservers: [...PANEL_NAMESERVERS],
          authCode: rules.authCodeFor(name, 0),
        }),
      );
      ctx.record({ kind: 'state', summary: `${name} registered in the ${reseller} account outside the API (control panel)`, domain: name });
      return true;
    },
    domains(): SimDomain[] {
      settleDue();
      const held = [...domains.values()].map((d) => ({ name: d.name, status: d.pending ? 'PENDING' : 'ACTIVE', expiresAt: d.expiresAt, ...(d.pending ? {} : { authCode: d.authCode }) }));
      const incoming = [...operations.values()].filter((op) => op.status === 'Pending' && op.code === 'domainTransferIn').map((op) => ({ name: op.domain, status: 'TRANSFER PENDING' }));
      return [...held, ...incoming];
    },
  };
}
