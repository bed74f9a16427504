import { afterEach, describe, expect, it } from 'vitest';
import type { Host } from '../host.js';
import { fixture, SECRET_KEY, startHost } from '../test-support/harness.js';
import { restrictionsFor } from './restrictions.js';

let host: Host | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

describe('per-extension restrictions shown to staff', () => {
  it('the capability matrix carries each operation’s TLD rules in words', async () => {
    ({ host } = await startHost({
      store: { sqlite: ':memory:' },
      plugins: [{ name: 'policy', package: fixture('host-policy'), settings: { apiKey: SECRET_KEY } }],
      connectors: [
        { tld: 'fr', plugin: 'policy' },
        { tld: 'aero', plugin: 'policy' },
      ],
    }));
    const row = (tld: string, operation: string) => host!.capabilities().find((c) => c.tld === tld && c.operation === operation);
    expect(row('fr', 'register')?.restrictions).toEqual([
      'periods: 1, 2, 3, 5, 10 years',
      '2–6 name servers',
      'name servers must pass a DNS test (they answer for the zone) before they are sent',
      'The name servers must answer for the zone before delegation.',
    ]);
    expect(row('fr', 'updateNameservers')?.restrictions).toContain('name servers must pass a DNS test (they answer for the zone) before they are sent');
    expect(row('aero', 'register')?.restrictions).toContain('registrant extra fields: aeroId required');
    expect(row('aero', 'updateContacts')?.restrictions).toEqual(['registrant extra fields: aeroId required']);
    expect(row('fr', 'info')?.restrictions).toBeUndefined();
    expect(row('fr', 'setDnssec')).toMatchObject({ mode: 'unsupported' });
    expect(row('fr', 'setDnssec')?.restrictions).toBeUndefined();
  });

  it('says auth code, renewal periods and IDN rules where the manifest has them', () => {
    const rules = { registerPeriods: [1], renewPeriods: [1], authCodeRequired: true, idn: false, nameservers: { min: 2 } };
    expect(restrictionsFor('transfer', rules)).toEqual(['auth code required', 'at least 2 name servers']);
    expect(restrictionsFor('renew', rules)).toEqual(['periods: 1 year']);
    expect(restrictionsFor('register', rules)).toEqual(['periods: 1 year', 'at least 2 name servers', 'no internationalized names']);
  });
});
