import { done, failed, type Contact, type OperationInput, type OperationResult, type Outcome } from '@registrar-kit/sdk';
import { handleIssues, handleKey, handleOf, ROLE_FIELD } from '../mapping/contact.js';
import { CTID_SUFFIX, taskCtid } from '../mapping/ctid.js';
import { domainHandles } from '../mapping/info.js';
import { taskOutcome } from '../mapping/outcome.js';
import { TASK } from '../protocol/tasks.js';
import { awaitKind, gatewayOf, replyTo } from '../settings.js';
import { secretsOf, validated, type Ctx } from './context.js';
import { ensureHandle, exclusiveTo, recordUse, updateHandle } from './handles.js';
import { inquire } from './inquire.js';
import { nonEmpty } from './update-nameservers.js';

type Role = keyof typeof ROLE_FIELD;
const ROLES: readonly Role[] = ['registrant', 'admin', 'tech'];

/**
 * docs/registrars/internetx.md#modifications, WHOIS / contact changes. The domain's handles are read (0105). A handle this
 * plugin created for this domain alone, whose every role on the domain gets the same new
 * contact, is changed in place (handle update 0302, synchronous). A handle shared with other
 * domains (reused for an identical contact) or unknown to the plugin (e.g. transferred in) is
 * never changed, since that would change other domains too: the new contact gets its own handle
 * (0301 or reused) and the domain is pointed at it with a domain update 0102, which the
 * registrar answers with notify → pending until the job notification.
 */
export async function updateContacts(input: OperationInput<'updateContacts'>, ctx: Ctx): Promise<Outcome<OperationResult<'updateContacts'>>> {
  const v = validated('updateContacts', input, (value) => {
    const issues = ROLES.flatMap((role) => handleIssues(value.contacts[role], `/contacts/${role}`));
    if (ROLES.every((role) => value.contacts[role] === undefined)) {
      issues.push({ path: '/contacts/billing', message: 'cannot be changed on its own: this registrar keeps no billing contact' });
    }
    return issues;
  });
  if ('error' in v) return v.error;
  const { domain, contacts } = v.value;
  const gateway = gatewayOf(ctx);
  const current = await inquire(ctx, gateway, domain);
  if ('error' in current) return current.error;
  if (current.domain === undefined) {
    return failed('PROTOCOL', 'The registrar sent an answer that could not be read', { detail: 'task 0105: the answer has no domain object' });
  }
  const handles = domainHandles(current.domain);
  const changes: Partial<Record<'ownerc' | 'adminc' | 'techc' | 'zonec', string>> = {};
  const inPlace = new Set<string>();
  for (const role of ROLES) {
    const contact = contacts[role];
    if (contact === undefined) continue;
    const field = ROLE_FIELD[role];
    const id = handles[field];
    if (id !== '' && !inPlace.has(id) && (await changeableInPlace(ctx, id, domain, handles, contacts, contact))) {
      const error = await updateHandle(ctx, gateway, id, contact, role);
      if (error !== undefined) return error;
      inPlace.add(id);
      continue;
    }
    if (inPlace.has(id)) continue;
    const h = await ensureHandle(ctx, gateway, contact, role);
    if ('error' in h) return h.error;
    if (h.id !== id) {
      changes[field] = h.id;
      if (field === 'techc' && handles.zonec === handles.techc) changes.zonec = h.id;
    }
  }
  if (Object.keys(changes).length === 0) return done({ domain });
  const ref = taskCtid(ctx.operation.id, CTID_SUFFIX.contacts);
  const r = await gateway.send({
    code: TASK.domainUpdate,
    ctid: ref,
    ...replyTo(ctx),
    domain: { name: domain, ...nonEmpty(handles), ...changes },
  });
  if (r.status.type !== 'error') await recordUse(ctx, Object.values(changes), domain);
  return taskOutcome(r, TASK.domainUpdate, { ref, await: awaitKind(ctx), step: 'updating-contacts' }, { domain }, secretsOf(ctx));
}

/** In place only when the plugin knows the handle is this domain's alone and every role using it gets the same contact. */
async function changeableInPlace(
  ctx: Ctx,
  id: string,
  domain: string,
  handles: Record<'ownerc' | 'adminc' | 'techc' | 'zonec', string>,
  contacts: Partial<Record<Role | 'billing', Contact>>,
  contact: Contact,
): Promise<boolean> {
  if (!(await exclusiveTo(ctx, id, domain))) return false;
  const key = handleKey(handleOf(contact), ctx.operation.customerId);
  return ROLES.every((role) => {
    if (handles[ROLE_FIELD[role]] !== id) return true;
    const other = contacts[role];
    return other !== undefined && handleKey(handleOf(other), ctx.operation.customerId) === key;
  });
}
