// The real R01 plugin, loaded by the host by package name, against the simulated R01 robot: the
// host's mailer sends the koi8-r requests over SMTP to the sandbox, the robot's replies come back
// over SMTP to the host's inbound listener, and the virtual clock decides when they are written.
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHost, type Host } from '@registrar-kit/host';
import type { Contact } from '@registrar-kit/sdk';
import { startSandbox, type Sandbox } from '../sandbox.js';
import type { SimInboundMail, SimOutboundMail } from '../types.js';
import { ACK_DELAY_MS, createR01Simulator } from './simulator.js';

const cyr = { 'person-r': 'Лавлейс Ада', passport: '4510 123456\nвыдан ОВД Тверской г. Москвы\n01.02.2005', 'birth-date': '10.12.1985', 'p-addr': '101000, Москва, ул. Лесная, д. 1' };
const person = { type: 'person', firstName: 'Ada', lastName: 'Lovelace', address: ['ul. Lesnaya 1'], postalCode: '101000', city: 'Moscow', country: 'RU', phone: '+7.4951234567', email: 'ada@example.org', extra: cyr } satisfies Contact;
const ns = [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }];
const register = (domain: string) => ({ domain, period: 1, contacts: { registrant: person }, nameservers: ns });

let sandbox: Sandbox;
let host: Host;
let PENDING_MS: number;
/** Every request mail the robot received, and every reply it wrote. */
const inbox: SimInboundMail[] = [];
const replies: SimOutboundMail[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({
    only: ['r01ru'],
    simulators: {
      r01ru: (ctx) => {
        const sim = createR01Simulator({ ...ctx, sendMail: (mail) => (replies.push(mail), ctx.sendMail(mail)) });
        return { ...sim, handleMail: (mail) => (inbox.push(mail), sim.handleMail!(mail)) };
      },
    },
    clock: { start: Date.parse('2026-03-01T09:00:00Z'), speed: 1 },
  });
  PENDING_MS = sandbox.rules.pendingMs('any.ru');
  const r01 = (name: string, password: string) => ({
    name,
    package: '@registrar-kit/plugin-r01ru',
    settings: { agreement: 'RP/01/00', mailPassword: password, requestAddress: sandbox.endpoints.r01ruRequestAddress, allowedSenders: [sandbox.endpoints.r01ruSender] },
    inbound: { address: `${name}@platform.test`, allowedSenders: [sandbox.endpoints.r01ruSender] },
    mailFrom: `${name}@platform.test`,
  });
  host = await createHost(
    {
      store: { sqlite: ':memory:' },
      mail: { smtpUrl: sandbox.smtpUrl, from: 'r01@platform.test' },
      inbound: { smtp: { host: '127.0.0.1', port: 0 } },
      // A second instance whose mail password R01 does not accept, for .su.
      plugins: [r01('r01', 'r01-pass'), r01('r01bad', 'wrong-pass')],
      connectors: [
        { tld: 'ru', plugin: 'r01' },
        { tld: 'su', plugin: 'r01bad' },
      ],
      // The customers here are billed by the platform before it calls the host: no order needed.
      orders: { requireForCustomers: false },
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

/** Waits until the robot has received the request whose subject contains `subject`. */
const request = (subject: string): Promise<SimInboundMail> =>
  vi.waitFor(() => {
    const mail = inbox.find((m) => m.subject.includes(subject));
    if (mail === undefined) throw new Error(`the robot has not received "${subject}" yet`);
    return mail;
  }, WAIT);

/** Waits until the host's operation matches. */
const operation = (id: string, expected: Record<string, unknown>) =>
  vi.waitFor(async () => {
    const op = await host.getOperation(id);
    expect(op).toMatchObject(expected);
    return op!;
  }, WAIT);

describe('r01ru simulator, driven by the real plugin over SMTP both ways', () => {
  it('first registration: client request, queued, client registered, domain request, queued, registered, delegated', async () => {
    const op = await host.submit({ operation: 'register', input: register('first.ru'), customerId: 'cust-1' });
    expect(op).toMatchObject({ status: 'pending', await: 'message', step: 'client-requested' });

    const client = await request(`[RK:${op.id}:client] NEW PERSON`);
    expect(client.from).toBe('r01@platform.test');
    expect(client.raw.toString('latin1')).toMatch(/Content-Type: text\/plain; charset="?koi8-r"?/i);
    expect(client.raw.includes(iconv.encode('person-r: Лавлейс Ада', 'koi8-r'))).toBe(true);
    expect(client.text).toContain('passport: выдан ОВД Тверской г. Москвы');
    expect((await host.getDomain('first.ru'))?.status).toBe('registering');

    sandbox.clock.advance(ACK_DELAY_MS);
    await operation(op.id, { status: 'pending', step: 'client-queued' });
    const queued = replies.at(-1)!;
    expect(queued).toMatchObject({ to: 'r01@platform.test', subject: `Re: ${client.subject}`, charset: 'koi8-r', inReplyTo: client.messageId });
    expect(queued.text).toContain('Задание N 700100 поставлено в очередь');

    sandbox.clock.advance(PENDING_MS);
    await operation(op.id, { status: 'pending', step: 'domain-requested', ref: `${op.id}:domain` });
    const domain = await request(`[RK:${op.id}:domain] NEW DOMAIN first.ru`);
    expect(domain.text).toContain('admin-o: LOVELACE-GPT');
    expect(domain.text).toContain('nserver: ns2.example.net');

    sandbox.clock.advance(ACK_DELAY_MS);
    await operation(op.id, { status: 'pending', step: 'domain-queued' });
    sandbox.clock.advance(PENDING_MS);
    await operation(op.id, { status: 'pending', step: 'domain-registered' });
    expect((await host.getDomain('first.ru'))?.status).toBe('registering');
    expect(sandbox.simulator('r01ru').domains()).toContainEqual(expect.objectContaining({ name: 'first.ru', status: 'registered' }));

    sandbox.clock.advance(PENDING_MS);
    await operation(op.id, { status: 'done' });
    expect(await host.getDomain('first.ru')).toMatchObject({ status: 'registered', expiresAt: expect.stringMatching(/^2027-03-01/) });
    expect(sandbox.simulator('r01ru').domains()).toContainEqual(expect.objectContaining({ name: 'first.ru', status: 'delegated' }));
  });

  it('a second registration for the same customer goes straight to the domain request', async () => {
    const requestsBefore = inbox.length;
    const op = await host.submit({ operation: 'register', input: register('second.ru'), customerId: 'cust-1' });
    expect(op).toMatchObject({ status: 'pending', step: 'domain-requested', ref: `${op.id}:domain` });
    const domain = await request(`[RK:${op.id}:domain] NEW DOMAIN second.ru`);
    expect(domain.text).toContain('admin-o: LOVELACE-GPT');
    expect(inbox.slice(requestsBefore).map((m) => m.subject)).toEqual([domain.subject]);
    sandbox.clock.advance(ACK_DELAY_MS + 2 * PENDING_MS);
    await operation(op.id, { status: 'done' });
    expect((await host.getDomain('second.ru'))?.status).toBe('registered');
  });

  it('a taken name ends failed as NOT_AVAILABLE; a fail… name as a registrar error', async () => {
    const taken = await host.submit({ operation: 'register', input: register('taken-name.ru'), customerId: 'cust-1' });
    const failing = await host.submit({ operation: 'register', input: register('failing.ru'), customerId: 'cust-1' });
    await request(`[RK:${taken.id}:domain] NEW DOMAIN taken-name.ru`);
    await request(`[RK:${failing.id}:domain] NEW DOMAIN failing.ru`);
    sandbox.clock.advance(ACK_DELAY_MS);
    await operation(taken.id, { status: 'failed', error: { code: 'NOT_AVAILABLE', registrarCode: '2302' } });
    await operation(failing.id, { status: 'failed', error: { code: 'REMOTE', registrarCode: '2400' } });
    expect((await host.getDomain('taken-name.ru'))?.status).toBe('error');
    expect(sandbox.simulator('r01ru').domains().map((d) => d.name)).not.toContain('taken-name.ru');
  });

  it('renews, changes name servers and updates the administrator by mail', async () => {
    const renew = await host.submit({ operation: 'renew', input: { domain: 'first.ru', period: 1 }, customerId: 'cust-1' });
    expect(renew).toMatchObject({ status: 'pending', step: 'prolong-requested' });
    expect((await request(`[RK:${renew.id}:prolong] PROLONG first.ru`)).text).toContain('prolong: 1');
    sandbox.clock.advance(ACK_DELAY_MS);
    await operation(renew.id, { step: 'prolong-queued' });
    sandbox.clock.advance(PENDING_MS);
    await operation(renew.id, { status: 'done' });
    expect((await host.getDomain('first.ru'))?.expiresAt).toMatch(/^2028-03-01/);

    const nsOp = await host.submit({ operation: 'updateNameservers', input: { domain: 'first.ru', nameservers: [...ns, { host: 'ns3.first.ru', ipv4: ['192.0.2.53'] }] }, customerId: 'cust-1' });
    expect((await request(`[RK:${nsOp.id}:update] UPDATE first.ru`)).text).toContain('nserver: ns3.first.ru 192.0.2.53');
    sandbox.clock.advance(ACK_DELAY_MS + PENDING_MS);
    await operation(nsOp.id, { status: 'done' });
    expect(sandbox.journal.some((e) => e.kind === 'state' && e.summary.includes('first.ru updated: nserver ns1.example.net, ns2.example.net, ns3.first.ru 192.0.2.53'))).toBe(true);

    const moved = { ...person, extra: { ...cyr, 'p-addr': '190000, Санкт-Петербург, Невский пр., д. 1' } };
    const contacts = await host.submit({ operation: 'updateContacts', input: { domain: 'first.ru', contacts: { registrant: moved } }, customerId: 'cust-1' });
    const update = await request(`[RK:${contacts.id}:update] UPDATE LOVELACE-GPT`);
    expect(update.text).toContain('nic_hdl: LOVELACE-GPT');
    sandbox.clock.advance(ACK_DELAY_MS + PENDING_MS);
    await operation(contacts.id, { status: 'done' });
  });

  it('a wrong mail password is refused as AUTHENTICATION', async () => {
    const op = await host.submit({ operation: 'register', input: register('locked.su'), customerId: 'cust-2' });
    const mail = await request(`[RK:${op.id}:client] NEW PERSON`);
    expect(mail.from).toBe('r01bad@platform.test');
    sandbox.clock.advance(ACK_DELAY_MS);
    await operation(op.id, { status: 'failed', error: { code: 'AUTHENTICATION', registrarCode: '101' } });
    expect(replies.at(-1)).toMatchObject({ to: 'r01bad@platform.test' });
  });

  it('every reply was understood, and no password is in the journal, the replies or the host log', async () => {
    // The last reply may still be finishing its SMTP exchange after the host applied it.
    await sandbox.flushMail();
    expect(await host.inbound.quarantined()).toEqual([]);
    // 5 + 3 for the two registrations, 2 refusals, 2 × 3 for renew and updates, 1 refusal.
    expect(replies).toHaveLength(17);
    expect(sandbox.outboxPending).toBe(0);
    expect(sandbox.journal.filter((e) => e.kind === 'mail-in').map((e) => e.summary)).toContain('NEW PERSON from r01@platform.test');
    const everything = JSON.stringify([sandbox.journal, replies, await host.log()]);
    expect(everything).not.toContain('r01-pass');
    expect(everything).not.toContain('wrong-pass');
  });
});
