/**
 * The registrar's wire format. This is the scaffold's example of a SOAP 1.1 API, to be replaced
 * with the registrar's documented one (its WSDL): every call is a `POST {endpoint}` of one
 * envelope with a `SOAPAction` header, credentials as the call's first parts,
 *
 *   <Envelope><Body><DomainCheck><login/><password/><domain/></DomainCheck></Body></Envelope>
 *
 * answered by `<DomainCheckResponse>`, refusals by a SOAP fault with HTTP 500 whose `<detail>`
 * carries the registrar's code.
 */
import { registrarError, type OperationContext } from '@registrar-kit/sdk';
import { XMLBuilder } from 'fast-xml-parser';
import { isElement, parseXml, readData } from './answers.js';
import type { Command, Commands, Reply } from './commands.js';
import { registrarFailure, unreadable } from './errors.js';
import type { Settings } from './settings.js';

const SOAP_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
/** The service namespace and SOAPAction base: the WSDL's targetNamespace in a real API. */
export const API_NS = 'urn:example:registrar';

const FUNCTIONS: Record<Command, string> = { check: 'DomainCheck', info: 'DomainInfo' };

// Escapes &, < and > in values, so a password or a name cannot break the envelope.
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', suppressEmptyNode: true });

export function envelope<C extends Command>(command: C, params: Commands[C]['params'], settings: Settings): string {
  const call = { '@xmlns:reg': API_NS, login: settings.login, password: settings.password, ...params };
  const doc = { 'soapenv:Envelope': { '@xmlns:soapenv': SOAP_NS, 'soapenv:Body': { [`reg:${FUNCTIONS[command]}`]: call } } };
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build(doc) as string}`;
}

/** Sends one call; a fault comes back as `{ ok: false, error }`. */
export async function call<C extends Command>(ctx: OperationContext<Settings>, command: C, params: Commands[C]['params']): Promise<Reply<C>> {
  const { endpoint, timeoutMs } = ctx.settings;
  const fn = FUNCTIONS[command];
  const res = await ctx.http.request({
    method: 'POST',
    url: endpoint,
    headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: `"${API_NS}#${fn}"` },
    body: envelope(command, params, ctx.settings),
    // SOAP 1.1 sends faults as HTTP 500: read them here instead of getting ctx.http's error.
    acceptStatus: [500],
    label: fn,
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
  const env = parseXml(res.text).Envelope;
  const body = isElement(env) ? env.Body : undefined;
  const fault = isElement(body) ? body.Fault : undefined;
  if (isElement(fault)) {
    const detail = isElement(fault.detail) ? fault.detail : {};
    const code = typeof detail.code === 'string' ? detail.code : String(fault.faultcode ?? '');
    return { ok: false, error: registrarFailure(code, String(fault.faultstring ?? ''), fn) };
  }
  // An HTTP 500 without a fault is the server failing, not the API refusing: worth a retry.
  if (res.status === 500) throw registrarError('REMOTE', 'The registrar had an internal problem', { retryable: true, detail: `${fn}: HTTP 500 without a SOAP fault` });
  const answer = isElement(body) ? body[`${fn}Response`] : undefined;
  if (answer === undefined) throw unreadable(fn, `no <${fn}Response> in the answer`);
  return { ok: true, data: readData[command](answer) };
}
