// The InterNetX plugin against the simulated AutoDNS gateway for the operations added after
// sdk 0.1: restore 0101005, the transfer-out answer 0106002 and the domain list 0105. The account
// is set to polling, so job results come through the message queue read by the host's tracker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost, type Host } from '@registrar-kit/host';
import type { Contact } from '@registrar-kit/sdk';
import { startSandbox, type Sandbox } from '../sandbox.js';
import { createInternetxSimulator } from './simulator.js';

const person = { type: 'person', firstName: 'Erika', lastName: 'Mustermann', address: ['Heidestr. 17'], postalCode: '51147', city: 'Köln', country: 'DE', phone: '+49.2211234567', email: 'erika@example.de' } satisfies Contact;
const ns = [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }];

let sandbox: Sandbox;
let host: Host;
let PENDING_MS: number;

const config = () => ({
  store: { sqlite: ':memory:' },
  plugins: [{ name: 'inx', package: '@registrar-kit/plugin-internetx', settings: { endpoint: sandbox.endpoints.internetx, context: 4, user: 'p', password: 'poll-pass', completion: 'poll' } }],
  connectors: [{ tld: 'com', plugin: 'inx' }],
});

/** Lets the registrar finish its jobs, then lets the host read the message queue. */
async function settle(): Promise<void> {
  sandbox.clock.advance(PENDING_MS + 1);
  sandbox.clock.advance(3_600_000);
  await host.tracker.runCycle();
}

beforeAll(async () => {
  sandbox = await startSandbox({ only: ['internetx'], simulators: { internetx: createInternetxSimulator }, clock: { start: Date.parse('2026-03-01T09:00:00Z'), speed: 0.001 } });
  PENDING_MS = sandbox.rules.pendingMs('any.com');
  host = await createHost(config(), { clock: sandbox.clock, random: () => 0.5 });
  for (const domain of ['leaving.com', 'staying.com', 'lapsed.com']) {
    expect((await host.submit({ operation: 'register', input: { domain, period: 1, contacts: { registrant: person }, nameservers: ns } })).status).toBe('pending');
  }
  await settle();
  for (const domain of ['leaving.com', 'staying.com', 'lapsed.com']) expect((await host.getDomain(domain))?.status).toBe('registered');
});
afterAll(async () => {
  await host?.close();
  await sandbox?.close();
});

describe('internetx simulator: the operations added after sdk 0.1', () => {
  it('answers a transfer away: ack lets the domain go, nack keeps it, no request is refused', async () => {
    const sim = sandbox.simulator('internetx');
    expect(await host.submit({ operation: 'rejectTransferOut', input: { domain: 'staying.com' } })).toMatchObject({ status: 'failed', error: { registrarCode: 'EF0106002' } });
    expect(sim.requestTransferOut?.('staying.com')).toBe(true);
    expect((await host.submit({ operation: 'rejectTransferOut', input: { domain: 'staying.com', reason: 'the holder did not ask for it' } })).status).toBe('done');
    expect((await host.getDomain('staying.com'))?.status).toBe('registered');
    expect(sim.requestTransferOut?.('leaving.com')).toBe(true);
    expect((await host.submit({ operation: 'approveTransferOut', input: { domain: 'leaving.com' } })).status).toBe('done');
    expect((await host.getDomain('leaving.com'))?.status).toBe('transferred-away');
  });

  it('restores a domain deleted at once: a job the message queue completes', async () => {
    expect((await host.submit({ operation: 'cancel', input: { domain: 'lapsed.com', when: 'now' } })).status).toBe('pending');
    await settle();
    expect((await host.getDomain('lapsed.com'))?.status).toBe('cancelled');
    const op = await host.submit({ operation: 'restore', input: { domain: 'lapsed.com' } });
    expect(op).toMatchObject({ status: 'pending', step: 'restoring' });
    await settle();
    expect((await host.getOperation(op.id))?.status).toBe('done');
    expect((await host.getDomain('lapsed.com'))?.status).toBe('registered');
  });

  it('lists the account into a fresh store, a page at a time', async () => {
    const fresh = await createHost(config(), { clock: sandbox.clock });
    try {
      const report = await fresh.portfolio.import('inx', { pageSize: 1 });
      expect(report.created).toEqual(['lapsed.com', 'staying.com']);
      expect(report.pages).toBe(2);
      expect(await fresh.getDomain('staying.com')).toMatchObject({ status: 'registered', pluginInstance: 'inx', connector: 'com' });
    } finally {
      await fresh.close();
    }
  });
});
