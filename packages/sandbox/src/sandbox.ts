/**
 * `startSandbox()`: the simulated registrars on loopback — one HTTP server (each registrar under
 * its own path), one SMTP server for registrar-bound mail, one outbox for registrar mail to the
 * host — all on one virtual clock, with one journal of what happened.
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { VirtualClock, type VirtualClockOptions } from './clock.js';
import { SANDBOX_ADDRESSES } from './addresses.js';
import { Outbox, startMailServer, type MailServer } from './mail.js';
import { SIMULATORS } from './registry.js';
import { ScenarioRules, type ScenarioRulesOptions } from './rules.js';
import type { EppSandboxOptions, EppSandboxServer } from './epp/server.js';
import { DEFAULT_EPP_CLIENT } from './epp/server.js';
import type { EppRegistry } from './epp/registry.js';
import type { SandboxEvent, SimRequest, SimResponse, Simulator, SimulatorContext, SimulatorFactory, SimulatorId } from './types.js';

export interface SandboxOptions {
  /** Loopback address to listen on. Default 127.0.0.1; anything else is refused. */
  host?: string;
  /** HTTP port; 0 (default) picks a free one. */
  port?: number;
  /** SMTP port for registrar-bound mail; 0 (default) picks a free one. */
  smtpPort?: number;
  clock?: VirtualClock | VirtualClockOptions;
  rules?: ScenarioRules | ScenarioRulesOptions;
  /** Where registrar mail goes: the host's inbound SMTP listener (`smtp://127.0.0.1:2525`). Can be set later. */
  relay?: string;
  /** Which registrars to start. Default: all four. */
  only?: readonly SimulatorId[];
  /** Replaces simulators (tests of a simulator under construction, custom registrars). */
  simulators?: Partial<Record<SimulatorId, SimulatorFactory>>;
  /** The EPP registry's TLS listener: port (0, the default, picks a free one), logins, session limit, client certificates. */
  epp?: Omit<EppSandboxOptions, 'host'>;
}

/** Where each simulated registrar is reached: put these in the plugins' settings. */
export interface SandboxEndpoints {
  /** Onamae plugin `endpoint`. */
  onamae: string;
  /** InterNetX plugin `endpoint` (the AutoDNS XML gateway). */
  internetx: string;
  /** SOAP plugin `endpoint`. */
  soap: string;
  /** R01 plugin `requestAddress` (delivered to {@link Sandbox.smtpUrl}). */
  r01ruRequestAddress: string;
  /** The address AutoDNS notifications come from (for `allowedSenders`). */
  internetxSender: string;
  /** The address R01 replies come from (for `allowedSenders`). */
  r01ruSender: string;
  /** The EPP registry (when started): the EPP plugin's `host`, `port`, `tls.ca` and login. */
  epp?: SandboxEppEndpoint;
}

/** Where the sandbox's EPP registry listens, the certificate to trust, and a login it accepts. */
export interface SandboxEppEndpoint {
  host: string;
  port: number;
  /** PEM certificate of this run's throwaway TLS identity (self-signed: trust it as the CA). */
  ca: string;
  clientId: string;
  /** Not a secret: it opens a local simulator. */
  password: string;
  /**
   * With `epp.requireClientCertificate`: the client certificate (`tls.cert`) and its key
   * (`tls.key`, a secret setting of the plugin) issued by this run's throwaway client CA.
   */
  cert?: string;
  key?: string;
}

export const MOUNTS: Record<Exclude<SimulatorId, 'r01ru' | 'epp'>, string> = {
  onamae: '/onamae/api/v1',
  internetx: '/autodns/gateway',
  soap: '/netim/2.0',
};

export { SANDBOX_ADDRESSES } from './addresses.js';

/**
 * Each registrar is also answered at its own path (Onamae `/api/v1`, Netim `/2.0`, AutoDNS the
 * root), so a tool that keeps request paths and swaps only the origin — the conformance suite's
 * record mode — can point at the sandbox's base URL.
 */
const REGISTRAR_PATHS: [SimulatorId, string][] = [
  ['onamae', '/api/v1'],
  ['soap', '/2.0'],
  ['internetx', ''],
];

export interface Sandbox {
  readonly clock: VirtualClock;
  readonly rules: ScenarioRules;
  readonly endpoints: SandboxEndpoints;
  /** The SMTP server registrar-bound mail goes to (the host's `mail.smtpUrl`). */
  readonly smtpUrl: string;
  readonly httpUrl: string;
  /** Everything that happened at the registrars, oldest first. */
  readonly journal: readonly SandboxEvent[];
  /** `event` fires with each journal entry as it is written. */
  readonly events: EventEmitter<{ event: [SandboxEvent] }>;
  simulator(id: SimulatorId): Simulator;
  /** The EPP registry's state (domains, queues; `requestTransferOut` for tests and the demo), when it was started. */
  readonly eppRegistry: EppRegistry | undefined;
  /** Sets where registrar mail goes (the host's inbound SMTP listener); queued mail is sent. */
  setRelay(url: string): void;
  /** Registrar mail not yet delivered. */
  readonly outboxPending: number;
  /** Resolves when every queued message has been handed to the relay. */
  flushMail(): Promise<void>;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) throw new Error(`the sandbox listens on loopback only (127.0.0.1, ::1, localhost), not ${host}`);
  const clock = options.clock instanceof VirtualClock ? options.clock : new VirtualClock(options.clock);
  const rules = options.rules instanceof ScenarioRules ? options.rules : new ScenarioRules(options.rules);
  const journal: SandboxEvent[] = [];
  const events = new EventEmitter<{ event: [SandboxEvent] }>();
  const write = (registrar: SimulatorId, event: Omit<SandboxEvent, 'registrar' | 'at'>): void => {
    const entry: SandboxEvent = { registrar, at: clock.now().toISOString(), ...event };
    journal.push(entry);
    events.emit('event', entry);
  };

  const outbox = new Outbox<SimulatorId>(
    () => clock.now(),
    (sender, mail, error) => write(sender, { kind: 'state', summary: `mail to ${mail.to} given up: ${error instanceof Error ? error.message : String(error)}` }),
  );

  const factories: Partial<Record<SimulatorId, SimulatorFactory>> = { ...SIMULATORS, ...options.simulators };
  const ids = options.only ?? (Object.keys(factories) as SimulatorId[]);
  const simulators = new Map<SimulatorId, Simulator>();
  for (const id of ids) {
    const factory = factories[id];
    if (factory === undefined) throw new Error(`unknown sandbox registrar "${id}" (known: ${Object.keys(factories).join(', ')})`);
    const ctx: SimulatorContext = {
      clock,
      rules,
      sendMail: (mail) => {
        write(id, { kind: 'mail-out', summary: `mail to ${mail.to}: ${mail.subject}` });
        return outbox.send(id, mail);
      },
      record: (event) => write(id, event),
    };
    simulators.set(id, factory(ctx));
  }

  const http = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`sandbox error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const under = (prefix: string): boolean => prefix === '' || url.pathname === prefix || url.pathname.startsWith(`${prefix}/`);
    const entry = Object.entries(MOUNTS).find(([, prefix]) => under(prefix)) ?? REGISTRAR_PATHS.find(([, prefix]) => under(prefix));
    const simulator = entry === undefined ? undefined : simulators.get(entry[0] as SimulatorId);
    if (entry === undefined || simulator?.handleHttp === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end(`no simulated registrar at ${url.pathname} (try ${Object.values(MOUNTS).join(', ')})`);
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    const request: SimRequest = {
      method: req.method ?? 'GET',
      path: url.pathname.slice(entry[1].length) || '/',
      query: url.searchParams,
      headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    const reply: SimResponse = await simulator.handleHttp(request);
    if (reply.delayMs !== undefined && reply.delayMs > 0) await new Promise((r) => setTimeout(r, reply.delayMs));
    res.writeHead(reply.status, reply.headers ?? {});
    res.end(reply.body);
  };
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, host, () => resolve());
  });
  const httpPort = (http.address() as AddressInfo).port;

  const mailboxOwners = new Map<string, Simulator>();
  for (const sim of simulators.values()) for (const box of sim.mailboxes ?? []) mailboxOwners.set(box.toLowerCase(), sim);
  let mailServer: MailServer;
  try {
    mailServer = await startMailServer({
      host,
      port: options.smtpPort ?? 0,
      accepts: (address) => mailboxOwners.has(address.toLowerCase()),
      onMessage: async (mail) => {
        for (const to of mail.to) {
          const owner = mailboxOwners.get(to.toLowerCase());
          if (owner?.handleMail !== undefined) await owner.handleMail(mail);
        }
      },
      onError: (error) => write('r01ru', { kind: 'state', summary: `mail could not be read: ${error instanceof Error ? error.message : String(error)}` }),
    });
  } catch (error) {
    await new Promise<void>((resolve) => http.close(() => resolve()));
    throw error;
  }

  let eppServer: EppSandboxServer | undefined;
  for (const sim of simulators.values()) {
    if (sim.listenEpp === undefined) continue;
    try {
      eppServer = await sim.listenEpp({ ...options.epp, host });
    } catch (error) {
      await Promise.all([new Promise<void>((resolve) => http.close(() => resolve())), mailServer.close()]);
      throw error;
    }
  }
  const eppLogin = options.epp?.clients?.[0] ?? DEFAULT_EPP_CLIENT;

  if (options.relay !== undefined) outbox.setRelay(options.relay);
  const hostPart = host === '::1' ? '[::1]' : host;
  const httpUrl = `http://${hostPart}:${httpPort}`;
  let closed = false;

  return {
    clock,
    rules,
    endpoints: {
      onamae: `${httpUrl}${MOUNTS.onamae}`,
      internetx: `${httpUrl}${MOUNTS.internetx}`,
      soap: `${httpUrl}${MOUNTS.soap}/`,
      r01ruRequestAddress: SANDBOX_ADDRESSES.r01ruRequests,
      internetxSender: SANDBOX_ADDRESSES.internetxJobs,
      r01ruSender: SANDBOX_ADDRESSES.r01ruRobot,
      ...(eppServer === undefined ? {} : { epp: { host: eppServer.host, port: eppServer.port, ca: eppServer.ca, clientId: eppLogin.clientId, password: eppLogin.password, ...eppServer.clientCertificate } }),
    },
    smtpUrl: `smtp://${hostPart}:${mailServer.port}`,
    httpUrl,
    journal,
    events,
    simulator(id) {
      const sim = simulators.get(id);
      if (sim === undefined) throw new Error(`the sandbox was started without "${id}"`);
      return sim;
    },
    eppRegistry: eppServer?.registry,
    setRelay: (url) => outbox.setRelay(url),
    get outboxPending() {
      return outbox.pending;
    },
    flushMail: () => outbox.flush(),
    async close() {
      if (closed) return;
      closed = true;
      clock.stop();
      outbox.close();
      http.closeAllConnections();
      await Promise.all([new Promise<void>((resolve) => http.close(() => resolve())), mailServer.close(), eppServer?.close()]);
    },
  };
}
