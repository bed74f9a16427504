/**
 * `GET /v1/events`: the host's events as server-sent events, so the console (or any client) sees a
 * pending operation turn `done` without polling. Each event is sent only to the streams whose key
 * may see its row — a tenant-bound key gets its tenant's operations, domains and tasks, and never
 * the quarantine — decided once per event, not per stream.
 *
 * The events are this process's: a host sharing its store with other hosts does not hear their
 * changes here (the platform webhooks, written through the outbox, carry every host's). A stream
 * that cannot keep up (more than {@link EventStreamOptions.maxBufferedBytes} unsent) is closed;
 * the client reconnects and reloads what it shows.
 */
import type { Host, HostEventName, HostEvents, OperationRecord } from '@registrar-kit/host';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { tenantOf } from './auth.js';
import { HttpProblem } from './problem.js';
import { problems } from './schemas.js';
import { taskView } from './views.js';

export interface EventStreamOptions {
  /** A comment line this often keeps proxies from closing an idle stream (default 15 s). */
  heartbeatMs?: number;
  /** Unsent bytes after which a slow stream is closed (default 1 MiB). */
  maxBufferedBytes?: number;
  /** Streams one key may hold open at once (default 16). */
  perKey?: number;
}

export const DEFAULT_EVENT_STREAM = { heartbeatMs: 15_000, maxBufferedBytes: 1 << 20, perKey: 16 } as const;

/** The event names a stream carries. */
export const STREAM_EVENTS = ['operation.status', 'domain.status', 'task.opened', 'task.closed', 'inbound.quarantined'] as const satisfies readonly HostEventName[];
type StreamEvent = (typeof STREAM_EVENTS)[number];

/** Who may see an event: one customer's keys and unbound keys, unbound keys only, or everyone's. */
type Audience = { customer: string | undefined } | { unboundOnly: true };

interface Stream {
  keyId: string;
  tenant: string | undefined;
  reply: FastifyReply;
}

/** Operation ids → customer, for the events of one operation (a customer never changes). */
const CACHE_SIZE = 2_000;

/**
 * `recheck` is the server's authentication hook, run again at every heartbeat: a stream whose key was
 * revoked, or whose console session ended or expired, is closed there — a stream is one long request,
 * and without it would outlive what signed it in.
 */
export function eventRoutes(
  app: FastifyInstance,
  host: Host,
  options: EventStreamOptions = {},
  recheck?: (request: FastifyRequest, reply: FastifyReply) => Promise<void>,
): void {
  const limits = { ...DEFAULT_EVENT_STREAM, ...options };
  const streams = new Set<Stream>();
  const customers = new Map<string, string | undefined>();
  let chain: Promise<void> = Promise.resolve();

  const customerOf = async (operationId: string): Promise<string | undefined> => {
    if (customers.has(operationId)) return customers.get(operationId);
    const record: OperationRecord | undefined = await host.getOperation(operationId);
    if (customers.size >= CACHE_SIZE) customers.delete(customers.keys().next().value!);
    customers.set(operationId, record?.customerId);
    return record?.customerId;
  };

  const audienceOf = async <E extends StreamEvent>(name: E, payload: HostEvents[E]): Promise<Audience> => {
    switch (name) {
      case 'operation.status':
        return { customer: await customerOf((payload as HostEvents['operation.status']).operationId) };
      case 'domain.status': {
        const p = payload as HostEvents['domain.status'];
        return { customer: p.operationId !== undefined ? await customerOf(p.operationId) : (await host.getDomain(p.domain))?.customerId };
      }
      case 'task.opened':
      case 'task.closed':
        return { customer: await customerOf((payload as HostEvents['task.opened']).task.operationId) };
      default:
        return { unboundOnly: true };
    }
  };

  const dataOf = <E extends StreamEvent>(name: E, payload: HostEvents[E]): unknown =>
    name === 'task.opened' || name === 'task.closed' ? { task: taskView((payload as HostEvents['task.opened']).task) } : payload;

  const write = (stream: Stream, text: string): void => {
    const raw = stream.reply.raw;
    if (raw.destroyed || raw.writableEnded) return;
    if (raw.writableLength > limits.maxBufferedBytes) {
      raw.destroy();
      return;
    }
    raw.write(text);
  };

  const deliver = async <E extends StreamEvent>(name: E, payload: HostEvents[E]): Promise<void> => {
    if (streams.size === 0) return;
    let audience: Audience;
    try {
      audience = await audienceOf(name, payload);
    } catch {
      // The store could not say whose the row is: an event nobody may wrongly see is sent to unbound keys only.
      audience = { unboundOnly: true };
    }
    const text = `event: ${name}\ndata: ${JSON.stringify(dataOf(name, payload))}\n\n`;
    for (const stream of streams) {
      const allowed = stream.tenant === undefined || ('customer' in audience && audience.customer === stream.tenant);
      if (allowed) write(stream, text);
    }
  };

  // One subscription for all streams; events are sent in the order the host emitted them.
  const unsubscribe = STREAM_EVENTS.map((name) =>
    host.on(name, (payload) => {
      if (streams.size === 0) return;
      chain = chain.then(() => deliver(name, payload as never)).catch(() => undefined);
    }),
  );

  const end = (stream: Stream): void => {
    streams.delete(stream);
    if (!stream.reply.raw.writableEnded) stream.reply.raw.end();
  };

  // Open streams never go idle: end them first, or closing the server would wait for them forever.
  app.addHook('preClose', async () => {
    for (const stream of [...streams]) end(stream);
  });
  app.addHook('onClose', async () => {
    for (const off of unsubscribe) off();
  });

  app.get(
    '/v1/events',
    {
      config: { scopes: ['read', 'staff'] },
      schema: {
        summary: 'Live events (server-sent events)',
        description: `A text/event-stream of \`${STREAM_EVENTS.join('`, `')}\` events, each \`data\` one JSON object, as the host emits them; a comment line every ${limits.heartbeatMs / 1000} s keeps the stream open. A tenant-bound key receives its tenant's events only, and no quarantine events. The stream carries this server process's events; it has no replay (\`Last-Event-ID\` is ignored): reload what you show after reconnecting.`,
        tags: ['events'],
        response: {
          200: { description: 'The event stream', content: { 'text/event-stream': { schema: { type: 'string' } } } },
          ...problems(401, 403, 500, 503),
        },
      },
    },
    async (request: FastifyRequest, reply: FastifyReply) => {
      const key = request.apiKey!;
      if ([...streams].filter((s) => s.keyId === key.id).length >= limits.perKey) {
        throw new HttpProblem('RATE_LIMITED', `this key already holds ${limits.perKey} event streams; close one first`);
      }
      const stream: Stream = { keyId: key.id, tenant: tenantOf(request), reply };
      reply.hijack();
      reply.raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        // Proxies that buffer responses (nginx) would hold the events back.
        'x-accel-buffering': 'no',
      });
      reply.raw.write(`retry: 3000\n: connected\n\n`);
      streams.add(stream);
      const beat = (): void => {
        if (recheck === undefined) return write(stream, `: heartbeat\n\n`);
        recheck(request, reply).then(
          () => write(stream, `: heartbeat\n\n`),
          () => cleanup(),
        );
      };
      const heartbeat = setInterval(beat, limits.heartbeatMs);
      heartbeat.unref();
      const cleanup = (): void => {
        clearInterval(heartbeat);
        end(stream);
      };
      // The response's close (not the request's, which fires once its empty body is read) is the client leaving.
      reply.raw.on('close', cleanup);
      reply.raw.on('error', cleanup);
    },
  );
}
