import { Resolver } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { Nameserver } from '@registrar-kit/sdk';

/** `dns` in the host configuration: how the DNS test of new name servers runs. */
export interface DnsTestConfig {
  /**
   * `probe` (default): the host asks each name server itself; `manual`: staff check, through a
   * manual task; `registrar`: the host does not test — the registrar's (or registry's) own check
   * at delegation answers, as a failed operation (a sandbox whose name servers exist in no DNS).
   */
  test?: 'probe' | 'manual' | 'registrar';
  /** Resolvers used to find a name server's address when the request gives no glue (`host:port` or an address); default: the system's. */
  servers?: string[];
  /** How long one DNS question may take (default 3000 ms). */
  timeoutMs?: number;
  /** The port the name servers are asked on (default 53). */
  port?: number;
}

export const DEFAULT_DNS_TIMEOUT_MS = 3000;

/** A name server that did not pass, and why (shown to the platform and in the Action Log). */
export interface NameserverFailure {
  host: string;
  reason: string;
}

function why(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ETIMEOUT':
      return 'did not answer in time';
    case 'ECONNREFUSED':
      return 'refused the connection';
    case 'EREFUSED':
      return 'refused the query';
    case 'ESERVFAIL':
      return 'answered SERVFAIL';
    case 'ENOTFOUND':
      return 'has no such zone (NXDOMAIN)';
    case 'ENODATA':
      return 'has no SOA record for the zone';
    default:
      return typeof code === 'string' ? `failed (${code})` : 'failed';
  }
}

function resolver(config: DnsTestConfig): Resolver {
  return new Resolver({ timeout: config.timeoutMs ?? DEFAULT_DNS_TIMEOUT_MS, tries: 1 });
}

const endpoint = (address: string, port: number): string => (isIP(address) === 6 ? `[${address}]:${port}` : `${address}:${port}`);

async function addressesOf(ns: Nameserver, config: DnsTestConfig): Promise<string[] | NameserverFailure> {
  const glue = [...(ns.ipv4 ?? []), ...(ns.ipv6 ?? [])];
  if (glue.length > 0) return glue;
  const r = resolver(config);
  if (config.servers !== undefined && config.servers.length > 0) r.setServers(config.servers);
  const [v4, v6] = await Promise.allSettled([r.resolve4(ns.host), r.resolve6(ns.host)]);
  const found = [...(v4.status === 'fulfilled' ? v4.value : []), ...(v6.status === 'fulfilled' ? v6.value : [])];
  if (found.length > 0) return found;
  return { host: ns.host, reason: `has no address (A/AAAA lookup ${why(v4.status === 'rejected' ? v4.reason : undefined)})` };
}

/**
 * Seed 004 (per-extension rules; e.g. AFNIC and DENIC test the name servers before delegation):
 * asks every name server, at its glue address or the address the configured resolvers give,
 * for the zone's SOA. A server that does not answer for the zone fails the test. Every name
 * server is asked at once; the answer lists each one that failed (empty: the test passed).
 */
export async function probeNameservers(domain: string, nameservers: readonly Nameserver[], config: DnsTestConfig = {}): Promise<NameserverFailure[]> {
  const port = config.port ?? 53;
  const results = await Promise.all(
    nameservers.map(async (ns): Promise<NameserverFailure | undefined> => {
      const addresses = await addressesOf(ns, config);
      if (!Array.isArray(addresses)) return addresses;
      // One address answering for the zone is enough: a name server with an unreachable IPv6 but a working IPv4 still serves the zone.
      let last: unknown;
      for (const address of addresses) {
        const r = resolver(config);
        r.setServers([endpoint(address, port)]);
        try {
          await r.resolveSoa(domain);
          return undefined;
        } catch (error) {
          last = error;
        }
      }
      return { host: ns.host, reason: `${why(last)} for ${domain}` };
    }),
  );
  return results.filter((f): f is NameserverFailure => f !== undefined);
}
