/**
 * EPP documents the client sends (RFC 5730 §2.9) and the answers it reads (§2.4, §2.6), as
 * object trees for the shared XML configuration — no value is ever pasted into XML text.
 * @module
 */
import { buildEppXml, parseEppXml } from './xml.js';
import { EPP_NS, type EppCommand, type EppGreeting, type EppMessageQueue, type EppResponse } from './types.js';

type Tree = Record<string, unknown>;

function epp(content: Tree): string {
  return buildEppXml({ epp: { '@_xmlns': EPP_NS.epp, ...content } });
}

/** `<hello/>` (RFC 5730 §2.3). */
export function helloXml(): string {
  return epp({ hello: '' });
}

/** `<login>` (RFC 5730 §2.9.1.1) with the services chosen from the greeting. */
export function loginXml(input: {
  clientId: string;
  password: string;
  version: string;
  lang: string;
  objURIs: readonly string[];
  extURIs: readonly string[];
  clTRID: string;
}): string {
  const svcs: Tree = { objURI: [...input.objURIs] };
  if (input.extURIs.length > 0) svcs.svcExtension = { extURI: [...input.extURIs] };
  return epp({
    command: {
      login: { clID: input.clientId, pw: input.password, options: { version: input.version, lang: input.lang }, svcs },
      clTRID: input.clTRID,
    },
  });
}

/** `<logout/>` (RFC 5730 §2.9.1.2). */
export function logoutXml(clTRID: string): string {
  return epp({ command: { logout: '', clTRID } });
}

/** `<poll op="req"/>` or `<poll op="ack" msgID="…"/>` (RFC 5730 §2.9.2.3). */
export function pollXml(op: 'req' | 'ack', clTRID: string, msgId?: string): string {
  const poll: Tree = { '@_op': op };
  if (msgId !== undefined) poll['@_msgID'] = msgId;
  return epp({ command: { poll, clTRID } });
}

/** A query or transform command (RFC 5730 §2.9.2–2.9.3) wrapped with its clTRID. */
export function commandXml(command: EppCommand, clTRID: string): string {
  const verb: Tree = { ...command.body };
  if (command.op !== undefined) verb['@_op'] = command.op;
  const inner: Tree = { [command.verb]: verb };
  if (command.extension !== undefined) inner.extension = command.extension;
  inner.clTRID = clTRID;
  return epp({ command: inner });
}

/** Why a frame could not be read as the EPP document expected. */
export class EppParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EppParseError';
  }
}

function asTree(value: unknown): Tree | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Tree) : undefined;
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function list(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The text of an element parsed as a string, or as `{ '#text': … }` when it had attributes. */
function text(value: unknown): string | undefined {
  const v = first(value);
  if (typeof v === 'string') return v;
  const t = asTree(v)?.['#text'];
  return typeof t === 'string' ? t : undefined;
}

function strings(value: unknown): string[] {
  return list(value)
    .map((v) => text(v))
    .filter((v): v is string => v !== undefined && v !== '');
}

/** The `<epp>` element of a document and which message it holds. */
export function readEppDocument(xml: string): { kind: 'greeting' | 'response' | 'command' | 'hello' | 'other'; body: Tree } {
  let tree: Tree;
  try {
    tree = parseEppXml(xml);
  } catch (error) {
    throw new EppParseError(`the EPP frame is not well-formed XML (${error instanceof Error ? error.message : String(error)})`);
  }
  const root = asTree(tree.epp);
  if (root === undefined) throw new EppParseError('the frame has no <epp> root element');
  for (const kind of ['greeting', 'response', 'command', 'hello'] as const) {
    if (kind in root) return { kind, body: root };
  }
  return { kind: 'other', body: root };
}

/** Reads a `<greeting>` (RFC 5730 §2.4). */
export function parseGreeting(root: Tree): EppGreeting {
  const greeting = asTree(root.greeting);
  const menu = asTree(greeting?.svcMenu);
  if (greeting === undefined || menu === undefined) throw new EppParseError('the greeting has no <svcMenu>');
  const out: EppGreeting = {
    svID: text(greeting.svID) ?? '',
    versions: strings(menu.version),
    langs: strings(menu.lang),
    objURIs: strings(menu.objURI),
    extURIs: strings(asTree(menu.svcExtension)?.extURI),
  };
  const svDate = text(greeting.svDate);
  if (svDate !== undefined) out.svDate = svDate;
  return out;
}

/** Reads a `<response>` (RFC 5730 §2.6); the first `<result>` gives code, message and reason. */
export function parseResponse(root: Tree): EppResponse {
  const response = asTree(root.response);
  if (response === undefined) throw new EppParseError('the frame is not an EPP <response>');
  const result = asTree(first(response.result));
  const code = Number(result?.['@_code']);
  if (result === undefined || !Number.isInteger(code) || code < 1000 || code > 2999) {
    throw new EppParseError('the response has no valid <result code>');
  }
  const out: EppResponse = { code, message: text(result.msg) ?? '' };
  for (const extValue of list(result.extValue)) {
    const reason = text(asTree(extValue)?.reason);
    if (reason !== undefined) {
      out.reason = reason;
      break;
    }
  }
  const msgQ = asTree(response.msgQ);
  if (msgQ !== undefined) {
    const queue: EppMessageQueue = { count: Number(msgQ['@_count'] ?? 0), id: String(msgQ['@_id'] ?? '') };
    const qDate = text(msgQ.qDate);
    if (qDate !== undefined) queue.qDate = qDate;
    const msg = text(msgQ.msg);
    if (msg !== undefined) queue.msg = msg;
    out.msgQ = queue;
  }
  const resData = asTree(response.resData);
  if (resData !== undefined) out.resData = resData;
  const extension = asTree(response.extension);
  if (extension !== undefined) out.extension = extension;
  const trID = asTree(response.trID);
  const clTRID = text(trID?.clTRID);
  if (clTRID !== undefined) out.clTRID = clTRID;
  const svTRID = text(trID?.svTRID);
  if (svTRID !== undefined) out.svTRID = svTRID;
  return out;
}

/** Element names whose content is a credential: login `<pw>`/`<newPW>`, `<authInfo><…:pw>`. */
const CREDENTIAL_ELEMENT = /<((?:[A-Za-z_][\w.-]*:)?(?:pw|newPW))(\s[^>]*)?>([^<]*)<\/\1\s*>/g;

/**
 * Removes credentials from EPP XML meant for a log, a recording or an error: the text of every
 * `pw` / `newPW` element (whatever its prefix) becomes `[redacted]`, then `clean` (the instance's
 * secret redactor) runs over the whole text.
 */
export function redactEppXml(xml: string, clean: (text: string) => string = (t) => t): string {
  return clean(xml.replace(CREDENTIAL_ELEMENT, (_all, name: string, attrs: string | undefined) => `<${name}${attrs ?? ''}>[redacted]</${name}>`));
}
