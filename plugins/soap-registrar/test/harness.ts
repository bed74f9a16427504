/**
 * Test support: an msw server standing in for the SOAP endpoint (dispatch on the function named
 * by the `soapaction` header, scripted answers per function, every request recorded with its parsed arguments) and
 * an operation context with an in-memory state store whose TTLs follow a fake clock.
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createEppClient, createHttpClient, type Json, type OperationContext } from '@registrar-kit/sdk';
import type { SoapRegistrarSettings } from '../src/settings.js';

export const ENDPOINT = 'https://oteapi.netim.com/2.0/';
export const PASSWORD = 'pw-Secret-42';

export interface Recorded {
  action: string;
  args: Record<string, unknown>;
  raw: string;
}

const parser = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, parseTagValue: false, isArray: (name) => name === 'item' });
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@' });

type Reply = { status: number; body: string };
const queues = new Map<string, Reply[]>();
export const requests: Recorded[] = [];
/** Every function sent during the test file with the order of its argument names (never reset). */
export const signatures = new Map<string, Set<string>>();
export const unexpected: string[] = [];
/** Every SOAPAction header value seen during the test file. */
export const soapActions = new Set<string>();

export const server = setupServer(
  http.post(ENDPOINT, async ({ request }) => {
    // The SOAPAction is `https://api.netim.com/2.0/#{fn}`; `actions()` records the function.
    const header = request.headers.get('soapaction') ?? '';
    const action = header.slice(header.lastIndexOf('#') + 1);
    soapActions.add(header);
    const raw = await request.text();
    const doc = parser.parse(raw) as { Envelope?: { Body?: Record<string, Record<string, unknown>> } };
    const args = doc.Envelope?.Body?.[action] ?? {};
    requests.push({ action, args, raw });
    const names = Object.keys(args).filter((k) => !k.startsWith('@')).join(',');
    signatures.set(action, (signatures.get(action) ?? new Set()).add(names));
    const next = queues.get(action)?.shift();
    if (next === undefined) {
      unexpected.push(action);
      return HttpResponse.xml(envelope({ Fault: { faultcode: 'SOAP-ENV:Server', faultstring: `no scripted answer for ${action}` } }), { status: 500 });
    }
    return HttpResponse.xml(next.body, { status: next.status });
  }),
);

export function reset(): void {
  queues.clear();
  requests.length = 0;
  unexpected.length = 0;
}

function envelope(body: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build({ 'SOAP-ENV:Envelope': { '@xmlns:SOAP-ENV': 'http://schemas.xmlsoap.org/soap/envelope/', 'SOAP-ENV:Body': body } })}`;
}

/**
 * The reply part of each function as the public clients read it (kept apart from the plugin's own
 * table on purpose, so a wrong name there fails these tests): acme.sh and dymmer-code/netim.
 */
const PARTS: Record<string, string | undefined> = { sessionOpen: 'IDSession', sessionClose: undefined, contactCreate: 'idContact', contactInfo: 'contact', domainCheck: 'domainCheckResponseReturn' };
const partOf = (fn: string): string | undefined => (fn in PARTS ? PARTS[fn] : 'return');

/** Scripts the next answer of `fn`: the value of its reply part (`<IDSession>`, `<return>`, …). */
export function answer(fn: string, value: unknown): void {
  const part = partOf(fn);
  reply(fn, 200, envelope({ [`ns1:${fn}Response`]: { '@xmlns:ns1': 'urn:DRS', ...(part === undefined ? {} : { [part]: value }) } }));
}

/** Scripts the next answer of `fn` as a whole body (a documented sample, byte for byte). */
export function reply(fn: string, status: number, body: string): void {
  const list = queues.get(fn) ?? [];
  list.push({ status, body });
  queues.set(fn, list);
}

/** Scripts a StructOperationResponse answer. */
export function operation(fn: string, status: 'Done' | 'Pending' | 'Failed' | 'Cancelled', id = 1001, message = ''): void {
  answer(fn, { ID_OPE: id, STATUS: status, MESSAGE: message, TYPE: fn, DATE: '2026-01-15 10:00:00' });
}

/** Scripts a SOAP fault (HTTP 500) with an API code (`E01-M0101`, `E02`) or a SOAP one. */
export function fault(fn: string, code: string, text: string): void {
  reply(fn, 500, envelope({ 'SOAP-ENV:Fault': { faultcode: code, faultstring: text } }));
}

/** Scripts a bare HTTP status for `fn` (e.g. 503: the registrar is briefly down). */
export function httpStatus(fn: string, status: number): void {
  reply(fn, status, 'Service Unavailable');
}

export const actions = (): string[] => requests.map((r) => r.action);

export class FakeClock {
  constructor(public ms = Date.parse('2026-01-15T10:00:00Z')) {}
  now(): Date {
    return new Date(this.ms);
  }
  advance(seconds: number): void {
    this.ms += seconds * 1000;
  }
}

export interface Harness {
  ctx: OperationContext<SoapRegistrarSettings>;
  state: Map<string, { value: Json; expires?: number }>;
  clock: FakeClock;
  logs: string[];
}

export function harness(settings: Partial<SoapRegistrarSettings> = {}, seed: Record<string, Json> = { session: 'S-cached' }): Harness {
  const clock = new FakeClock();
  const state = new Map<string, { value: Json; expires?: number }>(Object.entries(seed).map(([k, value]) => [k, { value }]));
  const logs: string[] = [];
  const log = (level: string) => (message: string, fields?: Record<string, unknown>) => void logs.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
  const ctx: OperationContext<SoapRegistrarSettings> = {
    instance: 'soap-test',
    settings: { endpoint: ENDPOINT, resellerId: 'nr1234', password: PASSWORD, ...settings },
    http: createHttpClient({ secrets: [PASSWORD], allowedHosts: ['api.netim.com', 'oteapi.netim.com'] }),
    epp: createEppClient({ secrets: [PASSWORD] }),
    mail: { send: async () => ({ messageId: 'unused' }) },
    state: {
      get: async <T extends Json>(key: string) => {
        const e = state.get(key);
        if (e === undefined || (e.expires !== undefined && e.expires <= clock.ms)) return undefined;
        return e.value as T;
      },
      set: async (key, value, options) => void state.set(key, { value, ...(options?.ttlSeconds === undefined ? {} : { expires: clock.ms + options.ttlSeconds * 1000 }) }),
      delete: async (key) => void state.delete(key),
    },
    clock,
    log: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') },
    inboundAddress: undefined,
    operation: { id: 'op-1', name: 'test', domain: 'example.fr', customerId: undefined },
  };
  return { ctx, state, clock, logs };
}

export const person = (first = 'Jean', extra?: Record<string, unknown>) => ({
  type: 'person' as const,
  firstName: first,
  lastName: 'Dupont',
  address: ['12 rue de la Paix'],
  postalCode: '75002',
  city: 'Paris',
  country: 'FR',
  phone: '+33.142000000',
  email: 'jean@example.fr',
  ...(extra === undefined ? {} : { extra }),
});

export const NS = [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }];
