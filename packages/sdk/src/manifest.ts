import { createRequire } from 'node:module';
import type intersects from 'semver/ranges/intersects.js';
import type minVersion from 'semver/ranges/min-version.js';
import type validRange from 'semver/ranges/valid.js';
import type satisfies from 'semver/functions/satisfies.js';
import type { ErrorIssue } from './errors.js';
import { compileSchema, toIssues } from './json-schema.js';
import type { OperationSpec, RegistrarPluginManifest, TldRules } from './manifest.generated.js';
import { isOperationName, OPERATIONS, type OperationName } from './operations.js';
import { validateManifestSchema } from './schema-validators.generated.js';
import { SDK_VERSION, SUPPORTED_MANIFEST_VERSIONS } from './version.js';

// Only the four semver functions the sdk range check needs: semver's index loads all of them.
const require = createRequire(import.meta.url);
const semver = {
  validRange: require('semver/ranges/valid.js') as typeof validRange,
  minVersion: require('semver/ranges/min-version.js') as typeof minVersion,
  intersects: require('semver/ranges/intersects.js') as typeof intersects,
  satisfies: require('semver/functions/satisfies.js') as typeof satisfies,
};

export type { RegistrarPluginManifest, TldRules, OperationSpec, JsonSchema } from './manifest.generated.js';

export type OperationMode = 'auto' | 'manual' | 'unsupported';
export type CompletionKind = 'sync' | 'poll' | 'message';

/** The checks of the conformance suite a manifest may bypass (with a reason). */
export const CONFORMANCE_CHECKS = [
  'manifest',
  'scenarios',
  'completion',
  'unsupported-refuses',
  'fault-timeout',
  'fault-500',
  'fault-503',
  'fault-reset',
  'fault-empty-body',
  'fault-malformed-body',
  'unused-exchanges',
  'unrecorded-requests',
  'secrets',
] as const;
export type ConformanceCheck = (typeof CONFORMANCE_CHECKS)[number];

export interface ManifestValidation {
  /** Present only when there are no errors. */
  manifest?: RegistrarPluginManifest;
  errors: ErrorIssue[];
  warnings: ErrorIssue[];
}

export interface ValidateManifestOptions {
  /** The plugin's package.json, to check that the versions agree. */
  packageJson?: { name?: string; version?: string };
  /** Check the sdk range against this version instead of this sdk's own. */
  sdkVersion?: string;
}

/**
 * Validates a `registrar-plugin.json` value: first against the JSON Schema (every error, as a
 * JSON pointer such as `/operations/register/mode`), then the semantic rules the schema cannot
 * express. Never throws for bad input.
 */
export function validateManifest(value: unknown, options: ValidateManifestOptions = {}): ManifestValidation {
  const errors: ErrorIssue[] = [];
  const warnings: ErrorIssue[] = [];
  if (typeof value === 'object' && value !== null && 'manifestVersion' in value) {
    const v = (value as { manifestVersion: unknown }).manifestVersion;
    if (typeof v === 'number' && !SUPPORTED_MANIFEST_VERSIONS.includes(v)) {
      return {
        errors: [{ path: '/manifestVersion', message: `manifest version ${v} is not supported by sdk ${SDK_VERSION} (supported: ${SUPPORTED_MANIFEST_VERSIONS.join(', ')})` }],
        warnings,
      };
    }
  }
  // Precompiled from manifest.schema.json at build time (scripts/generate-validators.mjs).
  const validate = validateManifestSchema;
  if (!validate(value)) return { errors: toIssues(validate.errors), warnings };
  const m = value as RegistrarPluginManifest;

  const pkg = options.packageJson;
  if (pkg?.version !== undefined && pkg.version !== m.version) {
    errors.push({ path: '/version', message: `is ${m.version} but package.json says ${pkg.version}; they must be equal` });
  }

  const sdkVersion = options.sdkVersion ?? SDK_VERSION;
  errors.push(...checkSdkRange(m.sdk, sdkVersion));

  const customNames = Object.keys(m.customOperations ?? {});
  const allOps = [...OPERATIONS, ...customNames];
  for (const name of customNames) {
    if ((OPERATIONS as readonly string[]).includes(name)) {
      errors.push({ path: `/customOperations/${name}`, message: 'has the name of a standard operation' });
    }
  }
  const specs: [string, { mode: string; completion?: string; reason?: string }][] = [
    ...Object.entries(m.operations).map(([k, v]) => [`/operations/${k}`, v] as [string, typeof v]),
    ...Object.entries(m.customOperations ?? {}).map(([k, v]) => [`/customOperations/${k}`, v] as [string, typeof v]),
  ];
  for (const [path, spec] of specs) {
    if (spec.mode !== 'auto' && spec.completion !== undefined) {
      warnings.push({ path: `${path}/completion`, message: `is ignored: the operation is ${spec.mode}` });
    }
    if (spec.mode === 'unsupported' && spec.reason === undefined) {
      warnings.push({ path: `${path}/reason`, message: 'is missing: say why the operation is unsupported (operators see it)' });
    }
    if (spec.mode === 'auto' && spec.completion === 'poll' && m.polling === undefined) {
      errors.push({ path: `${path}/completion`, message: 'is "poll" but the manifest has no polling policy (/polling)' });
    }
    if (spec.mode === 'auto' && spec.completion === 'message' && m.inbound?.mail !== true && m.inbound?.webhook !== true) {
      errors.push({ path: `${path}/completion`, message: 'is "message" but the manifest declares no inbound channel (/inbound/mail or /inbound/webhook)' });
    }
  }

  if (m.polling !== undefined && m.polling.recommendedIntervalSeconds < m.polling.minIntervalSeconds) {
    errors.push({ path: '/polling/recommendedIntervalSeconds', message: `must not be below minIntervalSeconds (${m.polling.minIntervalSeconds})` });
  }

  for (const [tld, rules] of Object.entries(m.tlds ?? {})) {
    const ns = rules.nameservers;
    if (ns?.min !== undefined && ns.max !== undefined && ns.min > ns.max) {
      errors.push({ path: `/tlds/${tld}/nameservers/min`, message: `must not exceed max (${ns.max})` });
    }
    if (rules.extraFields !== undefined) errors.push(...checkSubSchema(rules.extraFields, `/tlds/${tld}/extraFields`));
  }
  errors.push(...checkSubSchema(m.settings, '/settings'));
  for (const [name, spec] of Object.entries(m.customOperations ?? {})) {
    errors.push(...checkSubSchema(spec.input, `/customOperations/${name}/input`));
  }

  (m.conformance?.bypass ?? []).forEach((bypass, i) => {
    if (bypass.operation !== undefined && !allOps.includes(bypass.operation)) {
      errors.push({ path: `/conformance/bypass/${i}/operation`, message: `"${bypass.operation}" is not an operation of this manifest` });
    }
  });

  const f = m.features ?? {};
  const featureOps: [OperationName, keyof NonNullable<RegistrarPluginManifest['features']>][] = [
    ['setRegistrarLock', 'registrarLock'],
    ['getAuthCode', 'transferKey'],
    ['setWhoisPrivacy', 'whoisPrivacy'],
    ['setDnssec', 'dnssec'],
    ['setAutoRenew', 'autoRenew'],
  ];
  for (const [op, feature] of featureOps) {
    const mode = operationSpec(m, op).mode;
    if (mode !== 'unsupported' && f[feature] !== true) {
      warnings.push({ path: `/features/${feature}`, message: `is not declared, but ${op} is ${mode}; connectors cannot enable the flag` });
    }
  }
  const network = m.transports.some((t) => t !== 'email');
  if (network && (m.network?.allowedHosts ?? []).length === 0) {
    warnings.push({ path: '/network/allowedHosts', message: 'is empty: declare the registrar hosts so the host can refuse anything else' });
  }

  return errors.length === 0 ? { manifest: m, errors, warnings } : { errors, warnings };
}

/** Checks a plugin's `sdk` range: valid, pins one major, satisfied by `sdkVersion`. */
export function checkSdkRange(range: string, sdkVersion: string = SDK_VERSION): ErrorIssue[] {
  const valid = semver.validRange(range);
  if (valid === null) return [{ path: '/sdk', message: `"${range}" is not a semver range` }];
  const min = semver.minVersion(valid);
  if (min === null) return [{ path: '/sdk', message: `"${range}" matches no version` }];
  // For 0.x the minor is the breaking part (semver caret rules), so "a major" means 0.N.
  const nextBreaking = min.major === 0 ? `0.${min.minor + 1}.0-0` : `${min.major + 1}.0.0-0`;
  if (semver.intersects(valid, `>=${nextBreaking}`, { includePrerelease: true })) {
    return [{ path: '/sdk', message: `"${range}" must pin a major version (e.g. "^${min.major}.${min.minor}.0"): it also accepts ${nextBreaking.replace(/-0$/, '')} and later` }];
  }
  if (!semver.satisfies(sdkVersion, valid, { includePrerelease: true })) {
    return [{ path: '/sdk', message: `"${range}" is not satisfied by @registrar-kit/sdk ${sdkVersion}` }];
  }
  return [];
}

function checkSubSchema(schema: unknown, path: string): ErrorIssue[] {
  try {
    compileSchema(schema as object);
    return [];
  } catch (error) {
    return [{ path, message: `is not a valid JSON Schema: ${(error as Error).message}` }];
  }
}

/** The TLD rules that apply to `tld`: the `*` defaults overlaid with the TLD's own. */
export function tldRulesFor(manifest: Pick<RegistrarPluginManifest, 'tlds'>, tld: string): TldRules {
  const tlds = manifest.tlds ?? {};
  return { ...(tlds['*'] ?? {}), ...(tlds[tld.toLowerCase()] ?? {}) };
}

/** The declared mode of a standard or custom operation (`undefined` when the manifest has no such operation). */
export function operationMode(manifest: RegistrarPluginManifest, operation: string): OperationMode | undefined {
  // A custom operation never has a standard operation's name (validateManifest refuses it).
  return isOperationName(operation) ? operationSpec(manifest, operation).mode : manifest.customOperations?.[operation]?.mode;
}

/** The reason given for an optional standard operation a manifest leaves out. */
export const UNDECLARED_OPERATION_REASON = 'not declared in the plugin manifest';

/**
 * The spec of a standard operation. An optional operation the manifest leaves out (one added
 * after the manifest was written) is `unsupported` with {@link UNDECLARED_OPERATION_REASON}.
 */
export function operationSpec(manifest: Pick<RegistrarPluginManifest, 'operations'>, operation: OperationName): OperationSpec {
  return (manifest.operations as Partial<Record<OperationName, OperationSpec>>)[operation] ?? { mode: 'unsupported', reason: UNDECLARED_OPERATION_REASON };
}
