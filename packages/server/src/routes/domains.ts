/** `/v1/domains`: the domains the host manages and their states. */
import { DOMAIN_STATUSES, type DomainStatus, type Host } from '@registrar-kit/host';
import type { FastifyInstance } from 'fastify';
import { customerFilter, visible } from '../auth.js';
import { HttpProblem } from '../problem.js';
import { cursorLimit, json, page, problems, ref } from '../schemas.js';
import { domainView } from '../views.js';
import { compact } from './operations.js';

interface ListQuery {
  status?: DomainStatus[];
  plugin?: string;
  text?: string;
  q?: string;
  tenant?: string;
  cursor?: string;
  limit: number;
}

export function domainRoutes(app: FastifyInstance, host: Host): void {
  app.get<{ Querystring: ListQuery }>(
    '/v1/domains',
    {
      config: { scopes: ['read'] },
      schema: {
        summary: 'List domains',
        description: 'By name; `q` (or `text`) is a substring of the name, `plugin` a plugin instance, `tenant` a customer. A tenant-bound key sees its tenant’s domains only (another `tenant` is 403).',
        tags: ['domains'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { status: { type: 'array', items: { type: 'string', enum: [...DOMAIN_STATUSES] } }, plugin: { type: 'string' }, text: { type: 'string', maxLength: 253 }, q: { type: 'string', maxLength: 253 }, tenant: { type: 'string', minLength: 1, maxLength: 255 }, ...cursorLimit },
        },
        response: { 200: json('A page of domains', page('Domain')), ...problems(400, 401, 403, 500, 503) },
      },
    },
    async (request) => {
      const q = request.query;
      const result = await host.pageDomains(compact({ status: q.status, pluginInstance: q.plugin, text: q.q ?? q.text, cursor: q.cursor, limit: q.limit, customerId: customerFilter(request, q.tenant) }));
      return { items: result.items.map(domainView), ...compact({ nextCursor: result.nextCursor }) };
    },
  );

  app.get<{ Params: { name: string } }>(
    '/v1/domains/:name',
    {
      config: { scopes: ['read'] },
      schema: {
        summary: 'Get a domain',
        description: 'The name in U-label or A-label form.',
        tags: ['domains'],
        params: { type: 'object', required: ['name'], properties: { name: { type: 'string', maxLength: 1024 } } },
        response: { 200: json('The domain', ref('Domain')), ...problems(400, 401, 403, 404, 500, 503) },
      },
    },
    async (request) => {
      const record = await host.getDomain(request.params.name);
      if (record === undefined || !visible(request, record.customerId)) throw new HttpProblem('NOT_FOUND', `domain ${request.params.name} is not managed here`);
      return domainView(record);
    },
  );
}
