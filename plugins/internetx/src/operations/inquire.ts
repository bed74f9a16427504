import { failed, type FailedOutcome } from '@registrar-kit/sdk';
import { CTID_SUFFIX, taskCtid } from '../mapping/ctid.js';
import { responseError } from '../mapping/errors.js';
import type { Gateway } from '../protocol/gateway.js';
import { TASK } from '../protocol/tasks.js';
import { child, type XmlElement } from '../protocol/xml.js';
import { secretsOf, type Ctx } from './context.js';

/** Domain inquire 0105: the domain as the registrar holds it (handles, name servers, status, dates). */
export async function inquire(ctx: Ctx, gateway: Gateway, domain: string): Promise<{ domain: XmlElement | undefined } | { error: FailedOutcome }> {
  const r = await gateway.send({ code: TASK.domainInquire, ctid: taskCtid(ctx.operation.id, CTID_SUFFIX.inquire), domain: { name: domain } });
  if (r.status.type === 'error') return { error: failed(responseError(r, TASK.domainInquire, secretsOf(ctx))) };
  return { domain: child(r.data, 'domain') };
}
