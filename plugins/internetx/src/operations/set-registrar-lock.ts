import type { OperationInput, OperationResult, Outcome } from '@registrar-kit/sdk';
import { CTID_SUFFIX, taskCtid } from '../mapping/ctid.js';
import { taskOutcome } from '../mapping/outcome.js';
import { TASK } from '../protocol/tasks.js';
import { awaitKind, gatewayOf, replyTo } from '../settings.js';
import { secretsOf, validated, type Ctx } from './context.js';

/**
 * Domain status update 0102002: `registry_status` LOCK (transfer lock) or ACTIVE. The gateway
 * answers N0102002 with a `domain_job` (APIXMLEN "Domain Status Update"): the registry has not
 * changed anything yet, so the operation stays pending (`locking` / `unlocking`) until the job's
 * notification mail or queue message.
 */
export async function setRegistrarLock(input: OperationInput<'setRegistrarLock'>, ctx: Ctx): Promise<Outcome<OperationResult<'setRegistrarLock'>>> {
  const v = validated('setRegistrarLock', input);
  if ('error' in v) return v.error;
  const { domain, locked } = v.value;
  const ref = taskCtid(ctx.operation.id, CTID_SUFFIX.lock);
  const r = await gatewayOf(ctx).send({ code: TASK.domainStatusUpdate, ctid: ref, ...replyTo(ctx), domain: { name: domain, registry_status: locked ? 'LOCK' : 'ACTIVE' } });
  return taskOutcome(r, TASK.domainStatusUpdate, { ref, await: awaitKind(ctx), step: locked ? 'locking' : 'unlocking' }, { domain, locked }, secretsOf(ctx));
}
