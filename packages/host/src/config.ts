import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, resolve } from 'node:path';
import { toIssues } from '@registrar-kit/sdk';
import { validateConfigSchema } from './config-validator.generated.js';
import { HostError, isHostError, type HostIssue } from './errors.js';
import type { DnsTestConfig } from './policy/dns-probe.js';

const require = createRequire(import.meta.url);
/** The JSON Schema of the host configuration (also exported as `@registrar-kit/host/config.schema.json`). */
export const configSchema = require('../config.schema.json') as Record<string, unknown>;

export type Mode = 'auto' | 'manual' | 'unsupported';
export type ConnectorFlag = 'editNameservers' | 'manageContacts' | 'registrarLock' | 'transferKey' | 'transferUsesProviderNameservers' | 'whoisPrivacy';
export const CONNECTOR_FLAGS: readonly ConnectorFlag[] = ['editNameservers', 'manageContacts', 'registrarLock', 'transferKey', 'transferUsesProviderNameservers', 'whoisPrivacy'];

/** An environment reference for a secret: `{ "$env": "NETIM_PASSWORD" }`. */
export interface EnvRef {
  $env: string;
}

export interface PluginInstanceConfig {
  name: string;
  package: string;
  settings?: Record<string, unknown>;
  inbound?: {
    address?: string;
    allowedSenders?: string[];
    requireDkim?: boolean;
    /** Which inbound transports the instance accepts (default: what its manifest declares). */
    transport?: 'mail' | 'webhook' | 'any';
    /** Webhook authentication: HMAC-SHA256 over `<timestamp>.<body>`. */
    webhook?: { secret?: string | EnvRef; toleranceSeconds?: number; unauthenticated?: boolean };
  };
  mailFrom?: string;
  /** How long the host waits for the plugin's code, per kind of call (milliseconds). */
  timeouts?: PluginTimeouts;
  /** The scheduled registrar sync of this instance (docs/host-guide.md#sync). */
  sync?: SyncConfig;
}

/** An instance's sync sweep: how often each domain is read, how fast, how many at a time, which. */
export interface SyncConfig {
  intervalHours?: number;
  ratePerSecond?: number;
  batch?: number;
  /** Only domains whose expiry is within this many days (or unknown, or passed). */
  expiringWithinDays?: number;
}

/** The renewal scheduler (docs/host-guide.md#renewals). */
export interface RenewalsConfig {
  /** Days before the expiry a renewal is released (default 30). */
  daysBefore?: number;
  /** `daysBefore` per TLD. */
  perTld?: Record<string, number>;
  /** Hours between `renewal.due` and the release, for the platform to attach an order (default 0). */
  holdHours?: number;
  /** Years per scheduled renewal (default 1). */
  period?: number;
}

/** Per-instance limits on plugin code; defaults in {@link DEFAULT_PLUGIN_TIMEOUTS}. */
export interface PluginTimeouts {
  importMs?: number;
  callMs?: number;
  pollMs?: number;
  reconcileMs?: number;
  messageMs?: number;
  disposeMs?: number;
}

export const DEFAULT_PLUGIN_TIMEOUTS: Required<PluginTimeouts> = {
  importMs: 10_000,
  callMs: 60_000,
  pollMs: 60_000,
  reconcileMs: 30_000,
  messageMs: 30_000,
  disposeMs: 5_000,
};

export interface ConnectorConfig {
  name?: string;
  tld: string;
  plugin: string;
  modes?: Partial<Record<'register' | 'renew' | 'transfer' | 'cancel', Mode>>;
  flags?: Partial<Record<ConnectorFlag, boolean>>;
}

/**
 * Where the host keeps its state. `sqlite` (a file, the default) or `postgres` (a database several
 * hosts share); `schema`, `migrate` and `poolSize` apply to PostgreSQL.
 */
export interface StoreConfig {
  sqlite?: string;
  postgres?: string | EnvRef;
  schema?: string;
  /** Apply pending PostgreSQL migrations at start (default false: `registrar-kit store migrate`). */
  migrate?: boolean;
  poolSize?: number;
}

/** The host events a webhook endpoint can receive. */
export type WebhookEventType = 'operation.status' | 'domain.status' | 'task.opened' | 'task.closed' | 'renewal.due';
export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = ['operation.status', 'domain.status', 'task.opened', 'task.closed', 'renewal.due'];

/** An endpoint of the platform receiving the host's events (Standard Webhooks; see the README). */
export interface WebhookConfig {
  name: string;
  url: string;
  /** `whsec_<base64>` (the decoded bytes are the key) or any string of at least 24 characters (its UTF-8 bytes). */
  secret: string | EnvRef;
  /** Default: every event. */
  events?: WebhookEventType[];
  /** Attempts per event before its delivery is marked failed (default 12). */
  maxAttempts?: number;
  /** Consecutive failed attempts after which the endpoint is disabled (default 50). */
  disableAfterFailures?: number;
  /** How long one attempt waits for an answer (default 10,000 ms). */
  timeoutMs?: number;
}

export interface HostConfig {
  store?: StoreConfig;
  plugins: PluginInstanceConfig[];
  connectors: ConnectorConfig[];
  mail?: { smtpUrl?: string | EnvRef; from?: string };
  inbound?: { smtp?: { host?: string; port: number } };
  tracker?: { leaseSeconds?: number; batchSize?: number };
  renewals?: RenewalsConfig;
  webhooks?: WebhookConfig[];
  /**
   * Customer orders: `providerCustomerIds` are the provider's own account (their billable requests need no order);
   * `requireForCustomers: false` when the platform bills before it calls the host (default true).
   */
  orders?: { providerCustomerIds?: string[]; requireForCustomers?: boolean };
  /** The DNS test of new name servers where a TLD's rules require it (docs/host-guide.md#dns-test-of-new-name-servers). */
  dns?: DnsTestConfig;
}

/** A configuration ready to use: validated, environment references resolved, paths absolute. */
export interface ResolvedConfig extends HostConfig {
  /** The file it came from, when loaded from disk. */
  file: string | undefined;
  /** Directory plugin paths and the store path are relative to. */
  baseDir: string;
}

/** Validates a configuration object; every issue names the file and the JSON path. */
export function checkConfig(value: unknown, file?: string): HostIssue[] {
  // Precompiled from config.schema.json at build time (scripts/generate-config-validator.mjs).
  const issues = validateConfigSchema(value) ? [] : toIssues(validateConfigSchema.errors);
  return issues.map((i) => (file === undefined ? i : { ...i, file }));
}

function isEnvRef(v: unknown): v is EnvRef {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 1 && typeof (v as EnvRef).$env === 'string';
}

/**
 * Replaces every `{ "$env": "NAME" }` with the variable's value. A missing variable is an
 * ENV_MISSING error naming it and where it was referenced; values are never printed.
 */
export function resolveEnvRefs<T>(value: T, env: NodeJS.ProcessEnv = process.env, file?: string): T {
  const missing: HostIssue[] = [];
  const walk = (v: unknown, path: string): unknown => {
    if (isEnvRef(v)) {
      const found = env[v.$env];
      if (found === undefined) missing.push({ path, message: `environment variable ${v.$env} is not set`, ...(file === undefined ? {} : { file }) });
      return found;
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, `${path}/${i}`));
    if (typeof v === 'object' && v !== null) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, `${path}/${k}`)]));
    }
    return v;
  };
  const out = walk(value, '') as T;
  if (missing.length > 0) {
    const names = missing.map((m) => m.message.split(' ')[2]).join(', ');
    throw new HostError('ENV_MISSING', `missing environment variable${missing.length > 1 ? 's' : ''} ${names} (referenced at ${missing.map((m) => m.path).join(', ')}${file === undefined ? '' : ` in ${file}`})`, missing);
  }
  return out;
}

/** Validates and resolves a configuration object (what `createHost` does with its argument). */
export function resolveConfig(value: unknown, options: { file?: string; baseDir?: string; env?: NodeJS.ProcessEnv } = {}): ResolvedConfig {
  const issues = checkConfig(value, options.file);
  if (issues.length > 0) {
    const where = options.file === undefined ? 'the configuration' : options.file;
    throw new HostError('CONFIG_INVALID', `${where} is invalid: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`, issues);
  }
  const config = resolveEnvRefs(value as HostConfig, options.env ?? process.env, options.file);
  const names = new Set<string>();
  const dupes: HostIssue[] = [];
  config.plugins.forEach((p, i) => {
    if (names.has(p.name)) dupes.push({ path: `/plugins/${i}/name`, message: `"${p.name}" is used by two plugin instances`, ...(options.file === undefined ? {} : { file: options.file }) });
    names.add(p.name);
  });
  if (dupes.length > 0) throw new HostError('CONFIG_INVALID', dupes.map((d) => `${d.path} ${d.message}`).join('; '), dupes);
  // A connector naming no configured instance is a mistake in this file, found without loading
  // anything: refused here, before a store is opened, like every other configuration error.
  const unknown: HostIssue[] = config.connectors.flatMap((cc, i) =>
    names.has(cc.plugin) ? [] : [{ path: `/connectors/${i}/plugin`, message: `names plugin instance "${cc.plugin}", which is not in "plugins"`, ...(options.file === undefined ? {} : { file: options.file }) }],
  );
  if (unknown.length > 0) throw new HostError('CONFIG_INVALID', `${options.file ?? 'the configuration'} is invalid: ${unknown.map((d) => `${d.path} ${d.message}`).join('; ')}`, unknown);
  const webhookIssues = checkWebhooks(config.webhooks ?? [], options.file);
  if (webhookIssues.length > 0) throw new HostError('CONFIG_INVALID', `${options.file ?? 'the configuration'} is invalid: ${webhookIssues.map((d) => `${d.path} ${d.message}`).join('; ')}`, webhookIssues);
  if (config.store?.sqlite !== undefined && config.store.postgres !== undefined) {
    const issue = { path: '/store', message: 'names both sqlite and postgres: choose one store', ...(options.file === undefined ? {} : { file: options.file }) };
    throw new HostError('CONFIG_INVALID', `${issue.path} ${issue.message}`, [issue]);
  }
  const baseDir = options.baseDir ?? (options.file === undefined ? process.cwd() : dirname(options.file));
  return { ...config, file: options.file, baseDir };
}

/**
 * What the schema cannot see: endpoint names used twice, and a secret read from the environment
 * that is too short (a `whsec_` secret must decode to at least 24 bytes). Secrets are never printed.
 */
function checkWebhooks(webhooks: readonly WebhookConfig[], file: string | undefined): HostIssue[] {
  const issues: HostIssue[] = [];
  const seen = new Set<string>();
  webhooks.forEach((w, i) => {
    const at = (path: string, message: string): void => void issues.push({ path: `/webhooks/${i}${path}`, message, ...(file === undefined ? {} : { file }) });
    if (seen.has(w.name)) at('/name', `"${w.name}" is used by two webhooks`);
    seen.add(w.name);
    const secret = typeof w.secret === 'string' ? w.secret : '';
    if (secret.startsWith('whsec_')) {
      const body = secret.slice('whsec_'.length);
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body) || Buffer.from(body, 'base64').length < 24) at('/secret', 'a whsec_ secret must be base64 of at least 24 bytes');
    } else if (secret.length < 24) {
      at('/secret', 'must be at least 24 characters (or a whsec_ secret)');
    }
  });
  return issues;
}

/** The PostgreSQL URL of a configuration (its `$env` reference resolved), or undefined for SQLite. */
export function postgresUrl(config: ResolvedConfig): string | undefined {
  const url = config.store?.postgres;
  return typeof url === 'string' ? url : undefined;
}

/**
 * The outcome journal of this host (answers kept while the store is unavailable): next to the
 * SQLite file, or `registrar-kit.journal` in the configuration's directory for PostgreSQL (each
 * host keeps its own; entries are applied fenced, so a journal shared by hosts on one machine is safe).
 */
export function journalPath(config: ResolvedConfig): string | undefined {
  if (postgresUrl(config) !== undefined) return resolve(config.baseDir, 'registrar-kit.journal');
  const file = storePath(config);
  return file === ':memory:' ? undefined : `${file}.journal`;
}

/** Resolves the SQLite path of a configuration (`:memory:` stays as it is). */
export function storePath(config: ResolvedConfig): string {
  const p = config.store?.sqlite ?? 'registrar-kit.sqlite';
  return p === ':memory:' || isAbsolute(p) ? p : resolve(config.baseDir, p);
}

const SEARCH_PLACES = [
  'package.json',
  ...['', '.json', '.yaml', '.yml', '.js', '.mjs', '.ts'].map((ext) => `.registrar-kitrc${ext}`),
  ...['json', 'yaml', 'yml', 'js', 'mjs', 'ts'].map((ext) => `registrar-kit.config.${ext}`),
];

/**
 * The largest configuration file read: 1 MiB. A configuration is a few kilobytes; a larger file
 * is a mistake (a log or a dump under the config's name) and is refused naming it.
 */
export const MAX_CONFIG_BYTES = 1024 * 1024;

type Loader = (filepath: string, content: string) => unknown;

function fileError(file: string, message: string, cause?: unknown): HostError {
  return new HostError('CONFIG_INVALID', `${file} ${message}`, [{ file, path: '', message }], cause === undefined ? {} : { cause });
}

/**
 * Wraps cosmiconfig's loaders so every failure names its file (a JS configuration that throws, a
 * JSON syntax error), a file over {@link MAX_CONFIG_BYTES} is refused before it is parsed, and a
 * file that loads to nothing is remembered as empty rather than skipped in silence.
 */
function guardedLoaders(defaults: Record<string, Loader>, empty: string[]): Record<string, Loader> {
  return Object.fromEntries(
    Object.entries(defaults).map(([ext, load]) => [
      ext,
      async (filepath: string, content: string) => {
        const bytes = Buffer.byteLength(content, 'utf8');
        if (bytes > MAX_CONFIG_BYTES) throw fileError(filepath, `is ${bytes} bytes: a configuration file may have at most ${MAX_CONFIG_BYTES} (1 MiB)`);
        let value: unknown;
        try {
          value = await load(filepath, content);
        } catch (error) {
          throw fileError(filepath, `could not be loaded: ${error instanceof Error ? error.message : String(error)}`, error);
        }
        if (value === undefined || value === null) empty.push(filepath);
        return value;
      },
    ]),
  );
}

function emptyError(file: string): HostError {
  return fileError(file, 'is empty: write the configuration in it (see the host README), or remove it');
}

/**
 * Finds the configuration from `cwd` with cosmiconfig (module name `registrar-kit`:
 * `registrar-kit.config.{json,yaml,yml,js,mjs,ts}`, `.registrar-kitrc*`, `package.json#registrar-kit`).
 * Every error names the file: an empty file, one that does not parse or throws, one over 1 MiB.
 */
export async function loadConfig(options: { cwd?: string; file?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ResolvedConfig> {
  // Loaded here, not at import: a platform that passes its configuration to createHost never needs it.
  const { cosmiconfig, defaultLoaders } = await import('cosmiconfig');
  const empty: string[] = [];
  const explorer = cosmiconfig('registrar-kit', {
    searchStrategy: 'project',
    searchPlaces: SEARCH_PLACES,
    // An empty file is reported (naming it), not skipped as if it were not there.
    ignoreEmptySearchPlaces: false,
    loaders: guardedLoaders(defaultLoaders as unknown as Record<string, Loader>, empty),
  });
  const cwd = options.cwd ?? process.cwd();
  let result;
  try {
    if (options.file !== undefined) {
      const file = resolve(cwd, options.file);
      // Checked before cosmiconfig reads it: a huge file is never read into memory.
      const size = await stat(file).then((s) => s.size, () => undefined);
      if (size !== undefined && size > MAX_CONFIG_BYTES) throw fileError(file, `is ${size} bytes: a configuration file may have at most ${MAX_CONFIG_BYTES} (1 MiB)`);
      result = await explorer.load(file);
    } else {
      result = await explorer.search(cwd);
    }
  } catch (error) {
    if (isHostError(error)) throw error;
    throw new HostError('CONFIG_INVALID', `cannot read the configuration: ${(error as Error).message}`, [], { cause: error });
  }
  if (result?.isEmpty === true) throw emptyError(result.filepath);
  if (result === null || result.config === undefined || result.config === null) {
    const file = result?.filepath ?? empty[0];
    if (file !== undefined) throw emptyError(file);
    throw new HostError('CONFIG_NOT_FOUND', `no registrar-kit configuration found from ${cwd}: create registrar-kit.config.json (see the host README)`);
  }
  return resolveConfig(result.config, { file: result.filepath, ...(options.env === undefined ? {} : { env: options.env }) });
}
