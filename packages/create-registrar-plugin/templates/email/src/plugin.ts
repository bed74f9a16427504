import { definePlugin, done, failed, pending, type MessageResult, type OperationContext } from '@registrar-kit/sdk';
import { registrarFailure } from './errors.js';
import { refOf, replyFields, requestMail } from './protocol.js';
import type { Settings } from './settings.js';

const unmatched = (reason: string): MessageResult => ({ matched: false, reason });

export default definePlugin<Settings>()({
  id: '__ID__',
  // The operations registrar-plugin.json declares "auto": TypeScript requires a handler for each,
  // and the host checks this list against the manifest when it loads the plugin.
  auto: ['renew'],
  operations: {
    // A mail is not answered at once: send the request, then wait for the reply (handleMessage).
    // A mail that cannot be sent throws ctx.mail's TRANSPORT error, which the host retries.
    async renew(input, ctx: OperationContext<Settings>) {
      const ref = ctx.operation.id;
      await ctx.mail.send(requestMail(ctx.settings, ref, 'RENEW', { domain: input.domain, period: String(input.period) }));
      return pending({ ref, await: 'message', step: 'renew-requested' });
    },
  },

  /** Applies a registrar reply to the pending request it names; anything else goes to quarantine. */
  async handleMessage(message, ctx) {
    // The host checks senders too; checking here keeps a misconfigured host from applying forged mail.
    const from = message.from?.toLowerCase();
    if (from === undefined || !ctx.settings.allowedSenders.some((s) => s.toLowerCase() === from)) {
      return unmatched(`sender ${message.from ?? '(none)'} is not one of the registrar's addresses`);
    }
    const ref = refOf(message.subject ?? '');
    if (ref === undefined) return unmatched('no request token in the subject');
    const [op] = await ctx.findPending({ ref });
    if (op === undefined) return unmatched(`no pending request ${ref} in this instance`);
    const reply = replyFields(message.text ?? '');
    if (reply.status === 'done') return { matched: true, ref, outcome: done({ domain: op.domain, ...(reply.expires === undefined ? {} : { expiresAt: reply.expires }) }) };
    if (reply.status === 'failed') return { matched: true, ref, outcome: failed(registrarFailure(reply.code ?? 'UNKNOWN', reply.message ?? '', op.operation)) };
    return unmatched(`the reply to ${ref} says neither "status: done" nor "status: failed"`);
  },
});
