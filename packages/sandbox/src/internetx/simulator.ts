/**
 * The InterNetX AutoDNS XML gateway, as the plugin models it: `POST {endpoint}` with a
 * `<request><auth/><task><ctid/><code/>[<reply_to/>]…</task></request>` document, answered with
 * `<response><result>[<data/>]<msg/>*<status><code/><text/><type/></status></result></response>`.
 *
 * - Quick tasks answer at once with `success` / `error`: handle create 0301 / update 0302 / inquire 0304,
 *   domain inquire 0105, AuthInfo1 0113001 (the code as the status object of type `authinfo`,
 *   `<data/>` empty; EF011316 with the existing code when there is one), and the message queue
 *   0905 / 0906.
 * - Jobs answer `notify` (N0101, N0104, N0102, and — as the InterNetX help pages document —
 *   N0102002 for a status update and N0103101 for a cancelation, the latter read in the XML
 *   field names `type` delete / `execdate` expire | now) and finish `rules.pendingMs(domain)` of
 *   virtual time later: the job notification mail goes to the task's `reply_to` (none → no mail),
 *   and the same result is queued in the account's message queue (read with 0905, acknowledged
 *   with 0906) as the current Job object: `status` a plain value, the ctid on the message.
 * - 0301 without `<key>force_handle_create</key>` hands back an identical handle the account
 *   already has; with the key it always creates a new one.
 * - Scenario rules: `taken…` is already registered (EF10116), `reject…` transfers end in E0104001,
 *   `slow…` answers are held back and jobs take `slowFactor` times longer, `fail…` answers HTTP
 *   503 (the gateway is down), an auth code starting `wrong` is refused (EF10124) and a password
 *   starting `wrong` is a login failure (EF01004, modelled).
 * - The registrar renews its domains itself: a domain past its `payable` date is renewed for a
 *   year, unless a cancelation at expiry was ordered, in which case it is deleted.
 */
import { unavailable, xml } from '../replies.js';
import type { ScenarioRules } from '../rules.js';
import { SANDBOX_ADDRESSES } from '../addresses.js';
import type { SimDomain, SimRequest, SimResponse, Simulator, SimulatorContext, SimulatorFactory } from '../types.js';
import {
  buildResponse,
  child,
  children,
  gatewayDate,
  isElement,
  parseRequest,
  queueMessage,
  standardMail,
  textOf,
  xmlMail,
  type GatewayRequest,
  type JobReport,
  type Msg,
  type ResponseParts,
  type XmlElement,
} from './wire.js';

export interface InternetxSimulatorOptions {
  /** The notification mail layout the account is set to. Default `standard`. */
  mailLayout?: 'standard' | 'xml';
}

interface Handle {
  id: string;
  account: string;
  fields: Record<string, string | string[]>;
}

interface Nserver {
  name: string;
  ip: string[];
  ip6: string[];
}

interface Domain {
  name: string;
  account: string;
  status: 'registering' | 'transferring' | 'active';
  ownerc: string;
  adminc: string;
  techc: string;
  zonec: string;
  nserver: Nserver[];
  created: number;
  payable: number;
  registryStatus: 'ACTIVE' | 'LOCK';
  cancelAtExpiry: boolean;
  authinfo: string | undefined;
  authGeneration: number;
  /** The id of the job running on the domain. */
  busy: string | undefined;
  /** Another registrar asked for the domain: a transfer away waits for the account's answer (0106002). */
  transferOutRequested?: boolean;
}

interface QueuedMessage {
  id: string;
  message: XmlElement;
}

const YEAR_MS = 365 * 86_400_000;

const addYears = (ms: number, years: number): number => {
  const d = new Date(ms);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.getTime();
};

const TEXT = {
  handleCreated: 'The contact handle was created successfully.',
  handleUpdated: 'The contact handle was updated successfully.',
  handleInquired: 'The contact handle data was inquired successfully.',
  registrationStarted: 'The domain registration was started successfully.',
  registered: 'The domain was registered successfully.',
  notRegistered: 'The domain could not be registered.',
  transferStarted: 'The domain transfer was started.',
  transferDone: 'The domain transfer was completed successfully.',
  transferFailed: 'The domain transfer failed.',
  transferNotStarted: 'The domain transfer could not be started.',
  updateStarted: 'The domain update was started.',
  updated: 'The domain was updated successfully.',
  notUpdated: 'The domain could not be updated.',
  inquired: 'The domain data was inquired successfully.',
  notFound: 'The domain could not be found.',
  statusUpdateStarted: 'Domain status update has been started successfully.',
  statusUpdated: 'The domain status was updated successfully.',
  statusNotUpdated: 'The domain status could not be updated.',
  cancelationTransmitted: 'Domain cancelation task was transmitted.',
  cancelationCreated: 'The cancelation was created successfully.',
  cancelationNotCreated: 'The cancelation could not be created.',
  authInfoCreated: 'AuthInfo1 was created successfully.',
  authInfoNotCreated: 'AuthInfo1 could not be created.',
  messagesRead: 'Messages were read successfully.',
  noMessages: 'No messages.',
  messageConfirmed: 'The message was confirmed.',
  restoreStarted: 'The domain restore was started.',
  restored: 'The domain was restored successfully.',
  notRestored: 'The domain could not be restored.',
  transferOutAnswered: 'The transfer out answer was sent.',
  transferOutNotAnswered: 'The transfer out answer could not be sent.',
  listed: 'The domain list was inquired successfully.',
} as const;

const EF = {
  login: { code: 'EF01004', text: 'Login failed.' },
  invalid: (text: string): Msg => ({ code: 'EF01001', text }),
  taken: (domain: string): Msg => ({ code: 'EF10116', text: 'The domain is already registered.', object: { type: 'domain', value: domain } }),
  exists: (domain: string): Msg => ({ code: 'EF10117', text: 'The domain already exists in this account.', object: { type: 'domain', value: domain } }),
  authinfo: (domain: string): Msg => ({ code: 'EF10124', text: 'The authinfo is not valid.', object: { type: 'domain', value: domain } }),
  noDomain: (domain: string): Msg => ({ code: 'EF10101', text: 'The domain does not exist in this account.', object: { type: 'domain', value: domain } }),
  noHandle: (id: string): Msg => ({ code: 'EF03001', text: 'The contact handle does not exist.', object: { type: 'handle', value: id } }),
  authinfoExists: (): Msg => ({ code: 'EF011316', text: 'An AuthInfo already exists.', object: { type: 'authinfo', value: '' } }),
  cancelationExists: (domain: string): Msg => ({ code: 'EF0103101', text: 'For this domain a cancelation request already exists.', object: { type: 'domain', value: domain } }),
  cancelationType: (domain: string): Msg => ({ code: 'EF0103106', text: 'Cancelation request type is missing.', object: { type: 'domain', value: domain } }),
  status: (domain: string): Msg => ({ code: 'EF10118', text: 'The current domain status does not allow this action.', object: { type: 'domain', value: domain } }),
  noMessage: (id: string): Msg => ({ code: 'EF03001', text: 'The message does not exist in the queue.', object: { type: 'message', value: id } }),
  noTransferOut: (domain: string): Msg => ({ code: 'EF0106002', text: 'No transfer request was found for the domain.', object: { type: 'domain', value: domain } }),
} as const;

/** Virtual milliseconds a domain deleted at once stays restorable (0101005): 30 days. */
const REDEMPTION_MS = 30 * 86_400_000;
/** At most this many domains in one 0105 list answer. */
const LIST_LIMIT = 1000;

const HANDLE_REQUIRED = ['type', 'fname', 'lname', 'pcode', 'city', 'country', 'phone', 'email'] as const;
const HANDLE_FIELDS = ['alias', 'type', 'fname', 'lname', 'title', 'organization', 'pcode', 'city', 'state', 'country', 'phone', 'fax', 'email', 'remarks'] as const;
const PHONE = /^\+\d{1,3}-\d{3,14}$/;
const DOMAIN_NAME = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

/** The simulated AutoDNS gateway with the account's mail set to the Standard layout. */
export function createInternetxSimulator(ctx: SimulatorContext): Simulator {
  return buildSimulator(ctx, {});
}

/** A factory for an account with other notification settings (e.g. the XML mail layout). */
export function internetxSimulatorWith(options: InternetxSimulatorOptions): SimulatorFactory {
  return (ctx) => buildSimulator(ctx, options);
}

function buildSimulator(ctx: SimulatorContext, options: InternetxSimulatorOptions): Simulator {
  const rules: ScenarioRules = ctx.rules;
  const layout = options.mailLayout ?? 'standard';
  const handles = new Map<string, Handle>();
  const domains = new Map<string, Domain>();
  /** Domains deleted at once, restorable (0101005) until `untilMs`. */
  const deleted = new Map<string, { domain: Domain; untilMs: number }>();
  /** Message queues per account (user). */
  const queues = new Map<string, QueuedMessage[]>();
  let handleSeq = 1000;
  let jobSeq = 70_000;
  let messageSeq = 730_000;
  let stidSeq = 0;
  const stid = (): string => `${gatewayDate(ctx.clock.nowMs()).slice(0, 10).replace(/-/g, '')}-sandbox-${++stidSeq}`;

  /** The registrar's own renewal: past `payable` the domain is renewed, or deleted when cancelled at expiry. */
  const settleExpiry = (d: Domain): boolean => {
    const now = ctx.clock.nowMs();
    while (d.status === 'active' && d.payable <= now) {
      if (d.cancelAtExpiry) {
        domains.delete(d.name);
        ctx.record({ kind: 'state', summary: `${d.name} deleted at expiry (cancelation)`, domain: d.name });
        return false;
      }
      d.payable = addYears(d.payable, 1);
      ctx.record({ kind: 'state', summary: `${d.name} renewed by the registrar until ${gatewayDate(d.payable)}`, domain: d.name });
    }
    return true;
  };

  /** The account's domain, or undefined (another account's domain is not found either). */
  const own = (account: string, name: string): Domain | undefined => {
    const d = domains.get(name);
    if (d === undefined || d.account !== account) return undefined;
    return settleExpiry(d) ? d : undefined;
  };

  const queue = (account: string): QueuedMessage[] => {
    let q = queues.get(account);
    if (q === undefined) queues.set(account, (q = []));
    return q;
  };

  /** Ends a job: the notification mail to `reply_to` (when given) and the account's queue message. */
  const report = (r: JobReport, jobId: string, replyTo: string | undefined): void => {
    const id = String(++messageSeq);
    queue(r.user).push({ id, message: queueMessage(id, r, jobId) });
    ctx.record({ kind: 'state', summary: `job ${jobId} ${r.task} ${r.domain} → ${r.code} (queue message ${id}${replyTo === undefined ? ', no reply_to: no mail' : ''})`, domain: r.domain });
    if (replyTo === undefined) return;
    const text = layout === 'xml' ? xmlMail(r) : standardMail(r);
    ctx.sendMail({ from: SANDBOX_ADDRESSES.internetxJobs, to: replyTo, subject: `${r.code} ${r.domain}`, text }).catch((error: unknown) => {
      ctx.record({ kind: 'state', summary: `notification mail for job ${jobId} not sent: ${error instanceof Error ? error.message : String(error)}`, domain: r.domain });
    });
  };

  const replyLines = (d: Domain): [string, string][] => [
    ['domain', d.name],
    ['ownerc', d.ownerc],
    ['adminc', d.adminc],
    ['techc', d.techc],
    ['zonec', d.zonec],
    ...d.nserver.map((ns): [string, string] => ['nserver', ns.name]),
  ];

  const jobReport = (req: GatewayRequest, task: string, taskName: string, code: string, text: string, d: Domain, errors: Msg[], nic: string): JobReport => ({
    user: req.user,
    task,
    taskName,
    code,
    text,
    ctid: req.ctid,
    stid: stid(),
    domain: d.name,
    errors,
    reply: code.startsWith('S') ? replyLines(d) : [['domain', d.name]],
    nicResponse: nic,
    ...(code.startsWith('S') ? { payable: gatewayDate(d.payable) } : {}),
    at: ctx.clock.nowMs(),
  });

  // ---- request reading ----

  const nserversOf = (node: XmlElement | undefined): Nserver[] =>
    children(node, 'nserver')
      .filter(isElement)
      .map((ns) => ({
        name: textOf(ns.name).toLowerCase().replace(/\.$/, ''),
        ip: children(ns, 'ip').map(textOf).filter((v) => v !== ''),
        ip6: children(ns, 'ip6').map(textOf).filter((v) => v !== ''),
      }));

  /** The first handle field of the domain object that names no handle of the account. */
  const missingHandle = (account: string, domain: XmlElement, fields: readonly string[]): string | undefined => {
    for (const f of fields) {
      const id = textOf(domain[f]);
      if (id === '') continue;
      const h = handles.get(id);
      if (h === undefined || h.account !== account) return id;
    }
    return undefined;
  };

  const handleFields = (node: XmlElement): Record<string, string | string[]> => {
    const out: Record<string, string | string[]> = {};
    for (const f of HANDLE_FIELDS) {
      const v = textOf(node[f]);
      if (v !== '') out[f] = v;
    }
    out.address = children(node, 'address').map(textOf).filter((v) => v !== '');
    return out;
  };

  const handleProblem = (fields: Record<string, string | string[]>): string | undefined => {
    for (const f of HANDLE_REQUIRED) if (fields[f] === undefined) return `the handle field ${f} is missing`;
    if (!['PERSON', 'ORG', 'ROLE'].includes(String(fields.type))) return `the handle type ${String(fields.type)} is not PERSON, ORG or ROLE`;
    if (fields.type === 'ORG' && fields.organization === undefined) return 'an ORG handle needs an organization';
    if ((fields.address as string[]).length === 0) return 'the handle field address is missing';
    if (!/^[A-Z]{2}$/.test(String(fields.country))) return 'the country must be an ISO 3166 code';
    if (!PHONE.test(String(fields.phone)) || (fields.fax !== undefined && !PHONE.test(String(fields.fax)))) return 'phone numbers must be written +CC-number';
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(fields.email))) return 'the e-mail address is not valid';
    return undefined;
  };

  /** Two handles with the same fields (the alias aside): the gateway treats them as one contact unless forced. */
  const sameHandle = (a: Record<string, string | string[]>, b: Record<string, string | string[]>): boolean => {
    const strip = ({ alias: _alias, ...rest }: Record<string, string | string[]>): string => JSON.stringify(Object.entries(rest).sort(([x], [y]) => x.localeCompare(y)));
    return strip(a) === strip(b);
  };

  // ---- tasks ----

  type Answer = Omit<ResponseParts, 'ctid' | 'stid'> & { summary: string };
  const fail = (code: string, text: string, msgs: Msg[], summary = ''): Answer => ({ code: `E${code}`, text, type: 'error', msgs, summary: summary || msgs.map((m) => m.code).join(',') });

  const tasks: Record<string, (req: GatewayRequest, domainName: string) => Answer> = {
    '0301': (req) => {
      const node = child(req.task, 'handle');
      if (node === undefined) return fail('0301', 'The contact handle could not be created.', [EF.invalid('the task has no handle object')]);
      const fields = handleFields(node);
      const problem = handleProblem(fields);
      if (problem !== undefined) return fail('0301', 'The contact handle could not be created.', [EF.invalid(problem)]);
      const forced = children(req.task, 'key').map(textOf).includes('force_handle_create');
      const identical = forced ? undefined : [...handles.values()].find((h) => h.account === req.user && sameHandle(h.fields, fields));
      if (identical !== undefined) return { code: 'S0301', text: TEXT.handleCreated, type: 'success', object: { type: 'handle', value: identical.id }, summary: `S0301 (identical handle ${identical.id} reused)` };
      const id = String(++handleSeq);
      handles.set(id, { id, account: req.user, fields });
      return { code: 'S0301', text: TEXT.handleCreated, type: 'success', object: { type: 'handle', value: id }, summary: `S0301 (handle ${id})` };
    },

    '0302': (req) => {
      const node = child(req.task, 'handle');
      const id = textOf(node?.id);
      const h = handles.get(id);
      if (node === undefined || h === undefined || h.account !== req.user) return fail('0302', 'The contact handle could not be updated.', [EF.noHandle(id)]);
      const fields = { ...handleFields(node), ...(h.fields.alias === undefined ? {} : { alias: h.fields.alias }) };
      const problem = handleProblem(fields);
      if (problem !== undefined) return fail('0302', 'The contact handle could not be updated.', [EF.invalid(problem)]);
      h.fields = fields;
      return { code: 'S0302', text: TEXT.handleUpdated, type: 'success', object: { type: 'handle', value: id }, summary: `S0302 (handle ${id})` };
    },

    // Handle inquire: the handle's fields in <data><handle> (tillkahlbrock HandleInquire_response.xml).
    '0304': (req) => {
      const id = textOf(child(req.task, 'handle')?.id);
      const h = handles.get(id);
      if (h === undefined || h.account !== req.user) return fail('0304', 'The contact handle could not be inquired.', [EF.noHandle(id)]);
      return { code: 'S0304', text: TEXT.handleInquired, type: 'success', data: { handle: { id, ...h.fields } }, summary: `S0304 (handle ${id})` };
    },

    '0101': (req, name) => {
      const node = child(req.task, 'domain')!;
      const existing = domains.get(name);
      if (rules.isTaken(name) || (existing !== undefined && settleExpiry(existing))) return fail('0101', TEXT.notRegistered, [EF.taken(name)]);
      const ns = nserversOf(node);
      if (ns.length < 2) return fail('0101', TEXT.notRegistered, [EF.invalid('at least two name servers are required')]);
      for (const f of ['ownerc', 'adminc', 'techc', 'zonec']) if (textOf(node[f]) === '') return fail('0101', TEXT.notRegistered, [EF.invalid(`the domain field ${f} is missing`)]);
      const stale = missingHandle(req.user, node, ['ownerc', 'adminc', 'techc', 'zonec']);
      if (stale !== undefined) return fail('0101', TEXT.notRegistered, [EF.noHandle(stale)]);
      const period = Number.parseInt(textOf(node.period) || '1', 10);
      if (!(period >= 1 && period <= 10)) return fail('0101', TEXT.notRegistered, [EF.invalid(`the period ${textOf(node.period)} is not allowed`)]);
      const now = ctx.clock.nowMs();
      const jobId = String(++jobSeq);
      const d: Domain = {
        name,
        account: req.user,
        status: 'registering',
        ownerc: textOf(node.ownerc),
        adminc: textOf(node.adminc),
        techc: textOf(node.techc),
        zonec: textOf(node.zonec),
        nserver: ns,
        created: now,
        payable: addYears(now, period),
        registryStatus: 'ACTIVE',
        cancelAtExpiry: false,
        authinfo: undefined,
        authGeneration: 0,
        busy: jobId,
      };
      domains.set(name, d);
      ctx.clock.after(rules.pendingMs(name), () => {
        const done = ctx.clock.nowMs();
        d.status = 'active';
        d.busy = undefined;
        d.created = done;
        d.payable = addYears(done, period);
        report(jobReport(req, '0101', 'domain create', 'S0101', TEXT.registered, d, [], `Domain: ${name}\nStatus: connect`), jobId, req.replyTo);
      });
      return { code: 'N0101', text: TEXT.registrationStarted, type: 'notify', summary: `N0101 (job ${jobId})` };
    },

    '0104': (req, name) => {
      const node = child(req.task, 'domain')!;
      const existing = own(req.user, name);
      if (existing !== undefined) return fail('0104', TEXT.transferNotStarted, [EF.exists(name)]);
      if (domains.has(name)) return fail('0104', TEXT.transferNotStarted, [EF.status(name)]);
      const authinfo = textOf(node.authinfo);
      if (authinfo === '' || rules.isWrongAuthCode(authinfo)) return fail('0104', TEXT.transferNotStarted, [EF.authinfo(name)]);
      const stale = missingHandle(req.user, node, ['ownerc', 'adminc', 'techc', 'zonec']);
      if (stale !== undefined) return fail('0104', TEXT.transferNotStarted, [EF.noHandle(stale)]);
      const ns = nserversOf(node);
      const now = ctx.clock.nowMs();
      const jobId = String(++jobSeq);
      const d: Domain = {
        name,
        account: req.user,
        status: 'transferring',
        ownerc: textOf(node.ownerc),
        adminc: textOf(node.adminc),
        techc: textOf(node.techc),
        zonec: textOf(node.zonec),
        nserver: ns.length > 0 ? ns : [{ name: 'ns1.losing-registrar.example', ip: [], ip6: [] }, { name: 'ns2.losing-registrar.example', ip: [], ip6: [] }],
        created: now - YEAR_MS,
        payable: addYears(now, 1),
        registryStatus: 'ACTIVE',
        cancelAtExpiry: false,
        authinfo: undefined,
        authGeneration: 0,
        busy: jobId,
      };
      domains.set(name, d);
      ctx.clock.after(rules.pendingMs(name), () => {
        if (rules.scenario(name) === 'reject') {
          domains.delete(name);
          report(
            jobReport(req, '0104001', 'domain transfer ack', 'E0104001', TEXT.transferFailed, d, [], 'Transfer rejected (nack) by the losing registrar'),
            jobId,
            req.replyTo,
          );
          return;
        }
        d.status = 'active';
        d.busy = undefined;
        d.payable = addYears(ctx.clock.nowMs(), 1);
        report(jobReport(req, '0104001', 'domain transfer ack', 'S0104001', TEXT.transferDone, d, [], `Domain: ${name}\nStatus: transferred`), jobId, req.replyTo);
      });
      return { code: 'N0104', text: TEXT.transferStarted, type: 'notify', summary: `N0104 (job ${jobId})` };
    },

    '0102': (req, name) => {
      const node = child(req.task, 'domain')!;
      const d = own(req.user, name);
      if (d === undefined) return fail('0102', TEXT.notUpdated, [EF.noDomain(name)]);
      if (d.status !== 'active' || d.busy !== undefined) return fail('0102', TEXT.notUpdated, [EF.status(name)]);
      const stale = missingHandle(req.user, node, ['ownerc', 'adminc', 'techc', 'zonec']);
      if (stale !== undefined) return fail('0102', TEXT.notUpdated, [EF.noHandle(stale)]);
      const ns = nserversOf(node);
      if (children(node, 'nserver').length > 0 && ns.length < 2) return fail('0102', TEXT.notUpdated, [EF.invalid('at least two name servers are required')]);
      const jobId = String(++jobSeq);
      d.busy = jobId;
      ctx.clock.after(rules.pendingMs(name), () => {
        d.busy = undefined;
        if (domains.get(name) !== d) return;
        for (const f of ['ownerc', 'adminc', 'techc', 'zonec'] as const) if (textOf(node[f]) !== '') d[f] = textOf(node[f]);
        if (ns.length > 0) d.nserver = ns;
        report(jobReport(req, '0102', 'domain update', 'S0102', TEXT.updated, d, [], ''), jobId, req.replyTo);
      });
      return { code: 'N0102', text: TEXT.updateStarted, type: 'notify', summary: `N0102 (job ${jobId})` };
    },

    '0102002': (req, name) => {
      const node = child(req.task, 'domain')!;
      const d = own(req.user, name);
      if (d === undefined) return fail('0102002', TEXT.statusNotUpdated, [EF.noDomain(name)]);
      if (d.status !== 'active' || d.busy !== undefined) return fail('0102002', TEXT.statusNotUpdated, [EF.status(name)]);
      const status = textOf(node.registry_status).toUpperCase();
      if (status !== 'LOCK' && status !== 'ACTIVE') return fail('0102002', TEXT.statusNotUpdated, [EF.invalid(`the registry_status ${status} cannot be set`)]);
      const jobId = String(++jobSeq);
      d.busy = jobId;
      ctx.clock.after(rules.pendingMs(name), () => {
        d.busy = undefined;
        if (domains.get(name) !== d) return;
        d.registryStatus = status;
        report(jobReport(req, '0102002', 'domain status update', 'S0102002', TEXT.statusUpdated, d, [], `Domain: ${name}\nStatus: ${status === 'LOCK' ? 'clientTransferProhibited' : 'ok'}`), jobId, req.replyTo);
      });
      return { code: 'N0102002', text: TEXT.statusUpdateStarted, type: 'notify', object: { type: 'domain', value: name }, data: { domain_job: { job: { id: jobId } } }, summary: `N0102002 (${status}, job ${jobId})` };
    },

    '0103101': (req, name) => {
      const node = child(req.task, 'cancelation')!;
      const d = own(req.user, name);
      if (d === undefined) return fail('0103101', TEXT.cancelationNotCreated, [EF.noDomain(name)]);
      if (d.status !== 'active' || d.busy !== undefined || d.registryStatus === 'LOCK') return fail('0103101', TEXT.cancelationNotCreated, [EF.status(name)]);
      if (d.cancelAtExpiry) return fail('0103101', TEXT.cancelationNotCreated, [EF.cancelationExists(name)]);
      // The XML API's names: type delete, execdate expire | now (the JSON API's execution: EXPIRE is not read).
      const type = textOf(node.type).toLowerCase();
      const execdate = textOf(node.execdate).toLowerCase();
      if (type === '') return fail('0103101', TEXT.cancelationNotCreated, [EF.cancelationType(name)]);
      if (type !== 'delete' || (execdate !== 'now' && execdate !== 'expire')) return fail('0103101', TEXT.cancelationNotCreated, [EF.invalid(`cancelation type ${type} execdate ${execdate || '(none)'} is not supported`)]);
      const jobId = String(++jobSeq);
      d.busy = jobId;
      ctx.clock.after(rules.pendingMs(name), () => {
        d.busy = undefined;
        if (domains.get(name) !== d) return;
        if (execdate === 'now') {
          domains.delete(name);
          deleted.set(name, { domain: d, untilMs: ctx.clock.nowMs() + REDEMPTION_MS });
        }
        else d.cancelAtExpiry = true;
        report(jobReport(req, '0103101', 'domain cancelation create', 'S0103101', TEXT.cancelationCreated, d, [], `Cancelation (${execdate}) registered`), jobId, req.replyTo);
      });
      const data: XmlElement = { cancelation: { domain: name, type: 'delete', execdate, registry_when_date: gatewayDate(execdate === 'now' ? ctx.clock.nowMs() : d.payable), created: gatewayDate(ctx.clock.nowMs()) } };
      return { code: 'N0103101', text: TEXT.cancelationTransmitted, type: 'notify', object: { type: 'domain', value: name }, data, summary: `N0103101 (${execdate}, job ${jobId})` };
    },

    // Restore 0101005: a domain deleted at once comes back within its redemption period (a job).
    '0101005': (req, name) => {
      const held = deleted.get(name);
      if (own(req.user, name) !== undefined) return fail('0101005', TEXT.notRestored, [EF.status(name)]);
      if (held === undefined || held.domain.account !== req.user || ctx.clock.nowMs() > held.untilMs) return fail('0101005', TEXT.notRestored, [EF.noDomain(name)]);
      const jobId = String(++jobSeq);
      deleted.delete(name);
      const d = held.domain;
      d.busy = jobId;
      domains.set(name, d);
      ctx.clock.after(rules.pendingMs(name), () => {
        d.busy = undefined;
        report(jobReport(req, '0101005', 'domain restore', 'S0101005', TEXT.restored, d, [], 'Domain restored'), jobId, req.replyTo);
      });
      return { code: 'N0101005', text: TEXT.restoreStarted, type: 'notify', object: { type: 'domain', value: name }, summary: `N0101005 (job ${jobId})` };
    },

    // TransferOut answer 0106002: ack lets the domain go, nack keeps it.
    '0106002': (req, name) => {
      const d = own(req.user, name);
      const type = textOf(child(req.task, 'transfer')?.type).toLowerCase();
      if (d === undefined) return fail('0106002', TEXT.transferOutNotAnswered, [EF.noDomain(name)]);
      if (type !== 'ack' && type !== 'nack') return fail('0106002', TEXT.transferOutNotAnswered, [EF.invalid(`transfer type ${type || '(none)'} is not ack or nack`)]);
      if (d.transferOutRequested !== true) return fail('0106002', TEXT.transferOutNotAnswered, [EF.noTransferOut(name)]);
      d.transferOutRequested = false;
      if (type === 'ack') {
        d.account = 'another-registrar';
        ctx.record({ kind: 'state', summary: `${name} transferred away (transfer out acknowledged)`, domain: name });
      }
      return { code: 'S0106002', text: TEXT.transferOutAnswered, type: 'success', object: { type: 'domain', value: name }, summary: `S0106002 (${type})` };
    },

    '0105': (req, name) => {
      // A list (a <view>, no domain): the account's domains, a page at a time.
      if (name === '') {
        const view = child(req.task, 'view');
        const offset = Math.max(0, Number(textOf(view?.offset)) || 0);
        const limit = Math.min(LIST_LIMIT, Math.max(1, Number(textOf(view?.limit)) || 20));
        const all = [...domains.values()].filter((x) => x.account === req.user && x.status === 'active').sort((a, b) => a.name.localeCompare(b.name));
        const page = all.slice(offset, offset + limit).map((x) => ({ name: x.name, created: gatewayDate(x.created), payable: gatewayDate(x.payable) }));
        return { code: 'S0105', text: TEXT.listed, type: 'success', data: { summary: String(all.length), domain: page }, summary: `S0105 (list ${offset}+${page.length} of ${all.length})` };
      }
      const d = own(req.user, name);
      if (d === undefined || d.status === 'transferring') return fail('0105', TEXT.notFound, [EF.noDomain(name)]);
      const data: XmlElement = {
        domain: {
          name: d.name,
          ownerc: d.ownerc,
          adminc: d.adminc,
          techc: d.techc,
          zonec: d.zonec,
          nserver: d.nserver.map((ns) => ({ name: ns.name, ...(ns.ip.length > 0 ? { ip: ns.ip } : {}), ...(ns.ip6.length > 0 ? { ip6: ns.ip6 } : {}) })),
          created: gatewayDate(d.created),
          payable: gatewayDate(d.payable),
          registry_status: d.status === 'registering' ? 'PENDING' : d.registryStatus,
          autorenew: d.cancelAtExpiry ? 'false' : 'true',
        },
      };
      return { code: 'S0105', text: TEXT.inquired, type: 'success', data, summary: `S0105 (${d.status})` };
    },

    '0113001': (req, name) => {
      const d = own(req.user, name);
      if (d === undefined) return fail('0113001', TEXT.authInfoNotCreated, [EF.noDomain(name)]);
      if (d.status !== 'active') return fail('0113001', TEXT.authInfoNotCreated, [EF.status(name)]);
      if (d.authinfo !== undefined) {
        return { ...fail('0113001', TEXT.authInfoNotCreated, [EF.authinfoExists()], 'EF011316 (AuthInfo1 exists)'), object: { type: 'authinfo', value: d.authinfo }, data: {} };
      }
      d.authinfo = rules.authCodeFor(name, ++d.authGeneration);
      return { code: 'S0113001', text: TEXT.authInfoCreated, type: 'success', object: { type: 'authinfo', value: d.authinfo }, data: {}, summary: 'S0113001 (AuthInfo1 set)' };
    },

    '0905': (req) => {
      const q = queue(req.user);
      const first = q[0];
      if (first === undefined) return { code: 'S0905', text: TEXT.noMessages, type: 'success', data: { summary: '0' }, summary: 'S0905 (queue empty)' };
      return { code: 'S0905', text: TEXT.messagesRead, type: 'success', data: { summary: String(q.length), message: first.message }, summary: `S0905 (${q.length} queued, message ${first.id})` };
    },

    '0906': (req) => {
      const id = textOf(child(req.task, 'message')?.id);
      const q = queue(req.user);
      const at = q.findIndex((m) => m.id === id);
      if (at < 0) return fail('0906', 'The message could not be confirmed.', [EF.noMessage(id)]);
      q.splice(at, 1);
      return { code: 'S0906', text: TEXT.messageConfirmed, type: 'success', summary: `S0906 (message ${id})` };
    },
  };

  /** The domain a task is about: `<domain><name>` or the cancelation's `<domain>`. */
  const domainOf = (req: GatewayRequest): string | undefined => {
    const name =
      req.code === '0103101' ? textOf(child(req.task, 'cancelation')?.domain) : req.code === '0106002' ? textOf(child(req.task, 'transfer')?.domain) : textOf(child(req.task, 'domain')?.name);
    return name === '' ? undefined : name.trim().toLowerCase().replace(/\.$/, '');
  };

  const DOMAIN_TASKS = new Set(['0101', '0101005', '0102', '0102002', '0103101', '0104', '0105', '0106002', '0113001']);
  /** A 0105 with a `<view>` and no domain is the account's domain list. */
  const isList = (req: GatewayRequest): boolean => req.code === '0105' && child(req.task, 'view') !== undefined && child(req.task, 'domain') === undefined;

  return {
    id: 'internetx',

    async handleHttp(http: SimRequest): Promise<SimResponse> {
      if (http.method !== 'POST' || http.path !== '/') {
        return { status: 404, headers: { 'content-type': 'text/plain' }, body: `the XML gateway takes POST ${'{endpoint}'} only, not ${http.method} ${http.path}` };
      }
      const req = parseRequest(http.body);
      if (typeof req === 'string') {
        ctx.record({ kind: 'request', summary: `unreadable request → E0000 (${req})` });
        return xml(buildResponse({ code: 'E0000', text: 'The request could not be read.', type: 'error', msgs: [EF.invalid(req)], stid: stid() }));
      }
      const code = req.code;
      const reply = (domain: string | undefined, a: Answer): SimResponse => {
        ctx.record({ kind: 'request', summary: `${code}${domain === undefined ? '' : ` ${domain}`} → ${a.summary.startsWith(a.code) ? a.summary : `${a.code} ${a.summary}`}`, ...(domain === undefined ? {} : { domain }) });
        const { summary: _summary, ...parts } = a;
        const res = xml(buildResponse({ ...parts, ctid: req.ctid, stid: stid() }));
        const delayMs = rules.replyDelayMs(domain);
        return delayMs > 0 ? { ...res, delayMs } : res;
      };

      if (req.user === '' || req.password === '' || req.password.trim().toLowerCase().startsWith('wrong') || !/^\d+$/.test(req.context)) {
        return reply(undefined, { code: `E${code || '0000'}`, text: 'Authentication error.', type: 'error', msgs: [{ ...EF.login, object: { type: 'user', value: req.user } }], summary: 'refused: bad credentials (EF02022)' });
      }
      const handler = tasks[code];
      if (handler === undefined) return reply(undefined, fail(code || '0000', 'The task is not supported.', [EF.invalid(`the sandbox gateway does not know task ${code || '(none)'}`)]));
      if (DOMAIN_TASKS.has(code) && !isList(req)) {
        const domain = domainOf(req);
        if (domain === undefined || !DOMAIN_NAME.test(domain)) return reply(domain, fail(code, 'The domain name is not valid.', [EF.invalid(`the domain name ${domain ?? '(none)'} is not valid`)]));
        if (rules.isFailing(domain)) {
          ctx.record({ kind: 'reply', summary: `${code} ${domain} → 503 (fail rule)`, domain });
          return unavailable();
        }
        return reply(domain, handler(req, domain));
      }
      return reply(undefined, handler(req, ''));
    },

    requestTransferOut(name: string): boolean {
      const d = domains.get(name);
      if (d === undefined || d.status !== 'active') return false;
      d.transferOutRequested = true;
      ctx.record({ kind: 'state', summary: `${name}: another registrar asked for a transfer away`, domain: name });
      return true;
    },

    transferAway(name: string): boolean {
      const d = domains.get(name);
      if (d === undefined) return false;
      // Another registrar's account holds it now: an inquire from ours answers "not in this account".
      d.account = 'another-registrar';
      ctx.record({ kind: 'state', summary: `${name} transferred away to another registrar`, domain: name });
      return true;
    },

    domains(): SimDomain[] {
      for (const d of [...domains.values()]) settleExpiry(d);
      return [...domains.values()].map((d) => ({
        name: d.name,
        status: d.cancelAtExpiry ? 'cancel-at-expiry' : d.registryStatus === 'LOCK' && d.status === 'active' ? 'active-locked' : d.status,
        expiresAt: new Date(d.payable).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        ...(d.authinfo === undefined ? {} : { authCode: d.authinfo }),
      }));
    },
  };
}
