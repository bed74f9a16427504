// POST /v1/operations/bulk over real HTTP, validated against the OpenAPI document.
import { afterEach, describe, expect, it } from 'vitest';
import { registerInput, startTestServer, type TestServer } from './test-support/harness.js';

let s: TestServer | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

describe('POST /v1/operations/bulk', () => {
  it('answers one item per request, in order, each refusal on its own', async () => {
    s = await startTestServer();
    const key = await s.key(['submit', 'read']);
    const r = await s.call('POST', '/v1/operations/bulk', {
      key,
      body: {
        requests: [
          { operation: 'register', input: registerInput('bulk-a.com'), idempotencyKey: 'bulk-1' },
          { operation: 'register', input: registerInput('taken-b.com') },
          { operation: 'register', input: { domain: 'not a name' } },
          { operation: 'info', input: { domain: 'x.nowhere' } },
        ],
      },
    });
    expect(r.status).toBe(200);
    expect(r.body.items.map((i: { index: number }) => i.index)).toEqual([0, 1, 2, 3]);
    expect(r.body.items[0].operation).toMatchObject({ domain: 'bulk-a.com', status: 'done' });
    expect(r.body.items[1].operation).toMatchObject({ domain: 'taken-b.com', status: 'failed' });
    expect(r.body.items[2].refused).toMatchObject({ code: 'INVALID_INPUT' });
    expect(r.body.items[3].refused).toMatchObject({ code: 'UNSUPPORTED' });
    // The same key again: the same operation, no second registration.
    const again = await s.call('POST', '/v1/operations/bulk', { key, body: { requests: [{ operation: 'register', input: registerInput('bulk-a.com'), idempotencyKey: 'bulk-1' }] } });
    expect(again.body.items[0].operation.id).toBe(r.body.items[0].operation.id);
  });

  it('keeps a tenant-bound key to its tenant in every request', async () => {
    s = await startTestServer();
    const admin = await s.key(['admin']);
    await s.call('POST', '/v1/operations', { key: admin, body: { operation: 'register', input: registerInput('theirs.com'), customerId: 'cust-b' } });
    const tenantKey = await s.key(['submit'], 'cust-a');
    const r = await s.call('POST', '/v1/operations/bulk', {
      key: tenantKey,
      body: {
        requests: [
          { operation: 'register', input: registerInput('mine.com') },
          { operation: 'updateNameservers', input: { domain: 'theirs.com', nameservers: [{ host: 'ns1.evil.test' }, { host: 'ns2.evil.test' }] } },
          { operation: 'register', input: registerInput('other.com'), customerId: 'cust-b' },
        ],
      },
    });
    expect(r.body.items[0].operation).toMatchObject({ domain: 'mine.com', customerId: 'cust-a' });
    expect(r.body.items[1].refused).toMatchObject({ code: 'FORBIDDEN' });
    expect(r.body.items[2].refused).toMatchObject({ code: 'FORBIDDEN' });
    expect((await s.host.getDomain('theirs.com'))?.nameservers).toEqual(registerInput('x.com').nameservers);
  });

  it('refuses an empty batch, and a key without the submit scope', async () => {
    s = await startTestServer();
    expect((await s.call('POST', '/v1/operations/bulk', { key: await s.key(['submit']), body: { requests: [] } })).status).toBe(400);
    expect((await s.call('POST', '/v1/operations/bulk', { key: await s.key(['read']), body: { requests: [{ operation: 'info', input: { domain: 'a.com' } }] } })).status).toBe(403);
  });
});
