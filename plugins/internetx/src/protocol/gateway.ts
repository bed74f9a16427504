/**
 * The AutoDNS XML gateway (shared/reference/protocols.md §1): a `<request>` document per task,
 * POSTed as `application/xml`; a `<response>` whose `<status><type>` is success, error or notify.
 * Documents are built and read with fast-xml-parser, never concatenated by hand.
 */
import { RegistrarError, type HttpClient } from '@registrar-kit/sdk';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';

export interface GatewayAuth {
  endpoint: string;
  user: string;
  password: string;
  context: number;
}

export interface GatewayMessage {
  code: string;
  text: string;
  type: string;
}

export interface GatewayResponse {
  status: { code: string; text: string; type: 'success' | 'error' | 'notify' | string };
  messages: GatewayMessage[];
  data: Record<string, unknown> | undefined;
  ctid: string | undefined;
}

const builder = new XMLBuilder({ format: false, suppressEmptyNode: true });
const parser = new XMLParser({ parseTagValue: false, trimValues: true, isArray: (name) => ['msg', 'nserver', 'message'].includes(name) });

/** Builds the request document for one task (`ctid` first, as real clients send it). */
export function buildRequest(auth: GatewayAuth, task: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="utf-8"?>${builder.build({
    request: {
      auth: { user: auth.user, password: auth.password, context: auth.context },
      language: 'en',
      task,
    },
  })}`;
}

function text(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') return String((v as Record<string, unknown>)['#text'] ?? '');
  return String(v);
}

/** Reads a `<response>`; anything else is a PROTOCOL error. */
export function parseResponse(xml: string, label: string): GatewayResponse {
  let doc: { response?: { result?: { status?: Record<string, unknown>; msg?: Record<string, unknown>[]; data?: Record<string, unknown> }; ctid?: unknown } };
  try {
    doc = parser.parse(xml) as typeof doc;
  } catch {
    doc = {};
  }
  const status = doc.response?.result?.status;
  if (status === undefined || typeof status.code !== 'string') {
    throw new RegistrarError({ code: 'PROTOCOL', message: 'The registrar sent an answer that could not be read', detail: `${label}: not an AutoDNS response: ${xml.slice(0, 200)}` });
  }
  return {
    status: { code: text(status.code), text: text(status.text), type: text(status.type) },
    messages: (doc.response?.result?.msg ?? []).map((m) => ({ code: text(m.code), text: text(m.text), type: text(m.type) })),
    data: doc.response?.result?.data,
    ctid: doc.response?.ctid === undefined ? undefined : text(doc.response.ctid),
  };
}

/** Sends one task; the gateway allows 3 requests per second per IP (the manifest declares it). */
export async function send(http: HttpClient, auth: GatewayAuth, task: Record<string, unknown>, label: string): Promise<GatewayResponse> {
  const res = await http.request({ method: 'POST', url: auth.endpoint, headers: { 'content-type': 'application/xml; charset=utf-8' }, body: buildRequest(auth, task), label });
  return parseResponse(res.text, label);
}
