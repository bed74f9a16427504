/**
 * The HTTP face of a host: fastify with the API v1 routes, their JSON Schemas (validation,
 * serialization and the OpenAPI document), Bearer keys, and errors as problem details.
 */
import { registerMetrics, type MetricsOptions } from './metrics.js';
import { registerRateLimit, type RateLimitOptions } from './rate-limit.js';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import type { Host } from '@registrar-kit/host';
import Fastify, { type FastifyInstance, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { consoleDir } from '@registrar-kit/console';
import { authenticate } from './auth.js';
import { consoleRoutes, type ConsoleOptions } from './console.js';
import { eventRoutes, type EventStreamOptions } from './event-stream.js';
import type { ApiKeyStore } from './keys.js';
import { problem, toProblem } from './problem.js';
import { catalogRoutes } from './routes/catalog.js';
import { tldRoutes } from './routes/tlds.js';
import { bulkRoutes } from './routes/bulk.js';
import { domainRoutes } from './routes/domains.js';
import { domainLifeRoutes } from './routes/domain-life.js';
import { healthRoutes } from './routes/health.js';
import { inboundRoutes } from './routes/inbound.js';
import { logRoutes } from './routes/log.js';
import { operationRoutes } from './routes/operations.js';
import { orderRoutes } from './routes/orders.js';
import { sessionRoutes } from './routes/session.js';
import { taskRoutes } from './routes/tasks.js';
import { trackerRoutes } from './routes/tracker.js';
import { SHARED_SCHEMAS } from './schemas.js';
import { Sessions, SESSION_COOKIE, type SessionLimits, type SessionStore } from './session.js';

export interface ServerOptions {
  host: Host;
  /** Verifies the Bearer keys (the server only reads keys; they are made with `registrar-kit keys`). */
  keys: Pick<ApiKeyStore, 'verify' | 'get'>;
  /** Where console sessions live (default: the host's store); `false` turns `/v1/session` and cookie sign-in off. */
  sessions?: SessionStore | false;
  /** Idle and absolute session lifetimes. */
  sessionLimits?: SessionLimits;
  /**
   * fastify's `trustProxy`: set it when a proxy terminates TLS in front of the server, so that
   * `X-Forwarded-Proto: https` marks the session cookie Secure (and `X-Forwarded-For` names the caller).
   */
  trustProxy?: FastifyServerOptions['trustProxy'];
  /** The operator console at `/console` (default: `@registrar-kit/console`'s build); `false` leaves it out. */
  console?: ConsoleOptions | false;
  /** `GET /v1/events` (server-sent events): heartbeat and limits. */
  events?: EventStreamOptions;
  /** fastify's logger: `true`, or pino options (level, stream, …). The redaction below is always added. */
  logger?: boolean | Record<string, unknown>;
  /** Largest request body in bytes (default 256 KiB; the host refuses inputs over 64 KiB anyway). */
  bodyLimit?: number;
  /** Set by {@link startServer} while it drains: `/readyz` answers 503. */
  draining?: () => boolean;
  /** Requests per key (or per IP without one) and window; `false` turns the limit off. */
  rateLimit?: RateLimitOptions | false;
  /** `/metrics` in Prometheus text format; `false` leaves the route out. */
  metrics?: MetricsOptions | false;
}

export const DEFAULT_BODY_LIMIT = 256 * 1024;

/** Paths whose values never reach a log line: keys, signatures, cookies. */
export const REDACTED = ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-registrar-kit-signature"]', 'req.headers["idempotency-key"]'];

export const API_VERSION = '1.0.0';

/** The pino options: the caller's, plus request headers (for tracing) with the secret ones redacted. */
function loggerOptions(logger: ServerOptions['logger']): NonNullable<FastifyServerOptions['logger']> {
  if (logger === undefined || logger === false) return false;
  const base = logger === true ? {} : logger;
  return {
    ...base,
    redact: { paths: REDACTED, censor: '[redacted]' },
    serializers: {
      req: (req: FastifyRequest) => ({ method: req.method, url: req.url, headers: req.headers, remoteAddress: req.ip }),
    },
  };
}

/**
 * Builds the server for a host (not listening: call `listen`, or `inject` in tests). The caller
 * owns the host: closing the server does not close it ({@link startServer} does both).
 */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const { host, keys } = options;
  const app = Fastify({
    logger: loggerOptions(options.logger),
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    // Client-generated request ids are not trusted; fastify numbers requests itself.
    requestIdHeader: false,
    ...(options.trustProxy === undefined ? {} : { trustProxy: options.trustProxy }),
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
  });
  app.decorateRequest('apiKey', undefined);
  for (const schema of SHARED_SCHEMAS) app.addSchema(schema);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'registrar-kit API', version: API_VERSION, description: 'The registrar-kit host over HTTP: operations, domains, orders, manual tasks, the Action Log, plugins and registrar webhooks.' },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API key (`registrar-kit keys create`).' },
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'A console session (`POST /v1/session`); state-changing requests also send X-CSRF-Token.' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
    // Routes without a key (health, webhooks) say so in the document.
    transform: ({ schema, url, route }) => {
      const open = (route.config as { scopes?: unknown } | undefined)?.scopes === undefined;
      return { schema: open ? { ...schema, security: (schema as { security?: unknown }).security ?? [] } as typeof schema : { ...schema, 'x-scopes': (route.config as { scopes: string[] }).scopes } as typeof schema, url };
    },
  });
  const sessions = options.sessions === false ? undefined : new Sessions(options.sessions ?? host.store, keys, host.clock, options.sessionLimits);
  await app.register(cookie);
  const authn = authenticate(keys, sessions);
  app.addHook('onRequest', authn);
  if (options.rateLimit !== false) await registerRateLimit(app, options.rateLimit ?? {});
  // While draining, a response to a request that was in flight ends its keep-alive connection:
  // otherwise the client's idle socket would hold the close (and the process) open.
  const draining = options.draining ?? (() => false);
  app.addHook('onSend', async (_request, reply, payload) => {
    if (draining()) void reply.header('connection', 'close');
    return payload;
  });
  app.setErrorHandler((error, request, reply) => {
    const body = toProblem(error);
    if (body.status >= 500 && body.code === 'INTERNAL') request.log.error({ err: error }, 'request failed');
    const { retryAfter, ...rest } = body;
    if (retryAfter !== undefined) void reply.header('retry-after', String(retryAfter));
    return reply.code(rest.status).type('application/problem+json').send(rest);
  });
  app.setNotFoundHandler((request, reply) => {
    const { retryAfter: _none, ...body } = problem('NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0]}`);
    return reply.code(404).type('application/problem+json').send(body);
  });

  healthRoutes(app, host, draining);
  if (sessions !== undefined) sessionRoutes(app, sessions);
  if (options.console !== false) consoleRoutes(app, options.console ?? { dir: consoleDir });
  operationRoutes(app, host);
  domainRoutes(app, host);
  domainLifeRoutes(app, host);
  orderRoutes(app, host);
  taskRoutes(app, host);
  logRoutes(app, host);
  catalogRoutes(app, host);
  tldRoutes(app, host);
  bulkRoutes(app, host);
  inboundRoutes(app, host);
  trackerRoutes(app, host);
  eventRoutes(app, host, options.events, authn);
  app.get('/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  if (options.metrics !== false) await registerMetrics(app, host, options.metrics ?? {});
  return app;
}

/** The OpenAPI 3.1 document of API v1, as the routes produce it. */
export async function openApiDocument(host: Host): Promise<Record<string, unknown>> {
  // The document depends on the routes alone: no key is ever verified while it is built.
  const app = await createServer({ host, keys: { verify: async () => undefined, get: async () => undefined }, metrics: false });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
  }
}
