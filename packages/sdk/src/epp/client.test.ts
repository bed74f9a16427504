import { createServer, type Server, type TLSSocket } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../context.js';
import { isRegistrarError, type RegistrarError } from '../errors.js';
import { createEppClient, type EppClientOptions } from './client.js';
import { EppFrameDecoder, encodeEppFrame } from './framing.js';
import { buildEppXml, parseEppXml } from './xml.js';
import type { EppClient, EppServerProfile } from './types.js';

const EPP = 'urn:ietf:params:xml:ns:epp-1.0';
const DOMAIN = 'urn:ietf:params:xml:ns:domain-1.0';
const SECDNS = 'urn:ietf:params:xml:ns:secDNS-1.1';
const PASSWORD = 'S3cret-Login-Pw!';

let pems: { cert: string; private: string };
beforeAll(async () => {
  pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }] }],
  });
});

type Tree = Record<string, unknown>;
interface Conn {
  socket: TLSSocket;
  send(xml: string): void;
}
/** What the test server answers to a command: an XML document, or nothing (then it stays silent). */
type Handler = (doc: Tree, xml: string, conn: Conn) => string | undefined | Promise<string | undefined>;

function greetingXml(): string {
  return buildEppXml({
    epp: {
      '@_xmlns': EPP,
      greeting: {
        svID: 'Test EPP server',
        svDate: '2026-01-01T00:00:00.0Z',
        svcMenu: { version: '1.0', lang: ['en', 'fr'], objURI: [DOMAIN, 'urn:ietf:params:xml:ns:contact-1.0'], svcExtension: { extURI: [SECDNS] } },
      },
    },
  });
}

function responseXml(code: number, msg: string, clTRID: string | undefined, extra: Tree = {}): string {
  return buildEppXml({
    epp: {
      '@_xmlns': EPP,
      response: {
        result: { '@_code': String(code), msg, ...(extra.extValue === undefined ? {} : { extValue: extra.extValue }) },
        ...(extra.msgQ === undefined ? {} : { msgQ: extra.msgQ }),
        ...(extra.resData === undefined ? {} : { resData: extra.resData }),
        trID: { ...(clTRID === undefined ? {} : { clTRID }), svTRID: 'SV-1' },
      },
    },
  });
}

function clTRIDOf(doc: Tree): string | undefined {
  const command = (doc.epp as Tree).command as Tree | undefined;
  return command?.clTRID as string | undefined;
}

interface TestServer {
  port: number;
  /** Every frame received, by connection index. */
  frames: string[];
  connections: Conn[];
  accepted: number;
  close(): Promise<void>;
}

const servers: Server[] = [];
async function startServer(handler: Handler, options: { greet?: boolean } = {}): Promise<TestServer> {
  const state: TestServer = { port: 0, frames: [], connections: [], accepted: 0, close: async () => undefined };
  const server = createServer({ cert: pems.cert, key: pems.private }, (socket) => {
    state.accepted++;
    const conn: Conn = { socket, send: (xml) => socket.write(encodeEppFrame(xml)) };
    state.connections.push(conn);
    socket.on('error', () => undefined);
    const decoder = new EppFrameDecoder();
    if (options.greet !== false) conn.send(greetingXml());
    socket.on('data', (chunk: Buffer) => {
      for (const xml of decoder.push(chunk)) {
        state.frames.push(xml);
        const doc = parseEppXml(xml);
        const epp = doc.epp as Tree;
        void (async () => {
          if ('hello' in epp) return conn.send(greetingXml());
          const command = epp.command as Tree;
          if ('logout' in command) {
            conn.send(responseXml(1500, 'Command completed successfully; ending session', clTRIDOf(doc)));
            socket.end();
            return;
          }
          const answer = 'login' in command ? await loginHandler(doc, xml, conn) : await handler(doc, xml, conn);
          if (answer !== undefined) conn.send(answer);
        })();
      }
    });
  });
  let loginHandler: Handler = (doc) => responseXml(1000, 'Command completed successfully', clTRIDOf(doc));
  Object.defineProperty(state, 'login', { set: (h: Handler) => (loginHandler = h) });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.port = (server.address() as AddressInfo).port;
  state.close = () =>
    new Promise<void>((resolve) => {
      for (const c of state.connections) c.socket.destroy();
      server.close(() => resolve());
    });
  return state;
}

const clients: EppClient[] = [];
function client(options: EppClientOptions = {}): EppClient {
  const c = createEppClient({ tls: { ca: pems.cert, servername: 'localhost' }, ...options });
  clients.push(c);
  return c;
}

function profile(server: TestServer, extra: Partial<EppServerProfile> = {}): EppServerProfile {
  return { host: '127.0.0.1', port: server.port, clientId: 'ClientX', password: PASSWORD, keepAliveMs: 0, ...extra };
}

const check = (name: string) => ({ verb: 'check' as const, body: { 'domain:check': { '@_xmlns:domain': DOMAIN, 'domain:name': name } } });

afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});
afterAll(() => undefined);

async function rejection(promise: Promise<unknown>): Promise<RegistrarError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isRegistrarError(error)) throw new Error(`expected a RegistrarError, got ${String(error)}`);
  return error;
}

describe('EPP session: greeting and login', () => {
  it('logs in with the services both sides know and sends commands with a clTRID', async () => {
    const server = await startServer((doc) => responseXml(1000, 'Command completed successfully', clTRIDOf(doc), { resData: { 'domain:chkData': { '@_xmlns:domain': DOMAIN, 'domain:cd': { 'domain:name': { '@_avail': '1', '#text': 'example.com' } } } } }));
    const session = client().session(profile(server, { extensions: [SECDNS, 'urn:example:not-offered'], objects: [DOMAIN] }));
    const greeting = await session.greeting();
    expect(greeting).toMatchObject({ svID: 'Test EPP server', versions: ['1.0'], langs: ['en', 'fr'], extURIs: [SECDNS] });
    const response = await session.command(check('example.com'), { clTRID: 'op-123-1' });
    expect(response).toMatchObject({ code: 1000, clTRID: 'op-123-1', svTRID: 'SV-1' });
    expect(response.resData?.['domain:chkData']).toBeDefined();

    const login = ((parseEppXml(server.frames[0]!).epp as Tree).command as Tree).login as Tree;
    expect(login).toMatchObject({ clID: 'ClientX', pw: PASSWORD, options: { version: '1.0', lang: 'en' } });
    expect(login.svcs).toEqual({ objURI: DOMAIN, svcExtension: { extURI: SECDNS } });
    expect(server.frames[1]).toContain('<clTRID>op-123-1</clTRID>');
  });

  it('generates distinct clTRIDs when the caller gives none', async () => {
    const server = await startServer((doc) => responseXml(1000, 'ok', clTRIDOf(doc)));
    const session = client().session(profile(server));
    const a = await session.command(check('a.example'));
    const b = await session.command(check('b.example'));
    expect(a.clTRID).toMatch(/^rk-/);
    expect(a.clTRID).not.toBe(b.clTRID);
  });

  it('a refused login is AUTHENTICATION with the result code, and the password is in no error or log', async () => {
    const lines: string[] = [];
    const log: Logger = { debug: (m, f) => lines.push(m + JSON.stringify(f)), info: (m, f) => lines.push(m + JSON.stringify(f)), warn: (m, f) => lines.push(m + JSON.stringify(f)), error: (m, f) => lines.push(m + JSON.stringify(f)) };
    const server = await startServer(() => undefined);
    (server as unknown as { login: Handler }).login = (doc) => responseXml(2200, `Authentication error for ${PASSWORD}`, clTRIDOf(doc));
    const error = await rejection(client({ log }).session(profile(server)).command(check('a.example')));
    expect(error).toMatchObject({ code: 'AUTHENTICATION', registrarCode: '2200', retryable: false });
    expect(JSON.stringify(error.toJSON())).not.toContain(PASSWORD);
    expect(lines.some((l) => l.includes('login'))).toBe(true);
    expect(lines.join('\n')).not.toContain(PASSWORD);
  });

  it('2201 answering login is AUTHENTICATION, answering a command is POLICY', async () => {
    const server = await startServer((doc) => responseXml(2201, 'Authorization error', clTRIDOf(doc)));
    const error = await rejection(client().session(profile(server)).command(check('a.example')));
    expect(error).toMatchObject({ code: 'POLICY', registrarCode: '2201' });
    const refusing = await startServer(() => undefined);
    (refusing as unknown as { login: Handler }).login = (doc) => responseXml(2201, 'Authorization error', clTRIDOf(doc));
    expect(await rejection(client().session(profile(refusing)).greeting())).toMatchObject({ code: 'AUTHENTICATION' });
  });

  it('authInfo passwords sent in commands are redacted from the debug log', async () => {
    const lines: string[] = [];
    const log: Logger = { debug: (m, f) => lines.push(m + JSON.stringify(f)), info() {}, warn() {}, error() {} };
    const server = await startServer((doc) => responseXml(1000, 'ok', clTRIDOf(doc)));
    await client({ log }).session(profile(server)).command({
      verb: 'transfer',
      op: 'request',
      body: { 'domain:transfer': { '@_xmlns:domain': DOMAIN, 'domain:name': 'a.example', 'domain:authInfo': { 'domain:pw': 'Auth-Code-777' } } },
    });
    expect(server.frames[1]).toContain('Auth-Code-777');
    expect(server.frames[1]).toContain('<transfer op="request">');
    expect(lines.join('\n')).not.toContain('Auth-Code-777');
    expect(lines.join('\n')).not.toContain(PASSWORD);
  });
});

describe('EPP result codes', () => {
  it.each([
    [2303, 'OBJECT_NOT_FOUND', false],
    [2302, 'OBJECT_EXISTS', false],
    [2202, 'AUTH_CODE_INVALID', false],
    [2304, 'STATUS_PROHIBITS', false],
    [2306, 'INVALID_INPUT', false],
    [2104, 'BILLING', false],
    [2101, 'UNSUPPORTED', false],
    [2308, 'POLICY', false],
    [2400, 'REMOTE', true],
  ] as const)('%i rejects as %s (retryable %s) with message, reason and svTRID in the detail', async (code, expected, retryable) => {
    const server = await startServer((doc) => responseXml(code, 'Registry says no', clTRIDOf(doc), { extValue: { value: { 'domain:name': 'a.example' }, reason: 'because' } }));
    const error = await rejection(client().session(profile(server)).command(check('a.example')));
    expect(error).toMatchObject({ code: expected, registrarCode: String(code), retryable });
    expect(error.detail).toContain('Registry says no');
    expect(error.detail).toContain('because');
    expect(error.detail).toContain('SV-1');
  });

  it('allowError resolves with the error response instead', async () => {
    const server = await startServer((doc) => responseXml(2303, 'Object does not exist', clTRIDOf(doc)));
    const response = await client().session(profile(server)).command(check('a.example'), { allowError: true });
    expect(response).toMatchObject({ code: 2303, message: 'Object does not exist' });
  });
});

describe('EPP poll', () => {
  it('returns null for an empty queue and the message with msgQ otherwise, then acks it', async () => {
    let queued = true;
    const server = await startServer((doc) => {
      const poll = ((doc.epp as Tree).command as Tree).poll as Tree;
      if (poll['@_op'] === 'ack') {
        queued = false;
        return responseXml(1000, 'Command completed successfully', clTRIDOf(doc), { msgQ: { '@_count': '0', '@_id': String(poll['@_msgID']) } });
      }
      return queued
        ? responseXml(1301, 'Command completed successfully; ack to dequeue', clTRIDOf(doc), { msgQ: { '@_count': '1', '@_id': '12345', qDate: '2026-01-02T00:00:00.0Z', msg: 'Transfer approved.' } })
        : responseXml(1300, 'Command completed successfully; no messages', clTRIDOf(doc));
    });
    const session = client().session(profile(server));
    const message = await session.pollRequest();
    expect(message?.msgQ).toEqual({ count: 1, id: '12345', qDate: '2026-01-02T00:00:00.0Z', msg: 'Transfer approved.' });
    await session.pollAck('12345');
    expect(server.frames.at(-1)).toMatch(/<poll op="ack" msgID="12345"\/>/);
    expect(await session.pollRequest()).toBeNull();
  });
});

describe('EPP session loss, timeouts and keep-alive', () => {
  it('reconnects and logs in again when the idle session was lost before the command was written', async () => {
    const server = await startServer((doc) => responseXml(1000, 'ok', clTRIDOf(doc)));
    const closed: unknown[] = [];
    const log: Logger = { debug: (m, f) => m === 'epp session closed' && closed.push(f), info() {}, warn() {}, error() {} };
    const session = client({ log }).session(profile(server));
    await session.command(check('a.example'));
    server.connections[0]!.socket.destroy();
    await vi.waitFor(() => expect(closed).toHaveLength(1));
    const response = await session.command(check('b.example'));
    expect(response.code).toBe(1000);
    expect(server.accepted).toBe(2);
    expect(server.frames.filter((f) => f.includes('<login>'))).toHaveLength(2);
    expect(server.frames.filter((f) => f.includes('b.example'))).toHaveLength(1);
  });

  it('a command written and then cut off fails TRANSPORT retryable, "unknown whether received", and is not resent', async () => {
    const server = await startServer((_doc, _xml, conn) => {
      conn.socket.destroy();
      return undefined;
    });
    const session = client().session(profile(server));
    const error = await rejection(session.command({ verb: 'create', body: { 'domain:create': { '@_xmlns:domain': DOMAIN, 'domain:name': 'a.example' } } }));
    expect(error).toMatchObject({ code: 'TRANSPORT', retryable: true, received: 'unknown' });
    expect(error.detail).toMatch(/unknown whether received/);
    expect(server.frames.filter((f) => f.includes('domain:create'))).toHaveLength(1);
  });

  it('a registry that refuses the connection certainly did not get the command', async () => {
    const server = await startServer(() => undefined);
    const closed = profile(server);
    await server.close();
    const error = await rejection(client().session(closed).command(check('a.example')));
    expect(error).toMatchObject({ code: 'TRANSPORT', retryable: true, received: 'no' });
    expect(error.detail).toMatch(/ECONNREFUSED/);
  });

  it('a command with no answer times out as TRANSPORT retryable and the session is not reused', async () => {
    let silent = true;
    const server = await startServer((doc) => (silent ? undefined : responseXml(1000, 'ok', clTRIDOf(doc))));
    const session = client().session(profile(server, { commandTimeoutMs: 200 }));
    await session.greeting();
    const error = await rejection(session.command(check('a.example')));
    expect(error).toMatchObject({ code: 'TRANSPORT', retryable: true });
    expect(error.detail).toMatch(/no answer within 200 ms; unknown whether received/);
    silent = false;
    expect((await session.command(check('b.example'))).code).toBe(1000);
    expect(server.accepted).toBe(2);
  });

  it('a greeting that never comes fails TRANSPORT retryable', async () => {
    const server = await startServer(() => undefined, { greet: false });
    const error = await rejection(client().session(profile(server, { commandTimeoutMs: 150 })).greeting());
    expect(error).toMatchObject({ code: 'TRANSPORT', retryable: true });
    expect(error.detail).toMatch(/no greeting within 150 ms/);
  });

  it('an oversize frame from the server ends the session as PROTOCOL', async () => {
    const server = await startServer((_doc, _xml, conn) => {
      const header = Buffer.alloc(4);
      header.writeUInt32BE(64 * 1024 * 1024, 0);
      conn.socket.write(header);
      return undefined;
    });
    const error = await rejection(client().session(profile(server)).command(check('a.example')));
    expect(error.code).toBe('PROTOCOL');
    expect(error.detail).toMatch(/exceeds/);
    expect(error.message).toBe('The registry answered with a malformed protocol message');
  });

  it('a command answered by something other than a <response> is PROTOCOL, with a message that names no protocol', async () => {
    // The message reaches customers: it must not name the protocol, which a plugin may use as its id.
    const server = await startServer(() => '<?xml version="1.0" encoding="UTF-8"?><epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><hello/></epp>');
    const error = await rejection(client().session(profile(server)).command(check('a.example')));
    expect(error).toMatchObject({ code: 'PROTOCOL', message: 'The registry answered with a malformed protocol message' });
    expect(error.message).not.toMatch(/epp/i);
  });

  it('an answer carrying another clTRID is refused', async () => {
    const server = await startServer(() => responseXml(1000, 'ok', 'someone-else'));
    const error = await rejection(client().session(profile(server)).command(check('a.example')));
    expect(error).toMatchObject({ code: 'PROTOCOL' });
  });

  it('sends <hello/> when a session has been idle for keepAliveMs', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const server = await startServer((doc) => responseXml(1000, 'ok', clTRIDOf(doc)));
    const session = client().session(profile(server, { keepAliveMs: 60_000 }));
    await session.command(check('a.example'));
    await vi.advanceTimersByTimeAsync(59_000);
    expect(server.frames.some((f) => f.includes('<hello/>'))).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.waitFor(() => expect(server.frames.filter((f) => f.includes('<hello/>'))).toHaveLength(1));
    // The greeting answering hello is consumed; the session still works.
    expect((await session.command(check('b.example'))).code).toBe(1000);
  });
});

describe('EPP pool', () => {
  const stats = { inFlight: 0, maxInFlight: 0 };
  function slowServer(): Promise<TestServer> {
    stats.inFlight = 0;
    stats.maxInFlight = 0;
    return startServer(async (doc) => {
      stats.inFlight++;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      await new Promise((resolve) => setTimeout(resolve, 50));
      stats.inFlight--;
      return responseXml(1000, 'ok', clTRIDOf(doc));
    });
  }

  it('serializes parallel commands on one connection when maxConnections is 1', async () => {
    const server = await slowServer();
    const session = client().session(profile(server));
    const results = await Promise.all([session.command(check('a.example')), session.command(check('b.example'))]);
    expect(results.map((r) => r.code)).toEqual([1000, 1000]);
    expect(server.accepted).toBe(1);
    expect(stats.maxInFlight).toBe(1);
  });

  it('runs parallel commands on two connections when maxConnections is 2', async () => {
    const server = await slowServer();
    const session = client().session(profile(server, { maxConnections: 2 }));
    await Promise.all([session.command(check('a.example')), session.command(check('b.example'))]);
    expect(server.accepted).toBe(2);
    expect(stats.maxInFlight).toBe(2);
  });

  it('the same profile gives the same pool', async () => {
    const server = await slowServer();
    const c = client();
    await Promise.all([c.session(profile(server)).command(check('a.example')), c.session(profile(server)).command(check('b.example'))]);
    expect(server.accepted).toBe(1);
  });

  it('a 2502 at login shrinks the pool to the sessions open and queues the command on them', async () => {
    const server = await slowServer();
    let logins = 0;
    (server as unknown as { login: Handler }).login = (doc) =>
      ++logins === 1 ? responseXml(1000, 'ok', clTRIDOf(doc)) : responseXml(2502, 'Session limit exceeded; server closing connection', clTRIDOf(doc));
    const session = client().session(profile(server, { maxConnections: 3 }));
    const results = await Promise.all(['a', 'b', 'c'].map((n) => session.command(check(`${n}.example`))));
    expect(results.map((r) => r.code)).toEqual([1000, 1000, 1000]);
    expect(stats.maxInFlight).toBe(1);
    // Shrunk: a later burst does not try to open more sessions.
    const accepted = server.accepted;
    await Promise.all(['d', 'e'].map((n) => session.command(check(`${n}.example`))));
    expect(server.accepted).toBe(accepted);
  });

  it('a 2502 on the only session is REMOTE retryable', async () => {
    const server = await startServer(() => undefined);
    (server as unknown as { login: Handler }).login = (doc) => responseXml(2502, 'Session limit exceeded', clTRIDOf(doc));
    const error = await rejection(client().session(profile(server)).command(check('a.example')));
    expect(error).toMatchObject({ code: 'REMOTE', registrarCode: '2502', retryable: true });
  });

  it('close logs out; a later command opens a new session, and a closed client refuses as TRANSPORT', async () => {
    const server = await startServer((doc) => responseXml(1000, 'ok', clTRIDOf(doc)));
    const c = client();
    const session = c.session(profile(server));
    await session.command(check('a.example'));
    await session.close();
    expect(server.frames.at(-1)).toContain('<logout/>');
    expect((await c.session(profile(server)).command(check('b.example'))).code).toBe(1000);
    expect(server.accepted).toBe(2);
    await c.close();
    expect(server.frames.at(-1)).toContain('<logout/>');
    expect(await rejection(session.command(check('c.example')))).toMatchObject({ code: 'TRANSPORT', retryable: true });
  });

  it('a command queued behind a running one fails when the session closes, the running one finishes', async () => {
    let release: () => void = () => undefined;
    const server = await startServer(async (doc) => {
      await new Promise<void>((resolve) => (release = resolve));
      return responseXml(1000, 'ok', clTRIDOf(doc));
    });
    const session = client().session(profile(server));
    await session.greeting();
    const running = session.command(check('a.example'));
    await vi.waitFor(() => expect(server.frames.some((f) => f.includes('a.example'))).toBe(true));
    const queued = session.command(check('b.example'));
    const closing = session.close();
    expect(await rejection(queued)).toMatchObject({ code: 'TRANSPORT' });
    release();
    expect((await running).code).toBe(1000);
    await closing;
    expect(server.frames.some((f) => f.includes('b.example'))).toBe(false);
    expect(server.frames.at(-1)).toContain('<logout/>');
  });
});
