/**
 * SOAP 1.1, rpc style, for the Netim-style API 2.0 (shared/reference/protocols.md §2): one POST to
 * the endpoint per call, `SOAPAction` = the function name, the session id as the first argument,
 * answers wrapped in `<fnResponse><return>…</return></fnResponse>`, faults with `Exx-Mxxxx`
 * codes (which arrive as HTTP 500). Envelopes are built and read with fast-xml-parser.
 */
import { RegistrarError, type HttpClient } from '@registrar-kit/sdk';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';

export const SOAP_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
export const API_NS = 'urn:DRS';

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
    /** The API's own code (`E01-M0101`), found in faultcode or faultstring. */
    readonly apiCode: string | undefined,
  ) {
    super(`${faultCode}: ${faultString}`);
  }
}

/** Reads a response envelope: the `return` value, or throws a {@link SoapFault}. */
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
    throw new SoapFault(code, text, /E\d{2}-M\d{4}/.exec(`${code} ${text}`)?.[0]);
  }
  const response = body[`${fn}Response`] as Record<string, unknown> | undefined;
  if (response === undefined) {
    throw new RegistrarError({ code: 'PROTOCOL', message: 'The registrar sent an answer that could not be read', detail: `${fn}: no ${fn}Response in the envelope` });
  }
  return response.return;
}

/** One SOAP call over the sdk's HTTP client (faults are HTTP 500 with a fault body). */
export async function soapCall(http: HttpClient, endpoint: string, fn: string, args: SoapArgs): Promise<unknown> {
  const res = await http.request({
    method: 'POST',
    url: endpoint,
    headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: fn },
    body: buildEnvelope(fn, args),
    acceptStatus: [500],
    label: fn,
  });
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

/** Items of a SOAP array (`<return><item>…</item></return>`), whatever the nesting. */
export function items(value: unknown): unknown[] {
  if (value === undefined || value === null || value === '') return [];
  const list = typeof value === 'object' && 'item' in value ? (value as { item: unknown }).item : value;
  return Array.isArray(list) ? list : [list];
}

/** The structure items of a SOAP array (StructQueryOpePending[], StructDomainCheckResponse[]). */
export function records(value: unknown): Record<string, unknown>[] {
  return items(value).filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null);
}
