/**
 * Console sessions: an API key exchanged for an HttpOnly cookie (`POST /v1/session`), so the key
 * never sits in the browser's script-readable storage. The cookie carries a random token; the
 * server keeps only its SHA-256, the key's id and a CSRF token. Every request made with the cookie
 * acts with the key's scopes and tenant exactly as a Bearer request would, and the key is read
 * again on each request: revoking it (here, on another server or with `registrar-kit keys revoke`)
 * ends its sessions at their next request.
 *
 * A cookie is sent by the browser on its own, so every state-changing request made with it must
 * also carry `X-CSRF-Token` (a value only the console's own script can have read, from the
 * sign-in answer or `GET /v1/session`). SameSite=Strict already keeps other sites' requests from
 * carrying the cookie; the token is the second, independent lock.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Store, StoredSession } from '@registrar-kit/host';
import type { Clock } from '@registrar-kit/sdk';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiKeyRecord, ApiKeyStore, Scope } from './keys.js';
import { HttpProblem } from './problem.js';

/** The cookie's name. */
export const SESSION_COOKIE = 'rk_session';
/** The header that must repeat the session's CSRF token on POST, PUT, PATCH and DELETE. */
export const CSRF_HEADER = 'x-csrf-token';
/** The scopes that may sign in to the console (a `submit`-only key is a platform's, not staff's). */
export const CONSOLE_SCOPES: readonly Scope[] = ['read', 'staff', 'admin'];

/** How long sessions last. */
export interface SessionLimits {
  /** Ended after this long without a request (default 8 hours). */
  idleMs?: number;
  /** Ended this long after sign-in, however busy (default 24 hours). */
  absoluteMs?: number;
  /** Most live sessions per key; signing in again past it ends the oldest (default 20). */
  perKey?: number;
}

export const DEFAULT_SESSION_LIMITS = { idleMs: 8 * 3_600_000, absoluteMs: 24 * 3_600_000, perKey: 20 } as const;

/** A session as the server keeps it: never the cookie's token, only its hash (`id`). */
export type ConsoleSession = StoredSession;

/**
 * Where sessions live: by default the host's store (migration `0010_console_sessions`), so every
 * server on one database knows every session and a restart signs nobody out.
 */
export type SessionStore = Pick<Store, 'putSession' | 'getSession' | 'touchSession' | 'deleteSession' | 'listSessions' | 'pruneSessions'>;

/** A session's last use is written at most once per this interval: no write per request. */
export const SESSION_TOUCH_MS = 60_000;

/** What the session routes answer. */
export interface SessionView {
  keyId: string;
  scopes: Scope[];
  tenant: string | null;
  name: string | null;
  csrfToken: string;
  expiresAt: string;
}

const tokenHash = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Signs in, resolves and ends console sessions for the server. */
export class Sessions {
  private readonly limits: Required<SessionLimits>;

  constructor(
    private readonly store: SessionStore,
    private readonly keys: Pick<ApiKeyStore, 'verify' | 'get'>,
    private readonly clock: Clock,
    limits: SessionLimits = {},
  ) {
    this.limits = { ...DEFAULT_SESSION_LIMITS, ...limits };
  }

  /** The cookie lifetime in seconds (the absolute limit: the browser forgets it when the server would). */
  get maxAgeSeconds(): number {
    return Math.floor(this.limits.absoluteMs / 1000);
  }

  /** Exchanges an API key for a session. Unknown or revoked keys are UNAUTHENTICATED; keys without a console scope are FORBIDDEN. */
  async signIn(apiKey: string): Promise<{ token: string; view: SessionView }> {
    const record = await this.keys.verify(apiKey);
    if (record === undefined) throw new HttpProblem('UNAUTHENTICATED', 'the API key is unknown or revoked');
    if (!record.scopes.some((s) => CONSOLE_SCOPES.includes(s))) throw new HttpProblem('FORBIDDEN', `the console needs a key with the scope ${CONSOLE_SCOPES.join(', ')}; this key has ${record.scopes.join(', ')}`);
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const session: ConsoleSession = { id: tokenHash(token), keyId: record.id, csrfToken: randomBytes(32).toString('base64url'), createdAt: now, lastSeenAt: now };
    // Sessions nobody ended are removed here: sign-ins are rare, and the table stays small.
    await this.store.pruneSessions(new Date(now.getTime() - this.limits.idleMs), new Date(now.getTime() - this.limits.absoluteMs));
    await this.store.putSession(session);
    // A key signed in from many places keeps its newest sessions only.
    const mine = await this.store.listSessions(record.id);
    for (const old of mine.slice(0, Math.max(0, mine.length - this.limits.perKey))) await this.store.deleteSession(old.id);
    return { token, view: this.view(session, record) };
  }

  /**
   * The session and its key's current record, or undefined when the token is unknown, expired, or
   * its key revoked (an expired or orphaned session is deleted on the way).
   */
  async resolve(token: string | undefined): Promise<{ session: ConsoleSession; record: ApiKeyRecord } | undefined> {
    if (token === undefined || !TOKEN_SHAPE.test(token)) return undefined;
    const session = await this.store.getSession(tokenHash(token));
    if (session === undefined) return undefined;
    const now = this.clock.now();
    const expired = now.getTime() - session.createdAt.getTime() >= this.limits.absoluteMs || now.getTime() - session.lastSeenAt.getTime() >= this.limits.idleMs;
    const record = expired ? undefined : await this.keys.get(session.keyId);
    if (record === undefined || record.revokedAt !== undefined) {
      await this.store.deleteSession(session.id);
      return undefined;
    }
    // The store's condition keeps every server to one write per interval; a failed write only
    // loses a use, the request is still authenticated.
    await this.store.touchSession(session.id, now, new Date(now.getTime() - SESSION_TOUCH_MS)).catch(() => undefined);
    return { session: { ...session, lastSeenAt: now }, record };
  }

  /** Ends the session of this token (nothing when there is none). */
  async signOut(token: string | undefined): Promise<void> {
    if (token === undefined || !TOKEN_SHAPE.test(token)) return;
    await this.store.deleteSession(tokenHash(token));
  }

  view(session: ConsoleSession, record: ApiKeyRecord): SessionView {
    return {
      keyId: record.id,
      scopes: record.scopes,
      tenant: record.tenant ?? null,
      name: record.name ?? null,
      csrfToken: session.csrfToken,
      expiresAt: new Date(Math.min(session.createdAt.getTime() + this.limits.absoluteMs, session.lastSeenAt.getTime() + this.limits.idleMs)).toISOString(),
    };
  }

  /**
   * Authenticates a request by its cookie: the key's record, after the CSRF check for
   * state-changing methods. Throws UNAUTHENTICATED (no live session) or CSRF.
   */
  async authenticate(request: FastifyRequest): Promise<{ session: ConsoleSession; record: ApiKeyRecord }> {
    const found = await this.resolve(sessionToken(request));
    if (found === undefined) throw new HttpProblem('UNAUTHENTICATED', 'the console session has ended: sign in again');
    checkCsrf(request, found.session);
    return found;
  }

  /** Sets the session cookie (Secure when the request came over TLS, directly or through a trusted proxy). */
  setCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
    void reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/', secure: request.protocol === 'https', maxAge: this.maxAgeSeconds });
  }

  clearCookie(request: FastifyRequest, reply: FastifyReply): void {
    void reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', path: '/', secure: request.protocol === 'https' });
  }
}

/** Throws CSRF when a state-changing request does not repeat the session's CSRF token. */
export function checkCsrf(request: FastifyRequest, session: ConsoleSession): void {
  if (!STATE_CHANGING.has(request.method)) return;
  const header = request.headers[CSRF_HEADER];
  if (typeof header !== 'string' || !sameSecret(header, session.csrfToken)) {
    throw new HttpProblem('CSRF', `a request made with the session cookie must repeat the session's CSRF token in ${CSRF_HEADER}`);
  }
}

/** The session token the request's cookie carries. */
export function sessionToken(request: FastifyRequest): string | undefined {
  return (request.cookies as Record<string, string | undefined> | undefined)?.[SESSION_COOKIE];
}
