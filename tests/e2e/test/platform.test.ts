// The whole system as a hosting platform sees it: the host loads the four published plugins by
// package name, routes per TLD connector, and carries each registrar's behaviour (docs/registrars/) to its end. Registrar
// HTTPS traffic is answered by msw; registrar mail goes through the host's inbound intake.
import { fileURLToPath } from 'node:url';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost, type Host } from '@registrar-kit/host';
import type { Contact, OutboundMail } from '@registrar-kit/sdk';

const base = fileURLToPath(new URL('..', import.meta.url));
const soapCalls: string[] = [];
let opeSeq = 700;
const soapPending = new Set<string>();

// Netim names each reply part per function (see plugins/soap-registrar, "Wire fidelity").
const PART: Record<string, string> = { sessionOpen: 'IDSession', contactCreate: 'idContact' };
function soap(fn: string, inner: string): Response {
  const part = PART[fn] ?? 'return';
  return HttpResponse.xml(`<Envelope><Body><${fn}Response><${part}>${inner}</${part}></${fn}Response></Body></Envelope>`);
}
const opResp = (fn: string, status: string, id: string) => `<ID_OPE>${id}</ID_OPE><STATUS>${status}</STATUS><MESSAGE/><TYPE>${fn}</TYPE><DATE>2026-01-15</DATE>`;

const server = setupServer(
  http.post('https://reseller.onamae.com/api/v1/:group/:cmd', async ({ request, params }) => {
    const body = (await request.json()) as { domain?: string };
    const cmd = `${String(params.group)}/${String(params.cmd)}`;
    if (cmd === 'domain/create' && body.domain?.startsWith('taken')) return HttpResponse.json({ result: { code: '2001', message: 'domain not available' } });
    return HttpResponse.json({ result: { code: '0000', message: 'OK' }, data: { expiresAt: '2027-01-15T00:00:00Z' } });
  }),
  http.post('https://gateway.autodns.com/', async ({ request }) => {
    const xml = await request.text();
    const code = /<code>(\d+)<\/code>/.exec(xml)?.[1];
    if (code === '0301') return HttpResponse.xml('<response><result><data><handle><id>555</id></handle></data><status><code>S0301</code><text>ok</text><type>success</type></status></result></response>');
    return HttpResponse.xml(`<response><result><status><code>N${code}</code><text>started</text><type>notify</type></status></result></response>`);
  }),
  http.post('https://api.netim.com/2.0/', async ({ request }) => {
    // The live API's SOAPAction form: https://api.netim.com/2.0/#<function>.
    const fn = (request.headers.get('soapaction') ?? '').replace(/^"|"$/g, '').split('#').pop() ?? '';
    soapCalls.push(fn);
    const xml = await request.text();
    switch (fn) {
      case 'sessionOpen':
        return soap(fn, 'S-e2e-session');
      case 'contactCreate':
        return soap(fn, 'C-1');
      case 'domainCreate':
      case 'domainTransferIn': {
        const id = String(++opeSeq);
        soapPending.add(id);
        return soap(fn, opResp(fn, 'Pending', id));
      }
      case 'queryOpePending':
        return soap(fn, '');
      case 'queryOpe': {
        const id = /<idOpe>(\d+)<\/idOpe>/.exec(xml)?.[1] ?? '';
        soapPending.delete(id);
        return soap(fn, opResp(fn, 'Done', id));
      }
      default:
        return soap(fn, opResp(fn, 'Done', String(++opeSeq)));
    }
  }),
);

let now = Date.parse('2026-01-15T10:00:00Z');
const clock = { now: () => new Date(now) };
const r01Mail: OutboundMail[] = [];
let host: Host;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  host = await createHost(
    {
      store: { sqlite: ':memory:' },
      plugins: [
        { name: 'onamae', package: '@registrar-kit/plugin-onamae', settings: { endpoint: 'https://reseller.onamae.com/api/v1', resellerId: 'R-1', apiKey: 'onamae-key-123' } },
        { name: 'inx', package: '@registrar-kit/plugin-internetx', settings: { endpoint: 'https://gateway.autodns.com', user: 'u', password: 'inx-pass', context: 4 }, inbound: { address: 'inx@platform.test', allowedSenders: ['@autodns.example'] } },
        { name: 'netim', package: '@registrar-kit/plugin-soap-registrar', settings: { endpoint: 'https://api.netim.com/2.0/', resellerId: 'NR1', password: 'netim-pass', resellerContactId: 'RC-1' } },
        { name: 'r01', package: '@registrar-kit/plugin-r01ru', settings: { agreement: 'RP/01/00', mailPassword: 'r01-pass', requestAddress: 'requests@r01.example' }, inbound: { address: 'r01@platform.test', allowedSenders: ['robot@r01.example'] } },
      ],
      connectors: [
        { tld: 'com', plugin: 'onamae', modes: { renew: 'manual' } },
        { tld: 'de', plugin: 'inx' },
        { tld: 'fr', plugin: 'netim' },
        { tld: 'ru', plugin: 'r01' },
      ],
      // .de and .fr want a DNS test; the recorded registrars' name servers exist in no DNS.
      dns: { test: 'registrar' },
    },
    { baseDir: base, clock, random: () => 0.5, mail: (instance) => ({ send: async (m) => { if (instance === 'r01') r01Mail.push(m); return { messageId: `<${r01Mail.length}@platform.test>` }; } }) },
  );
});
afterAll(async () => {
  await host.close();
  server.close();
});

const person: Contact = { type: 'person', firstName: 'Ada', lastName: 'Lovelace', address: ['1 St'], postalCode: '10115', city: 'Berlin', country: 'DE', phone: '+49.301234567', email: 'ada@example.org' };
const ns = [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }];
const register = (domain: string, extra: Partial<Contact> = {}) => ({ domain, period: 1, contacts: { registrant: { ...person, ...extra } }, nameservers: ns });

describe('a hosting platform on registrar-kit', () => {
  it('loads the four plugins by package name without problems', () => {
    expect(host.problems()).toEqual([]);
    expect([...host.plugins().keys()].sort()).toEqual(['inx', 'netim', 'onamae', 'r01']);
  });

  it('onamae: a provider-account registration is Registered at once; a failed one is in Error with its Action Log record', async () => {
    expect((await host.submit({ operation: 'register', input: register('instant.com') })).status).toBe('done');
    expect((await host.getDomain('instant.com'))?.status).toBe('registered');
    const failed = await host.submit({ operation: 'register', input: register('taken-name.com') });
    expect(failed.error).toMatchObject({ code: 'NOT_AVAILABLE', registrarCode: '2001' });
    expect((await host.getDomain('taken-name.com'))?.status).toBe('error');
    const entry = (await host.log({ domain: 'taken-name.com', kind: 'plugin-call' }))[0];
    expect(entry?.registrarCode).toBe('2001');
    expect(JSON.stringify(await host.log())).not.toContain('onamae-key-123');
  });

  it('a customer order waits for payment and goes out when paid; a manual renewal is completed by staff', async () => {
    const op = await host.submit({ operation: 'register', input: register('shop.com'), orderId: 'order-7', customerId: 'c-7' });
    expect(op.status).toBe('awaiting-payment');
    await host.orders.markPaid('order-7');
    expect((await host.getDomain('shop.com'))?.status).toBe('registered');
    const renewal = await host.submit({ operation: 'renew', input: { domain: 'shop.com', period: 1 } });
    expect(renewal.status).toBe('awaiting-manual');
    const [task] = await host.manualTasks.list({ domain: 'shop.com', status: 'open' });
    await host.manualTasks.complete(task!.id, { domain: 'shop.com', expiresAt: '2028-01-15T00:00:00Z' });
    expect(await host.getDomain('shop.com')).toMatchObject({ status: 'registered', expiresAt: '2028-01-15T00:00:00Z' });
  });

  it('internetx: Registering until the confirmation mail; renewal refused with renewed-by-registrar', async () => {
    const op = await host.submit({ operation: 'register', input: register('mailed.de') });
    expect(op).toMatchObject({ status: 'pending', await: 'message', step: 'registering' });
    expect((await host.getDomain('mailed.de'))?.status).toBe('registering');
    const mail = ['From: AutoDNS <jobs@autodns.example>', 'To: inx@platform.test', 'Subject: S0101 mailed.de', 'Message-ID: <e2e-1@autodns.example>', '', '<system>', 'status: S0101 [Domain registered]', `transaction: ${op.ref}`, '</system>', ''].join('\r\n');
    expect((await host.inbound.deliver(mail)).status).toBe('applied');
    expect((await host.getDomain('mailed.de'))?.status).toBe('registered');
    await expect(host.submit({ operation: 'renew', input: { domain: 'mailed.de', period: 1 } })).rejects.toMatchObject({ code: 'UNSUPPORTED', message: expect.stringContaining('renewed-by-registrar') });
  });

  it('soap registrar: registration and transfer completed by one batch poll, then the auth code reset', async () => {
    const reg = await host.submit({ operation: 'register', input: register('batch.fr') });
    const tr = await host.submit({ operation: 'transfer', input: { domain: 'moving.fr', authCode: 'EPP-1' } });
    expect([reg.status, tr.status]).toEqual(['pending', 'pending']);
    now += 299_000;
    expect((await host.tracker.runCycle()).claimed).toBe(0);
    now += 1_000;
    const before = soapCalls.length;
    const cycle = await host.tracker.runCycle();
    expect(cycle).toMatchObject({ claimed: 2, pollCalls: 1, completed: 2 });
    expect(soapCalls.slice(before).filter((c) => c === 'queryOpePending')).toHaveLength(1);
    expect(soapCalls.slice(before)).toContain('domainAuthID');
    expect((await host.getDomain('batch.fr'))?.status).toBe('registered');
    expect((await host.getDomain('moving.fr'))?.status).toBe('registered');
  });

  it('r01: the first registration registers the client, then the domain, completing by mail', async () => {
    const cyr = { extra: { 'person-r': 'Лавлейс Ада', passport: '4510 123456', 'birth-date': '10.12.1985', 'p-addr': '101000, Москва' } };
    // A customer's registration goes out once its order is paid (seed 002).
    await host.submit({ operation: 'register', input: { ...register('first.ru', cyr) }, customerId: 'cust-r01', orderId: 'order-r01-1' });
    const [op] = await host.orders.markPaid('order-r01-1');
    if (op === undefined) throw new Error('the order released no operation');
    expect(op).toMatchObject({ status: 'pending', step: 'client-requested' });
    expect(r01Mail.at(-1)?.subject).toBe(`[RK:${op.id}:client] NEW PERSON`);
    const reply = (subject: string, text: string, n: number) =>
      ['From: R01 <robot@r01.example>', 'To: r01@platform.test', `Subject: ${subject}`, `Message-ID: <r01-${n}@r01.example>`, 'Content-Type: text/plain; charset=utf-8', '', text, ''].join('\r\n');
    await host.inbound.deliver(reply(`Re: [RK:${op.id}:client]`, 'Задание 1001 поставлено в очередь', 1));
    expect((await host.getOperation(op.id))?.step).toBe('client-queued');
    await host.inbound.deliver(reply(`Re: [RK:${op.id}:client]`, 'Client registered, nic-hdl: ADA-GPT', 2));
    expect((await host.getOperation(op.id))).toMatchObject({ step: 'domain-requested', ref: `${op.id}:domain` });
    expect(r01Mail.at(-1)?.text).toContain('admin-o: ADA-GPT');
    await host.inbound.deliver(reply(`Re: [RK:${op.id}:domain]`, 'Домен first.ru зарегистрирован и делегирован', 3));
    expect((await host.getDomain('first.ru'))?.status).toBe('registered');
    await host.submit({ operation: 'register', input: { ...register('second.ru', cyr) }, customerId: 'cust-r01', orderId: 'order-r01-2' });
    const [second] = await host.orders.markPaid('order-r01-2');
    expect(second?.step).toBe('domain-requested');
    expect(JSON.stringify(await host.log())).not.toContain('r01-pass');
  });
});
