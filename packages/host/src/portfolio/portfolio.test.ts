import { afterEach, describe, expect, it } from 'vitest';
import type { Host } from '../host.js';
import { baseConfig, calls, fixture, refused, SECRET_KEY, startHost } from '../test-support/harness.js';

let host: Host | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
  delete (globalThis as { __registrarKitPortfolio?: unknown }).__registrarKitPortfolio;
});

const config = () =>
  baseConfig({
    plugins: [
      { name: 'old', package: fixture('host-basic'), settings: { apiKey: SECRET_KEY } },
      { name: 'full', package: fixture('host-vocabulary'), settings: { apiKey: SECRET_KEY } },
    ],
    connectors: [
      { tld: 'com', plugin: 'full' },
      { tld: 'aero', plugin: 'full' },
      { tld: 'net', plugin: 'old' },
    ],
  });

const portfolio = (list: unknown[]): void => {
  (globalThis as { __registrarKitPortfolio?: unknown }).__registrarKitPortfolio = list;
};

describe('host.portfolio.import (listDomains)', () => {
  it('creates every domain of the account, page after page, as registered with what the registrar reported', async () => {
    ({ host } = await startHost(config()));
    const report = await host.portfolio.import('full');
    expect(report).toMatchObject({ instance: 'full', pages: 3, existing: [], skipped: [] });
    expect(report.created).toEqual(['alpha.com', 'beta.com', 'gamma.com', 'delta.aero', 'epsilon.org']);
    expect(await host.getDomain('alpha.com')).toMatchObject({
      status: 'registered',
      pluginInstance: 'full',
      connector: 'com',
      expiresAt: '2027-03-01T00:00:00.000Z',
      locked: true,
      nameservers: [{ host: 'ns1.alpha.com' }, { host: 'ns2.alpha.com' }],
    });
    // No connector serves .org here: the row is kept, tied to its instance only.
    expect(await host.getDomain('epsilon.org')).toMatchObject({ status: 'registered', pluginInstance: 'full', connector: undefined });
    const log = await host.log({ domain: 'beta.com' });
    expect(log.some((e) => e.kind === 'transition' && e.message.includes('imported from full'))).toBe(true);
  });

  it('is idempotent: a second import, or two at once, create each domain once and change nothing stored', async () => {
    ({ host } = await startHost(config()));
    const [a, b] = await Promise.all([host.portfolio.import('full'), host.portfolio.import('full')]);
    expect([...a.created, ...b.created].sort()).toEqual(['alpha.com', 'beta.com', 'delta.aero', 'epsilon.org', 'gamma.com']);
    expect([...a.existing, ...b.existing].sort()).toEqual(['alpha.com', 'beta.com', 'delta.aero', 'epsilon.org', 'gamma.com']);
    const before = await host.getDomain('beta.com');
    const again = await host.portfolio.import('full');
    expect(again.created).toEqual([]);
    expect(again.existing).toHaveLength(5);
    expect(await host.getDomain('beta.com')).toEqual(before);
    expect((await host.listDomains()).length).toBe(5);
  });

  it('skips what is not a domain name, and never trusts a plugin that pages in a circle', async () => {
    ({ host } = await startHost(config()));
    portfolio([{ domain: 'fine.com' }, { domain: 'not a name' }, { domain: 'FINE.com' }]);
    const report = await host.portfolio.import('full');
    expect(report.created).toEqual(['fine.com']);
    expect(report.skipped).toEqual([{ domain: 'not a name', reason: expect.any(String) }]);
    (globalThis as { __registrarKitPortfolioCircle?: string }).__registrarKitPortfolioCircle = '0';
    try {
      const error = await refused(host.portfolio.import('full'));
      expect(error).toMatchObject({ code: 'PROTOCOL', message: 'The registrar connection repeated a page' });
    } finally {
      delete (globalThis as { __registrarKitPortfolioCircle?: string }).__registrarKitPortfolioCircle;
    }
  });

  it('a plugin whose manifest predates listDomains is refused without a call', async () => {
    ({ host } = await startHost(config()));
    const before = calls().length;
    const error = await refused(host.portfolio.import('old'));
    expect(error.code).toBe('UNSUPPORTED');
    expect(error.detail).toContain('not declared in the plugin manifest');
    expect(calls().length).toBe(before);
    await expect(host.portfolio.import('nobody')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('host.catalogue (listTlds)', () => {
  it('syncs every page into the store and lists it, per TLD and instance', async () => {
    let clock;
    ({ host, clock } = await startHost(config()));
    const report = await host.catalogue.sync('full');
    expect(report).toMatchObject({ instance: 'full', pages: 2, tlds: 3, skipped: [] });
    const all = await host.catalogue.list();
    expect(all.map((e) => e.tld)).toEqual(['aero', 'co.uk', 'com']);
    expect(all.find((e) => e.tld === 'com')).toEqual({
      pluginInstance: 'full',
      tld: 'com',
      registerPeriods: [1, 2, 5, 10],
      renewPeriods: [1, 2, 5, 10],
      prices: [
        { currency: 'EUR', action: 'register', amount: '9.90' },
        { currency: 'EUR', action: 'renew', amount: '11.90' },
        { currency: 'USD', action: 'register', amount: '10.50' },
      ],
      syncedAt: clock.now(),
    });
    expect(await host.catalogue.list({ tld: '.CO.UK' })).toEqual([expect.objectContaining({ tld: 'co.uk', renewPeriods: undefined, prices: [{ currency: 'GBP', action: 'register', amount: '6.00', period: 1 }] })]);
  });

  it('a second sync replaces the instance catalogue: a TLD no longer reported is gone', async () => {
    ({ host } = await startHost(config()));
    await host.catalogue.sync('full');
    await host.catalogue.sync('full');
    expect((await host.catalogue.list({ pluginInstance: 'full' })).length).toBe(3);
    const log = await host.log({ kind: 'catalogue' });
    expect(log).toHaveLength(2);
  });

  it('is refused for an instance whose plugin cannot list TLDs, and stores nothing', async () => {
    ({ host } = await startHost(config()));
    expect((await refused(host.catalogue.sync('old'))).code).toBe('UNSUPPORTED');
    expect(await host.catalogue.list()).toEqual([]);
  });
});
