import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Contact } from './contact.js';
import type { RegistrarPluginManifest } from './manifest.js';
import { checkOperationInput } from './validate-input.js';

const manifest = JSON.parse(readFileSync(new URL('../examples/registrar-plugin.json', import.meta.url), 'utf8')) as RegistrarPluginManifest;
const registrant: Contact = {
  type: 'organization', firstName: 'Aiko', lastName: 'Sato', organization: 'Sato KK', address: ['1-2-3 Chiyoda'],
  postalCode: '100-0001', city: 'Tokyo', country: 'JP', phone: '+81.312345678', email: 'aiko@example.jp',
};
const ns = [{ host: 'NS1.Example.net.' }, { host: 'ns2.example.net' }];

describe('operation input validation', () => {
  it('normalizes the domain and name servers of a valid registration', () => {
    const r = checkOperationInput(manifest, 'register', { domain: 'München.com', period: 2, contacts: { registrant }, nameservers: ns });
    expect(r.issues).toEqual([]);
    expect(r.value).toMatchObject({ domain: 'xn--mnchen-3ya.com', nameservers: [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }] });
  });

  it('returns every problem at once', () => {
    const r = checkOperationInput(manifest, 'register', {
      domain: 'bad_name.com', period: 4, contacts: { registrant: { ...registrant, phone: '12' } }, nameservers: [{ host: 'ns1.example.net' }],
    });
    expect(r.value).toBeUndefined();
    expect(r.issues.map((i) => i.path).sort()).toEqual(['/contacts/registrant/phone', '/domain', '/nameservers', '/period']);
  });

  it('applies the TLD extra-field schema to the registrant', () => {
    const r = checkOperationInput(manifest, 'register', { domain: 'fly.aero', period: 1, contacts: { registrant }, nameservers: ns });
    expect(r.issues.map((i) => i.path)).toEqual(['/contacts/registrant/extra/aeroId', '/contacts/registrant/extra/aeroKey']);
    const ok = checkOperationInput(manifest, 'register', {
      domain: 'fly.aero', period: 1, contacts: { registrant: { ...registrant, extra: { aeroId: 'A1', aeroKey: 'K' } } }, nameservers: ns,
    });
    expect(ok.issues).toEqual([]);
  });

  it('requires an auth code where the TLD rules say so', () => {
    expect(checkOperationInput(manifest, 'transfer', { domain: 'example.com' }).issues).toEqual([
      { path: '/authCode', message: 'is required to transfer a .com domain' },
    ]);
  });

  it('validates custom operation inputs against their schema', () => {
    expect(checkOperationInput(manifest, 'zoneInit', { domain: 'example.com', template: 0 }).issues.map((i) => i.path)).toEqual(['/template']);
    expect(checkOperationInput(manifest, 'teleport', { domain: 'example.com' }).issues[0]?.message).toContain('not an operation');
  });

  it('checks booleans of the preference operations', () => {
    expect(checkOperationInput(manifest, 'setRegistrarLock', { domain: 'example.com', locked: 'yes' }).issues).toEqual([
      { path: '/locked', message: 'must be true or false' },
    ]);
  });

  it('refuses a field the operation does not take, and a 5 MB one is not stored or echoed', () => {
    const r = checkOperationInput(manifest, 'renew', { domain: 'example.com', period: 1, note: 'x'.repeat(1000) });
    expect(r.value).toBeUndefined();
    expect(r.issues).toEqual([{ path: '/note', message: 'is not a field of renew' }]);
    const big = checkOperationInput(manifest, 'register', { domain: 'example.com', period: 1, contacts: { registrant }, nameservers: ns, [`k${'y'.repeat(200)}`]: 'x'.repeat(5_000_000) });
    expect(big.issues).toEqual([{ path: '/', message: expect.stringMatching(/^is 5\d{6} bytes as JSON: at most 65536 are accepted$/) }]);
    const options = checkOperationInput(manifest, 'register', { domain: 'example.com', period: 1, contacts: { registrant }, nameservers: ns, premium: true, options: { template: 3 } });
    expect(options.issues).toEqual([{ path: '/premium', message: 'is not a field of register (plugin-specific values go in "options")' }]);
  });

  it('refuses an input that is not plain JSON data with a coded issue, not a raw TypeError', () => {
    const circular: Record<string, unknown> = { domain: 'example.com' };
    circular.self = circular;
    expect(checkOperationInput(manifest, 'info', circular).issues[0]).toEqual({ path: '/', message: expect.stringContaining('plain JSON data') });
    expect(checkOperationInput(manifest, 'info', { domain: 'example.com', n: 1n }).issues[0]?.path).toBe('/');
  });

  it('checks the optional flags and options of a registration', () => {
    const r = checkOperationInput(manifest, 'register', { domain: 'example.com', period: 1, contacts: { registrant }, nameservers: ns, autoRenew: 'yes', options: 'x' });
    expect(r.issues.map((i) => i.path).sort()).toEqual(['/autoRenew', '/options']);
  });
});
