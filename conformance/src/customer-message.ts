import type { Outcome, RegistrarPluginManifest } from '@registrar-kit/sdk';

/**
 * What a customer-facing error message must not name: the registrar (the manifest's `name`, also
 * without a trailing parenthetical such as "(mail interface)", and its `id`) and the hosts it
 * talks to (`network.allowedHosts`, a `*.` wildcard reduced to its domain). Customers buy from
 * the platform, not from its registrars; the operator-facing `detail` may name them.
 */
export function registrarNames(manifest: RegistrarPluginManifest): string[] {
  const name = manifest.name.trim();
  const hosts = (manifest.network?.allowedHosts ?? []).map((h) => h.replace(/^\*\./, '').replace(/:\d+$/, ''));
  const terms = [name, name.replace(/\s*\([^)]*\)\s*$/, ''), manifest.id, ...hosts].map((t) => t.trim()).filter((t) => t !== '');
  return [...new Set(terms)];
}

/**
 * The registrar name a failed outcome's message contains (case-insensitive), or undefined. Only
 * `error.message` is read: it reaches the customer, `detail` stays in the Action Log.
 */
export function namedInMessage(outcome: Outcome | { status: string }, names: readonly string[]): string | undefined {
  if (outcome.status !== 'failed' || !('error' in outcome)) return undefined;
  const message = outcome.error.message.toLowerCase();
  return names.find((n) => message.includes(n.toLowerCase()));
}

/** The failure text for a message that names its registrar. */
export function namesRegistrarMessage(where: string, outcome: Outcome, term: string): string {
  const message = outcome.status === 'failed' ? outcome.error.message : '';
  return `${where}: the customer-facing message "${message}" names the registrar ("${term}"); say what happened without naming it, and put registrar names in the error's detail (operator-facing)`;
}
