/**
 * Bearer API keys, scopes and tenants. Each route names the scopes that may call it (`admin` may
 * call everything); a key bound to a tenant acts only on that tenant's rows.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiKeyRecord, ApiKeyStore, Scope } from './keys.js';
import { HttpProblem } from './problem.js';
import { sessionToken, type Sessions } from './session.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The verified key of the request (undefined on routes without authentication). */
    apiKey: ApiKeyRecord | undefined;
  }
  interface FastifyContextConfig {
    /** The scopes that may call the route; absent: no API key (health, webhooks, the OpenAPI document). */
    scopes?: readonly Scope[];
  }
}

const BEARER = /^Bearer[ \t]+([^\s]+)[ \t]*$/i;

/**
 * An `onRequest` hook: verifies the key and the route's scope before the body is even read. The
 * key comes from `Authorization: Bearer`, or, without that header, from a console session cookie
 * (which adds the CSRF check on state-changing methods).
 */
export function authenticate(keys: Pick<ApiKeyStore, 'verify'>, sessions?: Sessions) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const scopes = request.routeOptions.config.scopes;
    if (scopes === undefined) return;
    const header = request.headers.authorization;
    let record: ApiKeyRecord | undefined;
    if (header === undefined && sessions !== undefined && sessionToken(request) !== undefined) {
      record = (await sessions.authenticate(request)).record;
    } else {
      const match = typeof header === 'string' ? BEARER.exec(header) : null;
      if (match === null) {
        void reply.header('www-authenticate', 'Bearer');
        throw new HttpProblem('UNAUTHENTICATED', 'send an API key: Authorization: Bearer <key>');
      }
      record = await keys.verify(match[1]!);
      if (record === undefined || record.revokedAt !== undefined) {
        void reply.header('www-authenticate', 'Bearer error="invalid_token"');
        throw new HttpProblem('UNAUTHENTICATED', 'the API key is unknown or revoked');
      }
    }
    const held = record.scopes;
    if (!held.includes('admin') && !scopes.some((s) => held.includes(s))) {
      throw new HttpProblem('FORBIDDEN', `this route needs a key with the scope ${scopes.join(' or ')} (or admin)`);
    }
    request.apiKey = record;
  };
}

/** The tenant the request acts for, when its key is bound to one. */
export const tenantOf = (request: FastifyRequest): string | undefined => request.apiKey?.tenant;

/**
 * Whether a row with `customerId` is visible to the request. A tenant's key sees only its own
 * rows; another tenant's row answers 404, exactly like a row that does not exist, so a key cannot
 * learn which ids other tenants have.
 */
export function visible(request: FastifyRequest, customerId: string | undefined): boolean {
  const tenant = tenantOf(request);
  return tenant === undefined || customerId === tenant;
}

/**
 * The customer a list keeps to: the key's tenant, or the `tenant` the caller asked for. A
 * tenant-bound key asking for another tenant is refused rather than shown an empty list.
 */
export function customerFilter(request: FastifyRequest, asked: string | undefined): string | undefined {
  const tenant = tenantOf(request);
  if (tenant !== undefined && asked !== undefined && asked !== tenant) throw new HttpProblem('FORBIDDEN', 'this key acts for another tenant');
  return tenant ?? asked;
}

/** Refuses routes that are not about one tenant's rows (the quarantine) to tenant-bound keys. */
export function requireUnbound(request: FastifyRequest): void {
  if (tenantOf(request) !== undefined) throw new HttpProblem('FORBIDDEN', 'a key bound to a tenant cannot use this route');
}
