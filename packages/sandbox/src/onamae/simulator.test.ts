// The real Onamae plugin, loaded by the host by package name, against the simulated registrar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost, type Host } from '@registrar-kit/host';
import type { Contact } from '@registrar-kit/sdk';
import { startSandbox, type Sandbox } from '../sandbox.js';

const person = { type: 'person', firstName: 'Ada', lastName: 'Lovelace', address: ['1 St'], postalCode: '10115', city: 'Berlin', country: 'DE', phone: '+49.301234567', email: 'ada@example.org' } satisfies Contact;
const ns = [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }];

let sandbox: Sandbox;
let host: Host;

beforeAll(async () => {
  sandbox = await startSandbox({ only: ['onamae'], clock: { start: Date.parse('2026-03-01T09:00:00Z'), speed: 1, realNow: () => 0 } });
  host = await createHost(
    {
      store: { sqlite: ':memory:' },
      plugins: [{ name: 'onamae', package: '@registrar-kit/plugin-onamae', settings: { endpoint: sandbox.endpoints.onamae, resellerId: 'R-1', apiKey: 'sandbox-key-1' } }],
      connectors: [{ tld: 'com', plugin: 'onamae' }],
    },
    { clock: sandbox.clock, random: () => 0.5 },
  );
});
afterAll(async () => {
  await host?.close();
  await sandbox?.close();
});

describe('onamae simulator', () => {
  it('registers at once, with the expiry one period after the virtual now', async () => {
    const op = await host.submit({ operation: 'register', input: { domain: 'instant.com', period: 2, contacts: { registrant: person }, nameservers: ns } });
    expect(op.status).toBe('done');
    expect(await host.getDomain('instant.com')).toMatchObject({ status: 'registered', expiresAt: '2028-03-01T09:00:00Z' });
    expect(sandbox.simulator('onamae').domains()).toContainEqual(expect.objectContaining({ name: 'instant.com', status: 'active' }));
  });

  it('refuses a taken name with the registrar code, and answers 503 under the fail rule', async () => {
    const taken = await host.submit({ operation: 'register', input: { domain: 'taken-one.com', period: 1, contacts: { registrant: person }, nameservers: ns } });
    expect(taken.error).toMatchObject({ code: 'NOT_AVAILABLE', registrarCode: '2001' });
    const down = await host.submit({ operation: 'register', input: { domain: 'failing.com', period: 1, contacts: { registrant: person }, nameservers: ns } });
    expect(down.status).not.toBe('done');
    expect(sandbox.simulator('onamae').domains().map((d) => d.name)).not.toContain('failing.com');
  });

  it('keeps a transfer pending until the virtual clock passes, then completes it on poll; a reject… name is rejected', async () => {
    const ok = await host.submit({ operation: 'transfer', input: { domain: 'moving.com', authCode: 'A-1' } });
    const no = await host.submit({ operation: 'transfer', input: { domain: 'rejected.com', authCode: 'A-2' } });
    expect([ok.status, no.status]).toEqual(['pending', 'pending']);
    await host.tracker.runCycle();
    expect((await host.getOperation(ok.id))?.status).toBe('pending');
    sandbox.clock.advance(sandbox.rules.pendingSeconds * 1000 + 3_600_000);
    await host.tracker.runCycle();
    expect((await host.getDomain('moving.com'))?.status).toBe('registered');
    expect(await host.getOperation(no.id)).toMatchObject({ status: 'failed', error: { registrarCode: 'rejected' } });
  });

  it('refuses a wrong auth code at once and writes nothing secret to the journal', async () => {
    const op = await host.submit({ operation: 'transfer', input: { domain: 'other.com', authCode: 'wrong-code' } });
    expect(op.error).toMatchObject({ code: 'AUTH_CODE_INVALID', registrarCode: '2004' });
    expect(JSON.stringify(sandbox.journal)).not.toContain('sandbox-key-1');
  });
});
