import {
  failed,
  invalidInput,
  pending,
  registrarError,
  type ErrorIssue,
  type OperationContext,
  type FailedOutcome,
  type OperationInput,
  type OperationResult,
  type Outcome,
  type PendingOutcome,
  type PluginContext,
} from '@registrar-kit/sdk';
import { clientTemplate, lineIssues } from './contacts.js';
import { checkInput } from './manifest.js';
import { isTokenSafe } from './protocol/subject.js';
import { sendRequest, settingsIssues, templateDomain, toNservers, type FlowData } from './request.js';
import type { R01Settings } from './settings.js';
import { clientHandleKey, customerKey, domainAdminKey, type ClientKind } from './state.js';

type Ctx = OperationContext<R01Settings>;

function preflight(ctx: Ctx, issues: ErrorIssue[]): FailedOutcome | undefined {
  const all = [...issues, ...settingsIssues(ctx.settings)];
  if (all.length > 0) return failed(invalidInput(all));
  if (!isTokenSafe(ctx.operation.id)) {
    return failed(registrarError('PROTOCOL', 'The operation id cannot be used as a mail correlation token', { detail: `operation id ${JSON.stringify(ctx.operation.id)} has characters outside [A-Za-z0-9_.-]` }));
  }
  return undefined;
}

/** Sends the domain request of a registration whose client handle is known (docs/registrars/r01ru.md#registration-client-then-domain, step 3). */
export async function requestDomain(ctx: PluginContext<R01Settings>, operationId: string, data: FlowData, handle: string): Promise<PendingOutcome> {
  const req = data.domainRequest;
  if (req === undefined) throw registrarError('PROTOCOL', 'The pending registration lost its request data', { detail: `operation ${operationId}: pending data has no domainRequest` });
  const ref = await sendRequest(ctx, 'NEW', { operationId, stage: 'domain' }, `NEW DOMAIN ${data.domain}`, [
    { kind: 'DOMAIN', domain: req.domain, ...(req.descr === undefined ? {} : { descr: req.descr }), adminO: handle, nservers: req.nservers },
  ]);
  const next: FlowData = { stage: 'domain', customer: data.customer, domain: data.domain, handle, domainRequest: req, ...(data.clientKind === undefined ? {} : { clientKind: data.clientKind }) };
  return pending({ ref, await: 'message', step: 'domain-requested', note: `domain request sent with administrator ${handle}`, data: next });
}

/**
 * docs/registrars/r01ru.md#registration-client-then-domain: a customer's first domain registers the client (person or organisation) first; the
 * domain request follows the "client registered" mail; "registered and delegated" completes it.
 * A customer with a known handle gets the domain request at once.
 */
export async function register(input: OperationInput<'register'>, ctx: Ctx): Promise<Outcome<OperationResult<'register'>>> {
  const checked = checkInput('register', input);
  if ('error' in checked) return failed(checked.error);
  const value = checked.value;
  const registrant = value.contacts.registrant;
  const client = clientTemplate(registrant, '/contacts/registrant');
  const issues = [...client.issues];
  const descr = value.options?.descr;
  if (descr !== undefined) issues.push(...lineIssues(descr, '/options/descr', false));
  const stop = preflight(ctx, issues);
  if (stop !== undefined || client.template === undefined) return stop ?? failed(invalidInput(issues));

  const kind: ClientKind = registrant.type;
  const customer = customerKey(ctx.operation.customerId);
  const data: FlowData = {
    stage: 'client',
    customer,
    domain: value.domain,
    clientKind: kind,
    domainRequest: { domain: templateDomain(value.domain), ...(typeof descr === 'string' && descr !== '' ? { descr } : {}), nservers: toNservers(value.nameservers) },
  };
  const handle = await ctx.state.get<string>(clientHandleKey(customer, kind));
  if (typeof handle === 'string' && handle !== '') return requestDomain(ctx, ctx.operation.id, data, handle);

  const ref = await sendRequest(ctx, 'NEW', { operationId: ctx.operation.id, stage: 'client' }, kind === 'organization' ? 'NEW ORGANIZATION' : 'NEW PERSON', [client.template]);
  return pending({ ref, await: 'message', step: 'client-requested', note: 'the customer has no registrar client yet: client request sent', data });
}

/** docs/registrars/r01ru.md#renewal: renewal is offline too — a PROLONG request, completed by mail. */
export async function renew(input: OperationInput<'renew'>, ctx: Ctx): Promise<Outcome<OperationResult<'renew'>>> {
  const checked = checkInput('renew', input);
  if ('error' in checked) return failed(checked.error);
  const { domain, period } = checked.value;
  const stop = preflight(ctx, []);
  if (stop !== undefined) return stop;
  const ref = await sendRequest(ctx, 'PROLONG', { operationId: ctx.operation.id, stage: 'prolong' }, `PROLONG ${domain}`, [{ kind: 'DOMAIN', domain: templateDomain(domain), prolong: period }]);
  const data: FlowData = { stage: 'prolong', customer: customerKey(ctx.operation.customerId), domain };
  return pending({ ref, await: 'message', step: 'prolong-requested', data });
}

/** An UPDATE request with the full new name-server list, completed by mail. */
export async function updateNameservers(input: OperationInput<'updateNameservers'>, ctx: Ctx): Promise<Outcome<OperationResult<'updateNameservers'>>> {
  const checked = checkInput('updateNameservers', input);
  if ('error' in checked) return failed(checked.error);
  const { domain, nameservers } = checked.value;
  const stop = preflight(ctx, []);
  if (stop !== undefined) return stop;
  const ref = await sendRequest(ctx, 'UPDATE', { operationId: ctx.operation.id, stage: 'update' }, `UPDATE ${domain}`, [{ kind: 'DOMAIN', domain: templateDomain(domain), nservers: toNservers(nameservers) }]);
  const data: FlowData = { stage: 'update', customer: customerKey(ctx.operation.customerId), domain };
  return pending({ ref, await: 'message', step: 'update-requested', data });
}

/**
 * RIPN domains have one contact, the administrator (`admin-o`), who is the registrant. Changing
 * its data is an UPDATE of the person/organisation template under its handle; a different
 * registrant is an owner change (changeRegistrant, manual), and other roles do not exist.
 */
export async function updateContacts(input: OperationInput<'updateContacts'>, ctx: Ctx): Promise<Outcome<OperationResult<'updateContacts'>>> {
  const checked = checkInput('updateContacts', input);
  if ('error' in checked) return failed(checked.error);
  const { domain, contacts } = checked.value;
  const others = (['admin', 'tech', 'billing'] as const).filter((role) => contacts[role] !== undefined);
  if (others.length > 0) {
    return failed(
      registrarError('POLICY', 'Domains of this registry have a single administrator contact: change the registrant', {
        issues: others.map((role) => ({ path: `/contacts/${role}`, message: 'is not a contact of .ru/.su/.рф domains (the registrant is the administrator)' })),
      }),
    );
  }
  const registrant = contacts.registrant;
  if (registrant === undefined) return failed(invalidInput([{ path: '/contacts/registrant', message: 'is required' }]));
  const client = clientTemplate(registrant, '/contacts/registrant');
  const stop = preflight(ctx, client.issues);
  if (stop !== undefined || client.template === undefined) return stop ?? failed(invalidInput(client.issues));

  const customer = customerKey(ctx.operation.customerId);
  const handle = (await ctx.state.get<string>(domainAdminKey(domain))) ?? (await ctx.state.get<string>(clientHandleKey(customer, registrant.type)));
  if (typeof handle !== 'string' || handle === '') {
    return failed(registrarError('OBJECT_NOT_FOUND', 'No registrar contact is known for this domain', { detail: `no administrator handle in state for ${domain} or for ${customer} (${registrant.type})` }));
  }
  const handleKind: ClientKind = /-ORG-GPT$/i.test(handle) ? 'organization' : 'person';
  if (/-GPT$/i.test(handle) && handleKind !== registrant.type) {
    return failed(
      registrarError('POLICY', 'A person cannot become an organisation (or the reverse) by a contact update: change the registrant instead', {
        issues: [{ path: '/contacts/registrant/type', message: `the domain's administrator ${handle} is a ${handleKind}` }],
      }),
    );
  }
  const ref = await sendRequest(ctx, 'UPDATE', { operationId: ctx.operation.id, stage: 'update' }, `UPDATE ${handle}`, [{ ...client.template, nicHdl: handle }]);
  const data: FlowData = { stage: 'update', customer, domain, handle };
  return pending({ ref, await: 'message', step: 'update-requested', data });
}
