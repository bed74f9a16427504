/**
 * `@registrar-kit/server`: the registrar-kit host as an HTTP service — API v1 with its OpenAPI 3.1
 * document, Bearer API keys with scopes and tenants, registrar webhooks, RFC 9457 problem details.
 * @packageDocumentation
 */
export { createServer, openApiDocument, DEFAULT_BODY_LIMIT, REDACTED, API_VERSION, type ServerOptions } from './server.js';
export { startServer, type StartOptions, type RunningServer } from './start.js';
export { STATUS_BY_CODE, toProblem, type Problem } from './problem.js';
export { hostApiKeys, storeApiKeys, parseScopes, SCOPES, ApiKeyError, type ApiKeyRecord, type ApiKeyStore, type Scope } from './keys.js';
export { registerMetrics, type MetricsOptions } from './metrics.js';
export { registerRateLimit, type RateLimitOptions } from './rate-limit.js';
export { Sessions, SESSION_COOKIE, CSRF_HEADER, CONSOLE_SCOPES, DEFAULT_SESSION_LIMITS, SESSION_TOUCH_MS, type SessionLimits, type SessionStore, type SessionView, type ConsoleSession } from './session.js';
export { CONSOLE_CSP, type ConsoleOptions } from './console.js';
export { STREAM_EVENTS, DEFAULT_EVENT_STREAM, type EventStreamOptions } from './event-stream.js';
