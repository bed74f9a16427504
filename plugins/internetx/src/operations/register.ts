import type { OperationInput, OperationResult, Outcome } from '@registrar-kit/sdk';
import { handleIssues } from '../mapping/contact.js';
import { CTID_SUFFIX, taskCtid } from '../mapping/ctid.js';
import { taskOutcome } from '../mapping/outcome.js';
import { TASK } from '../protocol/tasks.js';
import { awaitKind, gatewayOf, replyTo } from '../settings.js';
import { secretsOf, validated, type Ctx } from './context.js';
import { ensureHandle, forgetStaleHandles, recordUse } from './handles.js';
import { nserversOf } from './nameservers.js';

/**
 * docs/registrars/internetx.md#registration-registering-until-the-mail: handles first (0301, or reused), then domain create 0101 with
 * `reply_to`. The gateway's `notify` (N0101, "registration started") leaves the operation
 * pending — the host shows the domain as sent to the registrar, status Registering — until the
 * notification mail (or queue message) with this ctid: S0101 → Registered, E0101 → Error.
 * The registrar keeps no billing contact; admin and tech default to the registrant.
 */
export async function register(input: OperationInput<'register'>, ctx: Ctx): Promise<Outcome<OperationResult<'register'>>> {
  const v = validated('register', input, (value) =>
    (['registrant', 'admin', 'tech'] as const).flatMap((role) => handleIssues(value.contacts[role], `/contacts/${role}`)),
  );
  if ('error' in v) return v.error;
  const { domain, contacts, nameservers, period } = v.value;
  const gateway = gatewayOf(ctx);
  const ids: Partial<Record<'registrant' | 'admin' | 'tech', string>> = {};
  for (const role of ['registrant', 'admin', 'tech'] as const) {
    const h = await ensureHandle(ctx, gateway, contacts[role] ?? contacts.registrant, role);
    if ('error' in h) return h.error;
    ids[role] = h.id;
  }
  const ref = taskCtid(ctx.operation.id, CTID_SUFFIX.domainCreate);
  const r = await gateway.send({
    code: TASK.domainCreate,
    ctid: ref,
    ...replyTo(ctx),
    domain: {
      name: domain,
      ownerc: ids.registrant!,
      adminc: ids.admin!,
      techc: ids.tech!,
      zonec: ids.tech!,
      nserver: nserversOf(nameservers),
      period,
      confirm_order: 1,
    },
  });
  if (r.status.type !== 'error') await recordUse(ctx, Object.values(ids), domain);
  await forgetStaleHandles(ctx, r);
  return taskOutcome(r, TASK.domainCreate, { ref, await: awaitKind(ctx), step: 'registering' }, { domain }, secretsOf(ctx));
}
