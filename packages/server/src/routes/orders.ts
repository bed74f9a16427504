/** `/v1/orders/{id}/paid|cancel`: the platform's payment events. */
import type { Host } from '@registrar-kit/host';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { visible } from '../auth.js';
import { HttpProblem } from '../problem.js';
import { json, problems } from '../schemas.js';
import { operationView } from '../views.js';

const params = { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1, maxLength: 255 } } } as const;
const operations = { type: 'object', required: ['orderId', 'operations'], properties: { orderId: { type: 'string' }, operations: { type: 'array', items: { $ref: 'Operation#' } } } } as const;

/** The order, when the request may act on it (another tenant's order is not found). */
async function ownOrder(host: Host, request: FastifyRequest, id: string): Promise<void> {
  const order = await host.orders.get(id);
  if (order === undefined || !visible(request, order.customerId)) throw new HttpProblem('NOT_FOUND', `order ${id} does not exist`);
}

export function orderRoutes(app: FastifyInstance, host: Host): void {
  app.post<{ Params: { id: string } }>(
    '/v1/orders/:id/paid',
    {
      config: { scopes: ['submit'] },
      schema: {
        summary: 'Mark an order paid',
        description: 'Sends the operations waiting for this payment (or opens their manual tasks). Idempotent: a retried payment event sends nothing and returns the same operations. 409 ORDER_STATE for a cancelled order.',
        tags: ['orders'],
        params,
        response: { 200: json('The order’s operations', operations), ...problems(400, 401, 403, 404, 409, 500, 503) },
      },
    },
    async (request) => {
      await ownOrder(host, request, request.params.id);
      return { orderId: request.params.id, operations: (await host.orders.markPaid(request.params.id)).map(operationView) };
    },
  );

  app.post<{ Params: { id: string } }>(
    '/v1/orders/:id/cancel',
    {
      config: { scopes: ['submit'] },
      schema: {
        summary: 'Cancel an unpaid order',
        description: 'Cancels every operation still waiting for this payment; 409 ORDER_STATE once paid.',
        tags: ['orders'],
        params,
        response: { 200: json('The cancelled operations', operations), ...problems(400, 401, 403, 404, 409, 500, 503) },
      },
    },
    async (request) => {
      await ownOrder(host, request, request.params.id);
      return { orderId: request.params.id, operations: (await host.orders.cancel(request.params.id)).map(operationView) };
    },
  );
}
