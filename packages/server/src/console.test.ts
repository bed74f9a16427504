// The console's static files at /console: types, caching, client routes, CSP, and nothing outside the directory.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_CSP } from './console.js';
import { serverConfig, startTestServer, type TestServer } from './test-support/harness.js';

let dir: string;
let s: TestServer;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rk-console-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title><script type="module" src="/console/assets/app-1a2b3c.js"></script>');
  writeFileSync(join(dir, 'assets', 'app-1a2b3c.js'), 'console.log("app")');
  writeFileSync(join(dir, 'assets', 'app-1a2b3c.css'), 'body{}');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  // A secret next to the console directory: a path that climbs out must never reach it.
  writeFileSync(join(dir, '..', `${dir.split('/').pop()}-secret.txt`), 'TOP-SECRET-CONTENT');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(dir, '..', `${dir.split('/').pop()}-secret.txt`), { force: true });
});
afterEach(async () => {
  await s?.close();
});

/** A GET whose body is always read (an unread body would keep its connection busy and the close waiting). */
async function get(path: string): Promise<{ status: number; headers: Headers; text: () => Promise<string>; json: () => Promise<unknown> }> {
  const response = await fetch(`${s.url}${path}`, { redirect: 'manual' });
  const body = await response.text();
  return { status: response.status, headers: response.headers, text: async () => body, json: async () => JSON.parse(body) as unknown };
}

describe('the console at /console', () => {
  it('serves index.html for the app and its client routes, with the strict CSP and no cache', async () => {
    s = await startTestServer(serverConfig(), { server: { console: { dir } } });
    for (const path of ['/console/', '/console/domains', '/console/domains/example.com', '/console/operations/op-1']) {
      const answer = await get(path);
      expect(answer.status, path).toBe(200);
      expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(answer.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
      expect(answer.headers.get('cache-control')).toBe('no-cache');
      expect(await answer.text()).toContain('<title>console</title>');
    }
    expect(CONSOLE_CSP).toContain("default-src 'self'");
    expect(CONSOLE_CSP).not.toContain('unsafe-inline');
    expect(CONSOLE_CSP).toContain("frame-ancestors 'none'");
    const bare = await get('/console');
    expect(bare.status).toBe(308);
    expect(bare.headers.get('location')).toBe('/console/');
  });

  it('serves hashed assets with their content type and a year’s immutable cache; other files revalidate', async () => {
    s = await startTestServer(serverConfig(), { server: { console: { dir } } });
    const js = await get('/console/assets/app-1a2b3c.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await js.text()).toBe('console.log("app")');
    expect((await get('/console/assets/app-1a2b3c.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    const icon = await get('/console/favicon.svg');
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 404 for a missing asset and for any path that leaves the directory', async () => {
    s = await startTestServer(serverConfig(), { server: { console: { dir } } });
    expect((await get('/console/assets/gone-000000.js')).status).toBe(404);
    expect((await get('/console/missing.png')).status).toBe(404);
    const name = `${dir.split('/').pop()}-secret.txt`;
    for (const path of [`/console/../${name}`, `/console/%2e%2e/${name}`, `/console/assets/%2e%2e%2f%2e%2e%2f${name}`, `/console/..%5c${name}`, '/console/%00', '/console/.hidden', '/console/%E0%A4%A']) {
      const answer = await get(path);
      expect([404, 400], path).toContain(answer.status);
      expect(await answer.text()).not.toContain('TOP-SECRET-CONTENT');
    }
  });

  it('says how to build the console when its files are missing', async () => {
    s = await startTestServer(serverConfig(), { server: { console: { dir: join(dir, 'nowhere') } } });
    const answer = await get('/console/');
    expect(answer.status).toBe(503);
    expect(await answer.text()).toContain('pnpm --filter @registrar-kit/console build');
  });

  it('is not in the OpenAPI document, and can be left out', async () => {
    s = await startTestServer(serverConfig(), { server: { console: false } });
    expect((await get('/console/')).status).toBe(404);
    const document = (await (await get('/v1/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths).filter((p) => p.startsWith('/console'))).toEqual([]);
  });
});
