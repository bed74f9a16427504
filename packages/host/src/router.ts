import { createHash } from 'node:crypto';
import { checkDomainName, checkOperationInput, invalidInput, RegistrarError, type OperationInputs, type OperationName } from '@registrar-kit/sdk';
import { connectorFor, manualReason, type Connector } from './connectors.js';
import type { RoutedRequest } from './engine/plan.js';
import type { PluginInstance } from './plugin-registry.js';

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

export type RouteResult = { request: RoutedRequest } | { refused: RegistrarError; domain: string | undefined };

/**
 * The router: domain syntax (IDN → A-label), the TLD's connector, the plugin instance, the input
 * against the manifest and the connector's flags, the effective mode. Pure: what it refuses has
 * changed nothing; the engine decides everything that depends on stored state.
 */
export function route(request: SubmitRequest<string>, connectors: readonly Connector[], instances: ReadonlyMap<string, PluginInstance>, newKey: () => string): RouteResult {
  const op = request.operation;
  const domainCheck = checkDomainName((request.input as { domain?: unknown } | undefined)?.domain, '/domain');
  if (domainCheck.value === undefined) return { refused: invalidInput(domainCheck.issues), domain: undefined };
  const domain = domainCheck.value;
  const refused = (error: RegistrarError): RouteResult => ({ refused: error, domain: domain.name });
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
  if (op === 'transfer' && input.useProviderNameservers === true && !connector.flags.transferUsesProviderNameservers) {
    return refused(invalidInput([{ path: '/useProviderNameservers', message: `connector "${connector.name}" does not allow transfers onto the provider's name servers` }]));
  }
  const mode = connector.modes[op] ?? 'unsupported';
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
  const payloadHash = createHash('sha256').update(stable({ op, input, orderId: request.orderId, customerId: request.customerId })).digest('hex');
  return {
    request: {
      operation: op,
      input,
      domain: { name: domain.name, tld: domain.tld, unicode: domain.unicode },
      connector: connector.name,
      pluginInstance: connector.plugin,
      mode,
      manualReason: manualReason(connector, op),
      orderId: request.orderId,
      customerId: request.customerId,
      idempotencyKey: request.idempotencyKey ?? (request.orderId !== undefined ? `${request.orderId}:${op}:${domain.name}` : newKey()),
      payloadHash,
    },
  };
}
