import type { Contact } from '@registrar-kit/sdk';
import { describe, expect, it } from 'vitest';
import { clientTemplate } from './contacts.js';

const person: Contact = {
  type: 'person',
  firstName: 'Ivan',
  lastName: 'Ivanov',
  address: ['ul. Lesnaya 1'],
  postalCode: '101000',
  city: 'Moscow',
  country: 'RU',
  phone: '+7.4951234567',
  email: 'ivan@example.ru',
  extra: { 'person-r': 'Иванов Иван Иванович', passport: '4510 123456\nвыдан ОВД Тверской г. Москвы\n01.02.2005', 'birth-date': '01.02.1980', 'p-addr': '101000, Москва, ул. Лесная, д. 1' },
};
const org: Contact = {
  ...person,
  type: 'organization',
  organization: 'Romashka LLC',
  extra: { 'org-r': 'ООО "Ромашка"', code: '7701234567', 'p-addr': '101000, Москва, ул. Лесная, д. 1' },
};
const paths = (c: Contact): string[] => clientTemplate(c, '/contacts/registrant').issues.map((i) => i.path);

describe('clientTemplate', () => {
  it('maps a person, splitting the passport into lines and the phone into RIPN form', () => {
    expect(clientTemplate(person, '/r').template).toEqual({
      kind: 'PERSON',
      person: 'Ivan Ivanov',
      personR: 'Иванов Иван Иванович',
      passport: ['4510 123456', 'выдан ОВД Тверской г. Москвы', '01.02.2005'],
      birthDate: '01.02.1980',
      pAddr: '101000, Москва, ул. Лесная, д. 1',
      phone: '+7 4951234567',
      email: 'ivan@example.ru',
    });
    expect(clientTemplate({ ...person, fax: '+7.4951234568', extra: { ...person.extra, passport: ['4510 123456', 'выдан ОВД'] } }, '/r').template).toMatchObject({ passport: ['4510 123456', 'выдан ОВД'], faxNo: '+7 4951234568' });
  });

  it('maps an organisation', () => {
    expect(clientTemplate(org, '/r').template).toEqual({ kind: 'ORGANIZATION', org: 'Romashka LLC', orgR: 'ООО "Ромашка"', code: '7701234567', pAddr: '101000, Москва, ул. Лесная, д. 1', phone: '+7 4951234567', email: 'ivan@example.ru' });
  });

  it('names every missing Cyrillic field of a person', () => {
    expect(paths({ ...person, extra: {} })).toEqual(['/contacts/registrant/extra/p-addr', '/contacts/registrant/extra/person-r', '/contacts/registrant/extra/passport', '/contacts/registrant/extra/birth-date']);
  });

  it('names every missing field of an organisation', () => {
    expect(paths({ ...org, extra: { 'org-r': 'Romashka' } })).toEqual(['/contacts/registrant/extra/p-addr', '/contacts/registrant/extra/org-r', '/contacts/registrant/extra/code']);
  });

  it('wants Cyrillic in person-r and Latin in person', () => {
    const r = clientTemplate({ ...person, firstName: 'Иван', extra: { ...person.extra, 'person-r': 'Ivanov Ivan' } }, '/c');
    expect(r.issues).toEqual([
      { path: '/c/firstName', message: 'must be written in Latin letters (the Cyrillic name goes in extra/person-r)' },
      { path: '/c/extra/person-r', message: 'must be written in Cyrillic' },
    ]);
  });

  it('refuses characters koi8-r cannot carry, naming the field and the character', () => {
    const r = clientTemplate({ ...person, extra: { ...person.extra, passport: 'паспорт № 4510 123456' } }, '/c');
    expect(r.issues).toEqual([{ path: '/c/extra/passport', message: 'contains "№" (U+2116), which the registrar\'s koi8-r mail cannot carry' }]);
  });

  it('checks the birth date, the passport line count and the INN', () => {
    expect(paths({ ...person, extra: { ...person.extra, 'birth-date': '31.02.1980' } })).toEqual(['/contacts/registrant/extra/birth-date']);
    expect(paths({ ...person, extra: { ...person.extra, passport: ['1', '2', '3', '4', '5', '6'] } })).toEqual(['/contacts/registrant/extra/passport']);
    expect(paths({ ...org, extra: { ...org.extra, code: '77012' } })).toEqual(['/contacts/registrant/extra/code']);
    expect(paths({ ...org, extra: { ...org.extra, 'p-addr': 'Москва\nул. Лесная' } })).toEqual(['/contacts/registrant/extra/p-addr']);
  });
});
