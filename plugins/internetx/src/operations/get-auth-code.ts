import { done, failed, type OperationInput, type OperationResult, type Outcome } from '@registrar-kit/sdk';
import { CTID_SUFFIX, taskCtid } from '../mapping/ctid.js';
import { responseError } from '../mapping/errors.js';
import type { GatewayResponse } from '../protocol/response.js';
import { TASK } from '../protocol/tasks.js';
import { child, textOf } from '../protocol/xml.js';
import { gatewayOf, replyTo } from '../settings.js';
import { secretsOf, validated, type Ctx } from './context.js';

/** The EF code of "an AuthInfo already exists" (APIXMLEN "AuthInfo1 create"). */
export const AUTHINFO_EXISTS = 'EF011316';

/**
 * The code an answer carries: `status/object` of type `authinfo` (APIXMLEN "AuthInfo1 create":
 * the data block is empty), else the `data/authinfo/authinfo` / `data/domain/authinfo` forms
 * older clients read.
 */
function authCodeOf(r: GatewayResponse): string {
  if (r.status.object !== undefined && r.status.object.type.toLowerCase() === 'authinfo' && r.status.object.value !== '') return r.status.object.value;
  return textOf(child(r.data, 'authinfo')?.authinfo) || textOf(child(r.data, 'domain')?.authinfo);
}

/**
 * AuthInfo1 create 0113001: the registrar sets a transfer code and answers with it in the status
 * object. When the domain already has one, the gateway refuses with EF011316 and names the
 * existing code in the status object: that code is what the platform asked for, so it is
 * returned. A success without a code is PROTOCOL, since the platform would otherwise show an
 * empty transfer key.
 */
export async function getAuthCode(input: OperationInput<'getAuthCode'>, ctx: Ctx): Promise<Outcome<OperationResult<'getAuthCode'>>> {
  const v = validated('getAuthCode', input);
  if ('error' in v) return v.error;
  const { domain } = v.value;
  const r = await gatewayOf(ctx).send({ code: TASK.authInfo1Create, ctid: taskCtid(ctx.operation.id, CTID_SUFFIX.authInfo), ...replyTo(ctx), domain: { name: domain } });
  const authCode = authCodeOf(r);
  if (r.status.type === 'error') {
    const exists = r.msgs.some((m) => m.code === AUTHINFO_EXISTS);
    if (exists && authCode !== '') return done({ domain, authCode });
    return failed(responseError(r, TASK.authInfo1Create, secretsOf(ctx)));
  }
  if (authCode === '') {
    return failed('PROTOCOL', 'The registrar sent an answer that could not be read', { detail: `task 0113001: ${r.status.code} ${r.status.text} without an auth code` });
  }
  return done({ domain, authCode });
}
