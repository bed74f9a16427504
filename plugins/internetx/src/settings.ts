import type { PluginContext } from '@registrar-kit/sdk';
import { createGateway, type Gateway } from './protocol/gateway.js';

/** Instance settings, validated by the host against the manifest's settings schema. */
export interface InternetXSettings {
  /** Live `https://gateway.autodns.com` (default) or demo `https://demo.autodns.com/gateway/`. */
  endpoint?: string;
  user: string;
  /** Secret: sent only inside `<auth>`, never logged. */
  password: string;
  /** AutoDNS context; 4 for most reseller accounts. */
  context?: number;
  /** How job results reach the plugin: notification mail (default) or the message queue (0905/0906). */
  completion?: 'mail' | 'poll';
  /** Overrides the host's inbound address as the tasks' `reply_to`. */
  replyTo?: string;
  /** The provider's name servers, sent at a transfer that asks for them (`useProviderNameservers`). */
  providerNameservers?: string[];
}

export const LIVE_ENDPOINT = 'https://gateway.autodns.com';
export const DEFAULT_CONTEXT = 4;

/** The gateway of one plugin instance (the host does not apply schema defaults, so they are applied here). */
export function gatewayOf(ctx: PluginContext<InternetXSettings>): Gateway {
  const s = ctx.settings;
  return createGateway(ctx.http, s.endpoint ?? LIVE_ENDPOINT, { user: s.user, password: s.password, context: s.context ?? DEFAULT_CONTEXT });
}

/** Pending operations wait for the notification mail, or for poll() when the account polls the queue. */
export function awaitKind(ctx: PluginContext<InternetXSettings>): 'message' | 'poll' {
  return ctx.settings.completion === 'poll' ? 'poll' : 'message';
}

/** The `reply_to` of a task: the setting, else the host's inbound address, else none (the account default). */
export function replyTo(ctx: PluginContext<InternetXSettings>): { reply_to?: string } {
  const to = ctx.settings.replyTo ?? ctx.inboundAddress;
  return to === undefined || to === '' ? {} : { reply_to: to };
}
