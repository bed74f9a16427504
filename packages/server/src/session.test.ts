// Console sessions over real HTTP on loopback: sign-in, cookie flags, CSRF, tenants, expiry, revocation.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hostApiKeys } from './keys.js';
import { createServer } from './server.js';
import { registerInput, serverConfig as baseConfig, startTestServer, type Answer, type TestServer } from './test-support/harness.js';

/** `acme` and `globex` are tenants ordering on the provider's own account: their requests need no order. */
const serverConfig = () => baseConfig({ orders: { providerCustomerIds: ['acme', 'globex'] } });

let s: TestServer;
let now = Date.parse('2026-03-01T09:00:00.000Z');
const clock = { now: () => new Date(now) };
const HOUR = 3_600_000;

async function start(server: Parameters<typeof startTestServer>[1] = {}): Promise<void> {
  s = await startTestServer(serverConfig(), { host: { clock }, ...server });
}

beforeEach(async () => {
  now = Date.parse('2026-03-01T09:00:00.000Z');
  await start();
});
afterEach(async () => {
  await s?.close();
});

interface Signed {
  cookie: string;
  csrf: string;
  setCookie: string;
  body: Record<string, unknown>;
}

/** A request with the session cookie (and, when given, the CSRF header), checked against the OpenAPI document. */
async function call(method: string, path: string, options: { cookie?: string; csrf?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer<any>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.cookie !== undefined) headers.cookie = options.cookie;
  if (options.csrf !== undefined) headers['x-csrf-token'] = options.csrf;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${s.url}${path}`, { method, headers, ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }) });
  const text = await response.text();
  const body = text === '' ? undefined : (JSON.parse(text) as unknown);
  s.validator.check(method, `${s.url}${path}`, response.status, response.headers.get('content-type'), body);
  return { status: response.status, headers: response.headers, body };
}

async function signIn(apiKey: string, headers: Record<string, string> = {}): Promise<Signed> {
  const answer = await call('POST', '/v1/session', { body: { apiKey }, headers });
  expect(answer.status).toBe(200);
  const setCookie = answer.headers.get('set-cookie') ?? '';
  const cookie = setCookie.split(';')[0]!;
  expect(cookie).toMatch(/^rk_session=[A-Za-z0-9_-]{43}$/);
  return { cookie, csrf: answer.body.csrfToken as string, setCookie, body: answer.body as Record<string, unknown> };
}

describe('signing in', () => {
  it('answers the key’s scopes, tenant and name with a CSRF token, and sets an HttpOnly SameSite=Strict cookie for the whole site', async () => {
    const { key } = await s.keys.create({ scopes: ['read', 'staff'], tenant: 'acme', name: 'Hanna' });
    const session = await signIn(key);
    expect(session.body).toMatchObject({ scopes: ['read', 'staff'], tenant: 'acme', name: 'Hanna', csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    const flags = session.setCookie.split(';').map((f) => f.trim().toLowerCase());
    expect(flags).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/']));
    // Plain HTTP on loopback: a Secure cookie would never come back.
    expect(flags).not.toContain('secure');
    // The cookie is not the key: nothing of the key's secret is in it.
    expect(session.cookie).not.toContain(key.split('_')[2]!.slice(0, 12));
    const again = await call('GET', '/v1/session', { cookie: session.cookie });
    expect(again.body).toMatchObject({ scopes: ['read', 'staff'], tenant: 'acme', csrfToken: session.csrf });
  });

  it('refuses an unknown key with 401 and a submit-only key with 403, and sets no cookie', async () => {
    const wrong = await call('POST', '/v1/session', { body: { apiKey: 'rk_0123456789abcdef_' + 'x'.repeat(43) } });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('UNAUTHENTICATED');
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const submitter = await call('POST', '/v1/session', { body: { apiKey: await s.key(['submit']) } });
    expect(submitter.status).toBe(403);
    expect(submitter.body.code).toBe('FORBIDDEN');
    expect(submitter.headers.get('set-cookie')).toBeNull();
    expect((await call('GET', '/v1/session')).status).toBe(401);
  });

  it('takes the key as JSON only: a cross-site HTML form cannot sign a browser in (login CSRF)', async () => {
    const key = await s.key(['read']);
    for (const [type, body] of [
      ['application/x-www-form-urlencoded', `apiKey=${encodeURIComponent(key)}`],
      ['text/plain', JSON.stringify({ apiKey: key })],
      ['multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="apiKey"\r\n\r\n${key}\r\n--x--\r\n`],
    ]) {
      const answer = await fetch(`${s.url}/v1/session`, { method: 'POST', headers: { 'content-type': type! }, body: body! });
      // 415 for form encodings; text/plain parses as a string, which the body's schema refuses (400).
      expect([400, 415], type).toContain(answer.status);
      expect(answer.headers.get('set-cookie')).toBeNull();
      await answer.text();
    }
  });

  it('marks the cookie Secure behind a trusted TLS proxy (X-Forwarded-Proto: https)', async () => {
    await s.close();
    await start({ server: { trustProxy: true } });
    const session = await signIn(await s.key(['read']), { 'x-forwarded-proto': 'https' });
    expect(session.setCookie.toLowerCase()).toMatch(/;\s*secure/);
  });

  it('gives two parallel sign-ins of one key two independent sessions', async () => {
    const key = await s.key(['staff']);
    const [a, b] = await Promise.all([signIn(key), signIn(key)]);
    expect(a.cookie).not.toBe(b.cookie);
    expect(a.csrf).not.toBe(b.csrf);
    expect((await call('DELETE', '/v1/session', { cookie: a.cookie, csrf: a.csrf })).status).toBe(204);
    expect((await call('GET', '/v1/tasks', { cookie: a.cookie })).status).toBe(401);
    expect((await call('GET', '/v1/tasks', { cookie: b.cookie })).status).toBe(200);
    // One session's token does not unlock the other.
    expect((await call('DELETE', '/v1/session', { cookie: b.cookie, csrf: a.csrf })).body.code).toBe('CSRF');
  });
});

describe('requests with the session cookie', () => {
  it('act as the key on every /v1 route, and state changes need the session’s X-CSRF-Token', async () => {
    const session = await signIn(await s.key(['admin']));
    expect((await call('GET', '/v1/domains', { cookie: session.cookie })).status).toBe(200);
    const body = { operation: 'register', input: registerInput('csrf.com') };
    const missing = await call('POST', '/v1/operations', { cookie: session.cookie, body });
    expect(missing.status).toBe(403);
    expect(missing.body.code).toBe('CSRF');
    const wrong = await call('POST', '/v1/operations', { cookie: session.cookie, csrf: 'x'.repeat(43), body });
    expect(wrong.body.code).toBe('CSRF');
    // Neither refused request reached the host.
    expect((await s.host.pageOperations({})).items).toHaveLength(0);
    const right = await call('POST', '/v1/operations', { cookie: session.cookie, csrf: session.csrf, body });
    expect(right.status).toBe(200);
    expect(right.body).toMatchObject({ domain: 'csrf.com', status: 'done' });
  });

  it('keep the key’s scopes: a read session cannot act on a manual task even with the CSRF token', async () => {
    const admin = await s.key(['admin']);
    await s.call('POST', '/v1/operations', { key: admin, body: { operation: 'register', input: registerInput('manual.net') } });
    const [task] = (await s.call('GET', '/v1/tasks', { key: admin })).body.items;
    const reader = await signIn(await s.key(['read']));
    const refused = await call('POST', `/v1/tasks/${task.id}/complete`, { cookie: reader.cookie, csrf: reader.csrf, body: { result: {} } });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    const staff = await signIn(await s.key(['staff']));
    expect((await call('POST', `/v1/tasks/${task.id}/complete`, { cookie: staff.cookie, csrf: staff.csrf, body: { result: {} } })).body.status).toBe('done');
  });

  it('keep the key’s tenant: a tenant’s session sees and touches only its own rows', async () => {
    const admin = await s.key(['admin']);
    await s.call('POST', '/v1/operations', { key: admin, body: { operation: 'register', input: registerInput('mine.com'), customerId: 'acme' } });
    await s.call('POST', '/v1/operations', { key: admin, body: { operation: 'register', input: registerInput('theirs.com'), customerId: 'globex' } });
    const acme = await signIn((await s.keys.create({ scopes: ['read', 'submit'], tenant: 'acme' })).key);
    const domains = await call('GET', '/v1/domains', { cookie: acme.cookie });
    expect(domains.body.items.map((d: { name: string }) => d.name)).toEqual(['mine.com']);
    expect((await call('GET', '/v1/domains/theirs.com', { cookie: acme.cookie })).status).toBe(404);
    const renew = await call('POST', '/v1/operations', { cookie: acme.cookie, csrf: acme.csrf, body: { operation: 'renew', input: { domain: 'theirs.com', period: 1 } } });
    expect(renew.status).toBe(403);
  });

  it('a Bearer header wins over a cookie (and needs no CSRF token)', async () => {
    const reader = await signIn(await s.key(['read']));
    const admin = await s.key(['admin']);
    const answer = await call('POST', '/v1/operations', { cookie: reader.cookie, headers: { authorization: `Bearer ${admin}` }, body: { operation: 'register', input: registerInput('bearer.com') } });
    expect(answer.status).toBe(200);
  });
});

describe('the end of a session', () => {
  it('signing out answers 204, clears the cookie, and the old cookie no longer works', async () => {
    const session = await signIn(await s.key(['read']));
    const refused = await call('DELETE', '/v1/session', { cookie: session.cookie });
    expect(refused.status).toBe(403);
    expect((await call('GET', '/v1/session', { cookie: session.cookie })).status).toBe(200);
    const out = await call('DELETE', '/v1/session', { cookie: session.cookie, csrf: session.csrf });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^rk_session=;.*(Max-Age=0|Expires=Thu, 01 Jan 1970)/i);
    expect((await call('GET', '/v1/session', { cookie: session.cookie })).status).toBe(401);
    const read = await call('GET', '/v1/domains', { cookie: session.cookie });
    expect(read.status).toBe(401);
    expect(read.body.code).toBe('UNAUTHENTICATED');
  });

  it('revoking the key ends its sessions at their next request', async () => {
    const { key, record } = await s.keys.create({ scopes: ['staff'] });
    const session = await signIn(key);
    expect((await call('GET', '/v1/tasks', { cookie: session.cookie })).status).toBe(200);
    await s.keys.revoke(record.id);
    expect((await call('GET', '/v1/tasks', { cookie: session.cookie })).status).toBe(401);
    expect((await call('GET', '/v1/session', { cookie: session.cookie })).status).toBe(401);
  });

  it('ends after 8 idle hours, and after 24 hours however busy', async () => {
    const key = await s.key(['read']);
    const idle = await signIn(key);
    now += 8 * HOUR - 1000;
    expect((await call('GET', '/v1/domains', { cookie: idle.cookie })).status).toBe(200);
    now += 8 * HOUR;
    expect((await call('GET', '/v1/domains', { cookie: idle.cookie })).status).toBe(401);

    const busy = await signIn(key);
    for (let hour = 0; hour < 20; hour += 4) {
      now += 4 * HOUR;
      expect((await call('GET', '/v1/domains', { cookie: busy.cookie })).status).toBe(200);
    }
    now += 4 * HOUR;
    expect((await call('GET', '/v1/domains', { cookie: busy.cookie })).status).toBe(401);
  });

  it('lives in the host’s store: another server on the same store knows it, and a restart keeps it', async () => {
    const session = await signIn(await s.key(['read']));
    const other = await createServer({ host: s.host, keys: hostApiKeys(s.host) });
    try {
      const read = await other.inject({ method: 'GET', url: '/v1/session', headers: { cookie: session.cookie } });
      expect(read.statusCode).toBe(200);
      expect(read.json()).toMatchObject({ csrfToken: session.csrf });
      // Signed out on one server: ended on every server.
      expect((await call('DELETE', '/v1/session', { cookie: session.cookie, csrf: session.csrf })).status).toBe(204);
      expect((await other.inject({ method: 'GET', url: '/v1/domains', headers: { cookie: session.cookie } })).statusCode).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('a forged or malformed cookie is 401, never a server error', async () => {
    for (const cookie of ['rk_session=' + 'A'.repeat(43), 'rk_session=../../etc', 'rk_session=', 'rk_session=%ZZ']) {
      const answer = await call('GET', '/v1/domains', { cookie });
      expect(answer.status).toBe(401);
    }
  });
});
