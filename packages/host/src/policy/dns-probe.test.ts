import { afterEach, describe, expect, it } from 'vitest';
import { startDnsServer, type TestDnsServer } from '../test-support/dns-server.js';
import { probeNameservers } from './dns-probe.js';

let server: TestDnsServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('the DNS test of new name servers', () => {
  it('passes when every name server answers the zone’s SOA, found through the configured resolver', async () => {
    server = await startDnsServer({ 'ns1.dns.test': { a: '127.0.0.1' }, 'ns2.dns.test': { a: '127.0.0.1' }, 'zone.fr': { soa: true } });
    const failures = await probeNameservers('zone.fr', [{ host: 'ns1.dns.test' }, { host: 'ns2.dns.test' }], { servers: [`127.0.0.1:${server.port}`], port: server.port, timeoutMs: 1000 });
    expect(failures).toEqual([]);
    expect(server.questions).toEqual(expect.arrayContaining([{ name: 'ns1.dns.test', type: 'A' }, { name: 'zone.fr', type: 'SOA' }]));
  });

  it('names each name server that fails and why: no address, a refusal, no such zone', async () => {
    server = await startDnsServer({ 'ns1.dns.test': { a: '127.0.0.1' }, 'refusing.fr': { rcode: 'REFUSED' } });
    const config = { servers: [`127.0.0.1:${server.port}`], port: server.port, timeoutMs: 1000 };
    expect(await probeNameservers('refusing.fr', [{ host: 'ns1.dns.test' }, { host: 'ghost.dns.test' }], config)).toEqual([
      { host: 'ns1.dns.test', reason: 'refused the query for refusing.fr' },
      { host: 'ghost.dns.test', reason: expect.stringContaining('has no address') },
    ]);
    expect(await probeNameservers('unknown.fr', [{ host: 'ns1.dns.test' }], config)).toEqual([{ host: 'ns1.dns.test', reason: 'has no such zone (NXDOMAIN) for unknown.fr' }]);
  });

  it('asks a name server at its glue address without a lookup, and gives up on one that stays silent after timeoutMs', async () => {
    server = await startDnsServer({ 'quiet.fr': { silent: true } });
    const failures = await probeNameservers('quiet.fr', [{ host: 'ns.quiet.fr', ipv4: ['127.0.0.1'] }], { port: server.port, timeoutMs: 200 });
    expect(failures).toEqual([{ host: 'ns.quiet.fr', reason: 'did not answer in time for quiet.fr' }]);
    expect(server.questions.map((q) => q.type)).toEqual(['SOA']);
  });
});
