/**
 * `/v1/inbound`: registrar webhooks in, and the quarantine of messages the host would not apply.
 * A webhook carries no API key: its proof is the HMAC signature the host verifies over the exact
 * bytes received, so this route reads the body raw (a parser of its own, in its own scope).
 */
import type { Host } from '@registrar-kit/host';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireUnbound, tenantOf, visible } from '../auth.js';
import { HttpProblem, problem } from '../problem.js';
import { json, problems, ref } from '../schemas.js';
import { operationView, quarantinedView } from '../views.js';
import { compact } from './operations.js';

const params = { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1, maxLength: 255 } } } as const;

/** The staff name recorded for a key: its id, as on the task routes. */
const staffOf = (request: FastifyRequest): string => request.apiKey!.id;

const delivery = {
  type: 'object',
  required: ['status', 'messageId'],
  properties: {
    status: { type: 'string', enum: ['applied', 'duplicate', 'quarantined'] },
    messageId: { type: 'string' },
    operationId: { type: 'string', description: 'applied: the operation the message completed or moved.' },
    reason: { type: 'string', description: 'quarantined: the reason code (UNMATCHED, AMBIGUOUS, PLUGIN_REJECTED, …).' },
  },
} as const;

/** The webhook route, in a scope whose only body parser keeps the bytes as received. */
async function webhookScope(app: FastifyInstance, host: Host): Promise<void> {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  app.post<{ Params: { instance: string } }>(
    '/v1/inbound/:instance',
    {
      schema: {
        summary: 'Deliver a registrar webhook',
        description:
          'The raw body (any content type) with `X-Registrar-Kit-Timestamp` and `X-Registrar-Kit-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>` (and optionally `X-Registrar-Kit-Delivery`), verified by the host with the instance’s `inbound.webhook.secret`. No API key. A stored message answers 200 whatever became of it (applied, duplicate, quarantined), so the registrar does not resend it; an unsigned or stale one is refused with 401 and not stored.',
        tags: ['inbound'],
        params: { type: 'object', required: ['instance'], properties: { instance: { type: 'string', maxLength: 255 } } },
        response: { 200: json('Stored: applied, a duplicate, or quarantined for staff', delivery), ...problems(401, 404, 413, 422, 500, 503) },
      },
    },
    async (request, reply) => {
      const result = await host.inbound.deliverWebhook(request.params.instance, { headers: request.headers, body: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0) });
      switch (result.status) {
        case 'applied':
          return { status: result.status, messageId: result.messageId, operationId: result.operation.id };
        case 'duplicate':
          return { status: result.status, messageId: result.messageId };
        case 'quarantined':
          return { status: result.status, messageId: result.messageId, reason: result.reason };
        case 'refused': {
          const code = result.reason === 'NO_INSTANCE' ? 'NOT_FOUND' : result.reason;
          const body = problem(code, result.detail);
          return reply.code(body.status).type('application/problem+json').send(body);
        }
      }
    },
  );
}

export function inboundRoutes(app: FastifyInstance, host: Host): void {
  void app.register(async (scope) => webhookScope(scope, host));

  app.get(
    '/v1/inbound/quarantine',
    {
      config: { scopes: ['staff'] },
      schema: {
        summary: 'List quarantined messages',
        description: 'Mail and webhooks the host kept but did not apply, with the reason. Not for tenant-bound keys (a message has no tenant until it is matched).',
        tags: ['inbound'],
        response: { 200: json('The quarantine', { type: 'object', required: ['items'], properties: { items: { type: 'array', items: ref('QuarantinedMessage') } } }), ...problems(401, 403, 500, 503) },
      },
    },
    async (request) => {
      requireUnbound(request);
      return { items: (await host.inbound.quarantined()).map(quarantinedView) };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/v1/inbound/quarantine/:id',
    {
      config: { scopes: ['staff'] },
      schema: {
        summary: 'Show a quarantined message, raw',
        tags: ['inbound'],
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 255 } } },
        response: {
          200: json('The message with its raw bytes', {
            allOf: [ref('QuarantinedMessage')],
            type: 'object',
            required: ['raw', 'rawBase64'],
            properties: {
              raw: { type: 'string', description: 'The bytes read as UTF-8 (for display; not byte-exact for other charsets).' },
              rawBase64: { type: 'string', description: 'The bytes exactly as received, base64.' },
            },
          }),
          ...problems(400, 401, 403, 404, 500, 503),
        },
      },
    },
    async (request) => {
      requireUnbound(request);
      const message = (await host.inbound.quarantined()).find((m) => m.id === request.params.id);
      if (message === undefined) throw new HttpProblem('NOT_FOUND', `no quarantined message ${request.params.id}`);
      return compact({ ...quarantinedView(message), raw: message.raw, rawBase64: message.rawBytes.toString('base64') });
    },
  );

  app.post<{ Params: { id: string }; Body: { operationId: string; note?: string } }>(
    '/v1/inbound/quarantine/:id/assign',
    {
      config: { scopes: ['staff'] },
      schema: {
        summary: 'Assign a quarantined message to a pending operation',
        description:
          'Staff say the message concerns this pending operation: the host hands it again to the operation’s plugin, which sees only that operation as pending; when the plugin matches it to the operation’s ref, it is applied like a delivered message and the message becomes `applied`. The key’s id is the staff name in the Action Log, with the note. The plugin still does not match it → 422 `INBOUND_UNMATCHED` (the message stays quarantined); the message is not quarantined → 409 `INBOUND_STATE`; the operation is not pending → 409 `OPERATION_STATE`. A tenant-bound key may assign only to its tenant’s operations (another tenant’s: 404).',
        tags: ['inbound'],
        params,
        body: { type: 'object', required: ['operationId'], additionalProperties: false, properties: { operationId: { type: 'string', minLength: 1, maxLength: 255 }, note: { type: 'string', maxLength: 2000 } } },
        response: { 200: json('The operation the message was applied to, as it is now', ref('Operation')), ...problems(400, 401, 403, 404, 409, 422, 500, 503) },
      },
    },
    async (request) => {
      const { operationId, note } = request.body;
      if (tenantOf(request) !== undefined) {
        // A tenant acts on its own operations only; the message itself has no tenant until matched.
        const operation = await host.getOperation(operationId);
        if (operation === undefined || !visible(request, operation.customerId)) throw new HttpProblem('NOT_FOUND', `operation ${operationId} does not exist`);
      }
      const staff = staffOf(request);
      const record = await host.inbound.assign(request.params.id, operationId, { staff });
      if (note !== undefined && note !== '') {
        await host.engine.log({ level: 'info', kind: 'inbound', message: `note by ${staff} on assigning message ${request.params.id}: ${note}`, domain: record.domain, operationId: record.id, data: { inboundId: request.params.id, staff, note } });
      }
      return operationView(record);
    },
  );

  app.post<{ Params: { id: string }; Body: { reason: string } }>(
    '/v1/inbound/quarantine/:id/discard',
    {
      config: { scopes: ['staff'] },
      schema: {
        summary: 'Discard a quarantined message',
        description:
          'The message becomes `discarded`: kept for audit, never applied, with the key’s id and the reason in the Action Log. Not quarantined (already applied or discarded) → 409 `INBOUND_STATE`. Not for tenant-bound keys (a quarantined message belongs to no tenant).',
        tags: ['inbound'],
        params,
        body: { type: 'object', required: ['reason'], additionalProperties: false, properties: { reason: { type: 'string', minLength: 1, maxLength: 2000 } } },
        response: { 200: json('The message, now discarded', ref('QuarantinedMessage')), ...problems(400, 401, 403, 404, 409, 500, 503) },
      },
    },
    async (request) => {
      requireUnbound(request);
      return quarantinedView(await host.inbound.discard(request.params.id, { staff: staffOf(request), reason: request.body.reason }));
    },
  );
}
