import { done, type OperationInput, type OperationResult, type Outcome } from '@registrar-kit/sdk';
import { domainInfoOf } from '../mapping/info.js';
import { gatewayOf } from '../settings.js';
import { validated, type Ctx } from './context.js';
import { domainContacts } from './domain-contacts.js';
import { inquire } from './inquire.js';

/** Domain inquire 0105 → status, dates (`created`, `payable`), name servers, lock; 0304 per handle → the WHOIS contacts. */
export async function info(input: OperationInput<'info'>, ctx: Ctx): Promise<Outcome<OperationResult<'info'>>> {
  const v = validated('info', input);
  if ('error' in v) return v.error;
  const gateway = gatewayOf(ctx);
  const r = await inquire(ctx, gateway, v.value.domain);
  if ('error' in r) return r.error;
  const contacts = await domainContacts(ctx, gateway, v.value.domain, r.domain);
  return done({ ...domainInfoOf(v.value.domain, r.domain), ...(contacts === undefined ? {} : { contacts }) });
}
