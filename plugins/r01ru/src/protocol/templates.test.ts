import { describe, expect, it } from 'vitest';
import { describeChar, firstNonKoi8r } from './koi8r.js';
import { findToken, formatToken, refOf } from './subject.js';
import { composeRequest, type Authorization } from './templates.js';

const auth: Authorization = { action: 'NEW', payType: 'real', agreement: 'RP/01/00', password: 'pw-123' };

describe('composeRequest', () => {
  it('opens with the authorization block and puts the person before the domain, whatever the order given', () => {
    const text = composeRequest(auth, [
      { kind: 'DOMAIN', domain: 'example.ru', adminO: 'IVANOV-GPT', nservers: [{ host: 'ns1.example.ru', addresses: ['192.0.2.1', '2001:db8::1'] }, { host: 'ns2.example.net', addresses: [] }] },
      { kind: 'PERSON', person: 'Ivan Ivanov', personR: 'Иванов Иван Иванович', passport: ['4510 123456', 'выдан ОВД Тверской г. Москвы', '01.02.2005'], birthDate: '01.02.1980', pAddr: '101000, Москва, ул. Лесная, д. 1', phone: '+7 4951234567', email: 'ivan@example.ru' },
    ]);
    expect(text).toBe(
      [
        'action: NEW',
        'pay-type: real',
        'agreement: RP/01/00',
        'password: pw-123',
        '',
        '#[PERSON TEMPLATE]#',
        'person: Ivan Ivanov',
        'person-r: Иванов Иван Иванович',
        'passport: 4510 123456',
        'passport: выдан ОВД Тверской г. Москвы',
        'passport: 01.02.2005',
        'birth-date: 01.02.1980',
        'p-addr: 101000, Москва, ул. Лесная, д. 1',
        'phone: +7 4951234567',
        'e-mail: ivan@example.ru',
        '#[DOMAIN TEMPLATE]#',
        'domain: example.ru',
        'admin-o: IVANOV-GPT',
        'nserver: ns1.example.ru 192.0.2.1 2001:db8::1',
        'nserver: ns2.example.net',
        '#[TEMPLATES END]#',
        '',
      ].join('\n'),
    );
  });

  it('writes the authorization block exactly as R01 documents it: action, pay-type, agreement, password, and no lang line', () => {
    // help.r01.ru/partner/en/mail_interface.html, "Authorization block": the four fields in this
    // order (pay-type optional, real,bonus as in its example); RIPN's lang: is not among them.
    const text = composeRequest({ action: 'NEW', payType: 'real,bonus', agreement: 'RP/01/00', password: 'our-mail-pw' }, [{ kind: 'DOMAIN', domain: 'example.ru' }]);
    const block = text.slice(0, text.indexOf('\n\n')).split('\n');
    expect(block).toEqual(['action: NEW', 'pay-type: real,bonus', 'agreement: RP/01/00', 'password: our-mail-pw']);
    expect(text).not.toMatch(/^lang:/m);
  });

  it('writes the organisation template with nic_hdl (as R01 spells it) for an UPDATE and the prolong line for a PROLONG', () => {
    const update = composeRequest({ ...auth, action: 'UPDATE' }, [
      { kind: 'ORGANIZATION', nicHdl: 'ROMASHKA-ORG-GPT', org: 'Romashka LLC', orgR: 'ООО «Ромашка»'.replace(/[«»]/g, '"'), code: '7701234567', bank: 'АО Банк', pAddr: 'Москва', phone: '+7 4950000000', faxNo: '+7 4950000001', email: 'info@romashka.ru' },
    ]);
    expect(update.split('\n').slice(5, 16)).toEqual([
      '#[ORGANIZATION TEMPLATE]#',
      'nic_hdl: ROMASHKA-ORG-GPT',
      'org: Romashka LLC',
      'org-r: ООО "Ромашка"',
      'code: 7701234567',
      'bank: АО Банк',
      'p-addr: Москва',
      'phone: +7 4950000000',
      'fax-no: +7 4950000001',
      'e-mail: info@romashka.ru',
      '#[TEMPLATES END]#',
    ]);
    const prolong = composeRequest({ ...auth, action: 'PROLONG' }, [{ kind: 'DOMAIN', domain: 'пример.рф', prolong: 1 }]);
    expect(prolong).toContain('action: PROLONG\n');
    expect(prolong).toContain('#[DOMAIN TEMPLATE]#\ndomain: пример.рф\nprolong: 1\n#[TEMPLATES END]#');
  });

  it('refuses a value that would forge template lines', () => {
    expect(() => composeRequest(auth, [{ kind: 'DOMAIN', domain: 'example.ru\npassword: x' }])).toThrow(/spans several lines/);
    expect(() => composeRequest({ ...auth, agreement: 'RP/01/00\n#[TEMPLATES END]#' }, [])).toThrow(/agreement/);
  });

  it('produces text koi8-r can carry when the fields can', () => {
    const text = composeRequest(auth, [{ kind: 'DOMAIN', domain: 'пример.рф', descr: 'Ёлки' }]);
    expect(firstNonKoi8r(text.replace(/\n/g, ' '))).toBeUndefined();
  });
});

describe('koi8-r repertoire', () => {
  it('knows Russian letters and box drawing, and not the numero sign, guillemets or Ukrainian letters', () => {
    expect(firstNonKoi8r('Съешь же ещё этих мягких французских булок, ЁЖ ═')).toBeUndefined();
    expect(firstNonKoi8r('паспорт № 123')).toBe('№');
    expect(firstNonKoi8r('«Ромашка»')).toBe('«');
    expect(firstNonKoi8r('Київ')).toBe('ї');
    expect(firstNonKoi8r('a\u0000b')).toBe('\u0000');
    expect(describeChar('№')).toBe('"№" (U+2116)');
  });
});

describe('correlation token', () => {
  it('round-trips through the subject and gives the pending ref', () => {
    const token = { operationId: '01JH8ZK3Q-x.1', stage: 'domain' as const };
    expect(formatToken(token)).toBe('[RK:01JH8ZK3Q-x.1:domain]');
    expect(findToken(`Re: RE: ${formatToken(token)} NEW DOMAIN example.ru`)).toEqual(token);
    expect(refOf(token)).toBe('01JH8ZK3Q-x.1:domain');
    expect(findToken('[RK:op-1:transfer] x')).toBeUndefined();
    expect(findToken('no token')).toBeUndefined();
  });
});
