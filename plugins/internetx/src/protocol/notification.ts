/**
 * AutoDNS job notification mail (the README's "Wire fidelity": Standard e-mail layout), in the two layouts an account can choose:
 *
 * - **Standard** (text + XML): a `<system>` block of `key: value` lines — `task:`, `status:` with
 *   the S/E/N code and its text in brackets, `transaction:` = our ctid, `success_value:` — then a
 *   `<reply>` block of `key: value` lines and a `<nic_response>` block with the registry's answer.
 * - **XML**: the body is one XML document. The plugin reads the response form (`<response>` with
 *   `<result><status>` and a response-level `<ctid>`) and the job form of the message queue
 *   (`<job><ctid/><status/>`), wherever it is nested.
 *
 * Mail that is neither (an invoice, an event notification without a transaction) yields undefined.
 */
import { errorCodesIn } from './message-queue.js';
import { child, isElement, textOf, xmlParser, type XmlElement } from './xml.js';

export interface JobNotification {
  layout: 'standard' | 'xml';
  /** Our client transaction id, from `transaction:` / `<ctid>`. */
  ctid: string;
  /** S (success), E (error) or N (still running) followed by the task code, e.g. `S0101`. */
  code: string;
  kind: 'S' | 'E' | 'N';
  text: string;
  /** The task code the job ran (`0101`), when stated. */
  task?: string;
  /** The domain the job concerned, when stated. */
  domain?: string;
  /** EF… / E… codes of the gateway or the registry answer, most specific first. */
  errorCodes: string[];
  /** The registry's own answer, kept for the Action Log. */
  nicResponse?: string;
}

const STATUS = /^([SEN])(\d{4,7})\b\s*(.*)$/;

function block(body: string, name: string): string | undefined {
  const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, 'i').exec(body);
  return m?.[1];
}

function keyValues(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([a-z_][a-z0-9_]*)\s*:\s*(.*?)\s*$/i.exec(line);
    if (m !== null && !out.has(m[1]!.toLowerCase())) out.set(m[1]!.toLowerCase(), m[2]!);
  }
  return out;
}

const looksLikeDomain = (v: string | undefined): v is string => v !== undefined && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(v);

function fromStandard(body: string): JobNotification | undefined {
  const system = block(body, 'system');
  if (system === undefined) return undefined;
  const sys = keyValues(system);
  const ctid = sys.get('transaction');
  const status = STATUS.exec(sys.get('status') ?? '');
  if (ctid === undefined || ctid === '' || status === null) return undefined;
  const reply = block(body, 'reply') ?? '';
  const nic = block(body, 'nic_response')?.trim();
  const replyKv = keyValues(reply);
  const task = /^(\d{4,7})/.exec(sys.get('task') ?? '')?.[1];
  const domain = [replyKv.get('domain'), replyKv.get('name'), sys.get('success_value')].find(looksLikeDomain);
  const statusCode = `${status[1]!}${status[2]!}`;
  return {
    layout: 'standard',
    ctid,
    code: statusCode,
    kind: status[1] as 'S' | 'E' | 'N',
    text: status[3]!.replace(/^\[|\]$/g, '').trim(),
    ...(task === undefined ? {} : { task }),
    ...(domain === undefined ? {} : { domain: domain.toLowerCase() }),
    errorCodes: errorCodesIn([reply, nic ?? '', sys.get('notice') ?? '']).filter((c) => c !== statusCode),
    ...(nic === undefined || nic === '' ? {} : { nicResponse: nic }),
  };
}

/** Breadth-first search for the node that carries a ctid and a status (with a code or a type). */
function findJob(doc: unknown): { node: XmlElement; status: XmlElement; ctid: string } | undefined {
  const queue: unknown[] = [doc];
  while (queue.length > 0) {
    const node = queue.shift();
    if (Array.isArray(node)) {
      queue.push(...node);
      continue;
    }
    if (!isElement(node)) continue;
    const response = node.response;
    if (isElement(response)) {
      const status = child(child(response, 'result'), 'status');
      if (status !== undefined && textOf(response.ctid) !== '') return { node: response, status, ctid: textOf(response.ctid) };
    }
    const status = child(node, 'status');
    if (status !== undefined && (textOf(status.code) !== '' || textOf(status.type) !== '') && textOf(node.ctid) !== '') return { node, status, ctid: textOf(node.ctid) };
    queue.push(...Object.values(node));
  }
  return undefined;
}

function fromXml(body: string): JobNotification | undefined {
  const start = body.indexOf('<');
  if (start < 0) return undefined;
  let doc: unknown;
  try {
    doc = xmlParser.parse(body.slice(start));
  } catch {
    return undefined;
  }
  const found = findJob(doc);
  if (found === undefined) return undefined;
  const code = textOf(found.status.code);
  const parsed = STATUS.exec(code);
  // The job form of the queue may carry only a type (success / failed / running) next to a free code.
  const type = textOf(found.status.type).toLowerCase();
  const kind: 'S' | 'E' | 'N' | undefined =
    parsed !== null ? (parsed[1] as 'S' | 'E' | 'N') : type === 'success' ? 'S' : type === 'failed' || type === 'error' ? 'E' : type === 'running' || type === 'notify' ? 'N' : undefined;
  if (kind === undefined) return undefined;
  const result = child(found.node, 'result');
  const object = child(found.status, 'object');
  const domain = [textOf(object?.value), textOf(child(child(result, 'data'), 'domain')?.name), textOf(child(found.node, 'domain')?.name)].find(looksLikeDomain);
  const nic = textOf(found.node.nic_response);
  return {
    layout: 'xml',
    ctid: found.ctid,
    code: code === '' ? kind : code,
    kind,
    text: textOf(found.status.text),
    ...(parsed === null ? {} : { task: parsed[2]! }),
    ...(domain === undefined ? {} : { domain: domain.toLowerCase() }),
    errorCodes: errorCodesIn([result?.msg ?? '', found.node.msg ?? '', nic]).filter((c) => c !== code),
    ...(nic === '' ? {} : { nicResponse: nic }),
  };
}

/** Reads a notification mail body in either layout. */
export function parseNotification(body: string): JobNotification | undefined {
  return fromStandard(body) ?? fromXml(body);
}
