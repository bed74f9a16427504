/**
 * The AutoDNS wire format on the sandbox side: the `<request>` the plugin posts, the `<response>`
 * the gateway answers with, the job notification mail (Standard and XML layouts) and the message
 * queue's `<message><job>` — in the shapes `plugins/internetx/src/protocol/*` reads.
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';

/** Elements AutoDNS repeats; always read as lists. */
const REPEATED = new Set(['msg', 'nserver', 'address', 'ip', 'ip6']);

const parser = new XMLParser({
  parseTagValue: false,
  trimValues: true,
  ignoreAttributes: true,
  processEntities: true,
  ignoreDeclaration: true,
  isArray: (name) => REPEATED.has(name),
});

const builder = new XMLBuilder({ format: false, suppressEmptyNode: false, processEntities: true, ignoreAttributes: true });

export interface XmlElement {
  [name: string]: unknown;
}

export function isElement(node: unknown): node is XmlElement {
  return typeof node === 'object' && node !== null && !Array.isArray(node);
}

/** The text of a node (`''` when absent). */
export function textOf(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (Array.isArray(node)) return textOf(node[0]);
  if (isElement(node)) return textOf(node['#text']);
  return String(node);
}

export function child(node: unknown, name: string): XmlElement | undefined {
  if (!isElement(node)) return undefined;
  const c = node[name];
  const first = Array.isArray(c) ? c[0] : c;
  return isElement(first) ? first : undefined;
}

export function children(node: unknown, name: string): unknown[] {
  if (!isElement(node)) return [];
  const c = node[name];
  if (c === undefined) return [];
  return Array.isArray(c) ? c : [c];
}

/** One parsed gateway request. The password is kept apart so that nothing logs it by accident. */
export interface GatewayRequest {
  user: string;
  password: string;
  context: string;
  code: string;
  ctid: string;
  replyTo: string | undefined;
  task: XmlElement;
}

/** Reads a `<request>`; a string says why it is not one. */
export function parseRequest(body: string): GatewayRequest | string {
  let doc: unknown;
  try {
    doc = parser.parse(body, true);
  } catch (error) {
    return `malformed XML (${(error as Error).message.split('\n')[0] ?? ''})`;
  }
  const request = child(doc, 'request');
  if (request === undefined) return 'the document is not a <request>';
  const task = child(request, 'task');
  if (task === undefined) return 'the request has no <task>';
  const auth = child(request, 'auth');
  const replyTo = textOf(task.reply_to);
  return {
    user: textOf(auth?.user),
    password: textOf(auth?.password),
    context: textOf(auth?.context),
    code: textOf(task.code),
    ctid: textOf(task.ctid),
    replyTo: replyTo === '' ? undefined : replyTo,
    task,
  };
}

export interface Msg {
  code: string;
  text: string;
  object?: { type: string; value: string };
}

export interface ResponseParts {
  /** `S0101`, `E0104`, `N0102`. */
  code: string;
  text: string;
  type: 'success' | 'error' | 'notify';
  object?: { type: string; value: string };
  msgs?: Msg[];
  data?: XmlElement;
  ctid?: string;
  stid?: string;
}

export function buildResponse(p: ResponseParts): string {
  const result: XmlElement = {};
  if (p.data !== undefined) result.data = p.data;
  if (p.msgs !== undefined && p.msgs.length > 0) {
    result.msg = p.msgs.map((m) => ({ code: m.code, text: m.text, type: 'error', ...(m.object === undefined ? {} : { object: m.object }) }));
  }
  result.status = { code: p.code, text: p.text, type: p.type, ...(p.object === undefined ? {} : { object: p.object }) };
  const response: XmlElement = { result };
  if (p.stid !== undefined) response.stid = p.stid;
  if (p.ctid !== undefined && p.ctid !== '') response.ctid = p.ctid;
  return `<?xml version="1.0" encoding="utf-8"?>${builder.build({ response }) as string}`;
}

export function buildXml(root: XmlElement): string {
  return builder.build(root) as string;
}

/** `yyyy-MM-dd HH:mm:ss` (UTC), the gateway's date form. */
export function gatewayDate(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, '');
}

/** `yyyyMMddHHmmss` (UTC), as in `last_transaction:`. */
export function compactDate(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:T]/g, '').replace(/\.\d{3}Z$/, '');
}

/** The final (or interim) word of a job, as a mail and a queue message tell it. */
export interface JobReport {
  user: string;
  /** The task code the job ran, e.g. `0101`, `0104001`. */
  task: string;
  taskName: string;
  /** `S0101`, `E0104001`. */
  code: string;
  text: string;
  ctid: string;
  stid: string;
  domain: string;
  /** EF… codes of the failure, if any. */
  errors: Msg[];
  /** `key: value` lines of the Standard layout's `<reply>` block. */
  reply: [string, string][];
  nicResponse: string;
  /** `yyyy-MM-dd HH:mm:ss` expiry, for the XML layout's `<data><domain><payable>`. */
  payable?: string;
  at: number;
}

const pad = (key: string): string => `${key}:`.padEnd(18, ' ');

/** The Standard layout: `<system>`, `<reply>` and `<nic_response>` blocks of `key: value` lines. */
export function standardMail(r: JobReport): string {
  const ok = r.code.startsWith('S');
  const system = [
    `${pad('user')}${r.user}`,
    `${pad('task')}${r.task} ${r.taskName}`,
    `${pad('status')}${r.code} [${r.text}]`,
    `${pad('notice')}${r.errors.map((e) => `${e.code} ${e.text}`).join('; ')}`,
    `${pad('transaction')}${r.ctid}`,
    `${pad('last_transaction')}${compactDate(r.at)}`,
    `${pad('success_value')}${ok ? r.domain : ''}`,
  ];
  const lines: [string, string][] = [...r.reply, ['status', ok ? 'success' : 'failed']];
  const reply = lines.map(([k, v]) => `${pad(k)}${v}`);
  return ['<system>', ...system, '</system>', '', '<reply>', ...reply, '</reply>', '', '<nic_response>', r.nicResponse, '</nic_response>', ''].join('\n');
}

/** The XML layout: one `<response>` with the job's status and a response-level `<ctid>`. */
export function xmlMail(r: JobReport): string {
  const ok = r.code.startsWith('S');
  return buildResponse({
    code: r.code,
    text: r.text,
    type: ok ? 'success' : 'error',
    object: { type: 'domain', value: r.domain },
    msgs: r.errors.map((e) => ({ ...e, object: e.object ?? { type: 'domain', value: r.domain } })),
    ...(ok && r.payable !== undefined ? { data: { domain: { name: r.domain, payable: r.payable } } } : {}),
    stid: r.stid,
    ctid: r.ctid,
  });
}

/**
 * The `<message>` of a 0905 answer for a job result, as the current Job object (InterNetX help,
 * "Message Object" / "Job Object"): `job/status` a plain JobStatusConstants value, the job's
 * object and messages; the ctid rides on the message (as the JSON API's PollMessage has it).
 */
export function queueMessage(id: string, r: JobReport, jobId: string): XmlElement {
  const ok = r.code.startsWith('S');
  return {
    id,
    owner: { user: r.user },
    created: gatewayDate(r.at),
    ctid: r.ctid,
    stid: r.stid,
    job: {
      id: jobId,
      type: 'domain',
      object: r.domain,
      status: ok ? 'SUCCESS' : 'FAILED',
      execution: gatewayDate(r.at),
      ...(r.errors.length > 0 ? { msg: r.errors.map((e) => ({ code: e.code, text: e.text, type: 'error' })) } : {}),
    },
  };
}
