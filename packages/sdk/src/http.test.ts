import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from './context.js';
import { isRegistrarError, type RegistrarError } from './errors.js';
import { createHttpClient, isLoopbackHost, parseRetryAfter } from './http.js';

const SECRET = 's3cr3t-Api-Key!';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const lines: string[] = [];
const log: Logger = {
  debug: (m, f) => lines.push(`${m} ${JSON.stringify(f)}`),
  info: (m, f) => lines.push(`${m} ${JSON.stringify(f)}`),
  warn: (m, f) => lines.push(`${m} ${JSON.stringify(f)}`),
  error: (m, f) => lines.push(`${m} ${JSON.stringify(f)}`),
};
const client = createHttpClient({ secrets: [SECRET], log, timeoutMs: 2_000 });
const url = `https://api.registrar.test/v1/domain?key=${encodeURIComponent(SECRET)}`;

async function failure(promise: Promise<unknown>): Promise<RegistrarError> {
  try {
    await promise;
  } catch (error) {
    if (isRegistrarError(error)) return error;
    throw error;
  }
  throw new Error('expected a RegistrarError');
}

function noSecret(error: RegistrarError): void {
  const text = `${error.message} ${error.detail ?? ''} ${JSON.stringify(error)} ${lines.join('\n')}`;
  expect(text).not.toContain(SECRET);
  expect(text).not.toContain(encodeURIComponent(SECRET));
}

describe('http client', () => {
  it('returns the body and parses JSON', async () => {
    server.use(http.post('https://api.registrar.test/v1/domain', () => HttpResponse.json({ result: { code: '0' } })));
    const res = await client.request({ url, body: '{}' });
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ result: { code: '0' } });
  });

  it('classifies a timeout as a retryable TRANSPORT error', async () => {
    server.use(http.get('https://api.registrar.test/v1/domain', async () => {
      await delay(500);
      return HttpResponse.json({});
    }));
    const error = await failure(client.request({ url, timeoutMs: 20 }));
    expect(error.code).toBe('TRANSPORT');
    expect(error.retryable).toBe(true);
    expect(error.detail).toContain('no answer within 20 ms');
    // The request went out: the registrar may have acted on it.
    expect(error.received).toBe('unknown');
    noSecret(error);
  });

  it('classifies 500 as a retryable REMOTE error and keeps the body in the detail', async () => {
    server.use(http.get('https://api.registrar.test/v1/domain', () => HttpResponse.text(`boom for key ${SECRET}`, { status: 500 })));
    const error = await failure(client.request({ url }));
    expect(error.code).toBe('REMOTE');
    expect(error.retryable).toBe(true);
    expect(error.detail).toContain('HTTP 500');
    expect(error.detail).toContain('[redacted]');
    noSecret(error);
  });

  it('reads Retry-After on 503', async () => {
    server.use(http.get('https://api.registrar.test/v1/domain', () => new HttpResponse('busy', { status: 503, headers: { 'Retry-After': '120' } })));
    const error = await failure(client.request({ url }));
    expect(error.code).toBe('REMOTE');
    expect(error.retryable).toBe(true);
    expect(error.retryAfterSeconds).toBe(120);
  });

  it('maps 429 to RATE_LIMITED and 401 to AUTHENTICATION', async () => {
    server.use(http.get('https://api.registrar.test/v1/domain', () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '3' } })));
    const limited = await failure(client.request({ url }));
    expect([limited.code, limited.retryable, limited.retryAfterSeconds]).toEqual(['RATE_LIMITED', true, 3]);
    server.use(http.get('https://api.registrar.test/v1/domain', () => new HttpResponse(null, { status: 401 })));
    const auth = await failure(client.request({ url }));
    expect([auth.code, auth.retryable]).toEqual(['AUTHENTICATION', false]);
  });

  it('classifies a connection reset as a retryable TRANSPORT error', async () => {
    server.use(http.get('https://api.registrar.test/v1/domain', () => HttpResponse.error()));
    const error = await failure(client.request({ url }));
    expect(error.code).toBe('TRANSPORT');
    expect(error.retryable).toBe(true);
    noSecret(error);
  });

  it('turns a malformed or empty body into a PROTOCOL error on json()', async () => {
    server.use(http.get('https://api.registrar.test/v1/domain', () => HttpResponse.text(`{"result": ${SECRET}`)));
    const res = await client.request({ url });
    const malformed = await failure(Promise.resolve().then(() => res.json()));
    expect(malformed.code).toBe('PROTOCOL');
    expect(malformed.retryable).toBe(false);
    noSecret(malformed);
    server.use(http.get('https://api.registrar.test/v1/domain', () => new HttpResponse('')));
    const emptyRes = await client.request({ url });
    const empty = await failure(Promise.resolve().then(() => emptyRes.json()));
    expect(empty.code).toBe('PROTOCOL');
  });

  it('lets a plugin read statuses it accepts (SOAP faults arrive as HTTP 500)', async () => {
    server.use(http.post('https://api.registrar.test/v1/domain', () => HttpResponse.xml('<Fault/>', { status: 500 })));
    const res = await client.request({ url, body: '<x/>', acceptStatus: [500] });
    expect(res.status).toBe(500);
    expect(res.text).toBe('<Fault/>');
  });

  it('refuses plain http outside loopback, and hosts outside the allow-list', async () => {
    const plain = await failure(client.request({ url: 'http://api.registrar.test/v1' }));
    expect(plain.code).toBe('POLICY');
    const limited = createHttpClient({ allowedHosts: ['api.registrar.test', '*.registrar.example'] });
    const other = await failure(limited.request({ url: 'https://evil.test/' }));
    expect(other.code).toBe('POLICY');
    expect(other.detail).toContain('evil.test');
    server.use(http.get('https://ote.registrar.example/x', () => HttpResponse.text('ok')));
    await expect(limited.request({ url: 'https://ote.registrar.example/x' })).resolves.toMatchObject({ status: 200 });
  });

  it('knows loopback hosts', () => {
    expect(['localhost', '127.0.0.1', '127.1.2.3', '[::1]'].map(isLoopbackHost)).toEqual([true, true, true, true]);
    expect(['10.0.0.1', 'example.com', '::2'].map(isLoopbackHost)).toEqual([false, false, false]);
  });

  it('parses Retry-After seconds and dates', () => {
    expect(parseRetryAfter('30')).toBe(30);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(30);
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
