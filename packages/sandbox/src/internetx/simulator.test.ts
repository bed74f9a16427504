// The real InterNetX plugin, loaded by the host by package name, against the simulated AutoDNS
// gateway: requests over HTTP, job notifications over real SMTP to the host's inbound listener,
// and (for an instance set to polling) the message queue 0905 / 0906 read by the host's tracker.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHost, type Host } from '@registrar-kit/host';
import { parseNotification } from '@registrar-kit/plugin-internetx';
import type { Contact } from '@registrar-kit/sdk';
import { VirtualClock } from '../clock.js';
import { ScenarioRules } from '../rules.js';
import { startSandbox, type Sandbox } from '../sandbox.js';
import type { SandboxEvent, SimOutboundMail, SimulatorContext } from '../types.js';
import { createInternetxSimulator, internetxSimulatorWith } from './simulator.js';

const person = { type: 'person', firstName: 'Erika', lastName: 'Mustermann', address: ['Heidestr. 17'], postalCode: '51147', city: 'Köln', country: 'DE', phone: '+49.2211234567', email: 'erika@example.de' } satisfies Contact;
const ns = [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }];
const register = (domain: string) => ({ domain, period: 1, contacts: { registrant: person }, nameservers: ns });

let sandbox: Sandbox;
let host: Host;
let PENDING_MS: number;
const mails: SimOutboundMail[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({
    only: ['internetx'],
    simulators: { internetx: (ctx) => createInternetxSimulator({ ...ctx, sendMail: (mail) => (mails.push(mail), ctx.sendMail(mail)) }) },
    // Virtual time barely moves on its own (1 real second = 1 virtual ms): only advance() moves it, so dates do not drift under load.
    clock: { start: Date.parse('2026-03-01T09:00:00Z'), speed: 0.001 },
  });
  PENDING_MS = sandbox.rules.pendingMs('any.de');
  const inx = (name: string, settings: Record<string, unknown>, inbound = true) => ({
    name,
    package: '@registrar-kit/plugin-internetx',
    settings: { endpoint: sandbox.endpoints.internetx, context: 4, ...settings },
    ...(inbound ? { inbound: { address: `${name}@platform.test`, allowedSenders: ['@autodns.sandbox.test'] } } : {}),
  });
  host = await createHost(
    {
      store: { sqlite: ':memory:' },
      plugins: [
        inx('inx', { user: 'u', password: 'inx-pass' }),
        // An account set to polling: no reply_to, results only through the message queue.
        inx('inxpoll', { user: 'p', password: 'poll-pass', completion: 'poll' }, false),
        // An instance whose password the gateway refuses.
        inx('inxbad', { user: 'u', password: 'wrong-pass' }),
      ],
      connectors: [
        { tld: 'de', plugin: 'inx' },
        { tld: 'com', plugin: 'inxpoll' },
        { tld: 'net', plugin: 'inxbad' },
      ],
      // .de wants a DNS test; the simulator's name servers exist in no DNS, so the registrar's own check answers.
      dns: { test: 'registrar' },
      inbound: { smtp: { host: '127.0.0.1', port: 0 } },
    },
    { clock: sandbox.clock, random: () => 0.5 },
  );
  expect(host.problems()).toEqual([]);
  const { smtpPort } = await host.start({ trackerIntervalMs: 50 });
  sandbox.setRelay(`smtp://127.0.0.1:${smtpPort}`);
});
afterAll(async () => {
  await host?.close();
  await sandbox?.close();
});

const WAIT = { timeout: 10_000, interval: 10 };

const operation = (id: string, expected: Record<string, unknown>) =>
  vi.waitFor(async () => {
    const op = await host.getOperation(id);
    expect(op).toMatchObject(expected);
    return op!;
  }, WAIT);

const simDomain = (name: string) => sandbox.simulator('internetx').domains().find((d) => d.name === name);
const journal = (domain: string): string[] => sandbox.journal.filter((e) => e.domain === domain).map((e) => e.summary);

describe('internetx simulator, driven by the real plugin (mail completion over SMTP)', () => {
  it('registration: Registering (N0101) until the job finishes; the notification mail makes it Registered', async () => {
    const op = await host.submit({ operation: 'register', input: register('mailed.de') });
    expect(op).toMatchObject({ status: 'pending', await: 'message', step: 'registering', ref: `${op.id}-domain-create` });
    expect((await host.getDomain('mailed.de'))?.status).toBe('registering');
    expect(simDomain('mailed.de')?.status).toBe('registering');
    expect(journal('mailed.de')).toContainEqual(expect.stringMatching(/^0101 mailed\.de → N0101 \(job \d+\)$/));
    expect(sandbox.journal.some((e) => /^0301 → S0301 \(handle \d+\)$/.test(e.summary))).toBe(true);

    // Not a millisecond early: nothing is mailed until the job's virtual time has passed.
    sandbox.clock.advance(PENDING_MS - 1_000);
    expect(mails.filter((m) => m.subject.includes('mailed.de'))).toEqual([]);
    sandbox.clock.advance(1_000);
    const mail = mails.find((m) => m.subject === 'S0101 mailed.de')!;
    expect(mail).toMatchObject({ from: 'jobs@autodns.sandbox.test', to: 'inx@platform.test' });
    expect(mail.text).toContain(`transaction:      ${op.ref}`);

    await operation(op.id, { status: 'done' });
    expect((await host.getDomain('mailed.de'))?.status).toBe('registered');
    expect(simDomain('mailed.de')).toMatchObject({ status: 'active', expiresAt: '2027-03-01T09:10:00Z' });
  });

  it('renewal is refused by the host with renewed-by-registrar, and nothing reaches the gateway', async () => {
    const before = sandbox.journal.length;
    await expect(host.submit({ operation: 'renew', input: { domain: 'mailed.de', period: 1 } })).rejects.toMatchObject({ code: 'UNSUPPORTED', message: expect.stringContaining('renewed-by-registrar') });
    expect(sandbox.journal.length).toBe(before);
  });

  it('refuses a taken name at once (EF10116) and a bad password (EF01004)', async () => {
    const taken = await host.submit({ operation: 'register', input: register('taken-one.de') });
    expect(taken).toMatchObject({ status: 'failed', error: { code: 'NOT_AVAILABLE', registrarCode: 'EF10116' } });
    expect(journal('taken-one.de')).toContainEqual('0101 taken-one.de → E0101 EF10116');
    const bad = await host.submit({ operation: 'register', input: register('anything.net') });
    expect(bad).toMatchObject({ status: 'failed', error: { code: 'AUTHENTICATION', registrarCode: 'EF01004' } });
    expect(simDomain('taken-one.de')).toBeUndefined();
    expect(simDomain('anything.net')).toBeUndefined();
  });

  it('transfers: a wrong auth code is refused at once; reject… fails by mail, another completes by mail', async () => {
    const wrong = await host.submit({ operation: 'transfer', input: { domain: 'other.de', authCode: 'wrong-code' } });
    expect(wrong).toMatchObject({ status: 'failed', error: { code: 'AUTH_CODE_INVALID', registrarCode: 'EF10124' } });

    const ok = await host.submit({ operation: 'transfer', input: { domain: 'moving.de', authCode: 'Tr4nsf3r!' } });
    const no = await host.submit({ operation: 'transfer', input: { domain: 'reject-me.de', authCode: 'Tr4nsf3r!' } });
    expect([ok, no]).toMatchObject([
      { status: 'pending', await: 'message', step: 'transferring' },
      { status: 'pending', await: 'message', step: 'transferring' },
    ]);
    expect(simDomain('reject-me.de')?.status).toBe('transferring');

    sandbox.clock.advance(PENDING_MS);
    await operation(ok.id, { status: 'done' });
    await operation(no.id, { status: 'failed', error: { registrarCode: 'E0104001' } });
    expect((await host.getDomain('moving.de'))?.status).toBe('registered');
    expect(simDomain('moving.de')?.status).toBe('active');
    expect(simDomain('reject-me.de')).toBeUndefined();
    expect(mails.find((m) => m.subject === 'E0104001 reject-me.de')?.text).toContain('status:           E0104001 [The domain transfer failed.]');
  });

  it('info, auth code, a name-server update completed by mail, lock, and a cancelation at expiry', async () => {
    const info = await host.submit({ operation: 'info', input: { domain: 'mailed.de' } });
    expect(info).toMatchObject({ status: 'done', result: { domain: 'mailed.de', statuses: ['ok'], locked: false, nameservers: ns, expiresAt: '2027-03-01T09:10:00.000Z' } });
    // The WHOIS contacts, read back with a 0304 handle inquire (one handle stands for every role here).
    expect(info.result).toMatchObject({ contacts: { registrant: { type: 'person', firstName: 'Erika', lastName: 'Mustermann', address: ['Heidestr. 17'], postalCode: '51147', city: 'Köln', country: 'DE', phone: '+49.2211234567', email: 'erika@example.de' } } });

    const auth = await host.submit({ operation: 'getAuthCode', input: { domain: 'mailed.de' } });
    expect(auth).toMatchObject({ status: 'done', result: { authCode: simDomain('mailed.de')?.authCode } });
    expect(auth.result).toMatchObject({ authCode: expect.stringMatching(/^Auth-/) });

    const newNs = [{ host: 'a.ns.example.org' }, { host: 'b.ns.example.org' }];
    const upd = await host.submit({ operation: 'updateNameservers', input: { domain: 'mailed.de', nameservers: newNs } });
    expect(upd).toMatchObject({ status: 'pending', await: 'message', step: 'updating-nameservers' });
    expect(journal('mailed.de')).toContainEqual(expect.stringMatching(/^0102 mailed\.de → N0102 \(job \d+\)$/));
    sandbox.clock.advance(PENDING_MS);
    await operation(upd.id, { status: 'done' });

    // A status update is a job (N0102002): locked only once the registry has done it, told by mail.
    const lock = await host.submit({ operation: 'setRegistrarLock', input: { domain: 'mailed.de', locked: true } });
    expect(lock).toMatchObject({ status: 'pending', await: 'message', step: 'locking', ref: `${lock.id}-status-update` });
    expect(simDomain('mailed.de')?.status).toBe('active');
    sandbox.clock.advance(PENDING_MS);
    await operation(lock.id, { status: 'done', result: { domain: 'mailed.de', locked: true } });
    expect(simDomain('mailed.de')?.status).toBe('active-locked');
    const locked = await host.submit({ operation: 'info', input: { domain: 'mailed.de' } });
    expect(locked.result).toMatchObject({ nameservers: newNs, locked: true, statuses: ['clientTransferProhibited'] });

    const unlock = await host.submit({ operation: 'setRegistrarLock', input: { domain: 'mailed.de', locked: false } });
    sandbox.clock.advance(PENDING_MS);
    await operation(unlock.id, { status: 'done', result: { locked: false } });
    const cancel = await host.submit({ operation: 'cancel', input: { domain: 'mailed.de' } });
    expect(cancel).toMatchObject({ status: 'pending', await: 'message', step: 'cancelling' });
    expect(journal('mailed.de')).toContainEqual(expect.stringMatching(/^0103101 mailed\.de → N0103101 \(expire, job \d+\)$/));
    sandbox.clock.advance(PENDING_MS);
    await operation(cancel.id, { status: 'done' });
    expect(simDomain('mailed.de')?.status).toBe('cancel-at-expiry');
  });
});

describe('internetx simulator, an account set to polling (message queue 0905 / 0906)', () => {
  it('completes a registration through the queue on the tracker cycle, without a mail', async () => {
    const op = await host.submit({ operation: 'register', input: register('polled.com') });
    expect(op).toMatchObject({ status: 'pending', await: 'poll', step: 'registering' });
    await host.tracker.runCycle();
    expect((await host.getOperation(op.id))?.status).toBe('pending');

    sandbox.clock.advance(PENDING_MS);
    await vi.waitFor(async () => {
      await host.tracker.runCycle();
      expect((await host.getOperation(op.id))?.status).toBe('done');
    }, WAIT);
    expect((await host.getDomain('polled.com'))?.status).toBe('registered');
    expect(mails.filter((m) => m.subject.includes('polled.com'))).toEqual([]);
    const queueTasks = sandbox.journal.map((e) => e.summary).filter((s) => /^090[56] /.test(s));
    expect(queueTasks).toContainEqual(expect.stringMatching(/^0905 → S0905 \(1 queued, message \d+\)$/));
    expect(queueTasks).toContainEqual(expect.stringMatching(/^0906 → S0906 \(message \d+\)$/));
    expect(queueTasks.at(-1)).toBe('0905 → S0905 (queue empty)');
  });

  it('never writes a password to the journal', () => {
    const text = JSON.stringify(sandbox.journal);
    for (const secret of ['inx-pass', 'poll-pass', 'wrong-pass']) expect(text).not.toContain(secret);
  });
});

describe('internetx simulator on its own', () => {
  const request = (code: string, inner: string, opts: { ctid?: string; replyTo?: string; password?: string; user?: string } = {}) =>
    `<?xml version="1.0" encoding="utf-8"?><request><auth><user>${opts.user ?? 'u'}</user><password>${opts.password ?? 'secret'}</password><context>4</context></auth><language>en</language><task><ctid>${opts.ctid ?? `c-${code}`}</ctid><code>${code}</code>${opts.replyTo === undefined ? '' : `<reply_to>${opts.replyTo}</reply_to>`}${inner}</task></request>`;
  const handle = '<handle><type>PERSON</type><fname>Ada</fname><lname>Lovelace</lname><address>1 St</address><pcode>10115</pcode><city>Berlin</city><country>DE</country><phone>+49-301234567</phone><email>ada@example.org</email></handle>';

  const standalone = (factory = createInternetxSimulator) => {
    const sent: SimOutboundMail[] = [];
    const events: Omit<SandboxEvent, 'registrar' | 'at'>[] = [];
    const clock = new VirtualClock({ start: Date.parse('2026-03-01T09:00:00Z'), speed: 1 });
    const ctx: SimulatorContext = { clock, rules: new ScenarioRules(), sendMail: async (m) => void sent.push(m), record: (e) => void events.push(e) };
    const sim = factory(ctx);
    const post = async (body: string) => sim.handleHttp!({ method: 'POST', path: '/', query: new URLSearchParams(), headers: {}, body });
    return { sim, clock, sent, events, post };
  };

  it('writes the XML layout when the account is set to it, readable by the plugin', async () => {
    const { clock, sent, post } = standalone(internetxSimulatorWith({ mailLayout: 'xml' }));
    const h = await post(request('0301', handle));
    const id = /<value>(\d+)<\/value>/.exec(h.body)![1]!;
    const domain = (name: string) => `<domain><name>${name}</name><ownerc>${id}</ownerc><adminc>${id}</adminc><techc>${id}</techc><zonec>${id}</zonec><nserver><name>ns1.example.net</name></nserver><nserver><name>ns2.example.net</name></nserver><period>1</period><confirm_order>1</confirm_order></domain>`;
    expect((await post(request('0101', domain('xml.de'), { ctid: 'op-1-domain-create', replyTo: 'inx@platform.test' }))).body).toContain('<code>N0101</code>');
    expect((await post(request('0104', '<domain><name>reject-x.de</name><authinfo>A-1</authinfo></domain>', { ctid: 'op-2-transfer', replyTo: 'inx@platform.test' }))).body).toContain('<type>notify</type>');
    clock.advance(600_000);
    clock.stop();
    expect(sent.map((m) => m.subject)).toEqual(['S0101 xml.de', 'E0104001 reject-x.de']);
    expect(parseNotification(sent[0]!.text)).toMatchObject({ layout: 'xml', ctid: 'op-1-domain-create', kind: 'S', code: 'S0101', domain: 'xml.de' });
    expect(parseNotification(sent[1]!.text)).toMatchObject({ layout: 'xml', ctid: 'op-2-transfer', kind: 'E', code: 'E0104001', domain: 'reject-x.de' });
  });

  it('answers AuthInfo1 in the status object with an empty data block, and EF011316 with the existing code the second time', async () => {
    const { clock, post } = standalone();
    const h = await post(request('0301', handle));
    const id = /<value>(\d+)<\/value>/.exec(h.body)![1]!;
    await post(request('0101', `<domain><name>auth.de</name><ownerc>${id}</ownerc><adminc>${id}</adminc><techc>${id}</techc><zonec>${id}</zonec><nserver><name>ns1.example.net</name></nserver><nserver><name>ns2.example.net</name></nserver></domain>`));
    clock.advance(600_000);
    const first = await post(request('0113001', '<domain><name>auth.de</name></domain>'));
    const code = /<object><type>authinfo<\/type><value>([^<]+)<\/value><\/object>/.exec(first.body)?.[1];
    expect(first.body).toContain('<data></data>');
    expect(first.body).toContain('<code>S0113001</code>');
    expect(code).toMatch(/^Auth-/);
    const again = await post(request('0113001', '<domain><name>auth.de</name></domain>'));
    expect(again.body).toContain('<code>EF011316</code>');
    expect(again.body).toContain(`<code>E0113001</code><text>AuthInfo1 could not be created.</text><type>error</type><object><type>authinfo</type><value>${code}</value></object>`);
    clock.stop();
  });

  it('reuses an identical handle unless the task forces a new one (force_handle_create)', async () => {
    const { clock, post } = standalone();
    const idOf = async (inner: string) => /<value>(\d+)<\/value>/.exec((await post(request('0301', inner))).body)![1]!;
    const first = await idOf(handle);
    expect(await idOf(handle)).toBe(first);
    expect(await idOf(`<key>force_handle_create</key>${handle}`)).not.toBe(first);
    clock.stop();
  });

  it('answers 503 under the fail rule, a stale handle with EF03001, an unknown task with an error, and slow… late', async () => {
    const { clock, post, events } = standalone();
    const down = await post(request('0105', '<domain><name>failing.de</name></domain>'));
    expect(down.status).toBe(503);
    const stale = await post(request('0101', '<domain><name>new.de</name><ownerc>999</ownerc><adminc>999</adminc><techc>999</techc><zonec>999</zonec><nserver><name>a.example</name></nserver><nserver><name>b.example</name></nserver></domain>'));
    expect(stale.body).toContain('<code>EF03001</code>');
    expect(stale.body).toContain('<type>handle</type><value>999</value>');
    expect((await post(request('0199', ''))).body).toContain('<code>E0199</code>');
    expect((await post(request('0105', '<domain><name>slow-one.de</name></domain>'))).delayMs).toBe(1500);
    expect((await post('<html>no</html>')).body).toContain('<type>error</type>');
    const login = await post(request('0905', '', { password: 'WrongPass' }));
    expect(login.body).toContain('<code>EF01004</code>');
    expect(JSON.stringify(events)).not.toContain('WrongPass');
    clock.stop();
  });

  it('keeps a domain past its expiry (the registrar renews it) unless cancelled at expiry', async () => {
    const { sim, clock, post } = standalone();
    const h = await post(request('0301', handle));
    const id = /<value>(\d+)<\/value>/.exec(h.body)![1]!;
    const domain = (name: string) => `<domain><name>${name}</name><ownerc>${id}</ownerc><adminc>${id}</adminc><techc>${id}</techc><zonec>${id}</zonec><nserver><name>ns1.example.net</name></nserver><nserver><name>ns2.example.net</name></nserver><period>1</period></domain>`;
    await post(request('0101', domain('keep.de')));
    await post(request('0101', domain('drop.de')));
    expect((await post(request('0102', domain('keep.de')))).body).toContain('<code>EF10118</code>');
    clock.advance(600_000);
    expect((await post(request('0102002', '<domain><name>drop.de</name><registry_status>LOCK</registry_status></domain>'))).body).toContain('<code>N0102002</code>');
    clock.advance(600_000);
    expect((await post(request('0103101', '<cancelation><domain>drop.de</domain><type>delete</type><execdate>now</execdate></cancelation>'))).body).toContain('<code>EF10118</code>');
    await post(request('0102002', '<domain><name>drop.de</name><registry_status>ACTIVE</registry_status></domain>'));
    clock.advance(600_000);
    // The JSON API's field names are not the XML gateway's: refused, nothing is cancelled.
    expect((await post(request('0103101', '<cancelation><domain>drop.de</domain><type>DELETE</type><execution>EXPIRE</execution></cancelation>'))).body).toContain('<code>EF01001</code>');
    expect((await post(request('0103101', '<cancelation><domain>drop.de</domain><type>delete</type><execdate>expire</execdate></cancelation>'))).body).toContain('<code>N0103101</code>');
    clock.advance(600_000);
    expect((await post(request('0103101', '<cancelation><domain>drop.de</domain><type>delete</type><execdate>expire</execdate></cancelation>'))).body).toContain('<code>EF0103101</code>');
    clock.advance(400 * 86_400_000);
    expect(sim.domains()).toEqual([expect.objectContaining({ name: 'keep.de', status: 'active', expiresAt: '2028-03-01T09:10:00Z' })]);
    // The queue holds every job result (2 creates, 2 status updates, 1 cancelation) until acknowledged, as Job objects.
    const q = await post(request('0905', ''));
    expect(q.body).toMatch(/<summary>5<\/summary><message><id>(\d+)<\/id>/);
    expect(q.body).toMatch(/<job><id>\d+<\/id><type>domain<\/type><object>keep\.de<\/object><status>SUCCESS<\/status>/);
    clock.stop();
  });
});
