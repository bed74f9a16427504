// The simulator on its own (no SMTP): requests written by the plugin's own composer, replies read
// by the plugin's own parser, in both reply languages.
import { afterEach, describe, expect, it } from 'vitest';
import { composeRequest, parseReply, type Authorization, type Template } from '@registrar-kit/plugin-r01ru';
import { VirtualClock } from '../clock.js';
import { ScenarioRules } from '../rules.js';
import { SANDBOX_ADDRESSES } from '../sandbox.js';
import type { SandboxEvent, SimOutboundMail, Simulator } from '../types.js';
import { ACK_DELAY_MS, createR01Simulator } from './simulator.js';
import { parseRequest } from './request.js';

const PENDING_MS = 600_000;

const clocks: VirtualClock[] = [];
afterEach(() => {
  for (const c of clocks.splice(0)) c.stop();
});

function setup(replyLanguage: 'RU' | 'EN' = 'RU') {
  // Real time stands still: only advance() moves this clock.
  const clock = new VirtualClock({ start: Date.parse('2026-03-01T09:00:00Z'), speed: 1, realNow: () => 0 });
  clocks.push(clock);
  const rules = new ScenarioRules();
  const sent: SimOutboundMail[] = [];
  const journal: Omit<SandboxEvent, 'registrar' | 'at'>[] = [];
  const sim = createR01Simulator({ clock, rules, sendMail: async (m) => void sent.push(m), record: (e) => void journal.push(e) }, { replyLanguage });
  let n = 0;
  const send = (subject: string, auth: Partial<Authorization>, templates: Template[]) =>
    sim.handleMail!({
      from: 'r01@platform.test',
      to: [SANDBOX_ADDRESSES.r01ruRequests],
      subject,
      text: composeRequest({ action: 'NEW', payType: 'real', agreement: 'RP/01/00', password: 's3cret-pw', ...auth }, templates),
      messageId: `<req-${++n}@platform.test>`,
      raw: Buffer.alloc(0),
    });
  return { clock, sim, sent, journal, send };
}

const person: Template = {
  kind: 'PERSON',
  person: 'Ada Lovelace',
  personR: 'Лавлейс Ада',
  passport: ['4510 123456', 'выдан ОВД Тверской г. Москвы', '01.02.2005'],
  birthDate: '10.12.1985',
  pAddr: '101000, Москва, ул. Лесная, д. 1',
  phone: '+7 4951234567',
  email: 'ada@example.org',
};
const ns = [
  { host: 'ns1.example.net', addresses: [] },
  { host: 'ns2.example.net', addresses: [] },
];
const parsed = (m: SimOutboundMail | undefined) => parseReply(m?.subject ?? '', m?.text ?? '');

async function registerClient(t: ReturnType<typeof setup>): Promise<string> {
  await t.send('[RK:op-1:client] NEW PERSON', {}, [person]);
  t.clock.advance(ACK_DELAY_MS + PENDING_MS);
  const handle = parsed(t.sent.at(-1)).handle;
  if (handle === undefined) throw new Error('no handle');
  return handle;
}

describe('r01 simulator replies, read by the plugin parser', () => {
  for (const lang of ['RU', 'EN'] as const) {
    it(`walks a client and a domain through queued, registered, delegated (${lang})`, async () => {
      const t = setup(lang);
      await t.send('[RK:op-1:client] NEW PERSON', {}, [person]);
      expect(t.sent).toHaveLength(0);
      t.clock.advance(ACK_DELAY_MS);
      expect(t.sent).toHaveLength(1);
      expect(t.sent[0]).toMatchObject({ from: SANDBOX_ADDRESSES.r01ruRobot, to: 'r01@platform.test', subject: 'Re: [RK:op-1:client] NEW PERSON', charset: 'koi8-r', inReplyTo: '<req-1@platform.test>' });
      expect(parsed(t.sent[0])).toMatchObject({ status: 'queued', taskId: '700100', token: { operationId: 'op-1', stage: 'client' } });
      t.clock.advance(PENDING_MS - 1);
      expect(t.sent).toHaveLength(1);
      t.clock.advance(1);
      expect(parsed(t.sent[1])).toMatchObject({ status: 'registered', handle: 'LOVELACE-GPT', taskId: '700100' });

      await t.send('[RK:op-1:domain] NEW DOMAIN first.ru', {}, [{ kind: 'DOMAIN', domain: 'first.ru', adminO: 'LOVELACE-GPT', nservers: ns }]);
      t.clock.advance(ACK_DELAY_MS);
      expect(parsed(t.sent[2])).toMatchObject({ status: 'queued', taskId: '700101', domain: 'first.ru' });
      expect(t.sim.domains()).toEqual([{ name: 'first.ru', status: 'queued' }]);
      t.clock.advance(PENDING_MS);
      expect(parsed(t.sent[3])).toMatchObject({ status: 'registered', domain: 'first.ru', handle: undefined });
      expect(t.sim.domains()).toEqual([{ name: 'first.ru', status: 'registered', expiresAt: '2027-03-01T09:22:00Z' }]);
      t.clock.advance(PENDING_MS);
      expect(parsed(t.sent[4])).toMatchObject({ status: 'delegated', domain: 'first.ru', paidTill: '2027-03-01' });
      expect(t.sim.domains()[0]?.status).toBe('delegated');
    });

    it(`refuses with the wording the plugin reads as failures (${lang})`, async () => {
      const t = setup(lang);
      const handle = await registerClient(t);
      const cases: [string, Partial<Authorization>, Template[], RegExp, string][] = [
        ['[RK:op-2:domain] NEW DOMAIN taken-one.ru', {}, [{ kind: 'DOMAIN', domain: 'taken-one.ru', adminO: handle, nservers: ns }], /already registered|уже зарегистрирован/, '2302'],
        ['[RK:op-3:domain] NEW DOMAIN failing.ru', {}, [{ kind: 'DOMAIN', domain: 'failing.ru', adminO: handle, nservers: ns }], /internal error|внутренняя ошибка/, '2400'],
        ['[RK:op-4:client] NEW PERSON', { password: 'wrong-pass' }, [person], /password|пароль/, '101'],
        ['[RK:op-5:domain] NEW DOMAIN nobody.ru', {}, [{ kind: 'DOMAIN', domain: 'nobody.ru', adminO: 'NOBODY-GPT', nservers: ns }], /not found|не найден/, '2303'],
        ['[RK:op-6:prolong] PROLONG unknown.ru', { action: 'PROLONG' }, [{ kind: 'DOMAIN', domain: 'unknown.ru', prolong: 1 }], /not found|не найден/, '2303'],
        ['[RK:op-7:domain] NEW DOMAIN one-ns.ru', {}, [{ kind: 'DOMAIN', domain: 'one-ns.ru', adminO: handle, nservers: ns.slice(0, 1) }], /nserver/, '102'],
        ['[RK:op-8:client] NEW PERSON', {}, [{ ...person, birthDate: '1985-12-10' }], /birth-date/, '102'],
      ];
      for (const [subject, auth, templates, reason, code] of cases) {
        const before = t.sent.length;
        await t.send(subject, auth, templates);
        t.clock.advance(ACK_DELAY_MS);
        expect(t.sent.length, subject).toBe(before + 1);
        const reply = parsed(t.sent.at(-1));
        expect(reply, subject).toMatchObject({ status: 'failed', registrarCode: code });
        expect(reply.reason, subject).toMatch(reason);
        expect(t.sent.at(-1)?.subject).toBe(`Re: ${subject}`);
      }
      t.clock.advance(10 * PENDING_MS);
      expect(t.sim.domains().map((d) => d.name)).toEqual([]);
      expect(JSON.stringify([t.sent, t.journal])).not.toMatch(/s3cret-pw|wrong-pass/);
    });

    it(`prolongs and updates a registered domain and its administrator (${lang})`, async () => {
      const t = setup(lang);
      const handle = await registerClient(t);
      await t.send('[RK:op-2:domain] NEW DOMAIN kept.ru', {}, [{ kind: 'DOMAIN', domain: 'kept.ru', adminO: handle, nservers: ns }]);
      t.clock.advance(ACK_DELAY_MS + 2 * PENDING_MS);
      const expires = t.sim.domains()[0]!.expiresAt!;

      await t.send('[RK:op-3:prolong] PROLONG kept.ru', { action: 'PROLONG' }, [{ kind: 'DOMAIN', domain: 'kept.ru', prolong: 1 }]);
      t.clock.advance(ACK_DELAY_MS);
      expect(parsed(t.sent.at(-1))).toMatchObject({ status: 'queued', domain: 'kept.ru' });
      t.clock.advance(PENDING_MS);
      const nextYear = `${Number(expires.slice(0, 4)) + 1}${expires.slice(4)}`;
      expect(parsed(t.sent.at(-1))).toMatchObject({ status: 'completed', domain: 'kept.ru', paidTill: nextYear.slice(0, 10) });
      expect(t.sim.domains()[0]?.expiresAt).toBe(nextYear);

      await t.send('[RK:op-4:update] UPDATE kept.ru', { action: 'UPDATE' }, [{ kind: 'DOMAIN', domain: 'kept.ru', nservers: [...ns, { host: 'ns3.kept.ru', addresses: ['192.0.2.1'] }] }]);
      t.clock.advance(ACK_DELAY_MS + PENDING_MS);
      expect(parsed(t.sent.at(-1))).toMatchObject({ status: 'completed', domain: 'kept.ru' });
      expect(t.journal.at(-2)?.summary).toContain('ns3.kept.ru 192.0.2.1');

      await t.send(`[RK:op-5:update] UPDATE ${handle}`, { action: 'UPDATE' }, [{ ...person, nicHdl: handle, pAddr: '190000, Санкт-Петербург' }]);
      t.clock.advance(ACK_DELAY_MS + PENDING_MS);
      expect(parsed(t.sent.at(-1))).toMatchObject({ status: 'completed', domain: undefined });

      await t.send('[RK:op-6:update] UPDATE NOBODY-GPT', { action: 'UPDATE' }, [{ ...person, nicHdl: 'NOBODY-GPT' }]);
      t.clock.advance(ACK_DELAY_MS);
      expect(parsed(t.sent.at(-1))).toMatchObject({ status: 'failed', registrarCode: '2303' });
    });
  }

  it('gives distinct handles to namesakes and -ORG-GPT handles to organisations; ignores a duplicate request', async () => {
    const t = setup();
    const org: Template = { kind: 'ORGANIZATION', org: 'Acme LLC', orgR: 'ООО «Акме»'.replace(/[«»]/g, '"'), code: '7701234567', pAddr: '101000, Москва', phone: '+7 4951234567', email: 'info@acme.example' };
    await t.send('[RK:a:client] NEW PERSON', {}, [person]);
    await t.send('[RK:b:client] NEW PERSON', {}, [person]);
    await t.send('[RK:c:client] NEW ORGANIZATION', {}, [org]);
    t.clock.advance(ACK_DELAY_MS + PENDING_MS);
    expect(t.sent.map((m) => parsed(m)).filter((r) => r.status === 'registered').map((r) => r.handle)).toEqual(['LOVELACE-GPT', 'LOVELACE2-GPT', 'ACME-ORG-GPT']);
    const sim: Simulator = t.sim;
    const before = t.sent.length;
    await sim.handleMail!({ from: 'r01@platform.test', to: [], subject: 'again', text: 'action: NEW', messageId: '<req-1@platform.test>', raw: Buffer.alloc(0) });
    t.clock.advance(ACK_DELAY_MS);
    expect(t.sent.length).toBe(before);
    expect(t.journal.at(-1)?.summary).toContain('duplicate');
  });

  it('journals each request without its password', async () => {
    const t = setup();
    await t.send('[RK:op-1:client] NEW PERSON', {}, [person]);
    await t.send('[RK:op-2:domain] NEW DOMAIN first.ru', {}, [{ kind: 'DOMAIN', domain: 'first.ru', adminO: 'X-GPT', nservers: ns }]);
    expect(t.journal.filter((e) => e.kind === 'mail-in')).toEqual([
      { kind: 'mail-in', summary: 'NEW PERSON from r01@platform.test' },
      { kind: 'mail-in', summary: 'NEW DOMAIN first.ru from r01@platform.test', domain: 'first.ru' },
    ]);
    expect(JSON.stringify(t.journal)).not.toContain('s3cret-pw');
  });
});

describe('r01 simulator reads the request format R01 documents', () => {
  // help.r01.ru/partner/en/mail_interface.html: the authorization block is action, pay-type,
  // agreement, password (no lang line), and the handle field is spelled nic_hdl. Our own values.
  const documented = [
    'action: UPDATE',
    'pay-type: real,bonus',
    'agreement: RP/01/00',
    'password: s3cret-pw',
    '',
    '#[PERSON TEMPLATE]#',
    'nic_hdl: LOVELACE-GPT',
    'person: Ada Lovelace',
    '#[TEMPLATES END]#',
    '',
  ].join('\n');

  it('parses the four-field authorization block and a nic_hdl line without a layout problem', () => {
    const request = parseRequest(documented);
    expect(request.problems).toEqual([]);
    expect([...request.header.keys()]).toEqual(['action', 'pay-type', 'agreement', 'password']);
    expect(request.templates[0]?.fields.get('nic_hdl')).toEqual(['LOVELACE-GPT']);
  });

  it('updates a client named by nic_hdl, and refuses the RIPN spelling nic-hdl as a missing nic_hdl', async () => {
    const t = setup();
    const handle = await registerClient(t);
    await t.send(`[RK:op-2:update] UPDATE ${handle}`, { action: 'UPDATE' }, [{ ...person, nicHdl: handle }]);
    t.clock.advance(ACK_DELAY_MS + PENDING_MS);
    expect(parsed(t.sent.at(-1))).toMatchObject({ status: 'completed' });
    expect(t.journal.filter((e) => e.kind === 'mail-in').at(-1)?.summary).toBe(`UPDATE ${handle} from r01@platform.test`);

    const ripn = composeRequest({ action: 'UPDATE', payType: 'real', agreement: 'RP/01/00', password: 's3cret-pw' }, [{ ...person, nicHdl: handle }]).replace('nic_hdl:', 'nic-hdl:');
    await t.sim.handleMail!({ from: 'r01@platform.test', to: [SANDBOX_ADDRESSES.r01ruRequests], subject: `[RK:op-3:update] UPDATE ${handle}`, text: ripn, messageId: '<ripn@platform.test>', raw: Buffer.alloc(0) });
    t.clock.advance(ACK_DELAY_MS);
    const refusal = parsed(t.sent.at(-1));
    expect(refusal).toMatchObject({ status: 'failed', registrarCode: '102' });
    expect(refusal.reason).toContain('nic_hdl');
  });
});
