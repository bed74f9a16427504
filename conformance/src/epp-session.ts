import { buildEppXml, EPP_NS, parseEppXml } from '@registrar-kit/sdk';
import type { EppReplayConnection, EppSessionHandler } from './epp-server.js';
import type { Fault } from './faults.js';

type Tree = Record<string, unknown>;

/**
 * The greeting the replay server sends when a cassette has none: the core objects and the
 * extensions RFC 3915 (RGP) and RFC 5910 (secDNS) — shape from RFC 5730 §2.4's example.
 */
export const DEFAULT_GREETING = buildEppXml({
  epp: {
    '@_xmlns': EPP_NS.epp,
    greeting: {
      svID: 'registrar-kit conformance EPP server',
      svDate: '2026-01-15T10:00:00.0Z',
      svcMenu: {
        version: '1.0',
        lang: 'en',
        objURI: [EPP_NS.domain, EPP_NS.contact, EPP_NS.host],
        svcExtension: { extURI: [EPP_NS.rgp, EPP_NS.secDNS] },
      },
      dcp: { access: { all: '' }, statement: { purpose: { admin: '', prov: '' }, recipient: { ours: '' }, retention: { stated: '' } } },
    },
  },
});

let svCounter = 0;

/** A response of the replay server's own (login, logout, faults), modelled on RFC 5730 §2.6. */
export function eppResult(code: number, msg: string, clTRID: string | undefined): string {
  return buildEppXml({
    epp: {
      '@_xmlns': EPP_NS.epp,
      response: { result: { '@_code': String(code), msg }, trID: { ...(clTRID === undefined ? {} : { clTRID }), svTRID: `CONFORMANCE-${++svCounter}` } },
    },
  });
}

/** The session-level commands the replay server answers itself; everything else goes to the scenario. */
export type SessionFrame =
  | { kind: 'hello' }
  | { kind: 'login'; clID: string; pw: string; clTRID: string | undefined }
  | { kind: 'logout'; clTRID: string | undefined }
  | { kind: 'command'; clTRID: string | undefined }
  | { kind: 'unreadable'; error: string };

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'object' && v !== null && typeof (v as Tree)['#text'] === 'string' ? ((v as Tree)['#text'] as string) : '');

/** What one frame from the plugin is, by its element (prefixes as the plugin wrote them are tolerated). */
export function classifyFrame(xml: string): SessionFrame {
  let root: Tree;
  try {
    const tree = parseEppXml(xml);
    const epp = Object.entries(tree).find(([k]) => k === 'epp' || k.endsWith(':epp'))?.[1];
    if (typeof epp !== 'object' || epp === null) return { kind: 'unreadable', error: 'no <epp> root element' };
    root = epp as Tree;
  } catch (error) {
    return { kind: 'unreadable', error: (error as Error).message };
  }
  const local = (t: Tree, name: string): unknown => Object.entries(t).find(([k]) => k === name || k.endsWith(`:${name}`))?.[1];
  if (local(root, 'hello') !== undefined) return { kind: 'hello' };
  const command = local(root, 'command');
  if (typeof command !== 'object' || command === null) return { kind: 'unreadable', error: 'neither <hello> nor <command>' };
  const clTRID = text(local(command as Tree, 'clTRID')) || undefined;
  const login = local(command as Tree, 'login');
  if (typeof login === 'object' && login !== null) return { kind: 'login', clID: text(local(login as Tree, 'clID')), pw: text(local(login as Tree, 'pw')), clTRID };
  if (local(command as Tree, 'logout') !== undefined) return { kind: 'logout', clTRID };
  return { kind: 'command', clTRID };
}

/** How a fault changes the server's behaviour (the table is in faults.ts and the README). */
export interface SessionOptions {
  greeting: string;
  /** undefined: the login is accepted; a string: why it is refused (answered 2200). */
  checkLogin(clID: string, pw: string): string | undefined;
  /** A command after login: answer it (or not) through `conn`. */
  command(xml: string, conn: EppReplayConnection, clTRID: string | undefined): void | Promise<void>;
  /** A frame that is not EPP at all. */
  unreadable?(xml: string, error: string): void;
  fault?: Fault;
}

/**
 * The session part of an EPP server (RFC 5730 §2: greeting, login, hello, logout) around a
 * scenario's command handler, with the EPP faults applied:
 * - `fault-timeout`: the connection opens but no greeting is ever sent;
 * - `fault-503`: the login is answered 2502 (session limit exceeded) and the connection closed;
 * - `fault-reset`: the first command gets half a response frame, then the connection drops;
 * - `fault-500`: the first command is answered 2400 (command failed) and the connection closed;
 * - `fault-malformed-body`: the first command is answered with a frame that is not XML.
 */
export function eppSession(options: SessionOptions): EppSessionHandler {
  return {
    connected(conn) {
      if (options.fault !== 'fault-timeout') conn.send(options.greeting);
    },
    async frame(xml, conn) {
      const frame = classifyFrame(xml);
      switch (frame.kind) {
        case 'unreadable':
          options.unreadable?.(xml, frame.error);
          conn.destroy();
          return;
        case 'hello':
          conn.send(options.greeting);
          return;
        case 'logout':
          conn.send(eppResult(1500, 'Command completed successfully; ending session', frame.clTRID));
          conn.end();
          return;
        case 'login': {
          if (options.fault === 'fault-503') {
            conn.send(eppResult(2502, 'Session limit exceeded; server closing connection', frame.clTRID));
            conn.end();
            return;
          }
          const problem = options.checkLogin(frame.clID, frame.pw);
          conn.send(problem === undefined ? eppResult(1000, 'Command completed successfully', frame.clTRID) : eppResult(2200, 'Authentication error', frame.clTRID));
          return;
        }
        case 'command':
          switch (options.fault) {
            case 'fault-reset': {
              const half = Buffer.from(eppResult(1000, 'Command completed successfully', frame.clTRID));
              const header = Buffer.alloc(4);
              header.writeUInt32BE(half.length + 4, 0);
              conn.writeThenDrop(Buffer.concat([header, half.subarray(0, half.length >> 1)]));
              return;
            }
            case 'fault-500':
              conn.send(eppResult(2400, 'Command failed', frame.clTRID));
              conn.end();
              return;
            case 'fault-malformed-body':
              conn.send('<epp><response><result code="1000"><msg>Command completed');
              return;
            default:
              await options.command(xml, conn, frame.clTRID);
          }
      }
    },
  };
}
