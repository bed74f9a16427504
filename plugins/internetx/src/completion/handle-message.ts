import type { InboundMessage, MessageContext, MessageResult } from '@registrar-kit/sdk';
import { isHandleCtid } from '../mapping/ctid.js';
import { jobOutcome } from '../mapping/outcome.js';
import { parseNotification } from '../protocol/notification.js';
import { secretsOf } from '../operations/context.js';
import type { InternetXSettings } from '../settings.js';

/**
 * A job notification mail (Standard or XML layout) → the outcome of the pending operation whose
 * ref is the mail's ctid (`transaction:`): S → done (Registered), E → failed with the reason
 * (Error, detail in the Action Log), N → still pending. Anything that cannot be tied to exactly
 * one pending operation is returned unmatched with the reason, and the host quarantines it.
 */
export async function handleMessage(message: InboundMessage, ctx: MessageContext<InternetXSettings>): Promise<MessageResult> {
  const body = message.text ?? (typeof message.body === 'string' ? message.body : '');
  const note = parseNotification(body);
  if (note === undefined) {
    return { matched: false, reason: 'not a job notification: no transaction (ctid) with an S/E/N status code in the mail' };
  }
  if (isHandleCtid(note.ctid)) {
    return { matched: false, reason: `notification ${note.code} of contact-handle task ${note.ctid}; no operation waits for it` };
  }
  const [op] = await ctx.findPending({ ref: note.ctid });
  if (op === undefined) return { matched: false, reason: `no pending operation has ctid ${note.ctid} (${note.code})` };
  if (note.domain !== undefined && note.domain !== op.domain) {
    return { matched: false, reason: `notification ${note.code} for ctid ${note.ctid} names ${note.domain}, but that operation concerns ${op.domain}` };
  }
  return { matched: true, ref: note.ctid, outcome: jobOutcome(note, op, 'message', `notification mail (${note.layout} layout) ${note.code}`, secretsOf(ctx)) };
}
