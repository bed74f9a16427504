import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { settle, validateManifest, type Json, type OperationContext, type OutboundMail } from '@registrar-kit/sdk';
import plugin, { type R01Settings } from './plugin.js';
import { parseReply } from './protocol/replies.js';

const manifest = JSON.parse(readFileSync(new URL('../registrar-plugin.json', import.meta.url), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const settings: R01Settings = { agreement: 'RP/01/00', mailPassword: 'mail-secret-42', requestAddress: 'partner-requests@r01.example' };

function ctx(sent: OutboundMail[], state = new Map<string, Json>()): OperationContext<R01Settings> {
  return {
    instance: 'r01', settings, http: { request: async () => { throw new Error('no http'); } }, mail: { send: async (m) => { sent.push(m); return { messageId: 'x' }; } },
    state: { get: async <T extends Json>(k: string) => state.get(k) as T | undefined, set: async (k, v) => void state.set(k, v), delete: async (k) => void state.delete(k) },
    clock: { now: () => new Date() }, log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined }, inboundAddress: undefined,
    operation: { id: 'op-9', name: 'register', domain: 'example.ru', customerId: 'cust-9' },
  };
}
const person = { type: 'person' as const, firstName: 'Ivan', lastName: 'Ivanov', address: ['ul. Lesnaya 1'], postalCode: '101000', city: 'Moscow', country: 'RU', phone: '+7.4951234567', email: 'ivan@example.ru' };

describe('r01ru', () => {
  it('ships a valid manifest (e-mail only, completion by message)', () => {
    const r = validateManifest(manifest, { packageJson: pkg });
    expect(r.errors).toEqual([]);
    expect(manifest.transports).toEqual(['email']);
  });

  it('refuses a registration without the Cyrillic registrant fields, naming them, before any mail', async () => {
    const sent: OutboundMail[] = [];
    const outcome = await settle(() => plugin.operations.register!({ domain: 'example.ru', period: 1, contacts: { registrant: { ...person, extra: { personR: 'Ivan Ivanov' } } }, nameservers: [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }] }, ctx(sent)));
    expect(outcome.status === 'failed' && outcome.error.issues.map((i) => i.path)).toEqual([
      '/contacts/registrant/extra/passport',
      '/contacts/registrant/extra/birthDate',
      '/contacts/registrant/extra/postalAddress',
      '/contacts/registrant/extra/personR',
    ]);
    expect(sent).toEqual([]);
  });

  it('puts the mail password only in the authorization block, in koi8-r mail', async () => {
    const sent: OutboundMail[] = [];
    await plugin.operations.renew!({ domain: 'example.ru', period: 1 }, ctx(sent));
    const mail = sent[0]!;
    expect(mail.charset).toBe('koi8-r');
    expect(mail.subject).toBe('[RK:op-9:prolong] PROLONG example.ru');
    const lines = mail.text.split('\n');
    expect(lines.slice(0, 4)).toEqual(['action: PROLONG', 'pay-type: real', 'agreement: RP/01/00', 'password: mail-secret-42']);
    expect(lines.filter((l) => l.includes('mail-secret-42'))).toHaveLength(1);
    expect(lines.indexOf('#[DOMAIN TEMPLATE]#')).toBeGreaterThan(4);
    expect(lines.at(-2)).toBe('#[TEMPLATES END]#');
  });

  it('reads replies in varied layouts and languages', () => {
    expect(parseReply('Re: [RK:op-1:client] NEW PERSON', 'Задание N 123456 поставлено в очередь')).toMatchObject({ kind: 'queued', token: { operationId: 'op-1', step: 'client' } });
    expect(parseReply('RE: RE: [RK:op-1:client] x', '> quoted\nClient registered, nic-hdl: ACME-ORG-GPT')).toMatchObject({ kind: 'client-registered', handle: 'ACME-ORG-GPT' });
    expect(parseReply('[RK:op-2:domain]', 'DOMAIN EXAMPLE.RU IS REGISTERED AND DELEGATED')).toMatchObject({ kind: 'delegated', domain: 'example.ru' });
    expect(parseReply('[RK:op-2:domain]', 'Ошибка: неверный ИНН\nЗадание 42042 отклонено')).toMatchObject({ kind: 'error', taskId: '42042', reason: 'Ошибка: неверный ИНН' });
    expect(parseReply('hello', 'newsletter').token).toBeUndefined();
  });

  it('does not match a reply to a request this instance never sent', async () => {
    const result = await plugin.handleMessage!(
      { kind: 'mail', id: '<1@r01>', receivedAt: '', headers: {}, subject: 'Re: [RK:op-unknown:domain] NEW DOMAIN', text: 'registered and delegated' },
      { ...ctx([]), findPending: async () => [] },
    );
    expect(result).toEqual({ matched: false, reason: 'no pending request op-unknown:domain from this instance' });
  });
});
