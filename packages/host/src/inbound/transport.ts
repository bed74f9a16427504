import type { PluginInstance } from '../plugin-registry.js';

export type InboundTransport = 'mail' | 'webhook';

export type TransportVerdict = { accepted: true } | { accepted: false; detail: string };

/**
 * Whether an instance takes registrar messages over `transport`. The plugin must declare it in its
 * manifest (`/inbound/mail`, `/inbound/webhook`: it only reads what it declares), and the
 * instance's `inbound.transport`, when set, must allow it — the configuration can narrow what the
 * plugin reads, never widen it.
 */
export function acceptsTransport(instance: Pick<PluginInstance, 'name' | 'manifest' | 'config'>, transport: InboundTransport): TransportVerdict {
  if (instance.manifest.inbound?.[transport] !== true) return { accepted: false, detail: `${instance.name}: the plugin's manifest declares no ${transport} inbound (/inbound/${transport})` };
  const configured = instance.config.inbound?.transport;
  if (configured !== undefined && configured !== 'any' && configured !== transport) {
    return { accepted: false, detail: `${instance.name} takes registrar messages by ${configured} only (inbound.transport: "${configured}")` };
  }
  return { accepted: true };
}
