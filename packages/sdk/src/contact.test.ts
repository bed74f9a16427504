import { describe, expect, it } from 'vitest';
import { checkContact, checkContactSet, isCountryCode, type Contact } from './contact.js';

const good: Contact = {
  type: 'person',
  firstName: 'Hanna',
  lastName: 'Berg',
  address: ['Leopoldstr. 1'],
  postalCode: '80802',
  city: 'München',
  country: 'DE',
  phone: '+49.8912345678',
  email: 'hanna@example.de',
};

describe('contacts', () => {
  it('accepts a complete person', () => {
    expect(checkContact(good, '/c')).toEqual([]);
  });

  it.each<[string, Partial<Contact> & Record<string, unknown>, string]>([
    ['phone without +CC.', { phone: '089 12345678' }, '/c/phone'],
    ['phone with spaces', { phone: '+49 89 12345678' }, '/c/phone'],
    ['lower-case country', { country: 'de' }, '/c/country'],
    ['unassigned country', { country: 'QQ' }, '/c/country'],
    ['bad e-mail', { email: 'hanna.example.de' }, '/c/email'],
    ['no address', { address: [] }, '/c/address'],
    ['four address lines', { address: ['a', 'b', 'c', 'd'] }, '/c/address'],
    ['empty city', { city: '' }, '/c/city'],
    ['organisation without its name', { type: 'organization' }, '/c/organization'],
    ['unknown type', { type: 'robot' as never }, '/c/type'],
    ['padded name', { firstName: ' Hanna' }, '/c/firstName'],
    ['over-long last name', { lastName: 'x'.repeat(65) }, '/c/lastName'],
  ])('rejects %s at the field path', (_name, patch, path) => {
    const issues = checkContact({ ...good, ...patch }, '/c');
    expect(issues.map((i) => i.path)).toContain(path);
  });

  it('bounds every field: an unknown field or a 5 MB extra is refused, naming the field', () => {
    const big = 'x'.repeat(5_000_000);
    const unknown = checkContact({ ...good, notes: big } as Contact, '/c');
    expect(unknown).toEqual([{ path: '/c/notes', message: 'is not a contact field (registry-specific values go in "extra")' }]);
    const extra = checkContact({ ...good, extra: { cyrillicName: big } }, '/c');
    expect(extra.map((i) => i.path)).toEqual(['/c/extra']);
    expect(extra[0]?.message).toContain('at most 4096 bytes');
    expect(checkContact({ ...good, extra: { cyrillicName: 'Анна Берг' } }, '/c')).toEqual([]);
    expect(checkContact({ ...good, address: ['x'.repeat(129)] }, '/c').map((i) => i.path)).toEqual(['/c/address/0']);
  });

  it('returns every problem at once', () => {
    const issues = checkContact({ ...good, phone: 'x', email: 'y', country: 'zz' }, '/c');
    expect(issues.map((i) => i.path).sort()).toEqual(['/c/country', '/c/email', '/c/phone']);
  });

  it('requires a registrant in a contact set and checks each role', () => {
    expect(checkContactSet({ admin: good }).map((i) => i.path)).toEqual(['/contacts/registrant']);
    expect(checkContactSet({ registrant: good, tech: { ...good, email: 'nope' } }).map((i) => i.path)).toEqual(['/contacts/tech/email']);
  });

  it('knows assigned ISO 3166-1 codes', () => {
    expect(isCountryCode('JP')).toBe(true);
    expect(isCountryCode('RU')).toBe(true);
    expect(isCountryCode('XX')).toBe(false);
  });
});
