/** `/v1/session`: the console's sign-in (an API key for an HttpOnly cookie), its state and sign-out. */
import type { FastifyInstance } from 'fastify';
import { HttpProblem } from '../problem.js';
import { json, problems } from '../schemas.js';
import { checkCsrf, CONSOLE_SCOPES, CSRF_HEADER, SESSION_COOKIE, sessionToken, type Sessions } from '../session.js';

const sessionSchema = {
  type: 'object',
  required: ['keyId', 'scopes', 'tenant', 'name', 'csrfToken', 'expiresAt'],
  properties: {
    keyId: { type: 'string', description: 'The signed-in key’s id (the staff name in manual tasks and the Action Log).' },
    scopes: { type: 'array', items: { type: 'string', enum: ['read', 'submit', 'staff', 'admin'] } },
    tenant: { type: ['string', 'null'], description: 'The tenant the key is bound to, or null for every tenant.' },
    name: { type: ['string', 'null'] },
    csrfToken: { type: 'string', description: `Send it as ${CSRF_HEADER} on every POST, PUT, PATCH and DELETE made with the session cookie.` },
    expiresAt: { type: 'string', format: 'date-time', description: 'When the session ends unless used again (idle limit), at most its absolute limit.' },
  },
} as const;

const cookieHeader = { 'set-cookie': { type: 'string', description: `${SESSION_COOKIE}=…; HttpOnly; SameSite=Strict; Path=/ (and Secure over TLS)` } };

export function sessionRoutes(app: FastifyInstance, sessions: Sessions): void {
  app.post<{ Body: { apiKey: string } }>(
    '/v1/session',
    {
      schema: {
        summary: 'Sign in to the console',
        description: `Exchanges an API key with the scope ${CONSOLE_SCOPES.join(', ')} for a session cookie (${SESSION_COOKIE}). Requests with the cookie act as the key, with its scopes and tenant; state-changing ones must send ${CSRF_HEADER}. Sessions end after 8 idle hours, 24 hours at most, at sign-out, or when the key is revoked.`,
        tags: ['session'],
        body: { type: 'object', required: ['apiKey'], additionalProperties: false, properties: { apiKey: { type: 'string', minLength: 1, maxLength: 200 } } },
        response: { 200: { ...json('Signed in: the session cookie is set', sessionSchema), headers: cookieHeader }, ...problems(400, 401, 403, 415, 500, 503) },
      },
    },
    async (request, reply) => {
      const { token, view } = await sessions.signIn(request.body.apiKey);
      // Signing in again replaces the session this browser had.
      await sessions.signOut(sessionToken(request));
      sessions.setCookie(request, reply, token);
      void reply.header('cache-control', 'no-store');
      return view;
    },
  );

  app.get(
    '/v1/session',
    {
      schema: {
        summary: 'The current console session',
        tags: ['session'],
        security: [{ session: [] }],
        response: { 200: json('The session of the cookie', sessionSchema), ...problems(401, 500, 503) },
      },
    },
    async (request, reply) => {
      const found = await sessions.resolve(sessionToken(request));
      if (found === undefined) throw new HttpProblem('UNAUTHENTICATED', 'no console session: sign in with POST /v1/session');
      void reply.header('cache-control', 'no-store');
      return sessions.view(found.session, found.record);
    },
  );

  app.delete(
    '/v1/session',
    {
      schema: {
        summary: 'Sign out of the console',
        description: `Ends the session and clears its cookie. With a live session the request must carry ${CSRF_HEADER}; without one it only clears the cookie.`,
        tags: ['session'],
        security: [{ session: [] }],
        response: { 204: { description: 'Signed out', type: 'null' }, ...problems(403, 429, 500, 503) },
      },
    },
    async (request, reply) => {
      const token = sessionToken(request);
      const found = await sessions.resolve(token);
      if (found !== undefined) {
        checkCsrf(request, found.session);
        await sessions.signOut(token);
      }
      sessions.clearCookie(request, reply);
      return reply.code(204).send();
    },
  );
}
