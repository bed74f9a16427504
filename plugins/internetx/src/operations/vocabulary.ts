import { done, failed, invalidInput, type AccountDomain, type OperationInput, type OperationResult, type Outcome } from '@registrar-kit/sdk';
import { CTID_SUFFIX, taskCtid } from '../mapping/ctid.js';
import { responseError } from '../mapping/errors.js';
import { isoDate } from '../mapping/info.js';
import { taskOutcome } from '../mapping/outcome.js';
import { TASK } from '../protocol/tasks.js';
import { children, isElement, textOf } from '../protocol/xml.js';
import { awaitKind, gatewayOf, replyTo } from '../settings.js';
import { secretsOf, validated, type Ctx } from './context.js';

/** At most this many domains per 0105 list page (the host may ask for fewer). */
export const LIST_PAGE_SIZE = 500;

/**
 * Domain restore 0101005 (the task list of the Domainrobot swagger: "Domain Restore (0101005)"):
 * `<domain><name/></domain>`. Like a registration it is a job: `notify` → pending `restoring`
 * until the job's notification; `success` → done at once.
 */
export async function restore(input: OperationInput<'restore'>, ctx: Ctx): Promise<Outcome<OperationResult<'restore'>>> {
  const v = validated('restore', input);
  if ('error' in v) return v.error;
  const { domain } = v.value;
  const ref = taskCtid(ctx.operation.id, CTID_SUFFIX.restore);
  const r = await gatewayOf(ctx).send({ code: TASK.domainRestore, ctid: ref, ...replyTo(ctx), domain: { name: domain } });
  return taskOutcome(r, TASK.domainRestore, { ref, await: awaitKind(ctx), step: 'restoring' }, { domain }, secretsOf(ctx));
}

/** TransferOut answer 0106002: `<transfer><domain/><type>ack|nack</type></transfer>`. */
async function answerTransferOut(domain: string, type: 'ack' | 'nack', ctx: Ctx): Promise<Outcome<{ domain: string }>> {
  const ref = taskCtid(ctx.operation.id, CTID_SUFFIX.transferOut);
  const r = await gatewayOf(ctx).send({ code: TASK.transferOutAnswer, ctid: ref, ...replyTo(ctx), transfer: { domain, type } });
  return taskOutcome(r, TASK.transferOutAnswer, { ref, await: awaitKind(ctx), step: type === 'ack' ? 'approving-transfer-out' : 'rejecting-transfer-out' }, { domain }, secretsOf(ctx));
}

export async function approveTransferOut(input: OperationInput<'approveTransferOut'>, ctx: Ctx): Promise<Outcome<OperationResult<'approveTransferOut'>>> {
  const v = validated('approveTransferOut', input);
  if ('error' in v) return v.error;
  return answerTransferOut(v.value.domain, 'ack', ctx);
}

/** The reason is kept in the host's Action Log: the XML answer carries none. */
export async function rejectTransferOut(input: OperationInput<'rejectTransferOut'>, ctx: Ctx): Promise<Outcome<OperationResult<'rejectTransferOut'>>> {
  const v = validated('rejectTransferOut', input);
  if ('error' in v) return v.error;
  return answerTransferOut(v.value.domain, 'nack', ctx);
}

/**
 * Domain list 0105 with a `<view>` (offset, limit, children 0) and the keys `created`, `payable`
 * (tillkahlbrock/autodns-api's list request): the answer's `<data>` holds `<summary>` (the total)
 * and one `<domain>` per listed domain. The cursor is the next offset.
 */
export async function listDomains(input: OperationInput<'listDomains'>, ctx: Ctx): Promise<Outcome<OperationResult<'listDomains'>>> {
  const v = validated('listDomains', input);
  if ('error' in v) return v.error;
  const offset = v.value.cursor === undefined ? 0 : Number(v.value.cursor);
  if (!Number.isInteger(offset) || offset < 0) return failed(invalidInput([{ path: '/cursor', message: 'is not a cursor this plugin gave out' }]));
  const limit = Math.min(v.value.limit ?? LIST_PAGE_SIZE, LIST_PAGE_SIZE);
  const r = await gatewayOf(ctx).send({ code: TASK.domainInquire, ctid: taskCtid(ctx.operation.id, CTID_SUFFIX.list), view: { offset, limit, children: 0 }, key: ['created', 'payable'] });
  if (r.status.type === 'error') return failed(responseError(r, TASK.domainInquire, secretsOf(ctx)));
  const listed = children(r.data, 'domain').filter(isElement);
  const domains: AccountDomain[] = listed.flatMap((d) => {
    const name = textOf(d.name).trim().toLowerCase();
    if (name === '') return [];
    const createdAt = isoDate(textOf(d.created));
    const expiresAt = isoDate(textOf(d.payable));
    return [{ domain: name, ...(createdAt === undefined ? {} : { createdAt }), ...(expiresAt === undefined ? {} : { expiresAt }) }];
  });
  // Without a <summary> (Number('') would read as 0), a full page means there may be more.
  const summary = textOf(children(r.data, 'summary')[0]).trim();
  const total = summary === '' ? Number.NaN : Number(summary);
  const more = Number.isInteger(total) ? offset + listed.length < total : listed.length === limit;
  return done({ domains, ...(more && listed.length > 0 ? { nextCursor: String(offset + listed.length) } : {}) });
}
