import type { OperationInput, OperationResult, Outcome } from '@registrar-kit/sdk';
import { CTID_SUFFIX, taskCtid } from '../mapping/ctid.js';
import { taskOutcome } from '../mapping/outcome.js';
import { TASK } from '../protocol/tasks.js';
import { awaitKind, gatewayOf, replyTo } from '../settings.js';
import { secretsOf, validated, type Ctx } from './context.js';

/**
 * Cancelation create 0103101: `<cancelation><domain/><type>delete</type><execdate>expire|now`
 * (APIXMLEN "Cancelation Create"). Without `when` the cancelation takes effect at the expiry
 * date: domains stay live until the customer cancels (docs/registrars/internetx.md#cancellation), and an immediate deletion is
 * only sent when asked for (`when: 'now'`). The gateway answers N0103101 (the task was
 * transmitted to the registry) and the job's notification completes it, like a registration.
 */
export async function cancel(input: OperationInput<'cancel'>, ctx: Ctx): Promise<Outcome<OperationResult<'cancel'>>> {
  const v = validated('cancel', input);
  if ('error' in v) return v.error;
  const { domain, when } = v.value;
  const ref = taskCtid(ctx.operation.id, CTID_SUFFIX.cancel);
  const r = await gatewayOf(ctx).send({ code: TASK.cancelationCreate, ctid: ref, ...replyTo(ctx), cancelation: { domain, type: 'delete', execdate: when === 'now' ? 'now' : 'expire' } });
  return taskOutcome(r, TASK.cancelationCreate, { ref, await: awaitKind(ctx), step: 'cancelling' }, { domain }, secretsOf(ctx));
}
