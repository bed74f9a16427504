/**
 * SOAP 1.1, rpc/encoded, for the Netim API 2.0 (sources: the plugin README, "Wire fidelity"): one POST to the
 * endpoint per call, `SOAPAction: https://api.netim.com/2.0/#{fn}` (the form acme.sh sends to the
 * live API), the session id as the first argument, answers wrapped in `<ns1:{fn}Response>` whose
 * one part is named per function (see `parts.ts`), faults as HTTP 500 with the API's code
 * (`E01-M0101`, `E13`) in faultcode and at the head of faultstring. Envelopes are built and read
 * with fast-xml-parser; `xsi:type` / `SOAP-ENC:arrayType` attributes are not needed to read.
 */
import { RegistrarError, type HttpClient } from '@registrar-kit/sdk';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { responsePart } from './parts.js';

export const SOAP_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
export const API_NS = 'urn:DRS';

/**
 * The SOAPAction URI of a function. acme.sh (dnsapi/dns_netim.sh) sends `{api url}#{fn}` to
 * https://api.netim.com/2.0/; the action is an identifier, not an address, so the same URI is
 * sent to the OTE endpoint (no public client shows what OTE expects there).
 */
export const SOAP_ACTION_BASE = 'https://api.netim.com/2.0/';
export const soapAction = (fn: string): string => `${SOAP_ACTION_BASE}#${fn}`;

/** The API's own fault code: `E01-M0101`, or a bare family such as `E13` / `E02`. */
const API_CODE = /\bE\d{2}(?:-M\d{4})?\b/;

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: false, suppressEmptyNode: true });
const parser = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, parseTagValue: false, trimValues: true, isArray: (name) => name === 'item' });

/** Ordered arguments of a call (rpc style: order matters, names follow the WSDL parts). */
export type SoapArgs = [name: string, value: unknown][];

export function buildEnvelope(fn: string, args: SoapArgs): string {
  const body: Record<string, unknown> = { '@xmlns:ns': API_NS };
  for (const [name, value] of args) body[name] = value ?? '';
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build({ 'soapenv:Envelope': { '@xmlns:soapenv': SOAP_NS, 'soapenv:Body': { [`ns:${fn}`]: body } } })}`;
}

export class SoapFault extends Error {
  constructor(
    readonly faultCode: string,
    readonly faultString: string,
    /** The API's own code (`E01-M0101`, `E13`), found in faultcode or else in faultstring. */
    readonly apiCode: string | undefined,
  ) {
    super(`${faultCode}: ${faultString}`);
  }
}

/**
 * Reads a response envelope: the value of the function's reply part (named per function, see
 * {@link responsePart}), or throws a {@link SoapFault}.
 */
export function parseEnvelope(xml: string, fn: string): unknown {
  let doc: { Envelope?: { Body?: Record<string, unknown> } };
  try {
    doc = parser.parse(xml) as typeof doc;
  } catch {
    doc = {};
  }
  const body = doc.Envelope?.Body;
  if (body === undefined || typeof body !== 'object') {
    throw new RegistrarError({ code: 'PROTOCOL', message: 'The registrar sent an answer that could not be read', detail: `${fn}: not a SOAP envelope: ${xml.slice(0, 200)}` });
  }
  const fault = body.Fault as Record<string, unknown> | undefined;
  if (fault !== undefined) {
    const code = String(fault.faultcode ?? '');
    const text = String(fault.faultstring ?? '');
    throw new SoapFault(code, text, (API_CODE.exec(code) ?? API_CODE.exec(text))?.[0]);
  }
  const response = body[`${fn}Response`];
  if (response === undefined) {
    throw new RegistrarError({ code: 'PROTOCOL', message: 'The registrar sent an answer that could not be read', detail: `${fn}: no ${fn}Response in the envelope` });
  }
  return readPart(response, fn);
}

/** The reply part: by its name, or (for a modelled name only) the one part the reply has. */
function readPart(response: unknown, fn: string): unknown {
  const part = responsePart(fn);
  if (part.name === undefined) return undefined;
  const parts = typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : {};
  if (part.name in parts) return parts[part.name];
  const names = Object.keys(parts).filter((n) => !n.startsWith('#'));
  if (!part.documented && names.length === 1) return parts[names[0]!];
  throw new RegistrarError({
    code: 'PROTOCOL',
    message: 'The registrar sent an answer that could not be read',
    detail: `${fn}: no <${part.name}> part in ${fn}Response${names.length === 0 ? '' : ` (found ${names.map((n) => `<${n}>`).join(', ')})`}`,
  });
}

/** One SOAP call over the sdk's HTTP client (faults are HTTP 500 with a fault body). */
export async function soapCall(http: HttpClient, endpoint: string, fn: string, args: SoapArgs): Promise<unknown> {
  const res = await http.request({
    method: 'POST',
    url: endpoint,
    headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: soapAction(fn) },
    body: buildEnvelope(fn, args),
    acceptStatus: [500],
    label: fn,
  });
  if (res.status === 500 && !/<(?:[\w-]+:)?Envelope[\s>]/.test(res.text)) {
    // A 500 without a SOAP envelope is the server failing, not a fault the API answered: the
    // same request may succeed later.
    throw new RegistrarError({ code: 'REMOTE', retryable: true, message: 'The registrar is not available at the moment', detail: `${fn}: HTTP 500 without a SOAP envelope: ${res.text.slice(0, 200)}` });
  }
  return parseEnvelope(res.text, fn);
}

/** StructOperationResponse: what most mutating calls return. */
export interface OperationResponse {
  id: string;
  status: 'Done' | 'Pending' | 'Failed' | 'Cancelled' | string;
  message: string;
  type: string;
}

export function toOperationResponse(value: unknown, fn: string): OperationResponse {
  const v = (value ?? {}) as Record<string, unknown>;
  if (v.STATUS === undefined) throw new RegistrarError({ code: 'PROTOCOL', message: 'The registrar sent an answer that could not be read', detail: `${fn}: no STATUS in StructOperationResponse` });
  const status = String(v.STATUS);
  // The documentation writes statuses in upper case, the wire in capitalised form: accept both.
  const normalized = status.charAt(0).toUpperCase() + status.slice(1).toLowerCase();
  return { id: String(v.ID_OPE ?? ''), status: normalized, message: String(v.MESSAGE ?? ''), type: String(v.TYPE ?? fn) };
}

/** Items of an encoded SOAP array (`<part SOAP-ENC:arrayType=…><item>…</item></part>`). */
export function items(value: unknown): unknown[] {
  if (value === undefined || value === null || value === '') return [];
  const list = typeof value === 'object' && 'item' in value ? (value as { item: unknown }).item : value;
  return Array.isArray(list) ? list : [list];
}

/** The structure items of a SOAP array (StructQueryOpePending[], StructDomainCheckResponse[]). */
export function records(value: unknown): Record<string, unknown>[] {
  return items(value).filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null);
}
