import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordCassettes, runConformance, type Cassette } from '../src/index.js';
import { secretLocation } from '../src/record.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../tests/fixtures/${name}`, import.meta.url));
const pluginDir = fixture('conformance-good');
const goodCassettes = join(pluginDir, 'cassettes');
// A character that is percent-encoded in a query string, so the URL form differs from the raw one.
const REAL_KEY = 'live-key-5f1e2d/7';
let echoKey = false;
/** The live system answers every registration as taken (a success scenario recorded on bad data). */
let allTaken = false;
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
      const parsed = new URL(req.url ?? '/', 'http://registrar.test');
      // The key comes in a header, or as a query parameter (LogicBoxes- and Namecheap-style APIs).
      if ((req.headers['x-api-key'] ?? parsed.searchParams.get('key')) !== REAL_KEY) return json({ ok: false, code: 'auth' });
      const url = parsed.pathname;
      if (req.method === 'POST' && url === '/v1/domains') return json(!allTaken && (JSON.parse(body) as { name: string }).name === 'example.com' ? { ok: true, expires: '2027-01-15T10:00:00.000Z', ...(echoKey ? { debug: `key=${REAL_KEY}` } : {}) } : { ok: false, code: 'taken' });
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
    // Both register cassettes call example.com, which this registrar answers with the key echoed.
    expect(result.refused.map((r) => r.file)).toEqual([join('register', 'success.json'), join('register', 'taken.json')]);
    for (const r of result.refused) expect(r.reason).toBe('the secret setting "apiKey" is echoed in the registrar\'s response (step 1 exchange 1); remove it from the recording by hand, or ask the registrar\'s test system not to echo it');
    expect(() => readFileSync(join(outDir, 'register', 'success.json'))).toThrow();
  });

  it('replaces a secret sent as a query parameter in the recorded URL, and the recording replays', async () => {
    echoKey = false;
    const plugin = fixture('conformance-query-auth');
    const outDir = mkdtempSync(join(tmpdir(), 'rk-record-'));
    const result = await recordCassettes({ pluginDir: plugin, cassettes: goodCassettes, endpoint, settings: { endpoint: 'https://api.conf.test/v1', apiKey: REAL_KEY }, outDir });
    expect(result.refused).toEqual([]);
    const text = readFileSync(join(outDir, 'register', 'success.json'), 'utf8');
    expect(text).not.toContain(encodeURIComponent(REAL_KEY));
    expect(text).not.toContain(REAL_KEY);
    expect(text).toContain('"url": "https://api.conf.test/v1/domains?key={{secret:apiKey}}"');
    const report = await runConformance({ pluginDir: plugin, cassettes: outDir });
    expect(report.results.filter((r) => r.status === 'failed').map((r) => r.title)).toEqual([]);
  });

  it('refuses every cassette recorded against a dead endpoint, saying the endpoint did not answer, and writes nothing', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const address = closed.address();
    await new Promise<void>((r) => closed.close(() => r()));
    const dead = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
    const outDir = mkdtempSync(join(tmpdir(), 'rk-record-'));
    const result = await recordCassettes({ pluginDir, endpoint: dead, settings: { endpoint: 'https://api.conf.test/v1', apiKey: REAL_KEY }, outDir });
    expect(result.written).toEqual([]);
    expect(result.refused).toHaveLength(7);
    expect(result.refused.find((r) => r.file === join('register', 'success.json'))?.reason).toMatch(/^the endpoint did not answer: TRANSPORT POST http:\/\/127\.0\.0\.1:\d+\/v1\/domains: fetch failed \(ECONNREFUSED\) \(step 1, register\)/);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('refuses a success scenario the live system answers with a failure, and keeps the others', async () => {
    echoKey = false;
    allTaken = true;
    try {
      const outDir = mkdtempSync(join(tmpdir(), 'rk-record-'));
      const result = await recordCassettes({ pluginDir, endpoint, settings: { endpoint: 'https://api.conf.test/v1', apiKey: REAL_KEY }, outDir });
      expect(result.refused).toEqual([{ file: join('register', 'success.json'), reason: expect.stringMatching(/^a success scenario, but step 1 \(register\) answered failed NOT_AVAILABLE: /) }]);
      expect(result.written).toContain(join('register', 'taken.json'));
    } finally {
      allTaken = false;
    }
  });

  it('a poll() that throws refuses that scenario, naming the step, and the other cassettes are still written', async () => {
    echoKey = false;
    const outDir = mkdtempSync(join(tmpdir(), 'rk-record-'));
    const result = await recordCassettes({ pluginDir: fixture('conformance-poll-throws'), cassettes: goodCassettes, endpoint, settings: { endpoint: 'https://api.conf.test/v1', apiKey: REAL_KEY }, outDir });
    expect(result.refused.map((r) => r.file).sort()).toEqual([join('transfer', 'completed.json'), join('transfer', 'rejected.json')]);
    expect(result.refused[0]!.reason).toBe("step 3: poll() threw TypeError: Cannot read properties of undefined (reading 'state'); the other scenarios are recorded as usual");
    expect(result.written.sort()).toEqual([join('info', 'not-found.json'), join('info', 'success.json'), join('register', 'success.json'), join('register', 'taken.json'), join('transfer', 'bad-auth-code.json')]);
  });

  it('a refusal says where the secret was found: the request URL, a header, the body or the response', () => {
    const key = 'k3y-Secret-91';
    const at = (request: Record<string, unknown>, response: Record<string, unknown> = { status: 200, body: '' }): Cassette =>
      ({ cassetteVersion: 1, operation: 'info', scenario: 's', kind: 'success', steps: [{ call: { operation: 'info', input: {} }, exchanges: [{ http: { request: { method: 'GET', url: 'https://api.test/x', ...request }, response } }] }] }) as Cassette;
    const basic = Buffer.from(`reseller:${key}`).toString('base64');
    expect(secretLocation(at({ url: `https://api.test/x?auth=${Buffer.from(key).toString('hex')}` }), { apiKey: key })).toMatch(/^the secret setting "apiKey" appears in the request URL \(step 1 exchange 1\)/);
    expect(secretLocation(at({ headers: { authorization: `Basic ${basic}` } }), { apiKey: key })).toMatch(/^the secret setting "apiKey" appears in the request header "authorization" \(step 1 exchange 1\), encoded/);
    expect(secretLocation(at({ body: `<pw>${key.toUpperCase()}</pw>` }), { apiKey: key })).toMatch(/^the secret setting "apiKey" appears in the request body/);
    expect(secretLocation(at({}, { status: 200, body: { debug: key } }), { apiKey: key })).toMatch(/^the secret setting "apiKey" is echoed in the registrar's response/);
    expect(secretLocation(at({ url: 'https://api.test/x?auth={{secret:apiKey}}' }), { apiKey: key })).toBeUndefined();
  });
});
