/**
 * Rate limiting per API key (`@fastify/rate-limit`). A request counts against its verified key,
 * so one platform's burst does not slow another's; routes without a key (health, registrar
 * webhooks, the OpenAPI document) count against the caller's IP address. Over the limit the
 * answer is a 429 problem with `Retry-After` (seconds until the window frees up). A request with
 * an unknown key is refused (401) before it is counted: keys are 192 random bits, so guessing one
 * is not what a limit protects against.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpProblem } from './problem.js';

export interface RateLimitOptions {
  /** Requests allowed per key (or IP) in each window (default 6,000). */
  max?: number;
  /** The window: milliseconds, or a duration such as `'1 minute'` (default one minute). */
  timeWindow?: number | string;
}

/** 100 requests a second on average: well above a platform's steady load, below a runaway loop's. */
export const DEFAULT_RATE_LIMIT = { max: 6_000, timeWindow: 60_000 } as const;

/** The bucket a request counts against: its key's id, else its address. */
export function rateLimitKey(request: FastifyRequest): string {
  return request.apiKey === undefined ? `ip:${request.ip}` : `key:${request.apiKey.id}`;
}

/**
 * Limits every route of `app`, including those declared before this call. The check runs in
 * `preParsing`: after the `onRequest` hook has verified the key (so the key is known), before the
 * body is read (so a limited caller costs no parsing).
 */
export async function registerRateLimit(app: FastifyInstance, options: RateLimitOptions = {}): Promise<void> {
  await app.register(rateLimit, {
    // Not per route (the plugin's onRoute hook would miss routes declared before it): one hook below.
    global: false,
    max: options.max ?? DEFAULT_RATE_LIMIT.max,
    timeWindow: options.timeWindow ?? DEFAULT_RATE_LIMIT.timeWindow,
    keyGenerator: rateLimitKey,
    errorResponseBuilder: (_request, context) => new HttpProblem('RATE_LIMITED', `more than ${context.max} requests in the window for this API key; retry in ${context.after}`),
  });
  const limit = app.rateLimit();
  app.addHook('preParsing', async (request, reply, payload) => {
    await limit.call(app, request, reply);
    return payload;
  });
}
