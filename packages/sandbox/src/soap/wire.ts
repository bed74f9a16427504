/**
 * The SOAP 1.1 rpc/encoded wire on the sandbox side, in the shapes the public record shows for the
 * Netim API 2.0 and `plugins/soap-registrar` reads (its README's "Wire fidelity" table cites each
 * one): the call is the one element of `<Body>` (namespace prefixes dropped), its arguments are
 * child elements, arrays are `<item>` elements. Answers are `<ns1:{fn}Response>` with ns1 = urn:DRS
 * declared on the envelope and ONE part whose name depends on the function (`<IDSession>`,
 * `<idContact>`, `<domainCheckResponseReturn>`, `<return>`), arrays carrying `SOAP-ENC:arrayType`.
 * Faults are HTTP 500 with the API code as faultcode and `{code} : {text}` as faultstring.
 */
import { XMLParser } from 'fast-xml-parser';
import { xml } from '../replies.js';
import type { SimResponse } from '../types.js';

export const SOAP_ENV_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
export const API_NS = 'urn:DRS';

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  ignoreDeclaration: true,
  isArray: (name) => name === 'item',
});

export type Args = Record<string, unknown>;

/** One rpc call read from a request envelope. */
export interface SoapCall {
  fn: string;
  args: Args;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The call in a request envelope, or undefined when the body is not one. */
export function parseCall(body: string): SoapCall | undefined {
  let doc: unknown;
  try {
    doc = parser.parse(body);
  } catch {
    return undefined;
  }
  const envelope = isRecord(doc) ? doc.Envelope : undefined;
  const soapBody = isRecord(envelope) ? envelope.Body : undefined;
  if (!isRecord(soapBody)) return undefined;
  const calls = Object.entries(soapBody).filter(([name]) => !name.startsWith('#'));
  if (calls.length !== 1) return undefined;
  const [fn, args] = calls[0]!;
  return { fn, args: isRecord(args) ? args : {} };
}

/** The text of a scalar argument (`''` when absent or not a scalar). */
export function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** The items of an array argument (`<x><item>…</item></x>`), `[]` when empty or absent. */
export function itemsOf(value: unknown): unknown[] {
  if (!isRecord(value)) return [];
  const list = value.item;
  return Array.isArray(list) ? list : list === undefined ? [] : [list];
}

/** A value to serialise: scalars become text, arrays `<item>` elements, objects child elements. */
export type XmlValue = string | number | readonly XmlValue[] | { readonly [name: string]: XmlValue };

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function toXml(value: XmlValue): string {
  if (typeof value === 'string') return escapeXml(value);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return (value as readonly XmlValue[]).map((v) => `<item>${toXml(v)}</item>`).join('');
  return Object.entries(value as Record<string, XmlValue>)
    .map(([name, v]) => `<${name}>${toXml(v)}</${name}>`)
    .join('');
}

const envelope = (inner: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="${SOAP_ENV_NS}" xmlns:ns1="${API_NS}" xmlns:xsd="http://www.w3.org/2001/XMLSchema" ` +
  `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/" SOAP-ENV:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">` +
  `<SOAP-ENV:Body>${inner}</SOAP-ENV:Body></SOAP-ENV:Envelope>`;

/** A reply part: its element name and, for an array, the item and array type names. */
interface Part {
  name: string;
  array?: { item: string; type: string };
}

/**
 * The reply part of each function (acme.sh, dymmer-code/netim, altenwald/soap-elixir; the plugin
 * README's "Wire fidelity" table). `sessionClose` answers no part. Functions not listed answer a
 * StructOperationResponse in `<return>` (modelled for the five that have no public sample).
 */
const PARTS: Record<string, Part | undefined> = {
  sessionOpen: { name: 'IDSession' },
  sessionClose: undefined,
  contactCreate: { name: 'idContact' },
  contactInfo: { name: 'contact' },
  domainCheck: { name: 'domainCheckResponseReturn', array: { item: 'ns1:StructDomainCheckResponse', type: 'ns1:ArrayStructDomainCheckResponse' } },
  // The array type name is modelled: no public sample shows it.
  queryOpePending: { name: 'return', array: { item: 'ns1:StructQueryOpePending', type: 'ns1:ArrayOfStructQueryOpePending' } },
  // Part and array type names modelled (the functions' return types are in Netim's PHP client).
  queryDomainList: { name: 'return', array: { item: 'ns1:StructDomainList', type: 'ns1:ArrayOfStructDomainList' } },
  domainPriceList: { name: 'return', array: { item: 'ns1:StructDomainPriceList', type: 'ns1:ArrayOfStructDomainPriceList' } },
};

/** The part `fn` answers, `undefined` for a function whose response is empty. */
export function replyPart(fn: string): Part | undefined {
  return fn in PARTS ? PARTS[fn] : { name: 'return' };
}

/** `<ns1:{fn}Response>` with the function's one part; no part when the function returns nothing. */
export function soapAnswer(fn: string, value?: XmlValue): SimResponse {
  const part = replyPart(fn);
  let inner = '';
  if (part !== undefined && value !== undefined) {
    const attrs = part.array === undefined || !Array.isArray(value) ? '' : ` SOAP-ENC:arrayType="${part.array.item}[${value.length}]" xsi:type="${part.array.type}"`;
    inner = `<${part.name}${attrs}>${toXml(value)}</${part.name}>`;
  }
  return xml(envelope(`<ns1:${fn}Response>${inner}</ns1:${fn}Response>`));
}

/** An API fault code: `E01-M0101`, or a bare family such as `E02`. */
const isApiCode = (code: string): boolean => /^E\d{2}(?:-M\d{4})?$/.test(code);

/**
 * A SOAP fault, as the API sends it: HTTP 500, the API code as faultcode and at the head of the
 * faultstring (`E01-M0101 : Unable to connect - …`); SOAP's own codes carry the text alone.
 */
export function soapFault(code: string, message: string): SimResponse {
  const text = isApiCode(code) ? `${code} : ${message}` : message;
  return xml(envelope(`<SOAP-ENV:Fault><faultcode>${escapeXml(code)}</faultcode><faultstring>${escapeXml(text)}</faultstring></SOAP-ENV:Fault>`), 500);
}

/**
 * Whether a SOAPAction header names the body's function: `https://api.netim.com/2.0/#{fn}` (what
 * acme.sh sends) or the bare name (what the Elixir client sends). A missing header is accepted.
 */
export function actionNames(header: string | undefined, fn: string): boolean {
  const action = (header ?? '').trim().replace(/^"|"$/g, '');
  return action === '' || action === fn || action.endsWith(`#${fn}`);
}
