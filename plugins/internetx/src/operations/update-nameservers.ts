import type { OperationInput, OperationResult, Outcome } from '@registrar-kit/sdk';
import { CTID_SUFFIX, taskCtid } from '../mapping/ctid.js';
import { domainHandles } from '../mapping/info.js';
import { taskOutcome } from '../mapping/outcome.js';
import { TASK } from '../protocol/tasks.js';
import { awaitKind, gatewayOf, replyTo } from '../settings.js';
import { secretsOf, validated, type Ctx } from './context.js';
import { inquire } from './inquire.js';
import { nserversOf } from './nameservers.js';

/**
 * docs/registrars/internetx.md#modifications, name-server synchronisation: a domain update 0102 replaces the domain object, so
 * the plugin first reads it (0105) and sends it back whole with the new name servers. N0102 →
 * pending until the job notification; S0102 → done at once.
 */
export async function updateNameservers(input: OperationInput<'updateNameservers'>, ctx: Ctx): Promise<Outcome<OperationResult<'updateNameservers'>>> {
  const v = validated('updateNameservers', input);
  if ('error' in v) return v.error;
  const { domain, nameservers } = v.value;
  const gateway = gatewayOf(ctx);
  const current = await inquire(ctx, gateway, domain);
  if ('error' in current) return current.error;
  const handles = domainHandles(current.domain);
  const ref = taskCtid(ctx.operation.id, CTID_SUFFIX.nameservers);
  const r = await gateway.send({
    code: TASK.domainUpdate,
    ctid: ref,
    ...replyTo(ctx),
    domain: { name: domain, ...nonEmpty(handles), nserver: nserversOf(nameservers) },
  });
  return taskOutcome(r, TASK.domainUpdate, { ref, await: awaitKind(ctx), step: 'updating-nameservers' }, { domain }, secretsOf(ctx));
}

/** Handle fields that the inquire answered (an empty one is left out rather than cleared). */
export function nonEmpty<T extends Record<string, string>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== '')) as Partial<T>;
}
