/**
 * The sandbox's EPP server: RFC 5734 (TLS over TCP, 4-byte length-prefixed frames) on loopback,
 * a greeting on connect and on `<hello/>`, login / logout, a per-client session limit (2502 when
 * exceeded, RFC 5730 §3), and every other command handed to {@link EppRegistry}. Commands on one
 * connection are answered in order, as RFC 5734 §3 requires.
 */
import { createServer, type TLSSocket } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { EPP_NS, EppFrameDecoder, buildEppXml, encodeEppFrame, parseEppXml } from '@registrar-kit/sdk';
import type { SimulatorContext } from '../types.js';
import { makeClientAuthority, makeSandboxCertificate, type SandboxClientAuthority } from './certificate.js';
import { EppRegistry, type Reply, type RegistrySession } from './registry.js';
import { EppRefusal, RESULT_TEXT, refuse } from './results.js';
import { attr, canonicalize, child, children, elementNames, text, type Tree } from './tree.js';

/** One login the sandbox accepts. */
export interface EppSandboxClient {
  clientId: string;
  password: string;
}

export interface EppSandboxOptions {
  /** Loopback address (the sandbox's). */
  host?: string;
  /** TCP port; 0 (default) picks a free one. */
  port?: number;
  /** The logins accepted. Default: {@link DEFAULT_EPP_CLIENT}. */
  clients?: readonly EppSandboxClient[];
  /** Sessions one client may have logged in at once; the next login gets 2502. Default 4. */
  maxSessionsPerClient?: number;
  /**
   * Require a TLS client certificate issued by the server's own throwaway CA (RFC 5734 §9): a
   * client without one is refused during the handshake. The server issues one certificate, to
   * the first login's client id ({@link EppSandboxServer.clientCertificate}). Default false.
   */
  requireClientCertificate?: boolean;
}

/** The login the sandbox accepts unless told otherwise. Not a secret: it opens a local simulator. */
export const DEFAULT_EPP_CLIENT: EppSandboxClient = { clientId: 'registrar-kit', password: 'sandbox-pw-2026' };

/** The greeting's server id. */
export const EPP_SERVER_ID = 'registrar-kit sandbox EPP server';

/** Failed logins on one connection before the server closes it (2501). */
const MAX_LOGIN_FAILURES = 3;
/** Connections held at once, logged in or not: protects the process, not a registry rule. */
const MAX_CONNECTIONS = 64;

export interface EppSandboxServer {
  readonly host: string;
  readonly port: number;
  /** PEM certificate to trust (`tls.ca` in the plugin's settings). */
  readonly ca: string;
  /**
   * With `requireClientCertificate`: the client certificate the server issued and its key
   * (`tls.cert` / `tls.key` in the plugin's settings). Throwaway, made at start; the key is
   * still a secret setting of the plugin and never logged.
   */
  readonly clientCertificate?: { cert: string; key: string };
  readonly registry: EppRegistry;
  /** Connections open now. */
  readonly connections: number;
  close(): Promise<void>;
}

interface Connection extends RegistrySession {
  socket: TLSSocket;
  loggedIn: boolean;
  loginFailures: number;
  objects: Set<string>;
  extensions: Set<string>;
}

const OBJECT_URIS = [EPP_NS.domain, EPP_NS.contact, EPP_NS.host];
const EXTENSION_URIS = [EPP_NS.rgp, EPP_NS.secDNS];
const EXTENSION_ELEMENTS: Record<string, string> = { 'secDNS:create': EPP_NS.secDNS, 'secDNS:update': EPP_NS.secDNS, 'rgp:update': EPP_NS.rgp };

export async function startEppServer(ctx: SimulatorContext, registry: EppRegistry, options: EppSandboxOptions = {}): Promise<EppSandboxServer> {
  const host = options.host ?? '127.0.0.1';
  const clients = options.clients ?? [DEFAULT_EPP_CLIENT];
  const maxSessions = options.maxSessionsPerClient ?? 4;
  const certificate = await makeSandboxCertificate();
  const clientAuthority: SandboxClientAuthority | undefined =
    options.requireClientCertificate === true ? await makeClientAuthority(clients[0]?.clientId ?? DEFAULT_EPP_CLIENT.clientId) : undefined;
  const open = new Set<Connection>();
  let svSeq = 0;

  const greeting = (): string =>
    buildEppXml({
      epp: {
        '@_xmlns': EPP_NS.epp,
        greeting: {
          svID: EPP_SERVER_ID,
          svDate: ctx.clock.now().toISOString(),
          svcMenu: { version: '1.0', lang: 'en', objURI: OBJECT_URIS, svcExtension: { extURI: EXTENSION_URIS } },
          dcp: { access: { all: '' }, statement: { purpose: { admin: '', prov: '' }, recipient: { ours: '', public: '' }, retention: { stated: '' } } },
        },
      },
    });

  const nextSvTRID = (): string => `SBX-${String(++svSeq).padStart(6, '0')}`;
  const response = (reply: Reply, clTRID: string, svTRID: string, value?: Tree): string => {
    const result: Tree = { '@_code': reply.code, msg: RESULT_TEXT[reply.code] ?? 'Command failed' };
    if (reply.reason !== undefined) result.extValue = { value: value ?? { clTRID }, reason: reply.reason };
    const body: Tree = { result };
    if (reply.msgQ !== undefined) {
      body.msgQ = {
        '@_count': reply.msgQ.count,
        '@_id': reply.msgQ.id,
        ...(reply.msgQ.qDate === undefined ? {} : { qDate: reply.msgQ.qDate }),
        ...(reply.msgQ.msg === undefined ? {} : { msg: reply.msgQ.msg }),
      };
    }
    if (reply.resData !== undefined) body.resData = reply.resData;
    if (reply.extension !== undefined) body.extension = reply.extension;
    body.trID = { ...(clTRID === '' ? {} : { clTRID }), svTRID };
    return buildEppXml({ epp: { '@_xmlns': EPP_NS.epp, response: body } });
  };

  const login = (conn: Connection, node: unknown): Reply & { close?: boolean } => {
    if (conn.loggedIn) throw refuse(2002, 'already logged in');
    const clientId = text(child(node, 'clID'));
    const password = text(child(node, 'pw'));
    const known = clients.find((c) => c.clientId === clientId && c.password === password);
    if (known === undefined) {
      conn.loginFailures += 1;
      ctx.record({ kind: 'request', summary: `login ${clientId || '(no clID)'} → 2200` });
      if (conn.loginFailures >= MAX_LOGIN_FAILURES) return { code: 2501, reason: 'too many failed logins', close: true };
      return { code: 2200, reason: 'client id or password not correct' };
    }
    const version = text(child(child(node, 'options'), 'version'));
    if (version !== '1.0') throw refuse(2100, 'this server speaks EPP 1.0');
    const svcs = child(node, 'svcs');
    const objects = children(svcs, 'objURI').map(text);
    const extensions = children(child(svcs, 'svcExtension'), 'extURI').map(text);
    const unknownObject = objects.find((uri) => !OBJECT_URIS.includes(uri as never));
    if (unknownObject !== undefined) throw refuse(2307, `object ${unknownObject} is not served here`);
    const unknownExtension = extensions.find((uri) => !EXTENSION_URIS.includes(uri as never));
    if (unknownExtension !== undefined) throw refuse(2103, `extension ${unknownExtension} is not served here`);
    const sessions = [...open].filter((c) => c.loggedIn && c.clientId === clientId).length;
    if (sessions >= maxSessions) {
      ctx.record({ kind: 'request', summary: `login ${clientId} → 2502 (${sessions} sessions open)` });
      return { code: 2502, reason: `at most ${maxSessions} sessions per client`, close: true };
    }
    conn.loggedIn = true;
    conn.clientId = clientId;
    conn.objects = new Set(objects.length > 0 ? objects : OBJECT_URIS);
    conn.extensions = new Set(extensions);
    ctx.record({ kind: 'request', summary: `login ${clientId} → 1000` });
    return { code: 1000 };
  };

  const dispatch = (conn: Connection, verb: string, node: unknown, extension: unknown, clTRID: string, svTRID: string): Reply => {
    if (verb === 'poll') return registry.poll(conn, attr(node, 'op'), attr(node, 'msgID'));
    const objectElements = elementNames(node);
    const element = objectElements[0];
    if (element === undefined || objectElements.length !== 1) throw refuse(2001, `<${verb}> takes one object element`);
    const object = EppRegistry.objectOf(element);
    if (object === undefined || element !== `${object}:${verb}`) throw refuse(2307, `${element} is not served here`);
    if (!conn.objects.has(EPP_NS[object as 'domain'])) throw refuse(2307, `${object} was not named at login`);
    for (const ext of elementNames(extension)) {
      const uri = EXTENSION_ELEMENTS[ext];
      if (uri === undefined || !conn.extensions.has(uri)) throw refuse(2103, `extension ${ext} was not named at login or is not served here`);
    }
    const body = child(node, element);
    const op = attr(node, 'op');
    switch (element) {
      case 'domain:check':
        return registry.domainCheck(body);
      case 'domain:info':
        return registry.domainInfo(conn, body);
      case 'domain:create':
        return registry.domainCreate(conn, body, extension, clTRID, svTRID);
      case 'domain:renew':
        return registry.domainRenew(conn, body);
      case 'domain:transfer':
        return registry.domainTransfer(conn, op, body);
      case 'domain:update':
        return registry.domainUpdate(conn, body, extension);
      case 'domain:delete':
        return registry.domainDelete(conn, body);
      case 'contact:check':
        return registry.contactCheck(body);
      case 'contact:create':
        return registry.contactCreate(conn, body);
      case 'contact:info':
        return registry.contactInfo(conn, body);
      case 'host:check':
        return registry.hostCheck(body);
      case 'host:create':
        return registry.hostCreate(conn, body);
      case 'host:info':
        return registry.hostInfo(body);
      case 'host:update':
        return registry.hostUpdate(conn, body);
      case 'host:delete':
        return registry.hostDelete(conn, body);
      default:
        throw refuse(2101, `${element} is not implemented by the sandbox`);
    }
  };

  /** Answers one frame; `close` when the server ends the session after writing the answer. */
  const answer = async (conn: Connection, xml: string): Promise<{ xml: string; close: boolean }> => {
    let tree: unknown;
    try {
      tree = canonicalize(parseEppXml(xml));
    } catch {
      return { xml: response({ code: 2001, reason: 'the frame is not well-formed XML' }, '', nextSvTRID()), close: false };
    }
    const epp = child(tree, 'epp');
    if (child(epp, 'hello') !== undefined) return { xml: greeting(), close: false };
    const command = child(epp, 'command');
    if (command === undefined) return { xml: response({ code: 2001, reason: 'expected <hello/> or <command>' }, '', nextSvTRID()), close: false };
    const clTRID = text(child(command, 'clTRID'));
    const verbs = elementNames(command).filter((n) => n !== 'clTRID' && n !== 'extension');
    const verb = verbs[0] ?? '';
    const node = child(command, verb);
    const svTRID = nextSvTRID();
    const objectNode = child(node, elementNames(node)[0] ?? '');
    const domain = text(child(objectNode, 'domain:name')).toLowerCase() || undefined;
    const value = identifying(objectNode);
    try {
      if (verbs.length !== 1) throw refuse(2001, 'a command holds exactly one verb');
      if (verb === 'login') {
        const reply = login(conn, node);
        return { xml: response(reply, clTRID, svTRID, value), close: reply.close === true };
      }
      if (!conn.loggedIn) throw refuse(2002, 'log in first');
      if (verb === 'logout') {
        ctx.record({ kind: 'request', summary: `logout ${conn.clientId} → 1500` });
        return { xml: response({ code: 1500 }, clTRID, svTRID), close: true };
      }
      if (!['check', 'info', 'create', 'update', 'delete', 'renew', 'transfer', 'poll'].includes(verb)) throw refuse(2000, `<${verb}> is not an EPP command`);
      const delay = ctx.rules.replyDelayMs(domain);
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      const reply = dispatch(conn, verb, node, child(command, 'extension'), clTRID, svTRID);
      ctx.record({ kind: 'request', summary: `${summaryOf(verb, node)} → ${reply.code}`, ...(domain === undefined ? {} : { domain }) });
      return { xml: response(reply, clTRID, svTRID, value), close: false };
    } catch (error) {
      if (!(error instanceof EppRefusal)) throw error;
      ctx.record({ kind: 'request', summary: `${summaryOf(verb, node)} → ${error.code}${error.reason === undefined ? '' : `: ${error.reason}`}`, ...(domain === undefined ? {} : { domain }) });
      return { xml: response({ code: error.code, ...(error.reason === undefined ? {} : { reason: error.reason }) }, clTRID, svTRID, value), close: false };
    }
  };

  const server = createServer(
    {
      key: certificate.key,
      cert: certificate.cert,
      minVersion: 'TLSv1.2',
      // Client authentication: only certificates the sandbox's client CA issued are accepted.
      ...(clientAuthority === undefined ? {} : { requestCert: true, rejectUnauthorized: true, ca: clientAuthority.ca }),
    },
    (socket) => {
      if (open.size >= MAX_CONNECTIONS) {
        socket.destroy();
        return;
      }
      const conn: Connection = { socket, clientId: '', loggedIn: false, loginFailures: 0, objects: new Set(), extensions: new Set() };
      open.add(conn);
      const decoder = new EppFrameDecoder({ maxFrameBytes: 1024 * 1024 });
      let queue = Promise.resolve();
      socket.on('close', () => open.delete(conn));
      socket.on('error', () => open.delete(conn));
      socket.write(encodeEppFrame(greeting()));
      socket.on('data', (chunk: Buffer) => {
        let frames: string[];
        try {
          frames = decoder.push(chunk);
        } catch {
          socket.destroy();
          return;
        }
        for (const frame of frames) {
          queue = queue.then(async () => {
            if (socket.destroyed) return;
            const { xml, close } = await answer(conn, frame);
            if (socket.destroyed) return;
            if (close) {
              conn.loggedIn = false;
              socket.end(encodeEppFrame(xml));
            } else socket.write(encodeEppFrame(xml));
          }).catch((error: unknown) => {
            ctx.record({ kind: 'state', summary: `EPP server error: ${error instanceof Error ? error.message : String(error)}` });
            socket.destroy();
          });
        }
      });
    },
  );
  server.on('tlsClientError', (error: Error & { code?: string }, socket: TLSSocket) => {
    // A handshake the server refused: no client certificate (the client gets a certificate_required
    // alert), or one its CA did not issue (node checks that after the handshake and just closes).
    const why = (socket.authorizationError as Error | string | null | undefined) ?? error.code ?? error.message;
    ctx.record({ kind: 'request', summary: `TLS handshake refused: ${why instanceof Error ? why.message : why}` });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    host,
    port,
    ca: certificate.cert,
    ...(clientAuthority === undefined ? {} : { clientCertificate: { cert: clientAuthority.cert, key: clientAuthority.key } }),
    registry,
    get connections() {
      return open.size;
    },
    async close() {
      for (const conn of open) conn.socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The element that names a command's object, for `<extValue><value>` (RFC 5730 §2.6). */
function identifying(objectNode: unknown): Tree | undefined {
  for (const [name, ns] of [['domain:name', EPP_NS.domain], ['host:name', EPP_NS.host], ['contact:id', EPP_NS.contact]] as const) {
    const value = text(child(objectNode, name));
    if (value !== '') return { [name]: { [`@_xmlns:${name.slice(0, name.indexOf(':'))}`]: ns, '#text': value } };
  }
  return undefined;
}

/** `domain:create pending-x.example` — never an authInfo or a password. */
function summaryOf(verb: string, node: unknown): string {
  if (verb === 'poll') return `poll ${attr(node, 'op')}${attr(node, 'msgID') === '' ? '' : ` ${attr(node, 'msgID')}`}`;
  const element = elementNames(node)[0] ?? verb;
  const objectNode = child(node, element);
  const names = [...children(objectNode, 'domain:name'), ...children(objectNode, 'host:name'), ...children(objectNode, 'contact:id')].map(text);
  const op = attr(node, 'op');
  return `${element}${op === '' ? '' : ` op=${op}`} ${names.join(', ')}`.trimEnd();
}
