import { failed, invalidInput, type OperationInput, type OperationResult, type Outcome } from '@registrar-kit/sdk';
import { handleIssues } from '../mapping/contact.js';
import { CTID_SUFFIX, taskCtid } from '../mapping/ctid.js';
import { taskOutcome } from '../mapping/outcome.js';
import { TASK, type DomainObject } from '../protocol/tasks.js';
import { awaitKind, gatewayOf, replyTo } from '../settings.js';
import { secretsOf, validated, type Ctx } from './context.js';
import { ensureHandle, forgetStaleHandles, recordUse } from './handles.js';
import { nserversOf } from './nameservers.js';

/**
 * docs/registrars/internetx.md#transfer-transferring-until-the-mail: transfer-in 0104 with the auth code (and handles and name servers
 * when given; with `useProviderNameservers`, the provider's from the settings). N0104 → pending, status Transferring; the notification S0104001 (or S0104) →
 * Registered, E0104001 → Error; intermediate N notifications keep it Transferring.
 */
export async function transfer(input: OperationInput<'transfer'>, ctx: Ctx): Promise<Outcome<OperationResult<'transfer'>>> {
  const v = validated('transfer', input, (value) =>
    (['registrant', 'admin', 'tech'] as const).flatMap((role) => handleIssues(value.contacts?.[role], `/contacts/${role}`)),
  );
  if ('error' in v) return v.error;
  const { domain, authCode, contacts, useProviderNameservers } = v.value;
  // The connector flag transferUsesProviderNameservers: the provider's name servers replace the request's.
  const provider = ctx.settings.providerNameservers ?? [];
  if (useProviderNameservers === true && provider.length === 0) {
    return failed(invalidInput([{ path: '/useProviderNameservers', message: 'the provider name servers are not configured (setting providerNameservers)' }]));
  }
  const nameservers = useProviderNameservers === true ? provider.map((host) => ({ host })) : v.value.nameservers;
  const gateway = gatewayOf(ctx);
  const object: DomainObject = { name: domain };
  const used: string[] = [];
  if (contacts !== undefined) {
    for (const [role, field] of [['registrant', 'ownerc'], ['admin', 'adminc'], ['tech', 'techc']] as const) {
      const h = await ensureHandle(ctx, gateway, contacts[role] ?? contacts.registrant, role);
      if ('error' in h) return h.error;
      object[field] = h.id;
      used.push(h.id);
    }
    object.zonec = object.techc!;
  }
  if (nameservers !== undefined && nameservers.length > 0) object.nserver = nserversOf(nameservers);
  if (authCode !== undefined) object.authinfo = authCode;
  const ref = taskCtid(ctx.operation.id, CTID_SUFFIX.transfer);
  const r = await gateway.send({ code: TASK.transferIn, ctid: ref, ...replyTo(ctx), domain: object });
  if (r.status.type !== 'error') await recordUse(ctx, used, domain);
  await forgetStaleHandles(ctx, r);
  return taskOutcome(r, TASK.transferIn, { ref, await: awaitKind(ctx), step: 'transferring' }, { domain }, secretsOf(ctx));
}
