// The SOAP registrar plugin against the simulated API for the operations added after sdk 0.1:
// child name servers, restore from redemption, the account's domain list and its price list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost, type Host } from '@registrar-kit/host';
import type { Contact } from '@registrar-kit/sdk';
import { startSandbox, type Sandbox } from '../sandbox.js';
import { createSoapSimulator } from './simulator.js';

const person = { type: 'person', firstName: 'Ada', lastName: 'Lovelace', address: ['1 St'], postalCode: '10115', city: 'Berlin', country: 'DE', phone: '+49.301234567', email: 'ada@example.org' } satisfies Contact;
const ns = [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }];

let sandbox: Sandbox;
let host: Host;

const netim = () => ({
  store: { sqlite: ':memory:' },
  plugins: [{ name: 'netim', package: '@registrar-kit/plugin-soap-registrar', settings: { endpoint: sandbox.endpoints.soap, resellerId: 'NR1', password: 'netim-pass', resellerContactId: 'RC-1' } }],
  connectors: [{ tld: 'fr', plugin: 'netim' }],
  dns: { test: 'registrar' as const },
});
const simDomain = (name: string) => sandbox.simulator('soap').domains().find((d) => d.name === name);

beforeAll(async () => {
  sandbox = await startSandbox({ only: ['soap'], simulators: { soap: createSoapSimulator }, clock: { start: Date.parse('2026-03-01T09:00:00Z'), speed: 1 } });
  host = await createHost(netim(), { clock: sandbox.clock, random: () => 0.5 });
  for (const domain of ['glue.fr', 'lapsed.fr']) await host.submit({ operation: 'register', input: { domain, period: 1, contacts: { registrant: person }, nameservers: ns } });
  sandbox.clock.advance(900_000);
  await host.tracker.runCycle();
});
afterAll(async () => {
  await host?.close();
  await sandbox?.close();
});

describe('soap simulator: the operations added after sdk 0.1', () => {
  it('creates, updates and deletes a child name server of a domain of the account', async () => {
    expect(await host.submit({ operation: 'createHost', input: { domain: 'glue.fr', host: 'ns1.glue.fr', ipv4: ['192.0.2.53'] } })).toMatchObject({ status: 'done', result: { host: 'ns1.glue.fr' } });
    const again = await host.submit({ operation: 'createHost', input: { domain: 'glue.fr', host: 'ns1.glue.fr', ipv6: ['2001:db8::53'] } });
    expect(again).toMatchObject({ status: 'failed', error: { code: 'OBJECT_EXISTS', registrarCode: 'E06-M0605' } });
    expect((await host.submit({ operation: 'updateHost', input: { domain: 'glue.fr', host: 'ns1.glue.fr', ipv4: ['192.0.2.54'], ipv6: ['2001:db8::54'] } })).status).toBe('done');
    // In use by the domain: the registry refuses the deletion.
    expect((await host.submit({ operation: 'updateNameservers', input: { domain: 'glue.fr', nameservers: [{ host: 'ns1.glue.fr' }, { host: 'ns2.example.net' }] } })).status).toBe('done');
    expect(await host.submit({ operation: 'deleteHost', input: { domain: 'glue.fr', host: 'ns1.glue.fr' } })).toMatchObject({ status: 'failed', error: { code: 'STATUS_PROHIBITS' } });
    expect((await host.submit({ operation: 'updateNameservers', input: { domain: 'glue.fr', nameservers: ns } })).status).toBe('done');
    expect((await host.submit({ operation: 'deleteHost', input: { domain: 'glue.fr', host: 'ns1.glue.fr' } })).status).toBe('done');
  });

  it('restores a deleted domain from its redemption period and the host shows it registered again', async () => {
    expect((await host.submit({ operation: 'cancel', input: { domain: 'lapsed.fr', when: 'now' } })).status).toBe('done');
    expect((await host.getDomain('lapsed.fr'))?.status).toBe('cancelled');
    expect(simDomain('lapsed.fr')).toBeUndefined();
    expect((await host.submit({ operation: 'restore', input: { domain: 'lapsed.fr' } })).status).toBe('done');
    expect((await host.getDomain('lapsed.fr'))?.status).toBe('registered');
    expect(simDomain('lapsed.fr')).toMatchObject({ status: 'ACTIVE' });
    expect(await host.submit({ operation: 'restore', input: { domain: 'never-there.fr' } })).toMatchObject({ status: 'failed', error: { code: 'OBJECT_NOT_FOUND' } });
  });

  it('imports the account into a fresh store and syncs the price list', async () => {
    const fresh = await createHost(netim(), { clock: sandbox.clock });
    try {
      const report = await fresh.portfolio.import('netim');
      expect(report.created.sort()).toEqual(['glue.fr', 'lapsed.fr']);
      expect(await fresh.getDomain('glue.fr')).toMatchObject({ status: 'registered', pluginInstance: 'netim', connector: 'fr', expiresAt: '2027-03-01' });
      expect((await fresh.portfolio.import('netim')).created).toEqual([]);
      expect(await fresh.catalogue.sync('netim')).toMatchObject({ tlds: 4 });
      expect((await fresh.catalogue.list({ tld: 'fr' }))[0]?.prices).toEqual([
        { currency: 'EUR', action: 'register', amount: '7.50' },
        { currency: 'EUR', action: 'renew', amount: '7.50' },
        { currency: 'EUR', action: 'transfer', amount: '7.50' },
        { currency: 'EUR', action: 'restore', amount: '45.00' },
      ]);
    } finally {
      await fresh.close();
    }
  });
});
