import { done, type OperationInput, type OperationResult, type Outcome } from '@registrar-kit/sdk';
import { domainInfoOf } from '../mapping/info.js';
import { gatewayOf } from '../settings.js';
import { validated, type Ctx } from './context.js';
import { inquire } from './inquire.js';

/** Domain inquire 0105 → status, dates (`created`, `payable`), name servers, lock. */
export async function info(input: OperationInput<'info'>, ctx: Ctx): Promise<Outcome<OperationResult<'info'>>> {
  const v = validated('info', input);
  if ('error' in v) return v.error;
  const r = await inquire(ctx, gatewayOf(ctx), v.value.domain);
  if ('error' in r) return r.error;
  return done(domainInfoOf(v.value.domain, r.domain));
}
