import type { Nameserver } from '@registrar-kit/sdk';
import type { NserverObject } from '../protocol/tasks.js';

/** sdk name servers → `<nserver><name/><ip/>…</nserver>` (glue only when given). */
export function nserversOf(list: readonly Nameserver[]): NserverObject[] {
  return list.map((ns) => ({
    name: ns.host,
    ...(ns.ipv4 === undefined || ns.ipv4.length === 0 ? {} : { ip: [...ns.ipv4] }),
    ...(ns.ipv6 === undefined || ns.ipv6.length === 0 ? {} : { ip6: [...ns.ipv6] }),
  }));
}
