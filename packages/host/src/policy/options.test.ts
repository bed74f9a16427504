import { afterEach, describe, expect, it } from 'vitest';
import type { Host } from '../host.js';
import { baseConfig, calls, refused, registerInput, startHost } from '../test-support/harness.js';

let host: Host | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

const sent = (domain: string) => calls().filter((c) => c.domain === domain).length;

describe('options on register and transfer, checked against the connector’s flags and the plugin’s features', () => {
  it('refuses WHOIS privacy and the registrar lock when the connector’s flags are off, naming each option, with no traffic', async () => {
    ({ host } = await startHost(baseConfig({ connectors: [{ tld: 'com', plugin: 'main', flags: { whoisPrivacy: false, registrarLock: false } }] })));
    const error = await refused(host.submit({ operation: 'register', input: registerInput('private.com', { whoisPrivacy: true, registrarLock: true }) }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((i) => i.path)).toEqual(['/whoisPrivacy', '/registrarLock']);
    expect(error.issues[0]?.message).toContain('WHOIS privacy is not offered by connector "com"');
    expect(sent('private.com')).toBe(0);
    expect(await host.getDomain('private.com')).toBeUndefined();
    // Asking for less than the connector offers is not an option to refuse.
    expect((await host.submit({ operation: 'register', input: registerInput('private.com', { whoisPrivacy: false }) })).status).toBe('done');
  });

  it('refuses DNSSEC at registration when the plugin has no dnssec feature, and a transfer onto the provider’s name servers when the flag is off', async () => {
    ({ host } = await startHost(baseConfig({ connectors: [{ tld: 'com', plugin: 'main', flags: { transferUsesProviderNameservers: false } }] })));
    const dnssec = await refused(host.submit({ operation: 'register', input: registerInput('signed.com', { dnssec: { ds: [{ keyTag: 1, algorithm: 13, digestType: 2, digest: 'AB' }] } }) }));
    expect([dnssec.code, dnssec.issues[0]?.path]).toEqual(['INVALID_INPUT', '/dnssec']);
    expect(dnssec.issues[0]?.message).toContain('no dnssec feature');
    const provider = await refused(host.submit({ operation: 'transfer', input: { domain: 'moving-in.com', authCode: 'abc', useProviderNameservers: true } }));
    expect([provider.code, provider.issues[0]?.path]).toEqual(['INVALID_INPUT', '/useProviderNameservers']);
    expect(sent('signed.com') + sent('moving-in.com')).toBe(0);
  });

  it('accepts the options the connector offers: WHOIS privacy goes to the plugin, autoRenew is the domain’s policy and is never refused', async () => {
    ({ host } = await startHost());
    const op = await host.submit({ operation: 'register', input: registerInput('offered.com', { whoisPrivacy: true, autoRenew: false }) });
    expect(op.status).toBe('done');
  });

  it('refuses the lock at transfer when the connector cannot set it (setRegistrarLock lowered to unsupported)', async () => {
    ({ host } = await startHost(baseConfig({ connectors: [{ tld: 'com', plugin: 'main', flags: { registrarLock: false } }] })));
    const error = await refused(host.submit({ operation: 'transfer', input: { domain: 'inbound.com', authCode: 'abc', registrarLock: true } }));
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([['/registrarLock', expect.stringContaining('registrarLock flag is off')]]);
  });
});
