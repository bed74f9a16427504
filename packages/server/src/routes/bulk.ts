/** `POST /v1/operations/bulk`: many operations (many domains) in one request, one result per request. */
import { MAX_BULK_REQUESTS, type BulkItem, type Host, type SubmitRequest } from '@registrar-kit/host';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { tenantOf } from '../auth.js';
import { json, problems, ref } from '../schemas.js';
import { operationView } from '../views.js';
import { compact, tenantRefusal } from './operations.js';

interface BulkRequest {
  operation: string;
  input: Record<string, unknown>;
  orderId?: string;
  customerId?: string;
  idempotencyKey?: string;
}

const refused = {
  type: 'object',
  required: ['code', 'message'],
  properties: {
    code: { type: 'string', description: 'INVALID_INPUT, UNSUPPORTED, DOMAIN_BUSY, IDEMPOTENCY_CONFLICT, FORBIDDEN, …' },
    message: { type: 'string' },
    issues: { type: 'array', items: { type: 'object', required: ['path', 'message'], properties: { path: { type: 'string' }, message: { type: 'string' } } } },
    operationId: { type: 'string', description: 'The operation in the way (DOMAIN_BUSY, IDEMPOTENCY_CONFLICT).' },
  },
} as const;

type Refusal = { code: string; message: string; issues?: { path: string; message: string }[]; operationId?: string };

function itemView(item: BulkItem, index: number): Record<string, unknown> {
  if ('operation' in item) return { index, operation: operationView(item.operation) };
  const r = item.refused;
  return { index, refused: compact({ code: r.code, message: r.message, issues: r.issues.length === 0 ? undefined : r.issues, operationId: r.operationId }) };
}

export function bulkRoutes(app: FastifyInstance, host: Host): void {
  app.post<{ Body: { requests: BulkRequest[] } }>(
    '/v1/operations/bulk',
    {
      config: { scopes: ['submit'] },
      schema: {
        summary: 'Submit many operations',
        description: `Up to ${MAX_BULK_REQUESTS} requests (each like the body of POST /v1/operations, with its own optional idempotencyKey) in one call. The answer has one item per request, in order: the operation (done, failed, or waiting), or why that request alone was refused. A tenant-bound key acts for its tenant in every request.`,
        tags: ['operations'],
        body: {
          type: 'object',
          required: ['requests'],
          additionalProperties: false,
          properties: {
            requests: {
              type: 'array',
              minItems: 1,
              maxItems: MAX_BULK_REQUESTS,
              items: {
                type: 'object',
                required: ['operation', 'input'],
                additionalProperties: false,
                properties: {
                  operation: { type: 'string', minLength: 1, maxLength: 64 },
                  input: { type: 'object' },
                  orderId: { type: 'string', minLength: 1, maxLength: 255 },
                  customerId: { type: 'string', minLength: 1, maxLength: 255 },
                  idempotencyKey: { type: 'string', minLength: 1, maxLength: 255 },
                },
              },
            },
          },
        },
        response: {
          200: json('One result per request, in order', {
            type: 'object',
            required: ['items'],
            properties: { items: { type: 'array', items: { type: 'object', required: ['index'], properties: { index: { type: 'integer' }, operation: ref('Operation'), refused } } } },
          }),
          ...problems(400, 401, 403, 413, 500, 503),
        },
      },
    },
    async (request: FastifyRequest<{ Body: { requests: BulkRequest[] } }>) => {
      const tenant = tenantOf(request);
      const requests = request.body.requests;
      const results: (Record<string, unknown> | undefined)[] = new Array(requests.length);
      const allowed: { index: number; request: SubmitRequest<string> }[] = [];
      for (const [index, r] of requests.entries()) {
        const why = tenant === undefined ? undefined : await tenantRefusal(host, tenant, r);
        if (why !== undefined) results[index] = { index, refused: { code: 'FORBIDDEN', message: why } satisfies Refusal };
        else allowed.push({ index, request: compact({ operation: r.operation, input: r.input as never, orderId: r.orderId, customerId: tenant ?? r.customerId, idempotencyKey: r.idempotencyKey }) as SubmitRequest<string> });
      }
      if (allowed.length > 0) {
        const items = await host.submitMany(allowed.map((a) => a.request));
        items.forEach((item, i) => {
          const index = allowed[i]!.index;
          results[index] = itemView(item, index);
        });
      }
      return { items: results };
    },
  );
}
