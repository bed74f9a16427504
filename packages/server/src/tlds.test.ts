// GET /v1/tlds: the TLD catalogue a sync stored, over real HTTP, validated against the OpenAPI document.
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES, SECRET_KEY, serverConfig, startTestServer, type TestServer } from './test-support/harness.js';

let s: TestServer | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

describe('GET /v1/tlds', () => {
  it('is empty before a sync, then lists every TLD with its periods and prices; filters by plugin and TLD', async () => {
    s = await startTestServer(
      serverConfig({
        plugins: [
          { name: 'main', package: `${FIXTURES}host-basic`, settings: { apiKey: SECRET_KEY } },
          { name: 'full', package: `${FIXTURES}host-vocabulary`, settings: { apiKey: SECRET_KEY } },
        ],
        connectors: [{ tld: 'com', plugin: 'full' }],
      }),
    );
    const reader = await s.key(['read']);
    expect((await s.call('GET', '/v1/tlds', { key: reader })).body).toEqual({ items: [] });
    await s.host.catalogue.sync('full');
    const all = await s.call('GET', '/v1/tlds', { key: reader });
    expect(all.status).toBe(200);
    expect(all.body.items.map((i: { tld: string }) => i.tld)).toEqual(['aero', 'co.uk', 'com']);
    expect(all.body.items[2]).toMatchObject({ tld: 'com', plugin: 'full', registerPeriods: [1, 2, 5, 10], prices: expect.arrayContaining([{ currency: 'USD', action: 'register', amount: '10.50' }]) });
    expect((await s.call('GET', '/v1/tlds?tld=co.uk&plugin=full', { key: reader })).body.items).toEqual([expect.objectContaining({ tld: 'co.uk', prices: [{ currency: 'GBP', action: 'register', amount: '6.00', period: 1 }] })]);
    expect((await s.call('GET', '/v1/tlds?plugin=main', { key: reader })).body.items).toEqual([]);
    expect((await s.call('GET', '/v1/tlds')).status).toBe(401);
  });
});
