/**
 * The SOAP 1.1 rpc wire on the sandbox side, in the shapes `plugins/soap-registrar/src/protocol/soap.ts`
 * builds and reads and its cassettes record: the call is the one element of `<Body>` (namespace
 * prefixes dropped), its arguments are child elements, arrays are `<item>` elements; answers are
 * `<ns1:{fn}Response xmlns:ns1="urn:DRS"><return>…</return>` and faults are HTTP 500 with
 * `<SOAP-ENV:Fault><faultcode>Exx-Mxxxx</faultcode><faultstring>…`.
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

const envelope = (inner: string): string => `<?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="${SOAP_ENV_NS}"><SOAP-ENV:Body>${inner}</SOAP-ENV:Body></SOAP-ENV:Envelope>`;

/** `<{fn}Response><return>value</return>`; no `<return>` when the function returns nothing. */
export function soapAnswer(fn: string, value?: XmlValue): SimResponse {
  const ret = value === undefined ? '' : `<return>${toXml(value)}</return>`;
  return xml(envelope(`<ns1:${fn}Response xmlns:ns1="${API_NS}">${ret}</ns1:${fn}Response>`));
}

/** A SOAP fault, as the API sends it: HTTP 500, the `Exx-Mxxxx` code as faultcode. */
export function soapFault(code: string, message: string): SimResponse {
  return xml(envelope(`<SOAP-ENV:Fault><faultcode>${escapeXml(code)}</faultcode><faultstring>${escapeXml(message)}</faultstring></SOAP-ENV:Fault>`), 500);
}
