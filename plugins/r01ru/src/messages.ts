import { done, failed, pending, registrarError, type InboundMessage, type MessageContext, type MessageResult, type Outcome, type PendingRef } from '@registrar-kit/sdk';
import { replyError, sendError } from './errors.js';
import { requestDomain } from './operations.js';
import { parseReply, type Reply } from './protocol/replies.js';
import { findToken, refOf, STAGES, type Stage } from './protocol/subject.js';
import { readFlowData, secretsOf, type FlowData } from './request.js';
import { senderAllowed, type R01Settings } from './settings.js';
import { clientHandleKey, domainAdminKey } from './state.js';

type Ctx = MessageContext<R01Settings>;

const unmatched = (reason: string): MessageResult => ({ matched: false, reason });

/**
 * Ties a reply to the pending request it answers: by our token (subject or quoted original), or
 * else by R01's task id recorded from an earlier queued notification. A reply to a request this
 * instance never sent — or to an earlier step of an operation that has moved on — is not applied.
 */
async function correlate(reply: Reply, ctx: Ctx): Promise<{ op: PendingRef; data: FlowData; stage: Stage } | { reason: string }> {
  let op: PendingRef | undefined;
  if (reply.token !== undefined) {
    const ref = refOf(reply.token);
    [op] = await ctx.findPending({ ref });
    if (op === undefined) {
      const same = (await ctx.findPending({})).find((p) => p.operationId === reply.token?.operationId);
      return {
        reason:
          same === undefined
            ? `no pending request ${ref} from this instance`
            : `the reply concerns the ${reply.token.stage} request of operation ${same.operationId}, which is now at step ${same.step ?? same.ref}`,
      };
    }
  } else if (reply.taskId !== undefined) {
    const byTask = (await ctx.findPending({})).filter((p) => readFlowData(p.data)?.taskId === reply.taskId);
    if (byTask.length !== 1) return { reason: byTask.length === 0 ? `no correlation token, and task ${reply.taskId} belongs to no pending request of this instance` : `task ${reply.taskId} is claimed by ${byTask.length} pending requests` };
    op = byTask[0]!;
  } else {
    return { reason: 'no correlation token of ours and no task id in the reply' };
  }
  const data = readFlowData(op.data);
  // The ref names the stage; the data may lag behind it where a host keeps only the first data.
  const stage = findToken(`[RK:${op.ref}]`)?.stage ?? data?.stage;
  if (data === undefined || stage === undefined || !STAGES.includes(stage)) return { reason: `pending request ${op.ref} carries no flow data this plugin wrote` };
  return { op, data: { ...data, stage }, stage };
}

/** Reads one registrar reply and moves the operation it concerns (docs/registrars/r01ru.md#registration-client-then-domain). */
export async function handleMessage(message: InboundMessage, ctx: Ctx): Promise<MessageResult> {
  // The host checks senders too; the plugin refuses on its own so a misconfigured host cannot apply forged mail.
  if (!senderAllowed(message.from, ctx.settings.allowedSenders)) return unmatched(`sender ${message.from ?? '(none)'} is not one of the registrar's sender addresses`);
  const reply = parseReply(message.subject ?? '', message.text ?? '');
  const found = await correlate(reply, ctx);
  if ('reason' in found) return unmatched(found.reason);
  const { op, data, stage } = found;
  const ref = op.ref;
  if (reply.domain !== undefined && stage !== 'client' && reply.domain !== op.domain) {
    return unmatched(`the reply names ${reply.domain} but request ${ref} was for ${op.domain}`);
  }
  const matched = (outcome: Outcome): MessageResult => ({ matched: true, ref, outcome });
  const task = reply.taskId === undefined ? '' : ` as task ${reply.taskId}`;
  const withTask: FlowData = reply.taskId === undefined ? data : { ...data, taskId: reply.taskId };

  switch (reply.status) {
    case 'failed':
      return matched(failed(replyError(reply, stage, ref, secretsOf(ctx.settings))));
    case 'queued':
      return matched(pending({ ref, await: 'message', step: `${stage}-queued`, note: `queued${task}`, data: withTask }));
    case 'unknown':
      return unmatched(`the reply to ${ref} says neither queued, registered, delegated, done nor failed`);
  }

  if (stage === 'client') {
    if (reply.status === 'delegated') return unmatched(`the reply to client request ${ref} speaks of a delegation`);
    if (reply.handle === undefined) {
      return matched(failed(registrarError('PROTOCOL', 'The registrar reported the client registered without its handle', { detail: `reply to ${ref}${task}: no -GPT / nic_hdl handle found` })));
    }
    await ctx.state.set(clientHandleKey(data.customer, data.clientKind ?? 'person'), reply.handle);
    try {
      return matched(await requestDomain(ctx, op.operationId, withTask, reply.handle));
    } catch (error) {
      // The client exists now and its handle is kept: a retry sends only the domain request.
      return matched(failed(sendError(error, secretsOf(ctx.settings))));
    }
  }

  if (stage === 'domain') {
    if (reply.status !== 'delegated') {
      // docs/registrars/r01ru.md: only the mail confirming registration *and delegation* completes it.
      return matched(pending({ ref, await: 'message', step: 'domain-registered', note: `registered${task}, awaiting delegation`, data: withTask }));
    }
    const handle = data.handle ?? (await ctx.state.get<string>(clientHandleKey(data.customer, data.clientKind ?? 'person')));
    if (typeof handle === 'string' && handle !== '') await ctx.state.set(domainAdminKey(op.domain), handle);
    return matched(done({ domain: op.domain, ...(reply.paidTill === undefined ? {} : { expiresAt: reply.paidTill }) }));
  }

  if (stage === 'prolong') return matched(done({ domain: op.domain, ...(reply.paidTill === undefined ? {} : { expiresAt: reply.paidTill }) }));
  return matched(done({ domain: op.domain }));
}
