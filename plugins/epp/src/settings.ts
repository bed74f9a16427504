import type { EppServerProfile } from '@registrar-kit/sdk';

/** Which contacts a registry takes on domain:create (a thin registry takes none). */
export type ContactPolicy = 'all' | 'registrant' | 'none';

/** Instance settings, validated by the host against the manifest's `settings` schema. */
export interface EppPluginSettings {
  host: string;
  /** Default 700 (RFC 5734 §2). */
  port?: number;
  clientId: string;
  /** Secret (`writeOnly`): sent only in `<login>`. */
  password: string;
  tls?: { ca?: string; cert?: string; key?: string; servername?: string };
  /** Extension URIs to log in with; default: the greeting's. */
  extensions?: string[];
  maxConnections?: number;
  commandTimeoutMs?: number;
  /** Prefix of the contact ids the plugin creates. Default `RK`. */
  contactIdPrefix?: string;
  /** Per-TLD registry rules. */
  tldRules?: Record<string, { contacts?: ContactPolicy }>;
}

/** The server profile `ctx.epp` pools sessions by. */
export function profileOf(settings: Readonly<EppPluginSettings>): EppServerProfile {
  const tls = settings.tls;
  return {
    host: settings.host,
    clientId: settings.clientId,
    password: settings.password,
    ...(settings.port === undefined ? {} : { port: settings.port }),
    ...(tls === undefined ? {} : { tls: { ...tls } }),
    ...(settings.extensions === undefined ? {} : { extensions: [...settings.extensions] }),
    ...(settings.maxConnections === undefined ? {} : { maxConnections: settings.maxConnections }),
    ...(settings.commandTimeoutMs === undefined ? {} : { commandTimeoutMs: settings.commandTimeoutMs }),
  };
}

/** The contact policy for a domain's TLD (the longest matching suffix wins). */
export function contactPolicy(settings: Readonly<EppPluginSettings>, domain: string): ContactPolicy {
  const labels = domain.split('.');
  for (let i = 1; i < labels.length; i++) {
    const rule = settings.tldRules?.[labels.slice(i).join('.')];
    if (rule?.contacts !== undefined) return rule.contacts;
  }
  return 'all';
}
