import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  RegistrarError,
  settle,
  validateManifest,
  validatePlugin,
  type InboundMessage,
  type Json,
  type MessageContext,
  type MessageResult,
  type OperationContext,
  type OperationInput,
  type Outcome,
  type OutboundMail,
  type PendingRef,
} from '@registrar-kit/sdk';
import plugin from './plugin.js';
import type { R01Settings } from './settings.js';

const manifest = JSON.parse(readFileSync(new URL('../registrar-plugin.json', import.meta.url), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const SECRET = 'mail-secret-42';
const ROBOT = 'robot@r01.example';

/** A tiny host: state, outbound mail, logs, and the pending operations handleMessage can find. */
function harness(options: { settings?: Partial<R01Settings>; state?: Record<string, Json>; failMail?: unknown } = {}) {
  const settings: R01Settings = { agreement: 'RP/01/00', mailPassword: SECRET, requestAddress: 'requests@r01.example', allowedSenders: [ROBOT], ...options.settings };
  const state = new Map<string, Json>(Object.entries(options.state ?? {}));
  const sent: OutboundMail[] = [];
  const logs: string[] = [];
  const pendings = new Map<string, PendingRef>();
  let failMail = options.failMail;
  const base = {
    instance: 'r01',
    settings,
    http: { request: async () => Promise.reject(new Error('no http in an e-mail plugin')) },
    epp: {
      session: () => {
        throw new Error('no EPP in an e-mail plugin');
      },
      close: async () => undefined,
    },
    mail: {
      send: async (m: OutboundMail) => {
        if (failMail !== undefined) throw failMail;
        sent.push(m);
        return { messageId: `<m${sent.length}@host>` };
      },
    },
    state: {
      get: async <T extends Json>(k: string) => state.get(k) as T | undefined,
      set: async (k: string, v: Json) => void state.set(k, v),
      delete: async (k: string) => void state.delete(k),
    },
    clock: { now: () => new Date('2026-01-15T10:00:00Z') },
    log: Object.fromEntries(['debug', 'info', 'warn', 'error'].map((l) => [l, (msg: string, fields?: Record<string, unknown>) => void logs.push(`${l} ${msg} ${JSON.stringify(fields ?? {})}`)])) as unknown as OperationContext['log'],
    inboundAddress: 'r01@platform.test',
  };
  const track = (operationId: string, operation: string, domain: string, outcome: Outcome, customerId?: string): void => {
    if (outcome.status === 'pending') {
      pendings.set(operationId, { ref: outcome.ref, operationId, operation, domain, submittedAt: '2026-01-15T10:00:00Z', ...(outcome.step === undefined ? {} : { step: outcome.step }), ...(outcome.data === undefined ? {} : { data: outcome.data }), ...(customerId === undefined ? {} : { customerId }) });
    } else pendings.delete(operationId);
  };
  const messageCtx: MessageContext<R01Settings> = {
    ...base,
    findPending: async (q) => [...pendings.values()].filter((p) => (q.ref === undefined || p.ref === q.ref) && (q.domain === undefined || p.domain === q.domain) && (q.operation === undefined || p.operation === q.operation)),
  };
  return {
    settings,
    state,
    sent,
    logs,
    pendings,
    failNextMail: (error: unknown) => void (failMail = error),
    async call<K extends 'register' | 'renew' | 'updateNameservers' | 'updateContacts'>(op: K, input: OperationInput<K>, meta: { id?: string; customerId?: string } = {}): Promise<Outcome> {
      const id = meta.id ?? 'op-1';
      const ctx: OperationContext<R01Settings> = { ...base, operation: { id, name: op, domain: input.domain, customerId: meta.customerId ?? 'cust-1' } };
      const handler = plugin.operations[op] as unknown as (i: unknown, c: unknown) => Promise<Outcome>;
      const outcome = await settle(() => handler(input, ctx));
      track(id, op, input.domain, outcome, meta.customerId ?? 'cust-1');
      return outcome;
    },
    async reply(subject: string, text: string, from = ROBOT): Promise<MessageResult> {
      const message: InboundMessage = { kind: 'mail', id: `<r${Math.random()}@r01>`, receivedAt: '2026-01-15T11:00:00Z', from, subject, text, headers: {} };
      const result = await plugin.handleMessage!(message, messageCtx);
      if (result.matched) {
        const op = [...pendings.values()].find((p) => p.ref === result.ref)!;
        track(op.operationId, op.operation, op.domain, result.outcome, op.customerId);
      }
      return result;
    },
  };
}

const person = {
  type: 'person' as const,
  firstName: 'Ivan',
  lastName: 'Ivanov',
  address: ['ul. Lesnaya 1'],
  postalCode: '101000',
  city: 'Moscow',
  country: 'RU',
  phone: '+7.4951234567',
  email: 'ivan@example.ru',
  extra: { 'person-r': 'Иванов Иван Иванович', passport: '4510 123456\nвыдан ОВД Тверской г. Москвы 01.02.2005', 'birth-date': '01.02.1980', 'p-addr': '101000, Москва, ул. Лесная, д. 1' },
};
const organization = { ...person, type: 'organization' as const, organization: 'Romashka LLC', extra: { 'org-r': 'ООО "Ромашка"', code: '7701234567', 'p-addr': '101000, Москва, ул. Лесная, д. 1' } };
const registration = (extra: Partial<OperationInput<'register'>> = {}): OperationInput<'register'> => ({
  domain: 'example.ru',
  period: 1,
  contacts: { registrant: person },
  nameservers: [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }],
  ...extra,
});

describe('manifest and entry', () => {
  it('is a valid manifest whose auto operations all have handlers and complete by message', () => {
    const r = validateManifest(manifest, { packageJson: pkg });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(validatePlugin(plugin, r.manifest!).errors).toEqual([]);
    expect(manifest.transports).toEqual(['email']);
    const auto = Object.entries(manifest.operations as Record<string, { mode: string; completion?: string }>).filter(([, s]) => s.mode === 'auto');
    expect(auto.map(([op, s]) => `${op}:${s.completion}`)).toEqual(['register:message', 'renew:message', 'updateNameservers:message', 'updateContacts:message']);
    expect(manifest.settings.properties.mailPassword.writeOnly).toBe(true);
  });
});

describe('register: client, then domain', () => {
  it('runs the whole new-client flow: client → queued → client registered (handle kept) → domain → queued → registered → registered and delegated', async () => {
    const h = harness();
    const first = await h.call('register', registration());
    expect(first).toMatchObject({ status: 'pending', await: 'message', ref: 'op-1:client', step: 'client-requested' });
    expect(h.sent).toHaveLength(1);
    expect(h.sent[0]).toMatchObject({ to: 'requests@r01.example', subject: '[RK:op-1:client] NEW PERSON', charset: 'koi8-r' });
    expect(h.sent[0]!.text).toContain('#[PERSON TEMPLATE]#\nperson: Ivan Ivanov\nperson-r: Иванов Иван Иванович\npassport: 4510 123456\npassport: выдан ОВД Тверской г. Москвы 01.02.2005\nbirth-date: 01.02.1980\n');
    expect(h.sent[0]!.text).not.toContain('#[DOMAIN TEMPLATE]#');

    expect(await h.reply('Re: [RK:op-1:client] NEW PERSON', 'Задание № 700123 поставлено в очередь.')).toMatchObject({ matched: true, ref: 'op-1:client', outcome: { status: 'pending', ref: 'op-1:client', step: 'client-queued' } });
    expect(h.sent).toHaveLength(1);

    const registered = await h.reply('Re: [RK:op-1:client] NEW PERSON', 'Task 700123: client registered.\nnic-hdl: IVANOV-GPT');
    expect(registered).toMatchObject({ matched: true, ref: 'op-1:client', outcome: { status: 'pending', ref: 'op-1:domain', step: 'domain-requested' } });
    expect(h.state.get('r01-client:customer:cust-1:person')).toBe('IVANOV-GPT');
    expect(h.sent[1]).toMatchObject({ subject: '[RK:op-1:domain] NEW DOMAIN example.ru', charset: 'koi8-r' });
    expect(h.sent[1]!.text).toBe('action: NEW\npay-type: real\nagreement: RP/01/00\npassword: mail-secret-42\n\n#[DOMAIN TEMPLATE]#\ndomain: example.ru\nadmin-o: IVANOV-GPT\nnserver: ns1.example.net\nnserver: ns2.example.net\n#[TEMPLATES END]#\n');

    expect(await h.reply('Re: [RK:op-1:domain] NEW DOMAIN example.ru', 'Task 700124 queued.')).toMatchObject({ matched: true, outcome: { status: 'pending', ref: 'op-1:domain', step: 'domain-queued' } });
    expect(await h.reply('Re: [RK:op-1:domain] NEW DOMAIN example.ru', 'Domain example.ru registered. Delegation follows.')).toMatchObject({ matched: true, outcome: { status: 'pending', step: 'domain-registered' } });
    expect(await h.reply('Re: [RK:op-1:domain] NEW DOMAIN example.ru', 'Домен example.ru зарегистрирован и делегирован. Оплачен до 15.01.2027')).toEqual({ matched: true, ref: 'op-1:domain', outcome: { status: 'done', result: { domain: 'example.ru', expiresAt: '2027-01-15' } } });
    expect(h.state.get('r01-admin:example.ru')).toBe('IVANOV-GPT');
    expect(h.sent).toHaveLength(2);
  });

  it('sends the domain request at once when the customer already has a handle', async () => {
    const h = harness({ state: { 'r01-client:customer:cust-1:organization': 'ROMASHKA-ORG-GPT' } });
    const outcome = await h.call('register', registration({ contacts: { registrant: organization }, nameservers: [{ host: 'ns1.example.ru', ipv4: ['192.0.2.1'] }, { host: 'ns2.example.net' }] }));
    expect(outcome).toMatchObject({ status: 'pending', ref: 'op-1:domain', step: 'domain-requested' });
    expect(h.sent).toHaveLength(1);
    expect(h.sent[0]!.text).toContain('#[DOMAIN TEMPLATE]#\ndomain: example.ru\nadmin-o: ROMASHKA-ORG-GPT\nnserver: ns1.example.ru 192.0.2.1\nnserver: ns2.example.net\n');
    expect(h.sent[0]!.text).not.toContain('ORGANIZATION TEMPLATE');
  });

  it('registers a new organisation client when the customer only has a person handle', async () => {
    const h = harness({ state: { 'r01-client:customer:cust-1:person': 'IVANOV-GPT' } });
    expect(await h.call('register', registration({ contacts: { registrant: organization } }))).toMatchObject({ step: 'client-requested' });
    expect(h.sent[0]!.subject).toBe('[RK:op-1:client] NEW ORGANIZATION');
    expect(h.sent[0]!.text).toContain('#[ORGANIZATION TEMPLATE]#\norg: Romashka LLC\norg-r: ООО "Ромашка"\ncode: 7701234567\n');
  });

  it('writes a .рф name in Cyrillic in the template and as A-label in the subject', async () => {
    const h = harness({ state: { 'r01-client:customer:cust-1:person': 'IVANOV-GPT' } });
    await h.call('register', registration({ domain: 'xn--e1afmkfd.xn--p1ai' }));
    expect(h.sent[0]!.subject).toBe('[RK:op-1:domain] NEW DOMAIN xn--e1afmkfd.xn--p1ai');
    expect(h.sent[0]!.text).toContain('domain: пример.рф\n');
  });

  it('refuses a registration lacking the Cyrillic fields with INVALID_INPUT naming them, before any mail', async () => {
    const h = harness();
    const outcome = await h.call('register', registration({ contacts: { registrant: { ...person, extra: { 'p-addr': 'Москва', 'person-r': 'Иванов Иван' } } } }));
    expect(outcome.status === 'failed' && outcome.error.code).toBe('INVALID_INPUT');
    expect(outcome.status === 'failed' && outcome.error.issues.map((i) => i.path)).toContain('/contacts/registrant/extra/passport');
    expect(outcome.status === 'failed' && outcome.error.issues.map((i) => i.path)).toContain('/contacts/registrant/extra/birth-date');
    expect(h.sent).toEqual([]);
  });

  it('refuses what the TLD rules forbid before any mail (name-server count, period)', async () => {
    const h = harness();
    const oneNs = await h.call('register', registration({ nameservers: [{ host: 'ns1.example.net' }] }));
    expect(oneNs.status === 'failed' && oneNs.error.issues[0]).toEqual({ path: '/nameservers', message: 'needs at least 2 name servers for .ru' });
    const twoYears = await h.call('register', registration({ period: 2 }));
    expect(twoYears.status === 'failed' && twoYears.error.issues[0]?.path).toBe('/period');
    expect(h.sent).toEqual([]);
  });

  it('turns an error reply into failed with the reason, the mapped code and the registrar code', async () => {
    const h = harness({ state: { 'r01-client:customer:cust-1:person': 'IVANOV-GPT' } });
    await h.call('register', registration());
    const r = await h.reply('Re: [RK:op-1:domain] NEW DOMAIN example.ru', 'Request rejected.\nError code: 2302\nReason: domain example.ru is already registered');
    expect(r.matched && r.outcome.status === 'failed' && { code: r.outcome.error.code, registrarCode: r.outcome.error.registrarCode, retryable: r.outcome.error.retryable, detail: r.outcome.error.detail }).toEqual({
      code: 'NOT_AVAILABLE',
      registrarCode: '2302',
      retryable: false,
      detail: 'domain request op-1:domain failed: domain example.ru is already registered',
    });
    expect(r.matched && r.outcome.status === 'failed' && r.outcome.error.message).not.toMatch(/R01/i);
  });

  it('maps a refused client request (bad password) to AUTHENTICATION', async () => {
    const h = harness();
    await h.call('register', registration());
    const r = await h.reply('Re: [RK:op-1:client] NEW PERSON', 'Ошибка: неверный пароль почтового интерфейса');
    expect(r.matched && r.outcome.status === 'failed' && r.outcome.error.code).toBe('AUTHENTICATION');
  });

  it('fails with PROTOCOL when "client registered" carries no handle', async () => {
    const h = harness();
    await h.call('register', registration());
    const r = await h.reply('Re: [RK:op-1:client] NEW PERSON', 'TASK_SUCCESS');
    expect(r.matched && r.outcome.status === 'failed' && r.outcome.error.code).toBe('PROTOCOL');
    expect(h.sent).toHaveLength(1);
  });

  it('surfaces a mail failure as a TRANSPORT error, at the first request and after the client is registered', async () => {
    const smtp = new RegistrarError({ code: 'TRANSPORT', retryable: true, message: 'The registrar mail could not be sent', detail: 'SMTP 421' });
    const h = harness({ failMail: smtp });
    const first = await h.call('register', registration());
    expect(first.status === 'failed' && first.error).toBe(smtp);

    const h2 = harness();
    await h2.call('register', registration());
    h2.failNextMail(new Error(`connection refused while sending ${SECRET}`));
    const r = await h2.reply('Re: [RK:op-1:client] NEW PERSON', 'Client IVANOV-GPT registered');
    expect(r.matched && r.outcome.status === 'failed' && { code: r.outcome.error.code, retryable: r.outcome.error.retryable }).toEqual({ code: 'TRANSPORT', retryable: true });
    expect(JSON.stringify(r.matched && r.outcome.status === 'failed' && r.outcome.error.toJSON())).not.toContain(SECRET);
    // The handle is kept: a retry goes straight to the domain request.
    expect(h2.state.get('r01-client:customer:cust-1:person')).toBe('IVANOV-GPT');
  });
});

describe('renew, updateNameservers, updateContacts', () => {
  it('sends PROLONG and completes on the reply', async () => {
    const h = harness();
    expect(await h.call('renew', { domain: 'example.ru', period: 1 })).toMatchObject({ status: 'pending', ref: 'op-1:prolong', step: 'prolong-requested' });
    expect(h.sent[0]!.subject).toBe('[RK:op-1:prolong] PROLONG example.ru');
    expect(h.sent[0]!.text).toBe('action: PROLONG\npay-type: real\nagreement: RP/01/00\npassword: mail-secret-42\n\n#[DOMAIN TEMPLATE]#\ndomain: example.ru\nprolong: 1\n#[TEMPLATES END]#\n');
    expect(await h.reply('Re: [RK:op-1:prolong] PROLONG example.ru', 'Task 700400 queued')).toMatchObject({ outcome: { status: 'pending', step: 'prolong-queued' } });
    expect(await h.reply('Re: [RK:op-1:prolong] PROLONG example.ru', 'Domain example.ru prolonged. paid-till: 2028.01.15')).toMatchObject({ outcome: { status: 'done', result: { domain: 'example.ru', expiresAt: '2028-01-15' } } });
  });

  it('sends UPDATE with the full name-server list and completes on the reply', async () => {
    const h = harness({ settings: { payType: 'bonus,real' } });
    await h.call('updateNameservers', { domain: 'example.su', nameservers: [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }, { host: 'ns3.example.net' }] });
    expect(h.sent[0]!.text).toBe('action: UPDATE\npay-type: bonus,real\nagreement: RP/01/00\npassword: mail-secret-42\n\n#[DOMAIN TEMPLATE]#\ndomain: example.su\nnserver: ns1.example.net\nnserver: ns2.example.net\nnserver: ns3.example.net\n#[TEMPLATES END]#\n');
    expect(await h.reply('Re: [RK:op-1:update] UPDATE example.su', 'Изменения для домена example.su внесены.')).toMatchObject({ outcome: { status: 'done', result: { domain: 'example.su' } } });
  });

  it('updates the administrator template under the domain handle', async () => {
    const h = harness({ state: { 'r01-admin:example.ru': 'IVANOV-GPT' } });
    const outcome = await h.call('updateContacts', { domain: 'example.ru', contacts: { registrant: { ...person, email: 'new@example.ru' } } });
    expect(outcome).toMatchObject({ status: 'pending', ref: 'op-1:update', step: 'update-requested' });
    expect(h.sent[0]!.subject).toBe('[RK:op-1:update] UPDATE IVANOV-GPT');
    expect(h.sent[0]!.text).toContain('action: UPDATE\n');
    expect(h.sent[0]!.text).toContain('#[PERSON TEMPLATE]#\nnic_hdl: IVANOV-GPT\nperson: Ivan Ivanov\n');
    expect(h.sent[0]!.text).toContain('e-mail: new@example.ru\n');
    expect(await h.reply('Re: [RK:op-1:update] UPDATE IVANOV-GPT', 'Client IVANOV-GPT updated.')).toMatchObject({ outcome: { status: 'done' } });
  });

  it('refuses other contact roles, unknown handles and a person/organisation switch without mail', async () => {
    const h = harness({ state: { 'r01-admin:example.ru': 'IVANOV-GPT' } });
    const admin = await h.call('updateContacts', { domain: 'example.ru', contacts: { admin: person } });
    expect(admin.status === 'failed' && [admin.error.code, admin.error.issues[0]?.path]).toEqual(['POLICY', '/contacts/admin']);
    const switched = await h.call('updateContacts', { domain: 'example.ru', contacts: { registrant: organization } });
    expect(switched.status === 'failed' && switched.error.code).toBe('POLICY');
    const unknown = await h.call('updateContacts', { domain: 'other.ru', contacts: { registrant: person } }, { customerId: 'cust-2' });
    expect(unknown.status === 'failed' && unknown.error.code).toBe('OBJECT_NOT_FOUND');
    expect(h.sent).toEqual([]);
  });
});

describe('handleMessage correlation', () => {
  it('quarantines a reply with an unknown token', async () => {
    const h = harness();
    expect(await h.reply('Re: [RK:op-unknown:domain] NEW DOMAIN example.ru', 'registered and delegated')).toEqual({ matched: false, reason: 'no pending request op-unknown:domain from this instance' });
  });

  it('quarantines a late reply to an earlier step of an operation that moved on', async () => {
    const h = harness();
    await h.call('register', registration());
    await h.reply('Re: [RK:op-1:client] NEW PERSON', 'Client IVANOV-GPT registered');
    const late = await h.reply('Re: [RK:op-1:client] NEW PERSON', 'Task 700123 queued');
    expect(late).toEqual({ matched: false, reason: 'the reply concerns the client request of operation op-1, which is now at step domain-requested' });
    expect(h.sent).toHaveLength(2);
  });

  it('quarantines mail from a sender that is not the registrar, whatever it says', async () => {
    const h = harness();
    await h.call('renew', { domain: 'example.ru', period: 1 });
    expect(await h.reply('Re: [RK:op-1:prolong] PROLONG example.ru', 'prolonged', 'attacker@evil.example')).toEqual({ matched: false, reason: "sender attacker@evil.example is not one of the registrar's sender addresses" });
    expect(h.pendings.get('op-1')?.step).toBe('prolong-requested');
  });

  it('quarantines a reply naming another domain than the request', async () => {
    const h = harness();
    await h.call('renew', { domain: 'example.ru', period: 1 });
    expect(await h.reply('Re: [RK:op-1:prolong]', 'Domain other.ru prolonged')).toEqual({ matched: false, reason: 'the reply names other.ru but request op-1:prolong was for example.ru' });
  });

  it('correlates a reply without our token by the task id of an earlier queued notice', async () => {
    const h = harness();
    await h.call('renew', { domain: 'example.ru', period: 1 });
    await h.reply('Re: [RK:op-1:prolong] PROLONG example.ru', 'Task 700500 queued');
    expect(await h.reply('Task 700500', 'Task 700500 completed successfully')).toMatchObject({ matched: true, ref: 'op-1:prolong', outcome: { status: 'done' } });
  });

  it('takes the stage from the ref when a host hands back the data of an earlier step', async () => {
    const h = harness({ state: { 'r01-client:customer:cust-1:person': 'IVANOV-GPT' } });
    await h.call('register', registration());
    const op = h.pendings.get('op-1')!;
    h.pendings.set('op-1', { ...op, data: { ...(op.data as object), stage: 'client', handle: undefined } });
    expect(await h.reply('Re: [RK:op-1:domain] NEW DOMAIN example.ru', 'Domain example.ru registered and delegated')).toMatchObject({ matched: true, outcome: { status: 'done' } });
    expect(h.state.get('r01-admin:example.ru')).toBe('IVANOV-GPT');
  });

  it('quarantines a reply it cannot read rather than guessing', async () => {
    const h = harness();
    await h.call('renew', { domain: 'example.ru', period: 1 });
    expect(await h.reply('Re: [RK:op-1:prolong]', 'Thank you for your message.')).toEqual({ matched: false, reason: 'the reply to op-1:prolong says neither queued, registered, delegated, done nor failed' });
    expect(await h.reply('Hello', 'Thank you for your message.')).toEqual({ matched: false, reason: 'no correlation token of ours and no task id in the reply' });
  });
});

describe('the mail-interface password', () => {
  it('appears only on the password line of outbound mail, never in subjects, logs, outcomes or errors', async () => {
    const h = harness();
    const outcomes: unknown[] = [];
    outcomes.push(await h.call('register', registration()));
    outcomes.push(await h.reply('Re: [RK:op-1:client] NEW PERSON', 'Client IVANOV-GPT registered'));
    // The registrar quotes our request, password included, in its error reply.
    outcomes.push(await h.reply('Re: [RK:op-1:domain] NEW DOMAIN example.ru', `Ошибка: неверное поле descr в запросе "password: ${SECRET}"`));
    outcomes.push(await h.call('renew', { domain: 'example.ru', period: 1 }, { id: 'op-2' }));
    for (const mail of h.sent) {
      const lines = mail.text.split('\n');
      expect(lines.filter((l) => l.includes(SECRET))).toEqual([`password: ${SECRET}`]);
      expect(lines.indexOf(`password: ${SECRET}`)).toBe(3);
      expect(mail.subject).not.toContain(SECRET);
    }
    expect(h.logs.length).toBeGreaterThan(0);
    expect(h.logs.join('\n')).not.toContain(SECRET);
    const serialized = JSON.stringify(outcomes, (_k, v: unknown) => (v instanceof RegistrarError ? v.toJSON() : v));
    expect(serialized).toContain('[redacted]');
    expect(serialized).not.toContain(SECRET);
  });

  it('is refused as a setting when koi8-r cannot carry it, without showing it', async () => {
    const h = harness({ settings: { mailPassword: 'пароль№1' } });
    const outcome = await h.call('renew', { domain: 'example.ru', period: 1 });
    expect(outcome.status === 'failed' && outcome.error.issues).toEqual([{ path: '/settings/mailPassword', message: 'must be one line of characters koi8-r can carry' }]);
    expect(JSON.stringify(outcome.status === 'failed' && outcome.error.toJSON())).not.toContain('пароль');
    expect(h.sent).toEqual([]);
  });
});
