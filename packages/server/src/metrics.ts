/**
 * `/metrics` in the Prometheus text format (prom-client, one registry per server). What each
 * figure is read from, and what that costs:
 *
 * - `registrar_kit_operations{status}`: the host's store has no count query, so the gauge is
 *   counted once when the server starts (paging through the operations) and then kept up to date
 *   from the host's `operation.status` events. It sees this process's changes only: with several
 *   hosts sharing a PostgreSQL store, another host's transitions appear after a restart.
 * - `registrar_kit_plugin_call_duration_seconds{instance,call,status}`: the host's `plugin.call`
 *   events (operation handlers, `poll`, `reconcile`).
 * - `registrar_kit_tracker_lag_seconds`: how long the oldest pending operation that is due and
 *   not being worked on has been waiting, read at scrape time by paging through the pending
 *   operations (the store has no "oldest due" query), so a scrape costs one read per 1,000
 *   pending operations.
 * - `registrar_kit_inbound_messages_total{result}`: every registrar message this process took
 *   (SMTP and webhooks), by what the host made of it (`applied`, `quarantined`, `duplicate`,
 *   `refused`), counted from the intake's answers.
 *
 * Who may scrape: with `token`, a request carrying `Authorization: Bearer <token>` (a secret
 * for the scraper alone, so it need not hold an API key that can also change things); without
 * it, an API key with the `admin` scope.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { OPERATION_STATUSES, type Host, type OperationStatus } from '@registrar-kit/host';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { HttpProblem } from './problem.js';

export interface MetricsOptions {
  /** A bearer token that may read `/metrics` (and nothing else). Without it: an `admin` API key. */
  token?: string;
}

/** Seconds: registrar calls take from a few milliseconds (a cache) to a minute (the default deadline). */
const CALL_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
const PAGE = 1_000;
const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** Compares digests, so the comparison takes the same time whatever the token's length. */
function tokenCheck(token: string): (request: FastifyRequest) => void {
  const expected = digest(token);
  return (request) => {
    const match = BEARER.exec(request.headers.authorization ?? '');
    if (match === null || !timingSafeEqual(digest(match[1]!), expected)) throw new HttpProblem('UNAUTHENTICATED', 'send the metrics token: Authorization: Bearer <token>');
  };
}

/** Counts the operations by status, one page at a time. */
async function countOperations(host: Host): Promise<Map<OperationStatus, number>> {
  const counts = new Map<OperationStatus, number>();
  let cursor: string | undefined;
  do {
    const page = await host.pageOperations({ limit: PAGE, ...(cursor === undefined ? {} : { cursor }) });
    for (const op of page.items) counts.set(op.status, (counts.get(op.status) ?? 0) + 1);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return counts;
}

/** Seconds since the oldest pending operation that is due and unclaimed became due (0: none). */
async function trackerLag(host: Host): Promise<number> {
  const now = host.clock.now().getTime();
  let oldest = now;
  let cursor: string | undefined;
  do {
    const page = await host.pageOperations({ status: 'pending', limit: PAGE, ...(cursor === undefined ? {} : { cursor }) });
    for (const op of page.items) {
      // A claimed operation is being polled right now: that is the tracker working, not lagging.
      const claimed = op.leaseExpiresAt !== undefined && op.leaseExpiresAt.getTime() > now;
      if (op.nextCheckAt !== undefined && !claimed) oldest = Math.min(oldest, op.nextCheckAt.getTime());
    }
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return (now - oldest) / 1000;
}

/**
 * Adds `GET /metrics` to `app` for `host` (hidden from the OpenAPI document: it is not part of
 * API v1). Counts the operations before it returns; stops listening to the host when `app` closes.
 */
export async function registerMetrics(app: FastifyInstance, host: Host, options: MetricsOptions = {}): Promise<Registry> {
  const registry = new Registry();
  const operations = new Gauge({ name: 'registrar_kit_operations', help: 'Operations by status (counted at start, then kept from this process’s transitions).', labelNames: ['status'], registers: [registry] });
  const calls = new Histogram({ name: 'registrar_kit_plugin_call_duration_seconds', help: 'Plugin call duration by instance, call (operation, poll, reconcile) and how it ended.', labelNames: ['instance', 'call', 'status'], buckets: CALL_BUCKETS, registers: [registry] });
  const inbound = new Counter({ name: 'registrar_kit_inbound_messages_total', help: 'Registrar messages (mail and webhooks) taken by this process, by what became of them.', labelNames: ['result'], registers: [registry] });
  new Gauge({
    name: 'registrar_kit_tracker_lag_seconds',
    help: 'Seconds the oldest due, unclaimed pending operation has been waiting for the tracker (0: none).',
    registers: [registry],
    async collect() {
      this.set(await trackerLag(host));
    },
  });

  // Listen first, then count: a transition during the count is at worst counted twice, never lost.
  const unsubscribe = [
    host.on('operation.status', ({ from, to }) => {
      if (from !== undefined) operations.dec({ status: from });
      operations.inc({ status: to });
    }),
    host.on('plugin.call', ({ instance, call, status, durationMs }) => calls.observe({ instance, call, status }, durationMs / 1000)),
    host.on('inbound.result', ({ status }) => inbound.inc({ result: status })),
  ];
  for (const status of OPERATION_STATUSES) operations.set({ status }, 0);
  for (const [status, count] of await countOperations(host)) operations.inc({ status }, count);
  app.addHook('onClose', async () => {
    for (const off of unsubscribe) off();
  });

  const checkToken = options.token === undefined ? undefined : tokenCheck(options.token);
  app.get(
    '/metrics',
    {
      schema: { hide: true },
      // With a token the route takes no API key (the token is checked below); without, admin only.
      ...(checkToken === undefined ? { config: { scopes: ['admin'] as const } } : {}),
    },
    async (request, reply) => {
      checkToken?.(request);
      const text = await registry.metrics();
      return reply.type(registry.contentType).send(text);
    },
  );
  return registry;
}
