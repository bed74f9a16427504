/** `/v1/operations`: submit any operation of the vocabulary, read one, list them, retry a failed one. */
import { FINAL_OPERATION_STATUSES, OPERATION_STATUSES, type Host, type OperationStatus } from '@registrar-kit/host';
import type { FastifyInstance } from 'fastify';
import { customerFilter, tenantOf, visible } from '../auth.js';
import { HttpProblem } from '../problem.js';
import { cursorLimit, json, page, problems, ref } from '../schemas.js';
import { operationDetail } from '../operation-detail.js';
import { operationView } from '../views.js';

interface SubmitBody {
  operation: string;
  input: Record<string, unknown>;
  orderId?: string;
  customerId?: string;
}

interface ListQuery {
  domain?: string;
  status?: OperationStatus[];
  operation?: string;
  plugin?: string;
  tenant?: string;
  since?: string;
  cursor?: string;
  limit: number;
}

/** `T` with its possibly-undefined properties made optional and never undefined. */
export type Compact<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & { [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined> };

/** Drops undefined values: the host's queries take optional fields, not fields set to undefined. */
export function compact<T extends object>(value: T): Compact<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Compact<T>;
}

/** Why a tenant-bound key may not send this request (one of `POST /v1/operations` or of a bulk), or undefined. */
export async function tenantRefusal(host: Host, tenant: string, r: { input: Record<string, unknown>; orderId?: string; customerId?: string }): Promise<string | undefined> {
  if (r.customerId !== undefined && r.customerId !== tenant) return 'this key acts for another tenant: leave customerId out or set it to the key’s tenant';
  if (typeof r.input.domain === 'string') {
    // A tenant acts on its own domains and on names nobody holds yet (checked before the
    // submit, outside its transaction: the host keeps no owner constraint of its own).
    const domain = await host.getDomain(r.input.domain);
    if (domain !== undefined && domain.customerId !== tenant) return `${domain.name} belongs to another customer`;
  }
  if (r.orderId !== undefined) {
    // The host joins a request to an existing order of that id: never to another tenant's.
    const order = await host.orders.get(r.orderId);
    if (order !== undefined && order.customerId !== tenant) return `order ${r.orderId} belongs to another customer`;
  }
  return undefined;
}

export function operationRoutes(app: FastifyInstance, host: Host): void {
  app.post<{ Body: SubmitBody; Headers: { 'idempotency-key'?: string } }>(
    '/v1/operations',
    {
      config: { scopes: ['submit'] },
      schema: {
        summary: 'Submit an operation',
        description:
          'Validates and routes one operation (register, transfer, renew, …). 200 when it finished at once (done or failed), 202 when it waits (payment, registrar, staff). The same Idempotency-Key returns the same operation and never calls the registrar twice.',
        tags: ['operations'],
        headers: { type: 'object', properties: { 'idempotency-key': { type: 'string', minLength: 1, maxLength: 255, description: 'Same key, same operation (defaults to order + operation + domain for orders).' } } },
        body: {
          type: 'object',
          required: ['operation', 'input'],
          additionalProperties: false,
          properties: {
            operation: { type: 'string', minLength: 1, maxLength: 64 },
            input: { type: 'object', description: "The operation's input (`domain`, `period`, `contacts`, …), as the host's SubmitRequest." },
            orderId: { type: 'string', minLength: 1, maxLength: 255 },
            customerId: { type: 'string', minLength: 1, maxLength: 255, description: 'The tenant; forced to the key’s tenant for a tenant-bound key.' },
          },
        },
        response: {
          200: json('The operation finished at once (done or failed)', ref('Operation')),
          202: json('The operation was accepted and waits (awaiting-payment, pending, awaiting-manual)', ref('Operation')),
          ...problems(400, 401, 403, 409, 413, 422, 500, 503),
        },
      },
    },
    async (request, reply) => {
      const tenant = tenantOf(request);
      const { operation, input, orderId } = request.body;
      const why = tenant === undefined ? undefined : await tenantRefusal(host, tenant, request.body);
      if (why !== undefined) throw new HttpProblem('FORBIDDEN', why);
      const customerId = tenant ?? request.body.customerId;
      const key = request.headers['idempotency-key'];
      const record = await host.submit(compact({ operation, input: input as never, orderId, customerId, idempotencyKey: key }));
      return reply.code(FINAL_OPERATION_STATUSES.has(record.status) ? 200 : 202).send(operationView(record));
    },
  );

  app.get<{ Params: { id: string } }>(
    '/v1/operations/:id',
    {
      config: { scopes: ['read'] },
      schema: {
        summary: 'Get an operation',
        description: 'The operation, each exchange with the registrar the Action Log recorded for it (summarized request, outcome, registrar code, duration), and the actions its state allows now, with their routes.',
        tags: ['operations'],
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 255 } } },
        response: { 200: json('The operation', ref('OperationDetail')), ...problems(400, 401, 403, 404, 500, 503) },
      },
    },
    async (request) => {
      const record = await host.getOperation(request.params.id);
      if (record === undefined || !visible(request, record.customerId)) throw new HttpProblem('NOT_FOUND', `operation ${request.params.id} does not exist`);
      return operationDetail(host, record);
    },
  );

  app.post<{ Params: { id: string } }>(
    '/v1/operations/:id/retry',
    {
      config: { scopes: ['staff'] },
      schema: {
        summary: 'Retry a failed operation',
        description:
          'Sends a failed operation again as a NEW operation (same operation, input, customer and order), linked to the failed one in the Action Log of both; the failed one stays failed. Allowed when its error is retryable and, for a billable request (register, transfer, renew, …), only when the failure proves the registrar did not receive it — otherwise 409 OPERATION_STATE: check at the registrar first. Retrying the same operation again, or at once from several places, returns the one retry. 200 when it finished at once, 202 when it waits.',
        tags: ['operations'],
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1, maxLength: 255 } } },
        response: {
          200: json('The new operation finished at once (done or failed)', ref('Operation')),
          202: json('The new operation was accepted and waits', ref('Operation')),
          ...problems(400, 401, 403, 404, 409, 422, 500, 503),
        },
      },
    },
    async (request, reply) => {
      const failed = await host.getOperation(request.params.id);
      if (failed === undefined || !visible(request, failed.customerId)) throw new HttpProblem('NOT_FOUND', `operation ${request.params.id} does not exist`);
      // The acting key's id is the staff name in the Action Log (as for manual tasks).
      const record = await host.operations.retry(failed.id, { staff: request.apiKey!.id });
      return reply.code(FINAL_OPERATION_STATUSES.has(record.status) ? 200 : 202).send(operationView(record));
    },
  );

  app.get<{ Querystring: ListQuery }>(
    '/v1/operations',
    {
      config: { scopes: ['read'] },
      schema: {
        summary: 'List operations',
        description: 'Newest first; a tenant-bound key sees its tenant’s operations only.',
        tags: ['operations'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            domain: { type: 'string' },
            status: { type: 'array', items: { type: 'string', enum: [...OPERATION_STATUSES] } },
            operation: { type: 'string' },
            plugin: { type: 'string', description: 'A plugin instance.' },
            tenant: { type: 'string', minLength: 1, maxLength: 255, description: 'A customer (a tenant-bound key may only name its own).' },
            since: { type: 'string', format: 'date-time' },
            ...cursorLimit,
          },
        },
        response: { 200: json('A page of operations', page('Operation')), ...problems(400, 401, 403, 500, 503) },
      },
    },
    async (request) => {
      const q = request.query;
      const tenant = customerFilter(request, q.tenant);
      const query = compact({
        domain: q.domain,
        status: q.status,
        operation: q.operation,
        pluginInstance: q.plugin,
        since: q.since === undefined ? undefined : new Date(q.since),
        cursor: q.cursor,
        limit: q.limit,
        order: 'desc' as const,
        // A tenant-bound key: the store filters by customer, so pages stay full and cursors exact.
        customerId: tenant,
      });
      const result = await host.pageOperations(query);
      return { items: result.items.map(operationView), ...compact({ nextCursor: result.nextCursor }) };
    },
  );
}
