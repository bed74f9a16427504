/**
 * R01.RU's e-mail request interface, as the plugin models it (plugins/r01ru/README.md, docs/registrars/r01ru.md): every
 * request is a koi8-r mail to the request mailbox — an authorization block (`action`, `pay-type`,
 * `agreement`, `password`: help.r01.ru/partner/en/mail_interface.html; any other line there, such
 * as RIPN's `lang:`, is ignored) and templates (the handle as `nic_hdl`, R01's spelling; the other
 * fields in the RIPN forms' names, which R01's public pages do not confirm) — and every answer is
 * a koi8-r mail from the robot to the request's sender, `Re: <subject>`, In-Reply-To the request,
 * in the simulator's reply language (`replyLanguage`, RU by default):
 *
 * - a refusal (wrong password, a missing or malformed field, a taken name, an unknown domain or
 *   client, the `fail…` rule) comes `ACK_DELAY_MS` after the request, instead of anything else;
 * - an accepted request is "queued" as a task `ACK_DELAY_MS` after it arrived, and done
 *   `rules.pendingMs(domain)` later: NEW PERSON / NEW ORGANIZATION → "client registered" with a
 *   handle (`LOVELACE-GPT`, `ACME-ORG-GPT`, from the Latin name); NEW DOMAIN → "registered", then
 *   another `pendingMs` later "registered and delegated" with the paid-till date; PROLONG →
 *   "prolonged" with the new date; UPDATE of a domain (name servers) or of a client → "changed".
 *
 * A password starting with `wrong` is refused as an authorization error. The password is never
 * written to the journal or quoted in a reply.
 */
import { domainToASCII } from 'node:url';
import iconv from 'iconv-lite';
import { SANDBOX_ADDRESSES } from '../addresses.js';
import type { SimDomain, SimInboundMail, Simulator, SimulatorContext, SimulatorFactory } from '../types.js';
import { field, fields, parseRequest, type RequestTemplate } from './request.js';
import { wording, type Lang, type Refusal } from './wording.js';

/** Virtual delay before the robot's first answer to a request (queued, or a refusal). */
export const ACK_DELAY_MS = 60_000;
/** The first task number the robot hands out. */
export const FIRST_TASK = 700100;

type ClientKind = 'person' | 'organization';

interface Client {
  handle: string;
  kind: ClientKind;
  agreement: string;
  status: 'queued' | 'active';
  /** The template lines as last sent (NEW or UPDATE). */
  data: Record<string, string[]>;
}

interface Domain {
  /** A-label. */
  name: string;
  agreement: string;
  adminO: string;
  nservers: string[];
  descr?: string;
  status: 'queued' | 'registered' | 'delegated';
  createdAt?: string;
  expiresAt?: string;
}

const PAY_TYPES = new Set(['real', 'bonus', 'real,bonus', 'bonus,real']);
const BIRTH_DATE = /^(0[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])\.(19|20)\d{2}$/;
const CYRILLIC = /[А-Яа-яЁё]/;
const LATIN = /^[\x20-\x7e]*[A-Za-z][\x20-\x7e]*$/;
const PHONE = /^\+\d{1,4}[ .]?\d[\d ]{3,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const INN = /^\d{10}(?:\d{2})?(?:\s+\d{8}(?:\d{2})?)?$/;
const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/i;
const IP = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f:]+:[0-9a-f:.]*)$/i;

const isoSeconds = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

const addYears = (iso: string, years: number): string => {
  const d = new Date(iso);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return isoSeconds(d);
};

/** The domain as a reply names it: as the request wrote it when koi8-r can carry that, else the A-label. */
function shownName(written: string, aLabel: string): string {
  return iconv.decode(iconv.encode(written, 'koi8-r'), 'koi8-r') === written ? written : aLabel;
}

function toALabel(written: string): string | undefined {
  const name = written.trim().toLowerCase().replace(/\.$/, '');
  if (name === '' || /\s/.test(name)) return undefined;
  const ascii = domainToASCII(name);
  return ascii !== '' && HOSTNAME.test(ascii) ? ascii : undefined;
}

/** The field checks of a NEW or UPDATE person/organisation template (RIPN): the first problem, or undefined. */
function clientProblem(t: RequestTemplate): Refusal | undefined {
  const required = t.kind === 'PERSON' ? ['person', 'person-r', 'passport', 'birth-date', 'p-addr', 'phone', 'e-mail'] : ['org', 'org-r', 'code', 'p-addr', 'phone', 'e-mail'];
  for (const key of required) if (field(t, key) === undefined) return { why: 'missing', field: key };
  const formats: [string, (v: string) => boolean][] =
    t.kind === 'PERSON'
      ? [
          ['person', (v) => LATIN.test(v)],
          ['person-r', (v) => CYRILLIC.test(v)],
          ['birth-date', (v) => BIRTH_DATE.test(v)],
        ]
      : [
          ['org', (v) => LATIN.test(v)],
          ['org-r', (v) => CYRILLIC.test(v)],
          ['code', (v) => INN.test(v)],
        ];
  formats.push(['phone', (v) => PHONE.test(v)], ['e-mail', (v) => EMAIL.test(v)]);
  for (const [key, ok] of formats) if (!ok(field(t, key)!)) return { why: 'format', field: key };
  if (t.kind === 'PERSON' && fields(t, 'passport').length > 5) return { why: 'format', field: 'passport' };
  return undefined;
}

/** `nserver:` lines → a problem, or the normalized list (`host [ip …]`). */
function nserverList(t: RequestTemplate): { problem: Refusal } | { list: string[] } {
  const list = fields(t, 'nserver');
  if (list.length < 2 || list.length > 5) return { problem: { why: 'nserver-count', count: list.length } };
  const out: string[] = [];
  for (const line of list) {
    const [host, ...ips] = line.split(/\s+/);
    if (host === undefined || !HOSTNAME.test(host.replace(/\.$/, '')) || !ips.every((ip) => IP.test(ip))) return { problem: { why: 'format', field: 'nserver' } };
    out.push([host.replace(/\.$/, '').toLowerCase(), ...ips].join(' '));
  }
  return { list: out };
}

const dataOf = (t: RequestTemplate): Record<string, string[]> => Object.fromEntries([...t.fields].filter(([k]) => k !== 'nic_hdl'));

export interface R01SimulatorOptions {
  /**
   * The language the robot answers in. R01's request format has no language line (the
   * authorization block is action, pay-type, agreement, password); a partner's reply language is
   * an account matter, so here it is a property of the simulated registrar. Default `RU`.
   */
  replyLanguage?: Lang;
}

/**
 * The simulated R01 mail robot (a {@link SimulatorFactory}). Any agreement and password are
 * accepted, except a password starting with `wrong`. A function declaration, not a const: the
 * registry may import this module while `../sandbox.js` is still being evaluated.
 */
export function createR01Simulator(ctx: SimulatorContext, options: R01SimulatorOptions = {}): Simulator {
  const clients = new Map<string, Client>();
  const domains = new Map<string, Domain>();
  const seen = new Set<string>();
  let nextTask = FIRST_TASK;
  const robot = SANDBOX_ADDRESSES.r01ruRobot;

  /** A fresh handle from the Latin name: `LOVELACE-GPT`, `LOVELACE2-GPT`, `ACME-ORG-GPT`. */
  const newHandle = (t: RequestTemplate): string => {
    const name = field(t, t.kind === 'PERSON' ? 'person' : 'org') ?? '';
    const words = name.toUpperCase().split(/\s+/).map((w) => w.replace(/[^A-Z0-9]/g, '')).filter((w) => w !== '' && !/^(LLC|LTD|OOO|ZAO|OAO|JSC|INC|CO|THE)$/.test(w));
    const base = ((t.kind === 'PERSON' ? words.at(-1) : words[0]) ?? 'CLIENT').slice(0, 12) || 'CLIENT';
    const suffix = t.kind === 'PERSON' ? '-GPT' : '-ORG-GPT';
    let handle = `${base}${suffix}`;
    for (let n = 2; clients.has(handle); n++) handle = `${base}${n}${suffix}`;
    return handle;
  };

  return {
    id: 'r01ru',
    mailboxes: [SANDBOX_ADDRESSES.r01ruRequests],

    async handleMail(mail: SimInboundMail): Promise<void> {
      if (mail.messageId !== undefined) {
        if (seen.has(mail.messageId)) {
          ctx.record({ kind: 'state', summary: `duplicate request ${mail.messageId} from ${mail.from} ignored` });
          return;
        }
        seen.add(mail.messageId);
      }
      const request = parseRequest(mail.text);
      const action = (request.header.get('action') ?? '').toUpperCase();
      const lang: Lang = options.replyLanguage ?? 'RU';
      const agreement = request.header.get('agreement') ?? '';
      const firstDomainTemplate = request.templates.find((t) => t.kind === 'DOMAIN');
      const journalDomain = firstDomainTemplate === undefined ? undefined : toALabel(field(firstDomainTemplate, 'domain') ?? '');
      const what = request.templates
        .map((t) => (t.kind === 'DOMAIN' ? `DOMAIN ${journalDomain ?? field(t, 'domain') ?? '?'}` : action === 'UPDATE' ? (field(t, 'nic_hdl') ?? t.kind) : t.kind))
        .join(' + ');
      ctx.record({ kind: 'mail-in', summary: `${action || '(no action)'} ${what || '(no template)'} from ${mail.from || '(no sender)'}`, ...(journalDomain === undefined ? {} : { domain: journalDomain }) });
      if (mail.from === '') {
        ctx.record({ kind: 'state', summary: 'request without a sender: nobody to answer' });
        return;
      }

      const received = ctx.clock.nowMs();
      /** Sends one reply at `received + delayMs`, after `apply` changed the registrar's state. */
      const answer = (delayMs: number, summary: string, domain: string | undefined, compose: () => string | undefined): void => {
        const due = received + delayMs;
        ctx.clock.after(Math.max(0, due - ctx.clock.nowMs()), () => {
          const text = compose();
          if (text === undefined) return;
          ctx.record({ kind: 'reply', summary: `${summary} → ${mail.from}`, ...(domain === undefined ? {} : { domain }) });
          ctx
            .sendMail({ from: robot, to: mail.from, subject: `Re: ${mail.subject}`, text, charset: 'koi8-r', ...(mail.messageId === undefined ? {} : { inReplyTo: mail.messageId }) })
            .catch((error: unknown) => ctx.record({ kind: 'state', summary: `reply to ${mail.from} not sent: ${error instanceof Error ? error.message : String(error)}` }));
        });
      };
      const refuse = (r: Refusal, domain?: string, task?: number): void => answer(ACK_DELAY_MS, `refused (${r.why})`, domain, () => wording.refused(lang, r, task));

      // The authorization block.
      const password = request.header.get('password') ?? '';
      if (agreement.trim() === '' || password.trim() === '' || password.trim().toLowerCase().startsWith('wrong')) return refuse({ why: 'auth' }, journalDomain);
      if (request.problems.length > 0) return refuse({ why: 'layout', detail: request.problems[0]! }, journalDomain);
      if (!['NEW', 'PROLONG', 'UPDATE'].includes(action)) return refuse(action === '' ? { why: 'missing', field: 'action' } : { why: 'layout', detail: `action ${action} is not served by the mail interface` }, journalDomain);
      const payType = request.header.get('pay-type');
      if (payType !== undefined && !PAY_TYPES.has(payType.replace(/\s+/g, '').toLowerCase())) return refuse({ why: 'format', field: 'pay-type' }, journalDomain);
      if (request.templates.length === 0) return refuse({ why: 'layout', detail: 'no template' });
      const firstDomain = request.templates.findIndex((t) => t.kind === 'DOMAIN');
      if (firstDomain >= 0 && request.templates.slice(firstDomain).some((t) => t.kind !== 'DOMAIN')) return refuse({ why: 'layout', detail: 'the person or organization template must precede the domain template' }, journalDomain);

      // Each template is one task. A domain template without admin-o in a NEW mail that also
      // registers a client takes that client as its administrator.
      let newClient: string | undefined;
      for (const t of request.templates) {
        if (t.kind !== 'DOMAIN') {
          const kind: ClientKind = t.kind === 'PERSON' ? 'person' : 'organization';
          const problem = clientProblem(t);
          if (action === 'NEW') {
            if (problem !== undefined) {
              refuse(problem);
              continue;
            }
            const handle = newHandle(t);
            const client: Client = { handle, kind, agreement, status: 'queued', data: dataOf(t) };
            clients.set(handle, client);
            newClient = handle;
            const task = nextTask++;
            const pendingMs = ctx.rules.pendingMs('');
            answer(ACK_DELAY_MS, `task ${task} NEW ${t.kind} queued`, undefined, () => wording.queued(lang, task));
            answer(ACK_DELAY_MS + pendingMs, `task ${task} client ${handle} registered`, undefined, () => {
              client.status = 'active';
              ctx.record({ kind: 'state', summary: `client ${handle} (${kind}) registered` });
              return wording.clientRegistered(lang, task, handle);
            });
          } else if (action === 'UPDATE') {
            const handle = field(t, 'nic_hdl')?.toUpperCase();
            const client = handle === undefined ? undefined : clients.get(handle);
            if (handle === undefined) refuse({ why: 'missing', field: 'nic_hdl' });
            else if (client === undefined || client.agreement !== agreement) refuse({ why: 'client-not-found', handle });
            else if (client.kind !== kind) refuse({ why: 'kind-mismatch', handle, template: t.kind });
            else if (problem !== undefined) refuse(problem);
            else {
              const task = nextTask++;
              const data = dataOf(t);
              answer(ACK_DELAY_MS, `task ${task} UPDATE ${handle} queued`, undefined, () => wording.queued(lang, task));
              answer(ACK_DELAY_MS + ctx.rules.pendingMs(''), `task ${task} client ${handle} updated`, undefined, () => {
                client.data = data;
                ctx.record({ kind: 'state', summary: `client ${handle} updated` });
                return wording.clientUpdated(lang, task, handle);
              });
            }
          } else {
            refuse({ why: 'layout', detail: `${action} takes a domain template` });
          }
          continue;
        }

        // The domain template.
        const written = field(t, 'domain');
        const name = written === undefined ? undefined : toALabel(written);
        if (written === undefined) {
          refuse({ why: 'missing', field: 'domain' });
          continue;
        }
        if (name === undefined) {
          refuse({ why: 'format', field: 'domain' });
          continue;
        }
        const shown = shownName(written.trim().toLowerCase().replace(/\.$/, ''), name);
        const pendingMs = ctx.rules.pendingMs(name);
        const existing = domains.get(name);
        const ours = existing !== undefined && existing.agreement === agreement ? existing : undefined;

        if (action === 'NEW') {
          const adminO = field(t, 'admin-o')?.toUpperCase() ?? newClient;
          const ns = nserverList(t);
          if (ctx.rules.isTaken(name) || existing !== undefined) refuse({ why: 'taken', domain: shown }, name);
          else if (adminO === undefined) refuse({ why: 'missing', field: 'admin-o' }, name);
          else if (clients.get(adminO)?.agreement !== agreement) refuse({ why: 'client-not-found', handle: adminO }, name);
          else if ('problem' in ns) refuse(ns.problem, name);
          else if (ctx.rules.isFailing(name)) refuse({ why: 'registry-down' }, name, nextTask++);
          else {
            const domain: Domain = { name, agreement, adminO, nservers: ns.list, status: 'queued', ...(field(t, 'descr') === undefined ? {} : { descr: field(t, 'descr')! }) };
            domains.set(name, domain);
            const task = nextTask++;
            answer(ACK_DELAY_MS, `task ${task} NEW DOMAIN ${name} queued`, name, () => wording.queued(lang, task, shown));
            answer(ACK_DELAY_MS + pendingMs, `task ${task} ${name} registered`, name, () => {
              const createdAt = isoSeconds(ctx.clock.now());
              Object.assign(domain, { status: 'registered', createdAt, expiresAt: addYears(createdAt, 1) });
              ctx.record({ kind: 'state', summary: `${name} registered (administrator ${adminO})`, domain: name });
              return wording.domainRegistered(lang, task, shown);
            });
            answer(ACK_DELAY_MS + 2 * pendingMs, `task ${task} ${name} delegated`, name, () => {
              domain.status = 'delegated';
              ctx.record({ kind: 'state', summary: `${name} delegated to ${domain.nservers.map((n) => n.split(' ')[0]).join(', ')}`, domain: name });
              return wording.domainDelegated(lang, task, shown, domain.expiresAt!);
            });
          }
          continue;
        }

        if (ctx.rules.isFailing(name)) {
          refuse({ why: 'registry-down' }, name, nextTask++);
          continue;
        }
        if (ours === undefined) {
          refuse({ why: 'domain-not-found', domain: shown }, name);
          continue;
        }
        if (ours.status === 'queued') {
          refuse({ why: 'not-registered-yet', domain: shown }, name);
          continue;
        }

        if (action === 'PROLONG') {
          const raw = field(t, 'prolong') ?? '1';
          const years = /^\d{1,2}$/.test(raw) ? Number(raw) : NaN;
          if (!(years >= 1 && years <= 10)) {
            refuse({ why: 'format', field: 'prolong' }, name);
            continue;
          }
          const task = nextTask++;
          answer(ACK_DELAY_MS, `task ${task} PROLONG ${name} queued`, name, () => wording.queued(lang, task, shown));
          answer(ACK_DELAY_MS + pendingMs, `task ${task} ${name} prolonged`, name, () => {
            ours.expiresAt = addYears(ours.expiresAt ?? isoSeconds(ctx.clock.now()), years);
            ctx.record({ kind: 'state', summary: `${name} prolonged by ${years} year(s) to ${ours.expiresAt}`, domain: name });
            return wording.prolonged(lang, task, shown, ours.expiresAt);
          });
          continue;
        }

        // UPDATE of a domain: the complete name-server list and/or the description.
        const hasNs = fields(t, 'nserver').length > 0;
        const descr = field(t, 'descr');
        const ns = hasNs ? nserverList(t) : undefined;
        if (!hasNs && descr === undefined) {
          refuse({ why: 'layout', detail: 'nothing to change in the domain template' }, name);
          continue;
        }
        if (ns !== undefined && 'problem' in ns) {
          refuse(ns.problem, name);
          continue;
        }
        const task = nextTask++;
        answer(ACK_DELAY_MS, `task ${task} UPDATE ${name} queued`, name, () => wording.queued(lang, task, shown));
        answer(ACK_DELAY_MS + pendingMs, `task ${task} ${name} updated`, name, () => {
          if (ns !== undefined) ours.nservers = ns.list;
          if (descr !== undefined) ours.descr = descr;
          ctx.record({ kind: 'state', summary: `${name} updated${ns === undefined ? '' : `: nserver ${ours.nservers.join(', ')}`}`, domain: name });
          return wording.domainUpdated(lang, task, shown);
        });
      }
    },

    domains(): SimDomain[] {
      return [...domains.values()].map((d) => ({ name: d.name, status: d.status, ...(d.expiresAt === undefined ? {} : { expiresAt: d.expiresAt }) }));
    },
  };
}

// Compile-time check that the declaration fits the sandbox's factory type.
const _factory: SimulatorFactory = createR01Simulator;
void _factory;
