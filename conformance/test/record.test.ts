import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordCassettes, runConformance } from '../src/index.js';

const pluginDir = fileURLToPath(new URL('../../tests/fixtures/conformance-good', import.meta.url));
const REAL_KEY = 'live-key-5f1e2d';
let echoKey = false;
let server: Server;
let endpoint = '';

// A stand-in for a registrar test system, on loopback.
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const json = (v: unknown) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(v));
      };
      if (req.headers['x-api-key'] !== REAL_KEY) return json({ ok: false, code: 'auth' });
      const url = req.url ?? '';
      if (req.method === 'POST' && url === '/v1/domains') return json((JSON.parse(body) as { name: string }).name === 'example.com' ? { ok: true, expires: '2027-01-15T10:00:00.000Z', ...(echoKey ? { debug: `key=${REAL_KEY}` } : {}) } : { ok: false, code: 'taken' });
      if (req.method === 'POST' && url === '/v1/transfers') return json({ ok: true, id: 'TR-LIVE-1' });
      if (url.startsWith('/v1/transfers/')) return json({ state: 'completed' });
      if (url.startsWith('/v1/domains/')) return json({ ok: true, status: 'active', expires: '2027-01-15T10:00:00.000Z', nameservers: ['ns1.example.net', 'ns2.example.net'] });
      return json({ ok: false, code: 'notfound' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const address = server.address();
  endpoint = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('record mode', () => {
  it('records against a live endpoint, replaces the secret by its placeholder, and the recording replays', async () => {
    echoKey = false;
    const outDir = mkdtempSync(join(tmpdir(), 'rk-record-'));
    const result = await recordCassettes({ pluginDir, endpoint, settings: { endpoint: 'https://api.conf.test/v1', apiKey: REAL_KEY }, outDir });
    expect(result.refused).toEqual([]);
    expect(result.written).toContain(join('register', 'success.json'));
    const text = readFileSync(join(outDir, 'register', 'success.json'), 'utf8');
    expect(text).not.toContain(REAL_KEY);
    expect(text).toContain('"x-api-key": "{{secret:apiKey}}"');
    expect(text).toContain('recorded against http://127.0.0.1');
    const report = await runConformance({ pluginDir, cassettes: outDir });
    expect(report.results.filter((r) => r.status === 'failed').map((r) => r.title)).toEqual([]);
  });

  it('refuses to write a cassette in which a secret still appears', async () => {
    echoKey = true;
    const outDir = mkdtempSync(join(tmpdir(), 'rk-record-'));
    const result = await recordCassettes({ pluginDir, endpoint, settings: { endpoint: 'https://api.conf.test/v1', apiKey: REAL_KEY }, outDir });
    expect(result.refused.map((r) => r.file)).toContain(join('register', 'success.json'));
    expect(result.refused[0]?.reason).toContain('the secret setting "apiKey" still appears');
    expect(() => readFileSync(join(outDir, 'register', 'success.json'))).toThrow();
  });
});
