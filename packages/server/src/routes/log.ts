/** `/v1/log`: the Action Log with the CLI's filters, a page at a time. */
import type { ActionLogEntry, Host, LogLevel } from '@registrar-kit/host';
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

/**
 * Whether an entry is the tenant's, by the store's rule (`ActionLogQuery.customerId`): its
 * operation's customer; with no operation, its order's; with neither, its domain's. Entries that
 * name none of them (plugin start-up, host warnings) are nobody's.
 */
function tenantFilter(host: Host, tenant: string): (entry: ActionLogEntry) => Promise<boolean> {
  const owners = new Map<string, Promise<string | undefined>>();
  const owner = (key: string, read: () => Promise<string | undefined>): Promise<string | undefined> => {
    if (!owners.has(key)) owners.set(key, read());
    return owners.get(key)!;
  };
  return async (entry) => {
    const { operationId, orderId, domain } = entry;
    if (operationId !== undefined) return (await owner(`op:${operationId}`, async () => (await host.getOperation(operationId))?.customerId)) === tenant;
    if (orderId !== undefined) return (await owner(`order:${orderId}`, async () => (await host.orders.get(orderId))?.customerId)) === tenant;
    if (domain !== undefined) return (await owner(`domain:${domain}`, async () => (await host.getDomain(domain))?.customerId)) === tenant;
    return false;
  };
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
      const tenant = tenantOf(request);
      let items = result.items;
      if (tenant !== undefined) {
        // Checked again here: a store that ignores `customerId` must not show another tenant's entries.
        const flags = await Promise.all(items.map(tenantFilter(host, tenant)));
        items = items.filter((_, i) => flags[i]);
      }
      return { items: items.map(logView), ...compact({ nextCursor: result.nextCursor }) };
    },
  );
}
