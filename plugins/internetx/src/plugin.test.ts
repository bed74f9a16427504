import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, validateManifest, type PluginContext } from '@registrar-kit/sdk';
import { XMLParser } from 'fast-xml-parser';
import plugin, { type InternetXSettings } from './plugin.js';
import { buildRequest } from './protocol/gateway.js';
import { parseNotification } from './protocol/notification.js';

const manifest = JSON.parse(readFileSync(new URL('../registrar-plugin.json', import.meta.url), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('internetx manifest', () => {
  it('validates cleanly and declares renewal unsupported with the registrar reason', () => {
    const r = validateManifest(manifest, { packageJson: pkg });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(manifest.operations.renew).toMatchObject({ mode: 'unsupported', reason: 'renewed-by-registrar' });
    expect(manifest.polling.rateLimitPerSecond).toBe(3);
  });
});

describe('AutoDNS request documents', () => {
  it('carry auth, language and the task with ctid and reply_to', () => {
    const xml = buildRequest({ endpoint: 'x', user: 'u', password: 'p&<', context: 4 }, { code: '0101', ctid: 'op-1-domain', domain: { name: 'example.de' }, reply_to: 'mail@platform.test' });
    const doc = new XMLParser({ parseTagValue: false }).parse(xml) as { request: { auth: Record<string, string>; language: string; task: Record<string, unknown> } };
    expect(doc.request.auth).toEqual({ user: 'u', password: 'p&<', context: '4' });
    expect(doc.request.language).toBe('en');
    expect(doc.request.task).toMatchObject({ code: '0101', ctid: 'op-1-domain', reply_to: 'mail@platform.test' });
  });
});

describe('notification mail', () => {
  it('reads the Standard layout (transaction and status in the system block)', () => {
    const note = parseNotification('<system>\nuser: r\ntask: 0101 domain create\n  status:  E0101 [Domain could not be registered]\ntransaction: op-7-domain\n</system>\n<reply>\nmsg: EF10116 taken\n</reply>');
    expect(note).toEqual({ ctid: 'op-7-domain', code: 'E0101', text: 'Domain could not be registered', errorCodes: ['EF10116'] });
  });

  it('reads the XML-only layout', () => {
    const note = parseNotification('Some preamble\n<?xml version="1.0"?><notify><job><ctid>op-9-transfer</ctid><status><code>S0104001</code><type>success</type><text>ok</text></status></job></notify>');
    expect(note).toMatchObject({ ctid: 'op-9-transfer', code: 'S0104001' });
  });

  it('returns nothing for mail that is not a job notification', () => {
    expect(parseNotification('Hello, your invoice is attached.')).toBeUndefined();
  });
});

describe('message-queue polling (0905 / 0906)', () => {
  const queue = [
    { id: '11', ctid: 'op-1-domain', type: 'success' },
    { id: '12', ctid: 'op-2-transfer', type: 'failed' },
    { id: '13', ctid: 'someone-else', type: 'success' },
  ];
  const acked: string[] = [];
  const server = setupServer(
    http.post('https://demo.autodns.com/gateway/', async ({ request }) => {
      const doc = new XMLParser({ parseTagValue: false }).parse(await request.text()) as { request: { task: { code: string; message?: { id: string } } } };
      const task = doc.request.task;
      if (task.code === '0906') {
        acked.push(task.message!.id);
        queue.shift();
        return HttpResponse.xml('<response><result><status><code>S0906</code><type>success</type><text>ok</text></status></result></response>');
      }
      const head = queue[0];
      if (head === undefined) return HttpResponse.xml('<response><result><data><summary>0</summary></data><status><code>S0905</code><type>success</type><text>empty</text></status></result></response>');
      return HttpResponse.xml(
        `<response><result><data><summary>${queue.length}</summary><message><id>${head.id}</id><job><ctid>${head.ctid}</ctid><status><code>X</code><type>${head.type}</type><text>t</text></status></job></message></data><status><code>S0905</code><type>success</type><text>ok</text></status></result></response>`,
      );
    }),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('settles the asked-for jobs, acknowledges each, and leaves a foreign message in the queue', async () => {
    const settings: InternetXSettings = { endpoint: 'https://demo.autodns.com/gateway/', user: 'u', password: 'secret-pass', context: 4, completion: 'poll' };
    const ctx: PluginContext<InternetXSettings> = {
      instance: 'inx', settings, http: createHttpClient({ secrets: ['secret-pass'] }), mail: { send: async () => ({ messageId: '' }) },
      state: { get: async () => undefined, set: async () => undefined, delete: async () => undefined }, clock: { now: () => new Date() },
      log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined }, inboundAddress: undefined,
    };
    const ref = (r: string, domain: string) => ({ ref: r, operationId: r, operation: 'register', domain, submittedAt: '2026-01-15T10:00:00Z' });
    const updates = await plugin.poll!([ref('op-1-domain', 'a.de'), ref('op-2-transfer', 'b.de')], ctx);
    expect(updates.map((u) => [u.ref, u.outcome.status])).toEqual([['op-1-domain', 'done'], ['op-2-transfer', 'failed']]);
    expect(acked).toEqual(['11', '12']);
    expect(queue.map((m) => m.id)).toEqual(['13']);
  });
});
