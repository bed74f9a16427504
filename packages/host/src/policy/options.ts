import { type ErrorIssue, type RegistrarPluginManifest } from '@registrar-kit/sdk';
import type { Connector } from '../connectors.js';

/**
 * The options a register or transfer may carry, each checked against the connector's flags and
 * the plugin's features before anything is stored (docs/host-guide.md#options-on-register-and-transfer).
 * An option the connector does not offer is refused naming it — never passed to a plugin that
 * would drop it in silence.
 *
 * - `whoisPrivacy: true` needs the connector flag `whoisPrivacy` (which needs the feature);
 *   the plugin applies it.
 * - `registrarLock: true` needs the connector flag `registrarLock` and `setRegistrarLock` not
 *   unsupported: the host applies it after the acquisition completes, by a `setRegistrarLock`
 *   operation of its own (policy/follow-ups.ts), so the lock is recorded only once the registrar
 *   confirmed it, whatever the plugin does at registration.
 * - `dnssec` needs the plugin's `dnssec` feature; the plugin applies it.
 * - `useProviderNameservers: true` (transfer) needs the connector flag
 *   `transferUsesProviderNameservers`; the plugin applies it.
 * - `autoRenew` is the domain's renewal policy, kept by the host (the renewal scheduler); the
 *   plugin also receives it and applies it when it has the `autoRenew` feature. It is never refused.
 */
export function checkAcquisitionOptions(operation: string, input: Record<string, unknown>, connector: Connector, manifest: RegistrarPluginManifest): ErrorIssue[] {
  if (operation !== 'register' && operation !== 'transfer') return [];
  const issues: ErrorIssue[] = [];
  const at = `connector "${connector.name}" (.${connector.tld})`;
  if (input.whoisPrivacy === true && !connector.flags.whoisPrivacy) {
    issues.push({ path: '/whoisPrivacy', message: `WHOIS privacy is not offered by ${at}: its whoisPrivacy flag is off or plugin ${manifest.id} has no whoisPrivacy feature` });
  }
  if (input.registrarLock === true && (!connector.flags.registrarLock || (connector.modes.setRegistrarLock ?? 'unsupported') === 'unsupported')) {
    issues.push({ path: '/registrarLock', message: `the registrar lock is not offered by ${at}: its registrarLock flag is off or plugin ${manifest.id} cannot set the lock` });
  }
  if (input.dnssec !== undefined && manifest.features?.dnssec !== true) {
    issues.push({ path: '/dnssec', message: `DNSSEC at ${operation} is not offered by ${at}: plugin ${manifest.id} has no dnssec feature` });
  }
  if (operation === 'transfer' && input.useProviderNameservers === true && !connector.flags.transferUsesProviderNameservers) {
    issues.push({ path: '/useProviderNameservers', message: `${at} does not allow transfers onto the provider's name servers (flag transferUsesProviderNameservers)` });
  }
  return issues;
}

/** What the plugin receives: `registrarLock: true`, which the host applies itself, is taken out (see {@link checkAcquisitionOptions}). */
export function pluginInput(operation: string, input: unknown): unknown {
  if ((operation !== 'register' && operation !== 'transfer') || typeof input !== 'object' || input === null || (input as { registrarLock?: unknown }).registrarLock !== true) return input;
  const { registrarLock: _applied, ...rest } = input as Record<string, unknown>;
  return rest;
}
