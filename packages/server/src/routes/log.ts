/** `/v1/log`: the Action Log with the CLI's filters, a page at a time. */
import type { Host, LogLevel } from '@registrar-kit/host';
import type { FastifyInstance } from 'fastify';
import { tenantOf } from '../auth.js';
import { cursorLimit, json, LOG_LEVELS, page, problems } from '../schemas.js';
import { logView } from '../views.js';
import { compact } from './operations.js';

interface LogQuery {
  domain?: string;
  operationId?: string;
  orderId?: string;
  kind?: string;
  level?: LogLevel[];
  since?: string;
  until?: string;
  order?: 'asc' | 'desc';
  cursor?: string;
  limit: number;
}

export function logRoutes(app: FastifyInstance, host: Host): void {
  app.get<{ Querystring: LogQuery }>(
    '/v1/log',
    {
      config: { scopes: ['read'] },
      schema: {
        summary: 'Read the Action Log',
        description: 'Plugin calls, transitions, refusals, manual tasks, mail in and out; oldest first unless `order=desc`. A tenant-bound key sees the entries of its own operations, else of its orders, else of its domains.',
        tags: ['log'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            domain: { type: 'string' },
            operationId: { type: 'string' },
            orderId: { type: 'string' },
            kind: { type: 'string' },
            level: { type: 'array', items: { type: 'string', enum: [...LOG_LEVELS] } },
            since: { type: 'string', format: 'date-time' },
            until: { type: 'string', format: 'date-time' },
            order: { type: 'string', enum: ['asc', 'desc'], default: 'asc' },
            ...cursorLimit,
          },
        },
        response: { 200: json('A page of Action Log entries', page('LogEntry')), ...problems(400, 401, 403, 500, 503) },
      },
    },
    async (request) => {
      const q = request.query;
      const query = compact({
        domain: q.domain,
        operationId: q.operationId,
        orderId: q.orderId,
        kind: q.kind,
        level: q.level,
        since: q.since === undefined ? undefined : new Date(q.since),
        until: q.until === undefined ? undefined : new Date(q.until),
        order: q.order,
        cursor: q.cursor,
        limit: q.limit,
        // A tenant-bound key: the store keeps the entries of the tenant's operations, orders and domains.
        customerId: tenantOf(request),
      });
      const result = await host.pageLog(query);
      return { items: result.items.map(logView), ...compact({ nextCursor: result.nextCursor }) };
    },
  );
}
