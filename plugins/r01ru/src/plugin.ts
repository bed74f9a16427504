import {
  definePlugin,
  done,
  failed,
  invalidInput,
  isRegistrarError,
  pending,
  RegistrarError,
  type Contact,
  type ErrorIssue,
  type MessageResult,
  type Nameserver,
  type PendingOutcome,
  type PluginContext,
} from '@registrar-kit/sdk';
import { parseReply } from './protocol/replies.js';
import { composeRequest, subjectToken, type Action, type Template } from './protocol/templates.js';

/** Instance settings (validated by the host against the manifest). */
export interface R01Settings {
  agreement: string;
  mailPassword: string;
  requestAddress: string;
  allowedSenders?: string[];
  payType?: string;
  lang?: 'RU' | 'EN';
}

type Ctx = PluginContext<R01Settings>;

/** What a pending request needs later (the domain request is sent after the client is registered). */
interface FlowData {
  customerId: string;
  domain: string;
  descr?: string;
  nameservers: string[];
  contactType: 'person' | 'organization';
}

// The Cyrillic and identity fields R01 needs for Russian registrants (RIPN templates).
const PERSON_FIELDS = ['personR', 'passport', 'birthDate', 'postalAddress'] as const;
const ORG_FIELDS = ['orgR', 'inn', 'postalAddress'] as const;

function missingExtra(c: Contact, path: string): ErrorIssue[] {
  const extra = c.extra ?? {};
  const wanted = c.type === 'organization' ? ORG_FIELDS : PERSON_FIELDS;
  const issues: ErrorIssue[] = wanted.filter((f) => typeof extra[f] !== 'string' || extra[f] === '').map((f) => ({ path: `${path}/extra/${f}`, message: 'is required by the registrar (RIPN template field)' }));
  const cyr = c.type === 'organization' ? extra.orgR : extra.personR;
  if (typeof cyr === 'string' && cyr !== '' && !/[А-Яа-яЁё]/.test(cyr)) issues.push({ path: `${path}/extra/${c.type === 'organization' ? 'orgR' : 'personR'}`, message: 'must be written in Cyrillic' });
  if (typeof extra.birthDate === 'string' && !/^\d{2}\.\d{2}\.\d{4}$/.test(extra.birthDate)) issues.push({ path: `${path}/extra/birthDate`, message: 'must be DD.MM.YYYY' });
  return issues;
}

const phone = (p: string): string => p.replace('.', ' ');

function clientTemplate(c: Contact): Template {
  const x = (c.extra ?? {}) as Record<string, string>;
  if (c.type === 'organization') {
    return {
      kind: 'ORGANIZATION',
      fields: [['org', c.organization ?? `${c.firstName} ${c.lastName}`], ['org-r', x.orgR ?? ''], ['code', x.inn ?? ''], ['p-addr', x.postalAddress ?? ''], ['phone', phone(c.phone)], ['e-mail', c.email]],
    };
  }
  return {
    kind: 'PERSON',
    fields: [['person', `${c.firstName} ${c.lastName}`], ['person-r', x.personR ?? ''], ['passport', x.passport ?? ''], ['birth-date', x.birthDate ?? ''], ['p-addr', x.postalAddress ?? ''], ['phone', phone(c.phone)], ['e-mail', c.email]],
  };
}

async function sendRequest(ctx: Ctx, action: Action, operationId: string, step: string, what: string, templates: Template[]): Promise<string> {
  const s = ctx.settings;
  await ctx.mail.send({
    to: s.requestAddress,
    subject: `${subjectToken(operationId, step)} ${what}`,
    text: composeRequest({ action, payType: s.payType ?? 'real', agreement: s.agreement, password: s.mailPassword, lang: s.lang ?? 'EN' }, templates),
    charset: 'koi8-r',
  });
  return `${operationId}:${step}`;
}

function domainTemplate(flow: FlowData, handle: string): Template {
  return { kind: 'DOMAIN', fields: [['domain', flow.domain], ['descr', flow.descr ?? flow.domain], ['admin-o', handle], ...flow.nameservers.map((n): [string, string] => ['nserver', n])] };
}

async function requestDomain(ctx: Ctx, operationId: string, flow: FlowData, handle: string): Promise<PendingOutcome> {
  const ref = await sendRequest(ctx, 'NEW', operationId, 'domain', `NEW DOMAIN ${flow.domain}`, [domainTemplate(flow, handle)]);
  return pending({ ref, await: 'message', step: 'domain-requested', data: flow as unknown as Record<string, unknown> });
}

const clientKey = (customerId: string): string => `client:${customerId}`;
const hosts = (list: Nameserver[]): string[] => list.map((n) => (n.ipv4?.[0] === undefined ? n.host : `${n.host} ${n.ipv4[0]}`));

export default definePlugin<R01Settings>()({
  id: 'r01ru',
  auto: ['register', 'renew', 'updateNameservers', 'updateContacts'],
  operations: {
    // Seed 002: the first domain of a customer registers the client first; the domain request
    // follows the "client registered" mail; "registered and delegated" completes it.
    async register(input, ctx) {
      const registrant = input.contacts.registrant;
      const issues = missingExtra(registrant, '/contacts/registrant');
      if (issues.length > 0) return failed(invalidInput(issues));
      const customerId = ctx.operation.customerId ?? `domain:${input.domain}`;
      const flow: FlowData = { customerId, domain: input.domain, nameservers: hosts(input.nameservers), contactType: registrant.type, ...(typeof input.options?.descr === 'string' ? { descr: input.options.descr } : {}) };
      const handle = await ctx.state.get<string>(clientKey(customerId));
      if (handle !== undefined) return requestDomain(ctx, ctx.operation.id, flow, handle);
      const ref = await sendRequest(ctx, 'NEW', ctx.operation.id, 'client', `NEW ${registrant.type === 'organization' ? 'ORGANIZATION' : 'PERSON'}`, [clientTemplate(registrant)]);
      return pending({ ref, await: 'message', step: 'client-requested', data: flow as unknown as Record<string, unknown> });
    },

    // Seed 002: renewal is offline too (PROLONG), automatic or manual per connector.
    async renew(input, ctx) {
      const ref = await sendRequest(ctx, 'PROLONG', ctx.operation.id, 'prolong', `PROLONG ${input.domain}`, [{ kind: 'DOMAIN', fields: [['domain', input.domain], ['prolong', String(input.period)]] }]);
      return pending({ ref, await: 'message', step: 'prolong-requested' });
    },

    async updateNameservers(input, ctx) {
      const ref = await sendRequest(ctx, 'UPDATE', ctx.operation.id, 'update', `UPDATE ${input.domain}`, [{ kind: 'DOMAIN', fields: [['domain', input.domain], ...hosts(input.nameservers).map((n): [string, string] => ['nserver', n])] }]);
      return pending({ ref, await: 'message', step: 'update-requested' });
    },

    async updateContacts(input, ctx) {
      const c = input.contacts.registrant ?? input.contacts.admin;
      if (c === undefined) return failed(invalidInput([{ path: '/contacts', message: 'the registrar keeps one administrator per domain: give registrant or admin' }]));
      const handle = ctx.operation.customerId === undefined ? undefined : await ctx.state.get<string>(clientKey(ctx.operation.customerId));
      if (handle === undefined) return failed(invalidInput([{ path: '/customerId', message: 'no registrar client handle is known for this customer' }]));
      const template = clientTemplate(c);
      template.fields.unshift(['nic-hdl', handle]);
      const ref = await sendRequest(ctx, 'UPDATE', ctx.operation.id, 'update', `UPDATE ${handle}`, [template]);
      return pending({ ref, await: 'message', step: 'update-requested' });
    },
  },

  async handleMessage(message, ctx): Promise<MessageResult> {
    const reply = parseReply(message.subject ?? '', message.text ?? '');
    if (reply.token === undefined) return { matched: false, reason: 'no request token of ours in the reply' };
    const ref = `${reply.token.operationId}:${reply.token.step}`;
    const [op] = await ctx.findPending({ ref });
    if (op === undefined) return { matched: false, reason: `no pending request ${ref} from this instance` };
    const task = reply.taskId === undefined ? '' : ` (task ${reply.taskId})`;
    const keep = (step: string): MessageResult => ({ matched: true, ref, outcome: pending({ ref, await: 'message', step, note: `queued${task}`, ...(op.data === undefined ? {} : { data: op.data }) }) });
    if (reply.kind === 'error') {
      return { matched: true, ref, outcome: failed(new RegistrarError({ code: 'REMOTE', message: 'The registrar refused the request', ...(reply.taskId === undefined ? {} : { registrarCode: reply.taskId }), detail: `${ref}: ${reply.reason ?? 'error reply'}` })) };
    }
    if (reply.token.step === 'client') {
      if (reply.kind === 'queued') return keep('client-queued');
      if (reply.kind !== 'client-registered' || reply.handle === undefined) return { matched: false, reason: `reply to ${ref} says neither queued nor client registered` };
      const flow = op.data as unknown as FlowData;
      await ctx.state.set(clientKey(flow.customerId), reply.handle);
      try {
        return { matched: true, ref, outcome: await requestDomain(ctx, reply.token.operationId, flow, reply.handle) };
      } catch (error) {
        // The client exists now (its handle is kept); only the domain request failed to go out.
        return { matched: true, ref, outcome: failed(isRegistrarError(error) ? error : new RegistrarError({ code: 'TRANSPORT', message: 'The registrar mail could not be sent', detail: String(error) })) };
      }
    }
    if (reply.kind === 'queued') return keep(`${reply.token.step}-queued`);
    const finished = reply.token.step === 'domain' ? reply.kind === 'delegated' : reply.token.step === 'prolong' ? reply.kind === 'prolonged' : reply.kind === 'updated';
    if (!finished) return { matched: false, reason: `reply to ${ref} is not a final answer (${reply.kind})` };
    return { matched: true, ref, outcome: done({ domain: op.domain }) };
  },
});
