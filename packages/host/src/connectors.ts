import { OPERATIONS, operationSpec, tldRulesFor, type RegistrarPluginManifest } from '@registrar-kit/sdk';
import { CONNECTOR_FLAGS, type ConnectorConfig, type ConnectorFlag, type Mode } from './config.js';
import type { PluginInstance } from './plugin-registry.js';
import { restrictionsFor } from './policy/restrictions.js';

/** A connector as the router uses it: every operation's effective mode and the reason. */
export interface Connector {
  name: string;
  tld: string;
  plugin: string;
  modes: Record<string, Mode>;
  reasons: Record<string, string | undefined>;
  flags: Record<ConnectorFlag, boolean>;
  /** Why the connector cannot be used (its plugin failed to load, or the connector is invalid). */
  disabled: string | undefined;
}

export interface ConnectorProblem {
  code: 'CONNECTOR_INVALID' | 'CONNECTOR_DISABLED';
  connector: string;
  plugin: string;
  path: string;
  message: string;
  file?: string;
}

const RANK: Record<Mode, number> = { unsupported: 0, manual: 1, auto: 2 };

/** Operations each connector flag gates (docs/host-guide.md#connectors-and-modes). */
export const FLAG_OPERATIONS: Record<ConnectorFlag, readonly string[]> = {
  editNameservers: ['updateNameservers'],
  manageContacts: ['updateContacts', 'changeRegistrant'],
  registrarLock: ['setRegistrarLock'],
  transferKey: ['getAuthCode'],
  whoisPrivacy: ['setWhoisPrivacy'],
  transferUsesProviderNameservers: [],
};

function hasFeature(manifest: RegistrarPluginManifest, flag: ConnectorFlag): boolean {
  if (manifest.features?.[flag] === true) return true;
  const ops = FLAG_OPERATIONS[flag];
  return ops.length > 0 && ops.some((op) => (manifest.operations as Record<string, { mode: Mode }>)[op]?.mode !== 'unsupported');
}

/**
 * Computes a connector from its configuration and its plugin's manifest. A connector may lower a
 * plugin's auto operation to manual or unsupported, never raise it; a flag needs the plugin's
 * feature. Every violation is a problem naming the connector and the plugin.
 */
export function buildConnector(
  config: ConnectorConfig,
  index: number,
  manifest: RegistrarPluginManifest | undefined,
  pluginDisabled: string | undefined,
  file?: string,
): { connector: Connector; problems: ConnectorProblem[] } {
  const name = config.name ?? config.tld;
  const problems: ConnectorProblem[] = [];
  const where = (path: string): { path: string; file?: string } => ({ path: `/connectors/${index}${path}`, ...(file === undefined ? {} : { file }) });
  const connector: Connector = {
    name,
    tld: config.tld.toLowerCase(),
    plugin: config.plugin,
    modes: {},
    reasons: {},
    flags: Object.fromEntries(CONNECTOR_FLAGS.map((f) => [f, false])) as Record<ConnectorFlag, boolean>,
    disabled: undefined,
  };
  if (manifest === undefined) {
    connector.disabled = pluginDisabled ?? `plugin instance "${config.plugin}" is not configured`;
    problems.push({ code: 'CONNECTOR_DISABLED', connector: name, plugin: config.plugin, ...where('/plugin'), message: `connector "${name}" is disabled: ${connector.disabled}` });
    return { connector, problems };
  }
  // A standard operation the manifest leaves out (one added after it was written) is unsupported.
  const standard = Object.fromEntries(OPERATIONS.map((op) => [op, operationSpec(manifest, op)]));
  const specs: Record<string, { mode: Mode; reason?: string }> = { ...standard, ...(manifest.customOperations ?? {}) };
  for (const [op, spec] of Object.entries(specs)) {
    connector.modes[op] = spec.mode;
    connector.reasons[op] = spec.mode === 'auto' ? undefined : (spec.reason ?? `the ${manifest.name} plugin declares ${op} ${spec.mode}`);
  }
  for (const [op, mode] of Object.entries(config.modes ?? {})) {
    const declared = connector.modes[op] ?? 'unsupported';
    if (RANK[mode] > RANK[declared]) {
      problems.push({
        code: 'CONNECTOR_INVALID',
        connector: name,
        plugin: config.plugin,
        ...where(`/modes/${op}`),
        message: `connector "${name}" sets ${op} to ${mode}, but plugin instance "${config.plugin}" (${manifest.id}) declares it ${declared}: a connector can only lower a mode`,
      });
      continue;
    }
    if (mode !== declared) {
      connector.modes[op] = mode;
      connector.reasons[op] = `connector-sets-${mode}`;
    }
  }
  for (const flag of CONNECTOR_FLAGS) {
    const feature = hasFeature(manifest, flag);
    const wanted = config.flags?.[flag];
    if (wanted === true && !feature) {
      problems.push({
        code: 'CONNECTOR_INVALID',
        connector: name,
        plugin: config.plugin,
        ...where(`/flags/${flag}`),
        message: `connector "${name}" enables ${flag}, but plugin instance "${config.plugin}" (${manifest.id}) does not have that feature`,
      });
    }
    connector.flags[flag] = wanted ?? feature;
    if (wanted === false || !feature) {
      for (const op of FLAG_OPERATIONS[flag]) {
        if (connector.modes[op] !== 'unsupported') {
          connector.modes[op] = 'unsupported';
          connector.reasons[op] = `connector-flag-${flag}-off`;
        }
      }
    }
  }
  if (problems.length > 0) connector.disabled = problems.map((p) => p.message).join('; ');
  return { connector, problems };
}

/** The connector for a domain's TLD: the longest configured suffix wins (`co.uk` before `uk`). */
export function connectorFor(connectors: readonly Connector[], tld: string): Connector | undefined {
  const labels = tld.split('.');
  for (let i = 0; i < labels.length; i++) {
    const suffix = labels.slice(i).join('.');
    const found = connectors.find((c) => c.tld === suffix);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The standard operation families a capability matrix lists. */
export const MATRIX_OPERATIONS: readonly string[] = OPERATIONS;

/** Why staff handle `operation` on this connector: the manifest's or connector's reason, or the connector itself. */
export function manualReason(connector: Connector, operation: string): string {
  return connector.reasons[operation] ?? `connector "${connector.name}" handles ${operation} manually`;
}

/** One row of the capability matrix: what a connector does for an operation. */
export interface Capability {
  connector: string;
  tld: string;
  plugin: string;
  operation: string;
  mode: 'auto' | 'manual' | 'unsupported';
  completion: 'sync' | 'poll' | 'message' | undefined;
  reason: string | undefined;
  /** The connector TLD's rules that apply to this operation, in words for staff (periods, name servers, DNS test, auth code, extra fields); absent when none apply. */
  restrictions?: string[];
}

/** The capability matrix: connector × operation × mode × completion, with the TLD's restrictions. */
export function capabilityMatrix(connectors: readonly Connector[], instances: ReadonlyMap<string, Pick<PluginInstance, 'manifest'>>): Capability[] {
  return connectors.flatMap((c) => {
    const manifest = instances.get(c.plugin)?.manifest;
    return Object.entries(c.modes).map(([operation, mode]) => {
      const spec = (manifest?.operations as Record<string, { completion?: 'sync' | 'poll' | 'message' } | undefined> | undefined)?.[operation] ?? manifest?.customOperations?.[operation];
      const restrictions = mode === 'unsupported' || manifest === undefined ? undefined : restrictionsFor(operation, tldRulesFor(manifest, c.tld));
      return { connector: c.name, tld: c.tld, plugin: c.plugin, operation, mode, completion: mode === 'auto' ? spec?.completion : undefined, reason: c.reasons[operation], ...(restrictions === undefined ? {} : { restrictions }) };
    });
  });
}
