import { readFileSync } from 'node:fs';
import { createEppClient, createHttpClient, type InboundMessage, type Json, type MessageContext, type OperationContext, type PendingRef } from '@registrar-kit/sdk';
import { XMLParser } from 'fast-xml-parser';
import type { InternetXSettings } from '../src/settings.js';

export const ENDPOINT = 'https://demo.autodns.com/gateway/';
export const PASSWORD = 'pa$$-w0rd&<secret>';

export const baseSettings: InternetXSettings = { endpoint: ENDPOINT, user: 'reseller', password: PASSWORD, context: 4 };

export interface TestContext extends OperationContext<InternetXSettings>, MessageContext<InternetXSettings> {
  stateMap: Map<string, Json>;
  logs: string[];
}

/** A plugin context over the sdk's real http client (so msw sees real fetches) and an in-memory state. */
export function testContext(options: { settings?: Partial<InternetXSettings>; state?: Record<string, Json>; operationId?: string; customerId?: string; pending?: PendingRef[]; now?: string } = {}): TestContext {
  const stateMap = new Map<string, Json>(Object.entries(options.state ?? {}));
  const logs: string[] = [];
  const settings = { ...baseSettings, ...options.settings } as InternetXSettings;
  const pending = options.pending ?? [];
  const log = (level: string) => (message: string, fields?: Record<string, unknown>) => void logs.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
  return {
    instance: 'inx',
    settings,
    http: createHttpClient({ secrets: [PASSWORD] }),
    epp: createEppClient({ secrets: [PASSWORD] }),
    mail: { send: async () => { throw new Error('the plugin must not send mail'); } },
    state: {
      get: async <T extends Json>(key: string) => stateMap.get(key) as T | undefined,
      set: async (key: string, value: Json) => void stateMap.set(key, value),
      delete: async (key: string) => void stateMap.delete(key),
    },
    clock: { now: () => new Date(options.now ?? '2026-01-15T10:00:00.000Z') },
    log: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') },
    inboundAddress: 'inx@platform.test',
    operation: { id: options.operationId ?? 'op-42', name: 'test', domain: '', customerId: options.customerId },
    findPending: async (q) => pending.filter((p) => (q.ref === undefined || p.ref === q.ref) && (q.domain === undefined || p.domain === q.domain)),
    stateMap,
    logs,
  };
}

export const pendingRef = (ref: string, domain: string, operation = 'register', step = 'registering'): PendingRef => ({
  ref,
  operationId: ref.split('-').slice(0, 2).join('-'),
  operation,
  domain,
  step,
  submittedAt: '2026-01-15T10:00:00.000Z',
});

const parser = new XMLParser({ parseTagValue: false, isArray: (name) => ['nserver', 'address', 'ip', 'ip6'].includes(name) });

/** A parsed request document as the gateway would read it. */
export interface ParsedRequest {
  request: { auth: { user: string; password: string; context: string }; language: string; task: Record<string, any> };
}
export const parseRequest = (xml: string): ParsedRequest => parser.parse(xml) as ParsedRequest;

/** Child element names of <task>, in document order (the ctid must come first). */
export function taskChildOrder(xml: string): string[] {
  const inner = /<task>([\s\S]*)<\/task>/.exec(xml)?.[1] ?? '';
  const names: string[] = [];
  let depth = 0;
  for (const m of inner.matchAll(/<(\/?)([a-z_0-9]+)[^>]*?(\/?)>/g)) {
    if (m[1] === '/') depth--;
    else {
      if (depth === 0) names.push(m[2]!);
      if (m[3] !== '/') depth++;
    }
  }
  return names;
}

/** Reads a fixture .eml (plain 7-bit text) into the InboundMessage the host would hand over. */
export function readEml(file: string | URL, replace: Record<string, string> = {}): InboundMessage {
  let raw = readFileSync(file, 'utf8');
  for (const [k, v] of Object.entries(replace)) raw = raw.split(`{{${k}}}`).join(v);
  const split = raw.indexOf('\n\n') >= 0 ? raw.indexOf('\n\n') : raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split);
  const headers = Object.fromEntries(head.split(/\r?\n/).map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  return {
    kind: 'mail',
    id: headers['message-id'] ?? 'fixture',
    receivedAt: '2026-01-15T10:07:00.000Z',
    ...(headers.from === undefined ? {} : { from: headers.from }),
    ...(headers.subject === undefined ? {} : { subject: headers.subject }),
    text: raw.slice(split).replace(/^\s+/, ''),
    headers,
  };
}

export const fixture = (name: string): URL => new URL(`./fixtures/${name}`, import.meta.url);
