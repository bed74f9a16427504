import { createSocket, type Socket } from 'node:dgram';
import { AUTHORITATIVE_ANSWER, decode, encode, type Answer, type Packet } from 'dns-packet';

const RCODE = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 } as const;

/** What the loopback DNS server answers for a name: a zone it serves (SOA), an address, a refusal, or silence. */
export type DnsBehaviour = { soa: true } | { a: string } | { rcode: 'REFUSED' | 'SERVFAIL' | 'NXDOMAIN' } | { silent: true };

/** A tiny UDP DNS server on 127.0.0.1 for tests: answers by name from a table; counts questions. */
export interface TestDnsServer {
  port: number;
  questions: { name: string; type: string }[];
  close(): Promise<void>;
}

export async function startDnsServer(table: Record<string, DnsBehaviour>): Promise<TestDnsServer> {
  const socket: Socket = createSocket('udp4');
  const questions: TestDnsServer['questions'] = [];
  socket.on('message', (message, remote) => {
    let query: Packet;
    try {
      query = decode(message);
    } catch {
      return;
    }
    const q = query.questions?.[0];
    if (q === undefined) return;
    questions.push({ name: q.name, type: q.type });
    const behaviour = table[q.name.toLowerCase()] ?? { rcode: 'NXDOMAIN' as const };
    if ('silent' in behaviour) return;
    const answers: Answer[] = [];
    let rcode: keyof typeof RCODE = 'NOERROR';
    if ('rcode' in behaviour) rcode = behaviour.rcode;
    else if ('soa' in behaviour && q.type === 'SOA') {
      answers.push({ type: 'SOA', name: q.name, ttl: 300, data: { mname: `ns1.${q.name}`, rname: `hostmaster.${q.name}`, serial: 1, refresh: 3600, retry: 600, expire: 86400, minimum: 300 } });
    } else if ('a' in behaviour && q.type === 'A') {
      answers.push({ type: 'A', name: q.name, ttl: 300, data: behaviour.a });
    }
    // The response code is the low four bits of the header flags.
    const reply = encode({ id: query.id, type: 'response', flags: AUTHORITATIVE_ANSWER | RCODE[rcode], questions: query.questions ?? [], answers });
    socket.send(reply, remote.port, remote.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const address = socket.address();
  return {
    port: address.port,
    questions,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
