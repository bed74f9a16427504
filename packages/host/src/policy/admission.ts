import { clipText, INPUT_LIMITS, RegistrarError, serializeError } from '@registrar-kit/sdk';
import { summarizeRequest } from '../action-log.js';
import type { ResolvedConfig } from '../config.js';
import type { Connector } from '../connectors.js';
import type { Engine } from '../engine/engine.js';
import type { RoutedRequest } from '../engine/plan.js';
import type { PluginInstance } from '../plugin-registry.js';
import { clipForLog, route, type RoutePolicy, type SubmitRequest } from '../router.js';
import { probeNameservers } from './dns-probe.js';

/**
 * Everything a request passes before the engine sees it: the router (pure: input, connector,
 * flags, features, options, orders, mode), then the DNS test of new name servers where the TLD
 * requires one. A refusal changed nothing but one Action Log entry, and is thrown to the caller.
 */
export class Admission {
  private readonly policy: RoutePolicy;

  constructor(
    private readonly config: ResolvedConfig,
    private readonly connectors: readonly Connector[],
    private readonly instances: ReadonlyMap<string, PluginInstance>,
    private readonly engine: Engine,
    private readonly newKey: () => string,
  ) {
    this.policy = {
      providerCustomerIds: new Set(config.orders?.providerCustomerIds ?? []),
      requireOrderForCustomers: config.orders?.requireForCustomers ?? true,
      dnsTest: config.dns?.test ?? 'probe',
    };
  }

  async admit(request: SubmitRequest<string>): Promise<RoutedRequest> {
    const routed = route(request, this.connectors, this.instances, this.newKey, this.policy);
    if ('refused' in routed) throw await this.refuse(request, routed.refused, routed.domain);
    const { request: req, dnsTest } = routed;
    if (dnsTest === undefined) return req;
    // Under overload a request is refused before it costs a read or a DNS question (the host checks again before the write).
    this.engine.admit();
    // The same key again returns the operation it made (the engine decides): no second test.
    if ((await this.engine.store.getOperationByKey(req.idempotencyKey)) === undefined) {
      const failures = await probeNameservers(req.domain.name, dnsTest, this.config.dns);
      if (failures.length > 0) {
        const list = failures.map((f) => `${f.host} ${f.reason}`).join('; ');
        const error = new RegistrarError({
          code: 'POLICY',
          message: `The DNS test of the name servers failed for ${req.domain.unicode}: ${list}`,
          detail: `.${req.domain.tld} requires a successful DNS test before ${req.operation} (seed 004); failed: ${list}`,
          issues: failures.map((f) => ({ path: `/nameservers/${dnsTest.findIndex((n) => n.host === f.host)}`, message: `${f.host} ${f.reason}` })),
        });
        throw await this.refuse(request, error, req.domain.name);
      }
    }
    return req;
  }

  private async refuse(request: SubmitRequest<string>, error: RegistrarError, domain: string | undefined): Promise<RegistrarError> {
    // What the caller sent is logged bounded (clipForLog): a refused 10 MB field costs ~100 bytes.
    const name = domain ?? clipText(String((request.input as { domain?: unknown } | undefined)?.domain ?? ''));
    const orderId = typeof request.orderId === 'string' && request.orderId.length <= INPUT_LIMITS.referenceChars ? request.orderId : undefined;
    await this.engine.log({
      level: 'warn',
      kind: 'refusal',
      message: `${clipText(String(request.operation))} ${name}: refused (${error.code}) ${error.message}`,
      ...(domain === undefined ? {} : { domain }),
      ...(orderId === undefined ? {} : { orderId }),
      data: { error: serializeError(error), input: clipForLog(summarizeRequest(request.input)) },
    });
    return error;
  }
}
