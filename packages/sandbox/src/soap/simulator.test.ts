// The real SOAP registrar plugin, loaded by the host by package name, against the simulated
// Netim-style API. The tests share one host and one virtual clock and run in order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost, type Host } from '@registrar-kit/host';
import type { Contact } from '@registrar-kit/sdk';
import { startSandbox, type Sandbox } from '../sandbox.js';
import { createSoapSimulator, SESSION_IDLE_MS } from './simulator.js';

const person = { type: 'person', firstName: 'Ada', lastName: 'Lovelace', address: ['1 St'], postalCode: '10115', city: 'Berlin', country: 'DE', phone: '+49.301234567', email: 'ada@example.org' } satisfies Contact;
const other = { ...person, firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.org' } satisfies Contact;
const ns = [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }];
const register = (domain: string) => ({ operation: 'register', input: { domain, period: 1, contacts: { registrant: person }, nameservers: ns } });
const PASSWORD = 'netim-pass';

let sandbox: Sandbox;
let host: Host;

const netim = (settings: Record<string, unknown> = {}) => ({
  store: { sqlite: ':memory:' },
  plugins: [{ name: 'netim', package: '@registrar-kit/plugin-soap-registrar', settings: { endpoint: sandbox.endpoints.soap, resellerId: 'NR1', password: PASSWORD, resellerContactId: 'RC-1', ...settings } }],
  connectors: [{ tld: 'fr', plugin: 'netim' }],
  // .fr wants a DNS test; the simulator's name servers exist in no DNS, so the registrar's own check answers.
  dns: { test: 'registrar' as const },
});

/** The API functions called since journal entry `from`, in order. */
const calls = (from: number): string[] => sandbox.journal.slice(from).filter((e) => e.kind === 'request').map((e) => e.summary.split(' ')[0]!);
const simDomain = (name: string) => sandbox.simulator('soap').domains().find((d) => d.name === name);

beforeAll(async () => {
  sandbox = await startSandbox({ only: ['soap'], simulators: { soap: createSoapSimulator }, clock: { start: Date.parse('2026-03-01T09:00:00Z'), speed: 1 }, rules: { slowReplyMs: 20 } });
  host = await createHost(netim(), { clock: sandbox.clock, random: () => 0.5 });
});
afterAll(async () => {
  await host?.close();
  await sandbox?.close();
});

describe('soap simulator', () => {
  it('keeps a registration and a transfer pending, then completes both with one queryOpePending batch poll and resets the auth code', async () => {
    const reg = await host.submit(register('batch.fr'));
    const tr = await host.submit({ operation: 'transfer', input: { domain: 'moving.fr', authCode: 'EPP-1' } });
    expect([reg.status, tr.status]).toEqual(['pending', 'pending']);
    expect(sandbox.journal.map((e) => e.summary)).toContainEqual(expect.stringMatching(/^domainCreate batch\.fr → PENDING \d+$/));
    expect(simDomain('batch.fr')).toMatchObject({ status: 'PENDING' });
    expect(simDomain('moving.fr')).toMatchObject({ status: 'TRANSFER PENDING' });

    // Not due yet at the host (the plugin's minimum poll interval is 5 minutes).
    expect((await host.tracker.runCycle()).claimed).toBe(0);
    // Due at the host, still pending at the registrar (it needs pendingSeconds = 10 minutes).
    sandbox.clock.advance(300_000);
    let mark = sandbox.journal.length;
    expect(await host.tracker.runCycle()).toMatchObject({ claimed: 2, pollCalls: 1, completed: 0 });
    expect(calls(mark).filter((c) => c.startsWith('query'))).toEqual(['queryOpePending']);
    expect((await host.getOperation(reg.id))?.status).toBe('pending');
    expect((await host.getOperation(tr.id))?.status).toBe('pending');

    sandbox.clock.advance(600_000);
    mark = sandbox.journal.length;
    expect(await host.tracker.runCycle()).toMatchObject({ claimed: 2, pollCalls: 1, completed: 2 });
    const polled = calls(mark);
    expect(polled.filter((c) => c === 'queryOpePending')).toHaveLength(1);
    expect(polled.filter((c) => c === 'queryOpe')).toHaveLength(2);
    expect(polled).toContain('domainAuthID');
    expect((await host.getDomain('batch.fr'))?.status).toBe('registered');
    expect((await host.getDomain('moving.fr'))?.status).toBe('registered');
    expect(simDomain('batch.fr')).toMatchObject({ status: 'ACTIVE', expiresAt: '2027-03-01' });
    // The code the losing registrar issued was replaced after the transfer (docs/registrars/soap-registrar.md#transfer-and-the-epp-code-change).
    expect(simDomain('moving.fr')?.authCode).toBe(sandbox.rules.authCodeFor('moving.fr', 1));
  });

  it('refuses a taken name with the registrar code, and says it is not available', async () => {
    const taken = await host.submit(register('taken-name.fr'));
    expect(taken).toMatchObject({ status: 'failed', error: { code: 'NOT_AVAILABLE', registrarCode: 'E06-M0601' } });
    const check = await host.submit({ operation: 'checkAvailability', input: { domain: 'taken-name.fr' } });
    expect(check.result).toMatchObject({ available: false });
    const free = await host.submit({ operation: 'checkAvailability', input: { domain: 'free-name.fr' } });
    expect(free.result).toMatchObject({ available: true });
    expect(simDomain('taken-name.fr')).toBeUndefined();
  });

  it('refuses a wrong auth code at once', async () => {
    const op = await host.submit({ operation: 'transfer', input: { domain: 'elsewhere.fr', authCode: 'wrong-code' } });
    expect(op).toMatchObject({ status: 'failed', error: { code: 'AUTH_CODE_INVALID', registrarCode: 'E06-M0603' } });
    expect(simDomain('elsewhere.fr')).toBeUndefined();
  });

  it('ends a reject… transfer failed with the registrar message once the losing registrar refuses', async () => {
    const op = await host.submit({ operation: 'transfer', input: { domain: 'rejected.fr', authCode: 'EPP-2' } });
    expect(op.status).toBe('pending');
    sandbox.clock.advance(sandbox.rules.pendingMs('rejected.fr') + 60_000);
    await host.tracker.runCycle();
    expect(await host.getOperation(op.id)).toMatchObject({ status: 'failed', error: { code: 'REMOTE', registrarCode: 'FAILED' } });
    expect(sandbox.journal.map((e) => e.summary)).toContainEqual(expect.stringMatching(/rejected\.fr → Failed: Transfer refused by the losing registrar/));
    expect(simDomain('rejected.fr')).toBeUndefined();
  });

  it('answers a fail… name with a SOAP fault, so nothing is registered', async () => {
    const op = await host.submit(register('failing.fr'));
    expect(op.status).not.toBe('done');
    expect(op.error).toMatchObject({ code: 'REMOTE', registrarCode: 'SOAP-ENV:Server' });
    expect(simDomain('failing.fr')).toBeUndefined();
  });

  it('moves the expiry on renewal, as domainInfo then reports', async () => {
    const renewal = await host.submit({ operation: 'renew', input: { domain: 'batch.fr', period: 2 } });
    expect(renewal.status).toBe('done');
    expect(simDomain('batch.fr')?.expiresAt).toBe('2029-03-01');
    const info = await host.submit({ operation: 'info', input: { domain: 'batch.fr' } });
    expect(info.result).toMatchObject({ expiresAt: '2029-03-01', statuses: ['ok'] });
    expect((await host.getDomain('batch.fr'))?.expiresAt).toBe('2029-03-01');
  });

  it('carries out name-server, lock, auth-code, contact and deletion requests at once', async () => {
    const nsOp = await host.submit({ operation: 'updateNameservers', input: { domain: 'batch.fr', nameservers: [{ host: 'ns1.other.net' }, { host: 'ns2.other.net' }] } });
    const contacts = await host.submit({ operation: 'updateContacts', input: { domain: 'batch.fr', contacts: { tech: other } } });
    const code = await host.submit({ operation: 'getAuthCode', input: { domain: 'batch.fr' } });
    const lock = await host.submit({ operation: 'setRegistrarLock', input: { domain: 'batch.fr', locked: true } });
    expect([nsOp.status, contacts.status, code.status, lock.status]).toEqual(['done', 'done', 'done', 'done']);
    expect(code.result).toMatchObject({ sentTo: 'registrant' });
    expect(simDomain('batch.fr')?.authCode).toBe(sandbox.rules.authCodeFor('batch.fr', 1));
    const info = await host.submit({ operation: 'info', input: { domain: 'batch.fr' } });
    expect(info.result).toMatchObject({ locked: true, statuses: ['clientTransferProhibited'], nameservers: [{ host: 'ns1.other.net' }, { host: 'ns2.other.net' }] });
    // The WHOIS contacts, read back with contactInfo: the owner contact and the new tech contact.
    expect(info.result).toMatchObject({ contacts: { registrant: { firstName: 'Ada', lastName: 'Lovelace', address: ['1 St'], postalCode: '10115', city: 'Berlin', country: 'DE', phone: '+49.301234567', email: 'ada@example.org' }, tech: { firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.org' } } });
    expect((await host.submit({ operation: 'setRegistrarLock', input: { domain: 'batch.fr', locked: false } })).status).toBe('done');

    const gone = await host.submit({ operation: 'cancel', input: { domain: 'moving.fr' } });
    expect(gone.status).toBe('done');
    expect(simDomain('moving.fr')).toBeUndefined();
    const missing = await host.submit({ operation: 'info', input: { domain: 'never-held.fr' } });
    expect(missing.error).toMatchObject({ code: 'OBJECT_NOT_FOUND', registrarCode: 'E06-M0602' });
  });

  it('keeps a change of owner pending through the trade, and a slow… name pending slowFactor times longer', async () => {
    const trade = await host.submit({ operation: 'changeRegistrant', input: { domain: 'batch.fr', registrant: other } });
    expect(trade).toMatchObject({ status: 'pending', step: 'domainTransferOwner' });
    const slow = await host.submit(register('slow-one.fr'));
    expect(slow.status).toBe('pending');
    sandbox.clock.advance(sandbox.rules.pendingMs('batch.fr') + 60_000);
    await host.tracker.runCycle();
    expect((await host.getOperation(trade.id))?.status).toBe('done');
    expect((await host.getOperation(slow.id))?.status).toBe('pending');
    expect(simDomain('slow-one.fr')?.status).toBe('PENDING');
    sandbox.clock.advance(sandbox.rules.pendingMs('slow-one.fr'));
    await host.tracker.runCycle();
    expect((await host.getDomain('slow-one.fr'))?.status).toBe('registered');
  });

  it('refuses a wrong password as bad login, and reopens a session the registrar let expire', async () => {
    const refused = await createHost(netim({ password: 'wrong-password' }), { clock: sandbox.clock, random: () => 0.5 });
    try {
      const op = await refused.submit({ operation: 'checkAvailability', input: { domain: 'free-name.fr' } });
      expect(op.error).toMatchObject({ code: 'AUTHENTICATION', registrarCode: 'E01-M0101' });
    } finally {
      await refused.close();
    }

    // The plugin reuses a session for up to an hour; the registrar drops it after 30 idle minutes.
    const reusing = await createHost(netim({ resellerId: 'NR2', sessionTtlSeconds: 3600 }), { clock: sandbox.clock, random: () => 0.5 });
    try {
      expect((await reusing.submit({ operation: 'checkAvailability', input: { domain: 'free-name.fr' } })).status).toBe('done');
      sandbox.clock.advance(SESSION_IDLE_MS + 60_000);
      const mark = sandbox.journal.length;
      expect((await reusing.submit({ operation: 'checkAvailability', input: { domain: 'free-name.fr' } })).status).toBe('done');
      // This host's traffic only: the file's other host (NR1) may sync or follow up in between.
      expect(sandbox.journal.slice(mark).map((e) => e.summary).filter((s) => s.includes('free-name.fr') || s.includes('NR2'))).toEqual([
        `domainCheck free-name.fr → fault E02 (session expired or unknown)`,
        'sessionOpen NR2 → session opened',
        'domainCheck free-name.fr → AVAILABLE',
      ]);
    } finally {
      await reusing.close();
    }
  });

  it('answers raw requests the way a SOAP server does', async () => {
    const post = (body: string) => fetch(sandbox.endpoints.soap, { method: 'POST', headers: { 'content-type': 'text/xml' }, body });
    const envelope = (inner: string) => `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>${inner}</soapenv:Body></soapenv:Envelope>`;
    const expired = await post(envelope('<ns:queryOpePending xmlns:ns="urn:DRS"><IDSession>S-unknown</IDSession></ns:queryOpePending>'));
    expect(expired.status).toBe(500);
    expect(await expired.text()).toContain('<faultcode>E02</faultcode><faultstring>E02 : Session expired</faultstring>');
    const unknown = await post(envelope('<ns:domainPaint xmlns:ns="urn:DRS"/>'));
    expect(unknown.status).toBe(500);
    expect(await unknown.text()).toContain("Procedure 'domainPaint' not present");
    expect((await fetch(sandbox.endpoints.soap)).status).toBe(405);
  });

  it('names each reply part per function, as the live API does, and checks the SOAPAction', async () => {
    const call = async (fn: string, args: string, action = `https://api.netim.com/2.0/#${fn}`) => {
      const res = await fetch(sandbox.endpoints.soap, { method: 'POST', headers: { 'content-type': 'text/xml', soapaction: action }, body: `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><ns:${fn} xmlns:ns="urn:DRS">${args}</ns:${fn}></soapenv:Body></soapenv:Envelope>` });
      return { status: res.status, text: await res.text() };
    };
    const opened = await call('sessionOpen', '<idReseller>NR9</idReseller><password>pw</password><language>EN</language>', 'sessionOpen');
    const session = /<ns1:sessionOpenResponse><IDSession>([0-9a-f]{32})<\/IDSession><\/ns1:sessionOpenResponse>/.exec(opened.text)?.[1];
    expect(session).toBeDefined();
    expect(opened.text).toContain('xmlns:ns1="urn:DRS"');
    const contact = await call('contactCreate', `<IDSession>${session}</IDSession><contact><firstName>Ada</firstName><lastName>Lovelace</lastName><bodyForm>IND</bodyForm><address1>1 St</address1><zipCode>10115</zipCode><city>Berlin</city><country>DE</country><phone>+49 301234567</phone><email>ada@example.org</email><language>EN</language><isOwner>1</isOwner></contact>`);
    expect(contact.text).toMatch(/<ns1:contactCreateResponse><idContact>AL\d{3}<\/idContact><\/ns1:contactCreateResponse>/);
    const check = await call('domainCheck', `<IDSession>${session}</IDSession><domain>free-name.fr</domain>`);
    expect(check.text).toContain('<domainCheckResponseReturn SOAP-ENC:arrayType="ns1:StructDomainCheckResponse[1]" xsi:type="ns1:ArrayStructDomainCheckResponse"><item><domain>free-name.fr</domain><result>AVAILABLE</result>');
    const pendingOps = await call('queryOpePending', `<IDSession>${session}</IDSession>`);
    expect(pendingOps.text).toContain('<ns1:queryOpePendingResponse><return SOAP-ENC:arrayType="ns1:StructQueryOpePending[0]"');
    const closed = await call('sessionClose', `<IDSession>${session}</IDSession>`);
    expect(closed.text).toContain('<ns1:sessionCloseResponse></ns1:sessionCloseResponse>');
    const crossed = await call('domainCheck', `<IDSession>${session}</IDSession><domain>free-name.fr</domain>`, 'https://api.netim.com/2.0/#domainCreate');
    expect([crossed.status, crossed.text.includes('<faultcode>SOAP-ENV:Client</faultcode>')]).toEqual([500, true]);
  });

  it('puts a domain registered outside the API in one reseller account only, where a portfolio import finds it', async () => {
    const soap = sandbox.simulator('soap');
    expect(soap.registerOutside?.('Panel.fr', 'nr1')).toBe(true);
    expect(soap.registerOutside?.('elsewhere.fr', 'NR2')).toBe(true);
    // A name the registrar holds already (in any account, or deleted and restorable: moving.fr), or no domain name: refused.
    for (const [name, account] of [['panel.fr', 'NR1'], ['panel.fr', 'NR2'], ['batch.fr', 'NR1'], ['moving.fr', 'NR1'], ['not a name', 'NR1'], ['free.fr', '']] as const) expect(soap.registerOutside?.(name, account), `${name} in ${account}`).toBe(false);
    expect(simDomain('panel.fr')).toMatchObject({ status: 'ACTIVE', expiresAt: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) });
    const report = await host.portfolio.import('netim');
    expect(report.created).toContain('panel.fr');
    expect([...report.created, ...report.existing]).not.toContain('elsewhere.fr');
    expect(await host.getDomain('panel.fr')).toMatchObject({ status: 'registered', pluginInstance: 'netim' });
    expect((await host.portfolio.import('netim')).created).toEqual([]);
  });

  it('never writes a password, a session id or an auth code to the journal', () => {
    const journal = JSON.stringify(sandbox.journal);
    expect(journal).not.toContain(PASSWORD);
    expect(journal).not.toContain('wrong-password');
    expect(journal).not.toMatch(/[0-9a-f]{32}/);
    for (const secret of ['EPP-1', 'EPP-2', 'wrong-code', sandbox.rules.authCodeFor('batch.fr', 1)]) expect(journal).not.toContain(secret);
  });
});
