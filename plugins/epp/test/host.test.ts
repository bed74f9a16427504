// The host loads the EPP plugin by path, as it would a third party's, and talks to the sandbox's
// EPP registry over TLS: registrations answered at once and pending (panData), a transfer
// completed from a poll message, and the other operations of the plugin against a real server.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost, type Host } from '@registrar-kit/host';
import type { Contact } from '@registrar-kit/sdk';
import { startSandbox, type Sandbox } from '@registrar-kit/sandbox';

const PLUGIN_DIR = fileURLToPath(new URL('..', import.meta.url));
const person = { type: 'person', firstName: 'Ada', lastName: 'Lovelace', address: ['1 St'], postalCode: '10115', city: 'Berlin', country: 'DE', phone: '+49.301234567', email: 'ada@example.org' } satisfies Contact;
const ns = [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }];
const register = (domain: string, extra: Record<string, unknown> = {}) => ({ operation: 'register', input: { domain, period: 1, contacts: { registrant: person }, nameservers: ns, ...extra } });

let sandbox: Sandbox;
let host: Host;

const simDomain = (name: string) => sandbox.simulator('epp').domains().find((d) => d.name === name);
const requests = (from: number): string[] => sandbox.journal.slice(from).filter((e) => e.kind === 'request').map((e) => e.summary);

beforeAll(async () => {
  sandbox = await startSandbox({ only: ['epp'], clock: { start: Date.parse('2026-03-01T09:00:00Z'), realNow: () => 0 } });
  const epp = sandbox.endpoints.epp!;
  host = await createHost(
    {
      store: { sqlite: ':memory:' },
      plugins: [{ name: 'registry', package: PLUGIN_DIR, settings: { host: epp.host, port: epp.port, clientId: epp.clientId, password: epp.password, tls: { ca: epp.ca } } }],
      connectors: [{ tld: 'example', plugin: 'registry', flags: { registrarLock: true, editNameservers: true, manageContacts: true, transferKey: true } }],
    },
    { clock: sandbox.clock, random: () => 0.5 },
  );
});
afterAll(async () => {
  await host?.close();
  await sandbox?.close();
});

describe('EPP plugin through the host and the sandbox registry', () => {
  it('registers a domain at once: contact:create, then domain:create, and the domain is registered', async () => {
    const mark = sandbox.journal.length;
    const op = await host.submit(register('first.example'));
    expect(op.status).toBe('done');
    expect(requests(mark)).toEqual([expect.stringMatching(/^login registrar-kit → 1000$/), expect.stringMatching(/^contact:create RK\w+ → 1000$/), 'domain:create first.example → 1000']);
    expect(simDomain('first.example')).toMatchObject({ status: 'ok', expiresAt: '2027-03-01T09:00:00.000Z' });
    expect((await host.getDomain('first.example'))?.status).toBe('registered');
    // The same registrant again: its contact id is in the plugin state, no second contact:create.
    const again = sandbox.journal.length;
    expect((await host.submit(register('second.example'))).status).toBe('done');
    expect(requests(again)).toEqual(['domain:create second.example → 1000']);
  });

  it('keeps a pendingCreate registration pending until the panData poll message, then acks it', async () => {
    const op = await host.submit(register('pending-reg.example'));
    expect(op.status).toBe('pending');
    sandbox.clock.advance(60_000);
    await host.tracker.runCycle();
    expect((await host.getOperation(op.id))?.status).toBe('pending');
    sandbox.clock.advance(600_000);
    const mark = sandbox.journal.length;
    await host.tracker.runCycle();
    expect((await host.getOperation(op.id))?.status).toBe('done');
    expect(requests(mark)).toEqual(['poll req → 1301', expect.stringMatching(/^poll ack \d+ → 1000$/), 'poll req → 1300']);
    expect(sandbox.eppRegistry!.queueLength('registrar-kit')).toBe(0);
  });

  it('completes a pending transfer from the registry\'s poll message (serverApproved)', async () => {
    const op = await host.submit({ operation: 'transfer', input: { domain: 'incoming.example', authCode: 'Good-Code-1' } });
    expect(op.status).toBe('pending');
    expect(simDomain('incoming.example')?.status).toContain('pendingTransfer');
    sandbox.clock.advance(660_000);
    await host.tracker.runCycle();
    const after = await host.getOperation(op.id);
    expect(after?.status).toBe('done');
    expect(sandbox.eppRegistry!.sponsorOf('incoming.example')).toBe('registrar-kit');
    expect((await host.getDomain('incoming.example'))?.status).toBe('registered');
  });

  it('fails a transfer the losing registrar rejects, and refuses a wrong auth code at once', async () => {
    const wrong = await host.submit({ operation: 'transfer', input: { domain: 'other.example', authCode: 'wrong-code' } });
    expect(wrong.status).toBe('failed');
    expect(wrong.error).toMatchObject({ code: 'AUTH_CODE_INVALID', registrarCode: '2202' });
    const op = await host.submit({ operation: 'transfer', input: { domain: 'reject-this.example', authCode: 'Good-Code-2' } });
    sandbox.clock.advance(660_000);
    await host.tracker.runCycle();
    expect(await host.getOperation(op.id)).toMatchObject({ status: 'failed', error: { code: 'STATUS_PROHIBITS', registrarCode: 'clientRejected' } });
  });

  it('reports a taken name as unavailable and refuses to register it (2302)', async () => {
    const check = await host.submit({ operation: 'checkAvailability', input: { domain: 'taken-name.example' } });
    expect(check.result).toMatchObject({ available: false, reason: 'In use' });
    const reg = await host.submit(register('taken-name.example'));
    expect(reg.error).toMatchObject({ code: 'OBJECT_EXISTS', registrarCode: '2302' });
  });

  it('locks, changes name servers only after unlocking, reads the auth code, renews with curExpDate and sets DNSSEC', async () => {
    expect((await host.submit({ operation: 'setRegistrarLock', input: { domain: 'first.example', locked: true } })).status).toBe('done');
    const info = await host.submit({ operation: 'info', input: { domain: 'first.example' } });
    expect(info.result).toMatchObject({ locked: true, statuses: expect.arrayContaining(['clientTransferProhibited', 'clientUpdateProhibited', 'clientDeleteProhibited']) });
    // The WHOIS contacts, read back from the registry with contact:info (the registrant only: no admin / tech were sent).
    expect(info.result).toMatchObject({ contacts: { registrant: { firstName: 'Ada', lastName: 'Lovelace', city: 'Berlin', country: 'DE', phone: '+49.301234567', email: 'ada@example.org' } } });
    expect((await host.submit({ operation: 'setRegistrarLock', input: { domain: 'first.example', locked: false } })).status).toBe('done');
    const nsOp = await host.submit({ operation: 'updateNameservers', input: { domain: 'first.example', nameservers: [{ host: 'ns1.example.net' }, { host: 'ns3.example.org' }] } });
    expect(nsOp.status).toBe('done');
    const code = await host.submit({ operation: 'getAuthCode', input: { domain: 'first.example' } });
    expect(code.result).toMatchObject({ authCode: expect.stringMatching(/^Rk7\w{13}$/) });
    const renew = await host.submit({ operation: 'renew', input: { domain: 'first.example', period: 2 } });
    expect(renew.result).toMatchObject({ expiresAt: '2029-03-01T09:00:00.000Z' });
    const dnssec = await host.submit({ operation: 'setDnssec', input: { domain: 'first.example', dnssec: { ds: [{ keyTag: 12345, algorithm: 13, digestType: 2, digest: 'ABCDEF0123456789' }] } } });
    expect(dnssec.status).toBe('done');
    const after = await host.submit({ operation: 'info', input: { domain: 'first.example' } });
    expect(after.result).toMatchObject({ nameservers: [{ host: 'ns1.example.net' }, { host: 'ns3.example.org' }], dnssec: { ds: [{ keyTag: 12345, algorithm: 13 }] }, expiresAt: '2029-03-01T09:00:00.000Z' });
    expect(JSON.stringify(after.result)).not.toContain('Rk7');
  });

  it('creates, updates and deletes a glue host object, and restores a deleted domain from redemption', async () => {
    const created = await host.submit({ operation: 'createHost', input: { domain: 'second.example', host: 'ns1.second.example', ipv4: ['192.0.2.10'] } });
    expect(created.status).toBe('done');
    const updated = await host.submit({ operation: 'updateHost', input: { domain: 'second.example', host: 'ns1.second.example', ipv4: ['192.0.2.11'], ipv6: ['2001:db8::1'] } });
    expect(updated.status).toBe('done');
    const deleted = await host.submit({ operation: 'deleteHost', input: { domain: 'second.example', host: 'ns1.second.example' } });
    expect(deleted.status).toBe('done');
    expect((await host.submit({ operation: 'cancel', input: { domain: 'second.example' } })).status).toBe('done');
    expect(simDomain('second.example')?.status).toContain('pendingDelete');
    const restored = await host.submit({ operation: 'restore', input: { domain: 'second.example' } });
    expect(restored.status).toBe('done');
    expect(simDomain('second.example')?.status).toBe('ok');
  });

  it('never writes the login password or a domain authInfo into the host\'s Action Log', async () => {
    const log = JSON.stringify(await host.log({ limit: 1000 }));
    expect(log).not.toContain(sandbox.endpoints.epp!.password);
    expect(log).not.toMatch(/Rk7[A-Za-z0-9]{13}/);
  });
});
