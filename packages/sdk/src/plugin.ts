import type { MailCharset, OperationContext, PluginContext } from './context.js';
import type { ErrorIssue } from './errors.js';
import { operationSpec, type RegistrarPluginManifest } from './manifest.js';
import { OPERATIONS, type OperationInput, type OperationName, type OperationResult } from './operations.js';
import type { Outcome } from './outcome.js';
import { SDK_VERSION } from './version.js';

/** Brand key; `Symbol.for` so that two copies of the sdk recognise each other's plugins. */
export const PLUGIN_BRAND: unique symbol = Symbol.for('registrar-kit.plugin') as never;

/** The version of the plugin contract itself; bumps only with a breaking change of this interface. */
export const PLUGIN_CONTRACT_VERSION = 1;

export type OperationHandler<K extends OperationName, S> = (
  input: OperationInput<K>,
  ctx: OperationContext<S>,
) => Promise<Outcome<OperationResult<K>>>;

export type CustomOperationHandler<S> = (input: unknown, ctx: OperationContext<S>) => Promise<Outcome>;

/** One pending operation as the host hands it back to the plugin. */
export interface PendingRef {
  /** The correlation value the plugin returned in `pending({ ref })`. */
  ref: string;
  operationId: string;
  operation: string;
  domain: string;
  step?: string;
  /** The `data` the plugin attached to its last pending outcome. */
  data?: unknown;
  /** When the request was sent (ISO 8601). */
  submittedAt: string;
  customerId?: string;
}

/** A poll answer for one ref. Refs a plugin does not mention stay pending. */
export interface PollUpdate {
  ref: string;
  outcome: Outcome;
}

/** A registrar message the host received and checked (sender, duplicates, DKIM where required). */
export interface InboundMessage {
  kind: 'mail' | 'webhook';
  /** The Message-ID (mail) or delivery id (webhook). */
  id: string;
  receivedAt: string;
  from?: string;
  to?: string[];
  subject?: string;
  /** Decoded text body (charset already applied). */
  text?: string;
  html?: string;
  headers: Record<string, string>;
  /** Webhook payload, parsed when it was JSON. */
  body?: unknown;
}

/** The context of `handleMessage`: it can look up the instance's pending operations to correlate. */
export interface MessageContext<S = Record<string, unknown>> extends PluginContext<S> {
  findPending(query: { ref?: string; domain?: string; operation?: string }): Promise<PendingRef[]>;
}

/**
 * What a message means. `matched: false` sends it to quarantine with the reason. A matched
 * message carries the ref of the pending operation it concerns and its new outcome (which may
 * be `pending` again with a new ref and step, after the plugin sent its next request).
 */
export type MessageResult =
  | { matched: false; reason: string }
  | { matched: true; ref: string; outcome: Outcome };

/** An operation found in `submitting` after a crash. */
export interface ReconcileRequest {
  operationId: string;
  operation: string;
  domain: string;
  input: unknown;
  customerId?: string;
}

/**
 * What the registrar knows of a request that may or may not have arrived: its outcome if it
 * did, `not-received` when the plugin can prove it did not (the host may then resend), or
 * `unknown` (the host opens a manual task; it never resends on a guess).
 */
export type ReconcileOutcome = Outcome | { status: 'not-received' } | { status: 'unknown'; reason: string };

/** The standard-operation handlers of a plugin: required for the `auto` list, optional otherwise. */
export type StandardHandlers<S, A extends OperationName> = { [K in A]: OperationHandler<K, S> } & {
  [K in OperationName]?: OperationHandler<K, S>;
};

/** What a plugin author writes. */
export interface PluginDefinition<S = Record<string, unknown>, A extends OperationName = never> {
  /** Must equal the manifest's `id`. */
  id: string;
  /**
   * The operations the manifest declares `auto`. Listing them here makes TypeScript require a
   * handler for each; the host checks the list against the manifest at load.
   */
  auto?: readonly A[];
  operations: StandardHandlers<S, A>;
  custom?: Record<string, CustomOperationHandler<S>>;
  /** Called with one ref, or every pending ref of the instance when the manifest says `batch`. */
  poll?(refs: readonly PendingRef[], ctx: PluginContext<S>): Promise<PollUpdate[]>;
  handleMessage?(message: InboundMessage, ctx: MessageContext<S>): Promise<MessageResult>;
  reconcile?(request: ReconcileRequest, ctx: OperationContext<S>): Promise<ReconcileOutcome>;
  /** Release sessions (e.g. a SOAP `sessionClose`) when the host shuts down. */
  dispose?(ctx: PluginContext<S>): Promise<void>;
  /** Outbound mail charset the plugin needs (documentation for the host; `send` takes it per message). */
  mailCharset?: MailCharset;
}

export interface PluginBrand {
  contract: number;
  sdkVersion: string;
}

/** A branded plugin, the default export of a plugin's entry module. */
export type RegistrarPlugin<S = Record<string, unknown>> = Readonly<PluginDefinition<S, OperationName>> & {
  readonly [PLUGIN_BRAND]: PluginBrand;
};

/**
 * Declares a plugin. The result is branded so the host recognises it across sdk copies.
 *
 * ```ts
 * export default definePlugin<Settings>()({
 *   id: 'example',
 *   auto: ['register', 'info'],
 *   operations: { register: async (input, ctx) => done({ domain: input.domain }), info: ... },
 * });
 * ```
 * Call it curried (`definePlugin<Settings>()(def)`) to fix the settings type while TypeScript
 * infers the `auto` list, or directly (`definePlugin(def)`) for untyped settings.
 */
export function definePlugin<S = Record<string, unknown>>(): <const A extends OperationName = never>(
  definition: PluginDefinition<S, A>,
) => RegistrarPlugin<S>;
export function definePlugin<const A extends OperationName = never>(
  definition: PluginDefinition<Record<string, unknown>, A>,
): RegistrarPlugin<Record<string, unknown>>;
export function definePlugin(definition?: PluginDefinition<never, OperationName>): unknown {
  if (definition === undefined) return (d: PluginDefinition<never, OperationName>) => brand(d);
  return brand(definition);
}

function brand<S>(definition: PluginDefinition<S, OperationName>): RegistrarPlugin<S> {
  if (typeof definition !== 'object' || definition === null || typeof definition.id !== 'string') {
    throw new TypeError('definePlugin() needs an object with an id');
  }
  const plugin = { ...definition } as RegistrarPlugin<S>;
  Object.defineProperty(plugin, PLUGIN_BRAND, { value: { contract: PLUGIN_CONTRACT_VERSION, sdkVersion: SDK_VERSION }, enumerable: false });
  return Object.freeze(plugin);
}

/** True for a value made by any copy of {@link definePlugin}. */
export function isRegistrarPlugin(value: unknown): value is RegistrarPlugin<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const b = (value as Record<symbol, unknown>)[PLUGIN_BRAND];
  return typeof b === 'object' && b !== null && typeof (b as PluginBrand).contract === 'number';
}

export interface PluginValidation {
  plugin?: RegistrarPlugin<unknown>;
  errors: ErrorIssue[];
}

/**
 * Checks a loaded entry against its manifest: the brand, the contract version, the id, and a
 * handler for every `auto` operation (what TypeScript could not see across the JSON manifest).
 */
export function validatePlugin(value: unknown, manifest: RegistrarPluginManifest): PluginValidation {
  if (!isRegistrarPlugin(value)) {
    return { errors: [{ path: '/', message: 'the entry\'s default export is not a plugin made by definePlugin() from @registrar-kit/sdk' }] };
  }
  const errors: ErrorIssue[] = [];
  const brandInfo = value[PLUGIN_BRAND];
  if (brandInfo.contract !== PLUGIN_CONTRACT_VERSION) {
    errors.push({ path: '/', message: `plugin contract ${brandInfo.contract} is not supported (this host speaks ${PLUGIN_CONTRACT_VERSION})` });
  }
  if (value.id !== manifest.id) errors.push({ path: '/id', message: `is "${value.id}" but the manifest id is "${manifest.id}"` });
  const handlers = value.operations as Record<string, unknown> | undefined;
  let needsPoll = false;
  let needsMessage = false;
  for (const op of OPERATIONS) {
    const spec = operationSpec(manifest, op);
    if (spec.mode === 'auto') {
      if (typeof handlers?.[op] !== 'function') errors.push({ path: `/operations/${op}`, message: 'is declared auto in the manifest but the plugin has no handler for it' });
      needsPoll ||= spec.completion === 'poll';
      needsMessage ||= spec.completion === 'message';
    }
  }
  for (const [name, spec] of Object.entries(manifest.customOperations ?? {})) {
    if (spec.mode === 'auto') {
      if (typeof value.custom?.[name] !== 'function') errors.push({ path: `/custom/${name}`, message: 'is declared auto in the manifest but the plugin has no handler for it' });
      needsPoll ||= spec.completion === 'poll';
      needsMessage ||= spec.completion === 'message';
    }
  }
  if (value.auto !== undefined) {
    const declared = OPERATIONS.filter((op) => operationSpec(manifest, op).mode === 'auto');
    const listed = new Set<string>(value.auto);
    for (const op of declared) if (!listed.has(op)) errors.push({ path: '/auto', message: `does not list ${op}, which the manifest declares auto` });
    for (const op of listed) if (!declared.includes(op as OperationName)) errors.push({ path: '/auto', message: `lists ${op}, which the manifest does not declare auto` });
  }
  if (needsPoll && typeof value.poll !== 'function') errors.push({ path: '/poll', message: 'is missing but the manifest has operations completed by polling' });
  if (needsMessage && typeof value.handleMessage !== 'function') errors.push({ path: '/handleMessage', message: 'is missing but the manifest has operations completed by message' });
  return errors.length === 0 ? { plugin: value, errors } : { errors };
}
