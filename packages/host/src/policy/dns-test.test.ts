import { afterEach, describe, expect, it } from 'vitest';
import type { HostConfig } from '../config.js';
import type { Host } from '../host.js';
import { startDnsServer, type TestDnsServer } from '../test-support/dns-server.js';
import { calls, fixture, refused, registerInput, SECRET_KEY, startHost } from '../test-support/harness.js';

let host: Host | undefined;
let dns: TestDnsServer | undefined;
afterEach(async () => {
  await host?.close();
  await dns?.close();
  host = undefined;
  dns = undefined;
});

const sent = (domain: string, operation?: string) => calls().filter((c) => c.domain === domain && (operation === undefined || c.operation === operation)).length;

// .fr in the host-policy fixture: dnsTestRequired (seed 004: register, transfer and NS update need a successful DNS test).
function config(server: TestDnsServer, dnsConfig: HostConfig['dns'] = {}): HostConfig {
  return {
    store: { sqlite: ':memory:' },
    plugins: [{ name: 'policy', package: fixture('host-policy'), settings: { apiKey: SECRET_KEY } }],
    connectors: [
      { tld: 'fr', plugin: 'policy' },
      { tld: 'com', plugin: 'policy' },
    ],
    dns: { servers: [`127.0.0.1:${server.port}`], port: server.port, timeoutMs: 1000, ...dnsConfig },
  };
}

const good = [{ host: 'ns1.dns.test' }, { host: 'ns2.dns.test' }];

describe('dnsTestRequired: the new name servers must answer for the zone before they are sent', () => {
  it('registers when every name server answers the SOA; refuses with POLICY naming the failing one, nothing sent', async () => {
    dns = await startDnsServer({ 'ns1.dns.test': { a: '127.0.0.1' }, 'ns2.dns.test': { a: '127.0.0.1' }, 'ready.fr': { soa: true }, 'broken.fr': { rcode: 'REFUSED' } });
    ({ host } = await startHost(config(dns)));
    expect((await host.submit({ operation: 'register', input: registerInput('ready.fr', { nameservers: good }) })).status).toBe('done');
    const error = await refused(host.submit({ operation: 'register', input: registerInput('broken.fr', { nameservers: [{ host: 'ns1.dns.test' }, { host: 'lame.dns.test' }] }) }));
    expect(error.code).toBe('POLICY');
    expect(error.message).toContain('ns1.dns.test refused the query for broken.fr');
    expect(error.message).toContain('lame.dns.test has no address');
    expect(error.issues.map((i) => i.path)).toEqual(['/nameservers/0', '/nameservers/1']);
    expect(sent('broken.fr')).toBe(0);
    expect(await host.getDomain('broken.fr')).toBeUndefined();
    const [entry] = await host.log({ domain: 'broken.fr', kind: 'refusal' });
    expect(entry?.message).toContain('refused (POLICY)');
  });

  it('tests name-server updates and transfers with name servers too, and leaves TLDs without the rule alone', async () => {
    dns = await startDnsServer({ 'ns1.dns.test': { a: '127.0.0.1' }, 'ns2.dns.test': { a: '127.0.0.1' }, 'live.fr': { soa: true } });
    ({ host } = await startHost(config(dns)));
    await host.submit({ operation: 'register', input: registerInput('live.fr', { nameservers: good }) });
    const moved = await refused(host.submit({ operation: 'updateNameservers', input: { domain: 'live.fr', nameservers: [{ host: 'ns1.dns.test' }, { host: 'elsewhere.dns.test' }] } }));
    expect(moved.code).toBe('POLICY');
    const transfer = await refused(host.submit({ operation: 'transfer', input: { domain: 'incoming.fr', authCode: 'abc', nameservers: good } }));
    expect(transfer.message).toContain('has no such zone (NXDOMAIN) for incoming.fr');
    expect(sent('live.fr', 'updateNameservers') + sent('incoming.fr')).toBe(0);
    const before = dns.questions.length;
    expect((await host.submit({ operation: 'register', input: registerInput('untested.com', { nameservers: [{ host: 'whatever.dns.test' }, { host: 'ns2.dns.test' }] }) })).status).toBe('done');
    expect(dns.questions.length).toBe(before);
  });

  it('with dns.test "manual", the operation goes to staff as a manual task saying which name servers to check; nothing is probed or sent', async () => {
    dns = await startDnsServer({});
    ({ host } = await startHost(config(dns, { test: 'manual' })));
    const op = await host.submit({ operation: 'register', input: registerInput('staff.fr', { nameservers: good }) });
    expect(op.status).toBe('awaiting-manual');
    const [task] = await host.manualTasks.list({ domain: 'staff.fr' });
    expect(task?.reason).toMatch(/^dns-test-required: .*ns1\.dns\.test, ns2\.dns\.test/);
    expect(dns.questions).toEqual([]);
    expect(sent('staff.fr')).toBe(0);
  });

  it('with dns.test "registrar", the host does not test: the request goes out and the registrar’s own check answers', async () => {
    dns = await startDnsServer({});
    ({ host } = await startHost(config(dns, { test: 'registrar' })));
    expect((await host.submit({ operation: 'register', input: registerInput('trusted.fr', { nameservers: good }) })).status).toBe('done');
    expect(dns.questions).toEqual([]);
    expect(sent('trusted.fr', 'register')).toBe(1);
  });

  it('a retried request with the same idempotency key returns its operation without a second test', async () => {
    dns = await startDnsServer({ 'ns1.dns.test': { a: '127.0.0.1' }, 'ns2.dns.test': { a: '127.0.0.1' }, 'again.fr': { soa: true } });
    ({ host } = await startHost(config(dns)));
    const first = await host.submit({ operation: 'register', input: registerInput('again.fr', { nameservers: good }), idempotencyKey: 'k-dns' });
    const asked = dns.questions.length;
    const second = await host.submit({ operation: 'register', input: registerInput('again.fr', { nameservers: good }), idempotencyKey: 'k-dns' });
    expect(second.id).toBe(first.id);
    expect(dns.questions.length).toBe(asked);
  });
});
