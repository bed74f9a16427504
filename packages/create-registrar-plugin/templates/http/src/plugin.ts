import { definePlugin, done, failed, type OperationContext } from '@registrar-kit/sdk';
import { call } from './protocol.js';
import type { Settings } from './settings.js';

type Ctx = OperationContext<Settings>;

export default definePlugin<Settings>()({
  id: '__ID__',
  // The operations registrar-plugin.json declares "auto": TypeScript requires a handler for each,
  // and the host checks this list against the manifest when it loads the plugin.
  auto: ['checkAvailability', 'info'],
  operations: {
    async checkAvailability(input, ctx: Ctx) {
      const reply = await call(ctx, 'check', { domain: input.domain });
      if (!reply.ok) return failed(reply.error);
      const { available, reason } = reply.data;
      return done({ domain: input.domain, available, ...(reason === undefined ? {} : { reason }) });
    },

    async info(input, ctx: Ctx) {
      const reply = await call(ctx, 'info', { domain: input.domain });
      if (!reply.ok) return failed(reply.error);
      const d = reply.data;
      return done({
        domain: input.domain,
        statuses: d.locked ? ['clientTransferProhibited'] : ['ok'],
        registrarStatus: d.status,
        ...(d.expiresAt === undefined ? {} : { expiresAt: d.expiresAt }),
        nameservers: d.nameservers.map((host) => ({ host })),
        locked: d.locked,
      });
    },
  },
});
