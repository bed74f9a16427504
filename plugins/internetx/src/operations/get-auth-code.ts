import { failed, type OperationInput, type OperationResult, type Outcome } from '@registrar-kit/sdk';
import { CTID_SUFFIX, taskCtid } from '../mapping/ctid.js';
import { responseError } from '../mapping/errors.js';
import { TASK } from '../protocol/tasks.js';
import { child, textOf } from '../protocol/xml.js';
import { gatewayOf, replyTo } from '../settings.js';
import { secretsOf, validated, type Ctx } from './context.js';

/**
 * AuthInfo1 create 0113001: the registrar sets a transfer code and answers with it
 * (`data/authinfo/authinfo` or `data/domain/authinfo`). A success without a code is PROTOCOL,
 * since the platform would otherwise show an empty transfer key.
 */
export async function getAuthCode(input: OperationInput<'getAuthCode'>, ctx: Ctx): Promise<Outcome<OperationResult<'getAuthCode'>>> {
  const v = validated('getAuthCode', input);
  if ('error' in v) return v.error;
  const { domain } = v.value;
  const r = await gatewayOf(ctx).send({ code: TASK.authInfo1Create, ctid: taskCtid(ctx.operation.id, CTID_SUFFIX.authInfo), ...replyTo(ctx), domain: { name: domain } });
  if (r.status.type === 'error') return failed(responseError(r, TASK.authInfo1Create, secretsOf(ctx)));
  const authCode = textOf(child(r.data, 'authinfo')?.authinfo) || textOf(child(r.data, 'domain')?.authinfo);
  if (authCode === '') {
    return failed('PROTOCOL', 'The registrar sent an answer that could not be read', { detail: `task 0113001: ${r.status.code} ${r.status.text} without an auth code` });
  }
  return { status: 'done', result: { domain, authCode } };
}
