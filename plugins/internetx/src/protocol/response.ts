/**
 * The AutoDNS `<response>` (XML API Basics; the README's "Protocol sources"): `<result>` with optional `<data>`, any number of
 * `<msg>` entries (EF… errors, MSG… notices, sub-order S/E/N codes) and one `<status>` whose
 * `<type>` is success, error or notify; the response may echo the `ctid` and carry a server `stid`.
 */
import { RegistrarError } from '@registrar-kit/sdk';
import { child, children, isElement, textOf, xmlParser, type XmlElement } from './xml.js';

export type StatusType = 'success' | 'error' | 'notify';

export interface GatewayStatus {
  /** S, E or N followed by the task code (`S0105`, `N0101`, `E0104`). */
  code: string;
  text: string;
  type: StatusType;
  /** The object the status is about (`handle` / `12345` for a created handle). */
  object?: { type: string; value: string };
}

export interface GatewayMsg {
  code: string;
  text: string;
  type: string;
  object?: { type: string; value: string };
  /** How deep the entry was nested: 0 for a `result/msg`, 1 for the `msg` inside it, ... */
  depth: number;
}

export interface GatewayResponse {
  status: GatewayStatus;
  /** Every `<msg>`, nested ones included (the Msg object's own `msg` is a subordinate notice), in document order. */
  msgs: GatewayMsg[];
  data: XmlElement | undefined;
  ctid: string | undefined;
  stid: string | undefined;
}

const STATUS_TYPES: ReadonlySet<string> = new Set(['success', 'error', 'notify']);

function objectOf(node: unknown): { type: string; value: string } | undefined {
  const o = child(node, 'object');
  return o === undefined ? undefined : { type: textOf(o.type), value: textOf(o.value) };
}

function unreadable(label: string, why: string, body: string): RegistrarError {
  return new RegistrarError({
    code: 'PROTOCOL',
    message: 'The registrar sent an answer that could not be read',
    detail: `${label}: ${why}: ${body.slice(0, 200)}`,
  });
}

/**
 * The `<msg>` entries of a node and, depth first, the subordinate `<msg>` each one carries
 * (APIXMLEN "Msg Object": `msg` 0..1 inside `msg`). A sub-order's error is often only in there.
 */
export function msgsOf(node: unknown, depth = 0): GatewayMsg[] {
  return children(node, 'msg')
    .filter(isElement)
    .flatMap((m) => {
      const object = objectOf(m);
      const own: GatewayMsg = { code: textOf(m.code), text: textOf(m.text), type: textOf(m.type), ...(object === undefined ? {} : { object }), depth };
      return [own, ...msgsOf(m, depth + 1)];
    });
}

/** Reads a gateway answer; anything that is not a `<response>` with a known status type is PROTOCOL. */
export function parseResponse(xml: string, label: string): GatewayResponse {
  if (xml.trim() === '') throw unreadable(label, 'empty body', '');
  let doc: unknown;
  try {
    doc = xmlParser.parse(xml, true);
  } catch (error) {
    throw unreadable(label, `malformed XML (${(error as Error).message.split('\n')[0] ?? ''})`, xml);
  }
  const response = child(doc, 'response');
  const result = child(response, 'result');
  const status = child(result, 'status');
  const type = textOf(status?.type).toLowerCase();
  if (status === undefined || textOf(status.code) === '' || !STATUS_TYPES.has(type)) {
    throw unreadable(label, 'not an AutoDNS response (no result/status with code and type)', xml);
  }
  const statusObject = objectOf(status);
  const data = child(result, 'data');
  return {
    status: { code: textOf(status.code), text: textOf(status.text), type: type as StatusType, ...(statusObject === undefined ? {} : { object: statusObject }) },
    msgs: msgsOf(result),
    data,
    ctid: response?.ctid === undefined ? undefined : textOf(response.ctid),
    stid: response?.stid === undefined ? undefined : textOf(response.stid),
  };
}
