import { createHost, type Host } from '@registrar-kit/host';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createServer } from './server.js';
import { hostApiKeys, type ApiKeyStore } from './keys.js';
import { serverConfig } from './test-support/harness.js';

describe('rate limiting per API key', () => {
  let host: Host;
  let app: FastifyInstance;
  let url: string;
  let keys: ApiKeyStore;

  beforeEach(async () => {
    // Only Date is faked: the limiter's window reads Date.now(), the sockets keep real timers.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T10:00:00Z'));
    host = await createHost(serverConfig());
    keys = hostApiKeys(host);
    app = await createServer({ host, keys, rateLimit: { max: 3, timeWindow: 60_000 } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  });

  afterEach(async () => {
    await app.close();
    await host.close();
    vi.useRealTimers();
  });

  const get = (path: string, key?: string) => fetch(`${url}${path}`, key === undefined ? {} : { headers: { authorization: `Bearer ${key}` } });

  it('answers 429 as a problem with Retry-After once a key used its window, and frees it when the window ends', async () => {
    const { key } = await keys.create({ scopes: ['read'] });
    for (let i = 0; i < 3; i++) expect((await get('/v1/operations', key)).status).toBe(200);
    const refused = await get('/v1/operations', key);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect(await refused.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED', title: 'Too Many Requests' });

    vi.setSystemTime(new Date('2026-03-01T10:00:30Z'));
    expect((await get('/v1/operations', key)).headers.get('retry-after')).toBe('30');
    vi.setSystemTime(new Date('2026-03-01T10:01:00Z'));
    expect((await get('/v1/operations', key)).status).toBe(200);
  });

  it('counts each key on its own, even from the same address', async () => {
    const first = (await keys.create({ scopes: ['read'] })).key;
    const second = (await keys.create({ scopes: ['read'] })).key;
    for (let i = 0; i < 4; i++) await get('/v1/operations', first);
    expect((await get('/v1/operations', first)).status).toBe(429);
    expect((await get('/v1/operations', second)).status).toBe(200);
  });

  it('limits requests without a key by address, apart from the keys', async () => {
    const { key } = await keys.create({ scopes: ['read'] });
    for (let i = 0; i < 3; i++) expect((await get('/healthz')).status).toBe(200);
    expect((await get('/healthz')).status).toBe(429);
    expect((await get('/v1/operations', key)).status).toBe(200);
  });
});
