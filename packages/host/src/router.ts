import { createHash } from 'node:crypto';
import { ACCOUNT_OPERATIONS, checkDomainName, checkOperationInput, clipText, isOperationName, INPUT_LIMITS, invalidInput, isPrintable, RegistrarError, tldRulesFor, type ErrorIssue, type Nameserver, type OperationInputs, type OperationName } from '@registrar-kit/sdk';
import { connectorFor, manualReason, type Connector } from './connectors.js';
import type { RoutedRequest } from './engine/plan.js';
import type { PluginInstance } from './plugin-registry.js';
import { checkAcquisitionOptions } from './policy/options.js';
import { orderRefusal } from './policy/orders.js';

/** A request to perform one operation on one domain. */
export interface SubmitRequest<K extends string = OperationName> {
  operation: K;
  input: K extends OperationName ? OperationInputs[K] : Record<string, unknown> & { domain: string };
  /** A customer order: the request waits in awaiting-payment until the order is marked paid. */
  orderId?: string;
  customerId?: string;
  /** Same key, same operation: never sent twice. Defaults to orderId + operation + domain for orders. */
  idempotencyKey?: string;
}

const OPERATION_LABEL: Record<string, string> = {
  register: 'Registration',
  transfer: 'Transfer',
  renew: 'Renewal',
  cancel: 'Cancellation',
};

/** Canonical JSON (sorted keys, no undefined): equal requests hash equal whatever their key order. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A routed request, and the name servers the host must test before sending it (the TLD's rules
 * say `dnsTestRequired`, the host's `dns.test` is `probe`, the operation is auto).
 */
export type RouteResult = { request: RoutedRequest; dnsTest?: Nameserver[] } | { refused: RegistrarError; domain: string | undefined };

/** What the router needs from the host configuration (see `orders` and `dns` in the config schema). */
export interface RoutePolicy {
  /** Customer ids that are the provider's own account: their billable requests need no order. */
  providerCustomerIds: ReadonlySet<string>;
  /** False when the platform bills before it calls the host: a customer's request then needs no order. */
  requireOrderForCustomers: boolean;
  /** How the DNS test of new name servers runs: the host probes them, staff check them in a manual task, or the registrar's own check answers. */
  dnsTest: 'probe' | 'manual' | 'registrar';
}

export const DEFAULT_ROUTE_POLICY: RoutePolicy = { providerCustomerIds: new Set(), requireOrderForCustomers: true, dnsTest: 'probe' };

/** The new name servers an operation sends, when the TLD's rules want them tested first (seed 004). */
function nameserversToTest(op: string, input: Record<string, unknown>): Nameserver[] | undefined {
  if (op !== 'register' && op !== 'transfer' && op !== 'updateNameservers') return undefined;
  // A transfer onto the provider's name servers sends none of its own; the provider's are the plugin's to choose.
  if (op === 'transfer' && input.useProviderNameservers === true) return undefined;
  const list = input.nameservers as Nameserver[] | undefined;
  return list === undefined || list.length === 0 ? undefined : list;
}

/**
 * An id the platform passes to `orders` / `manualTasks` (order id, task id, staff name): a
 * non-empty printable string of bounded length, else INVALID_INPUT — never a raw driver error.
 */
export function requireId<T extends string>(path: string, value: T): T {
  const issues = checkRequestFields({ operation: 'id', orderId: value });
  if (issues.length > 0) throw invalidInput(issues.map((i) => ({ ...i, path })));
  return value;
}

/**
 * The request's own fields (not the operation input): the operation name, the idempotency key,
 * the order and the customer. Each is a non-empty printable string of bounded length, so a
 * stranger's object or 10 MB string is refused with INVALID_INPUT before it reaches the store
 * (where a driver would throw a raw RangeError, or keep it).
 */
export function checkRequestFields(request: Pick<SubmitRequest<string>, 'operation' | 'idempotencyKey' | 'orderId' | 'customerId'>): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const text = (path: string, value: unknown, max: number, required: boolean): void => {
    if (value === undefined && !required) return;
    if (typeof value !== 'string') issues.push({ path, message: 'must be a string' });
    else if (value === '') issues.push({ path, message: 'must not be empty' });
    else if (value.length > max) issues.push({ path, message: `is ${value.length} characters long: at most ${max} are accepted` });
    else if (!isPrintable(value)) issues.push({ path, message: 'must not contain control characters or unpaired surrogates' });
  };
  text('/operation', request.operation, 64, true);
  text('/idempotencyKey', request.idempotencyKey, INPUT_LIMITS.idempotencyKeyChars, false);
  text('/orderId', request.orderId, INPUT_LIMITS.referenceChars, false);
  text('/customerId', request.customerId, INPUT_LIMITS.referenceChars, false);
  return issues;
}

/**
 * A bounded copy of a refused value for the Action Log: strings cut to 100 characters (with
 * their length), at most 20 items, 50 keys and 4 levels. A refused 10 MB domain is logged as
 * about 130 bytes, not twice its size.
 */
export function clipForLog(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return clipText(value);
  if (typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function') return `(${typeof value})`;
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= 4) return '(…)';
  if (Array.isArray(value)) {
    const items = value.slice(0, 20).map((v) => clipForLog(v, depth + 1));
    return value.length > 20 ? [...items, `(${value.length - 20} more)`] : items;
  }
  const entries = Object.entries(value);
  const out = Object.fromEntries(entries.slice(0, 50).map(([k, v]) => [clipText(k, 64), clipForLog(v, depth + 1)]));
  return entries.length > 50 ? { ...out, '(more)': `${entries.length - 50} more keys` } : out;
}

/**
 * The router: domain syntax (IDN → A-label), the TLD's connector, the plugin instance, the input
 * against the manifest and the connector's flags, the effective mode. Pure: what it refuses has
 * changed nothing; the engine decides everything that depends on stored state.
 */
export function route(request: SubmitRequest<string>, connectors: readonly Connector[], instances: ReadonlyMap<string, PluginInstance>, newKey: () => string, policy: RoutePolicy = DEFAULT_ROUTE_POLICY): RouteResult {
  const op = request.operation;
  if (isOperationName(op) && ACCOUNT_OPERATIONS.has(op)) {
    const api = op === 'listDomains' ? 'host.portfolio.import(instance)' : 'host.catalogue.sync(instance)';
    return { refused: new RegistrarError({ code: 'UNSUPPORTED', message: `${op} is about a registrar account, not one domain`, detail: `${op} is not submitted per domain: use ${api}` }), domain: undefined };
  }
  const fieldIssues = checkRequestFields(request);
  const domainCheck = checkDomainName((request.input as { domain?: unknown } | undefined)?.domain, '/domain');
  if (fieldIssues.length > 0 || domainCheck.value === undefined) return { refused: invalidInput([...fieldIssues, ...domainCheck.issues]), domain: domainCheck.value?.name };
  const domain = domainCheck.value;
  const refused = (error: RegistrarError): RouteResult => ({ refused: error, domain: domain.name });
  const unpaid = policy.requireOrderForCustomers ? orderRefusal(request, policy.providerCustomerIds) : undefined;
  if (unpaid !== undefined) return refused(unpaid);
  const connector = connectorFor(connectors, domain.tld);
  if (connector === undefined) {
    return refused(new RegistrarError({ code: 'UNSUPPORTED', message: `.${domain.tld} domains are not offered`, detail: `no connector is configured for .${domain.tld}` }));
  }
  const instance = instances.get(connector.plugin);
  if (connector.disabled !== undefined || instance === undefined) {
    return refused(
      new RegistrarError({ code: 'UNSUPPORTED', message: `.${domain.tld} domains are temporarily unavailable`, detail: `connector "${connector.name}" is disabled: ${connector.disabled ?? 'its plugin is not loaded'}` }),
    );
  }
  const checked = checkOperationInput(instance.manifest, op, request.input);
  if (checked.value === undefined) return refused(invalidInput(checked.issues));
  const input = checked.value as Record<string, unknown>;
  const optionIssues = checkAcquisitionOptions(op, input, connector, instance.manifest);
  if (optionIssues.length > 0) return refused(invalidInput(optionIssues));
  let mode = connector.modes[op] ?? 'unsupported';
  if (mode === 'unsupported') {
    const reason = connector.reasons[op] ?? 'not-supported';
    const label = OPERATION_LABEL[op] ?? `The ${op} operation`;
    return refused(
      new RegistrarError({
        code: 'UNSUPPORTED',
        message: `${label} of .${domain.tld} domains is not supported here (${reason})`,
        detail: `connector "${connector.name}" (plugin instance "${connector.plugin}") has ${op} unsupported: ${reason}`,
      }),
    );
  }
  let reason = manualReason(connector, op);
  let dnsTest: Nameserver[] | undefined;
  const toTest = tldRulesFor(instance.manifest, domain.tld).dnsTestRequired === true && mode === 'auto' && policy.dnsTest !== 'registrar' ? nameserversToTest(op, input) : undefined;
  if (toTest !== undefined && policy.dnsTest === 'manual') {
    mode = 'manual';
    reason = `dns-test-required: .${domain.tld} needs a successful DNS test of the name servers (${toTest.map((n) => n.host).join(', ')}); check that each answers for ${domain.name}, then send the ${op} and complete this task`;
  } else if (toTest !== undefined) {
    dnsTest = toTest;
  }
  const payloadHash = createHash('sha256').update(stable({ op, input, orderId: request.orderId, customerId: request.customerId })).digest('hex');
  return {
    request: {
      operation: op,
      input,
      domain: { name: domain.name, tld: domain.tld, unicode: domain.unicode },
      connector: connector.name,
      pluginInstance: connector.plugin,
      mode,
      manualReason: reason,
      orderId: request.orderId,
      customerId: request.customerId,
      idempotencyKey: request.idempotencyKey ?? (request.orderId !== undefined ? `${request.orderId}:${op}:${domain.name}` : newKey()),
      payloadHash,
    },
    ...(dnsTest === undefined ? {} : { dnsTest }),
  };
}
