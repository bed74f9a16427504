/**
 * The domain's life after acquisition: the host's renewal policy of a domain, the platform's
 * order for its scheduled renewal, and the registrar sync on demand.
 */
import { noScheduledRenewal, type DomainRecord, type Host, type SyncSummary } from '@registrar-kit/host';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireUnbound, tenantOf, visible } from '../auth.js';
import { HttpProblem } from '../problem.js';
import { json, problems, ref } from '../schemas.js';
import { domainView, renewalView } from '../views.js';

const params = { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1, maxLength: 1024 } } } as const;

/** The domain, when the request may act on it (another tenant's domain is not found). */
async function ownDomain(host: Host, request: FastifyRequest, name: string): Promise<DomainRecord> {
  const record = await host.getDomain(name);
  if (record === undefined || !visible(request, record.customerId)) throw new HttpProblem('NOT_FOUND', `domain ${name} is not managed here`);
  return record;
}

export function domainLifeRoutes(app: FastifyInstance, host: Host): void {
  app.put<{ Params: { name: string }; Body: { autoRenew: boolean } }>(
    '/v1/domains/:name/renewal',
    {
      config: { scopes: ['submit', 'staff'] },
      schema: {
        summary: 'Set the renewal policy of a domain',
        description: 'The host’s own policy (`autoRenew`): true — the renewal scheduler renews the domain before expiry. A local setting, nothing is sent to the registrar (submit `setAutoRenew` to change the registrar’s flag). Setting the value it already has changes nothing.',
        tags: ['domains'],
        params,
        body: { type: 'object', additionalProperties: false, required: ['autoRenew'], properties: { autoRenew: { type: 'boolean' } } },
        response: { 200: json('The domain', ref('Domain')), ...problems(400, 401, 403, 404, 500, 503) },
      },
    },
    async (request) => {
      const domain = await ownDomain(host, request, request.params.name);
      return domainView(await host.domains.setRenewal(domain.name, { autoRenew: request.body.autoRenew }));
    },
  );

  app.post<{ Params: { name: string }; Body: { orderId: string } }>(
    '/v1/domains/:name/renewal/order',
    {
      config: { scopes: ['submit', 'staff'] },
      schema: {
        summary: 'Attach an order to the scheduled renewal',
        description:
          'The platform’s order for the renewal of the domain’s current expiry (after `renewal.due`, or ahead of it): when the scheduler releases the renewal it waits for `POST /v1/orders/{id}/paid`. Attaching the same order again is a no-op. 409 OPERATION_STATE when the domain has no scheduled renewal (not live, no known expiry, cancelled at expiry, renewal policy not auto) or its renewal was already released; 409 ORDER_STATE for a cancelled order or one of another customer.',
        tags: ['domains'],
        params,
        body: { type: 'object', additionalProperties: false, required: ['orderId'], properties: { orderId: { type: 'string', minLength: 1, maxLength: 255 } } },
        response: {
          200: json('The domain’s renewal with the order', { type: 'object', required: ['domain', 'renewal'], properties: { domain: { type: 'string' }, renewal: ref('Renewal') } }),
          ...problems(400, 401, 403, 404, 409, 422, 500, 503),
        },
      },
    },
    async (request) => {
      const domain = await ownDomain(host, request, request.params.name);
      // Checked again by the host inside the transaction that attaches the order; here first, so a
      // domain without a scheduled renewal is answered before anything is said about the order.
      const why = noScheduledRenewal(domain);
      if (why !== undefined) throw new HttpProblem('OPERATION_STATE', why);
      const { orderId } = request.body;
      const order = await host.orders.get(orderId);
      if (order !== undefined) {
        // Never join another tenant's order (as POST /v1/operations), nor one of another customer.
        if (tenantOf(request) !== undefined && order.customerId !== tenantOf(request)) throw new HttpProblem('FORBIDDEN', `order ${orderId} belongs to another customer`);
        if (order.customerId !== domain.customerId) throw new HttpProblem('ORDER_STATE', `order ${orderId} belongs to another customer than ${domain.name}`);
        if (order.status === 'cancelled') throw new HttpProblem('ORDER_STATE', `order ${orderId} is cancelled`);
      }
      const renewal = await host.renewals.attachOrder(domain.name, orderId);
      return { domain: domain.name, renewal: renewalView(renewal) };
    },
  );

  // One sweep per target at a time in this server: a second request while the same sync runs
  // answers that sync's summary instead of reading the registrar again. Across hosts, the store's
  // claim keeps two sweeps off the same domains.
  const running = new Map<string, Promise<SyncSummary>>();
  const once = (key: string, run: () => Promise<SyncSummary>): Promise<SyncSummary> => {
    let current = running.get(key);
    if (current === undefined) {
      current = run().finally(() => running.delete(key));
      running.set(key, current);
    }
    return current;
  };

  app.post<{ Body: { domain?: string } | undefined }>(
    '/v1/sync',
    {
      config: { scopes: ['staff'] },
      // No body at all is the whole sweep, as `{}` is.
      preValidation: async (request) => {
        request.body ??= {};
      },
      schema: {
        summary: 'Run the registrar sync now',
        description:
          'Reads domains at their registrar (`info`) and records what changed, as the scheduled sweep does. With `domain`, that domain now (due or not); without, every due domain of every plugin instance that answers `info` — a key bound to a tenant must name a domain. The answer comes when the run ends (rate-limited per instance: a large sweep takes a while). Two requests at once never read a domain twice: a request while the same run is under way answers its summary.',
        tags: ['domains'],
        body: { type: 'object', additionalProperties: false, properties: { domain: { type: 'string', minLength: 1, maxLength: 1024 } } },
        response: { 200: json('What the run did', ref('SyncSummary')), ...problems(400, 401, 403, 404, 500, 503) },
      },
    },
    async (request) => {
      const name = request.body?.domain;
      if (name === undefined) {
        requireUnbound(request);
        return once('*', () => host.sync.run());
      }
      const domain = await ownDomain(host, request, name);
      return once(`domain:${domain.name}`, () => host.sync.run({ domain: domain.name }));
    },
  );
}
