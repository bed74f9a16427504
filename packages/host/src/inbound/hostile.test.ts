// Registrar mail and webhooks as an attacker or a flaky network would send them (issue 15,
// "Inbound"): each case is a delivery a careless intake would apply, and the host must not.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PluginInstanceConfig } from '../config.js';
import type { Host } from '../host.js';
import { baseConfig, fixture, nameservers, registrant, SECRET_KEY, startHost, type FakeClock } from '../test-support/harness.js';
import { signWebhook } from './webhook-auth.js';

const REGISTRAR = 'robot@registrar.example';
const WEBHOOK_SECRET = 'whsec-3f9a1c77e2';

/** What the host-inbound fixture plugin was handed and what it "sent" (the next registrar request). */
const seen = (): { handled: { id: string; kind: string }[]; sent: { operationId: string; after: string }[] } =>
  ((globalThis as { __registrarKitInbound?: ReturnType<typeof seen> }).__registrarKitInbound ??= { handled: [], sent: [] });

const hosts: Host[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const h of hosts.splice(0)) await h.close();
  seen().handled.length = 0;
  seen().sent.length = 0;
});

type Inbound = NonNullable<PluginInstanceConfig['inbound']>;

function config(inbound: Partial<Inbound> = {}, extra: Partial<PluginInstanceConfig> = {}, store = ':memory:') {
  return baseConfig({
    store: { sqlite: store },
    plugins: [
      {
        name: 'inx',
        package: fixture('host-inbound'),
        settings: { apiKey: SECRET_KEY },
        inbound: { address: 'inx@platform.example', allowedSenders: [REGISTRAR], webhook: { secret: WEBHOOK_SECRET }, ...inbound },
        ...extra,
      },
    ],
    connectors: [{ tld: 'com', plugin: 'inx' }],
  });
}

async function start(cfg = config()): Promise<{ host: Host; clock: FakeClock }> {
  const started = await startHost(cfg);
  hosts.push(started.host);
  return started;
}

async function pending(host: Host, domain: string) {
  const op = await host.submit({ operation: 'register', input: { domain, period: 1, contacts: { registrant }, nameservers } });
  expect(op).toMatchObject({ status: 'pending', ref: expect.any(String) });
  return op as typeof op & { ref: string };
}

function mail(opts: { subject: string; messageId?: string; from?: string[]; received?: string; body?: string | Buffer; charset?: string }): Buffer {
  const head = [
    ...(opts.received === undefined ? [] : [`Received: from ${opts.received} by mx.platform.example; Thu, 15 Jan 2026 10:05:00 +0000`]),
    ...(opts.from ?? [`Registrar <${REGISTRAR}>`]).map((f) => `From: ${f}`),
    'To: inx@platform.example',
    `Subject: ${opts.subject}`,
    `Message-ID: ${opts.messageId ?? `<${Math.random().toString(36).slice(2)}@registrar.example>`}`,
    'Date: Thu, 15 Jan 2026 10:05:00 +0000',
    `Content-Type: text/plain; charset=${opts.charset ?? 'utf-8'}`,
    'Content-Transfer-Encoding: 8bit',
    '',
    '',
  ].join('\r\n');
  return Buffer.concat([Buffer.from(head, 'latin1'), typeof opts.body === 'string' || opts.body === undefined ? Buffer.from(opts.body ?? 'status: done\r\n') : opts.body]);
}

function signed(body: string, clock: FakeClock, secret = WEBHOOK_SECRET, extra: Record<string, string> = {}) {
  return { headers: { 'Content-Type': 'application/json', ...signWebhook(secret, body, clock.now()), ...extra }, body };
}

describe('webhooks are authenticated', () => {
  it('applies a webhook signed with the instance secret, its JSON body parsed for the plugin', async () => {
    const { host, clock } = await start();
    const op = await pending(host, 'signed.com');
    const result = await host.inbound.deliverWebhook('inx', signed(JSON.stringify({ ref: op.ref, verdict: 'OK' }), clock));
    expect(result).toMatchObject({ status: 'applied' });
    expect((await host.getDomain('signed.com'))?.status).toBe('registered');
  });

  it.each([
    ['no signature', (body: string) => ({ headers: {}, body })],
    ['a signature made with another secret', (body: string, clock: FakeClock) => signed(body, clock, 'not-the-secret')],
    ['a body changed after signing', (body: string, clock: FakeClock) => ({ ...signed(body, clock), body: body.replace('OK', 'OK ') })],
  ])('refuses a webhook with %s, stores nothing and logs a warning without the body', async (_case, request) => {
    const { host, clock } = await start();
    const op = await pending(host, 'forged.com');
    const body = JSON.stringify({ ref: op.ref, verdict: 'OK', marker: 'body-marker-81f2' });
    const result = await host.inbound.deliverWebhook('inx', request(body, clock));
    expect(result).toMatchObject({ status: 'refused', reason: 'WEBHOOK_UNAUTHENTICATED' });
    expect((await host.getOperation(op.id))?.status).toBe('pending');
    expect(await host.store.listInbound()).toEqual([]);
    const warnings = await host.log({ kind: 'inbound', level: 'warn' });
    expect(warnings.map((w) => w.message)).toEqual([expect.stringContaining('WEBHOOK_UNAUTHENTICATED')]);
    expect(JSON.stringify(warnings)).not.toContain('body-marker-81f2');
    expect(JSON.stringify(warnings)).not.toContain(WEBHOOK_SECRET);
    expect(seen().handled).toEqual([]);
  });

  it('refuses a replay signed outside the window (default 300 s), either way of the host clock', async () => {
    const { host, clock } = await start();
    const op = await pending(host, 'replayed.com');
    const body = JSON.stringify({ ref: op.ref, verdict: 'OK' });
    const old = signed(body, clock);
    clock.advance(301);
    expect(await host.inbound.deliverWebhook('inx', old)).toMatchObject({ status: 'refused', reason: 'WEBHOOK_STALE' });
    const future = { body, headers: signWebhook(WEBHOOK_SECRET, body, new Date(clock.now().getTime() + 301_000)) };
    expect(await host.inbound.deliverWebhook('inx', future)).toMatchObject({ status: 'refused', reason: 'WEBHOOK_STALE' });
    clock.advance(-2);
    expect(await host.inbound.deliverWebhook('inx', old)).toMatchObject({ status: 'applied' });
  });

  it('an instance without a secret refuses every webhook unless configured unauthenticated, which is warned about at start', async () => {
    const strict = await start(config({ webhook: {} }));
    const op = await pending(strict.host, 'nosecret.com');
    const push = { headers: {}, body: JSON.stringify({ ref: op.ref, verdict: 'OK' }) };
    expect(await strict.host.inbound.deliverWebhook('inx', push)).toMatchObject({ status: 'refused', reason: 'WEBHOOK_UNAUTHENTICATED', detail: expect.stringContaining('no inbound.webhook.secret') });
    expect(await strict.host.inbound.warnUnauthenticatedWebhooks()).toEqual([]);

    const open = await start(config({ webhook: { unauthenticated: true } }));
    const op2 = await pending(open.host, 'nosecret.com');
    expect(await open.host.inbound.warnUnauthenticatedWebhooks()).toEqual(['inx']);
    expect((await open.host.log({ kind: 'inbound', level: 'warn' }))[0]?.message).toContain('inx accepts unauthenticated webhooks');
    // The old call with a parsed object body still works in this mode.
    expect(await open.host.inbound.deliverWebhook('inx', { body: { ref: op2.ref, verdict: 'OK' } })).toMatchObject({ status: 'applied' });
  });

  it('a signed instance refuses a parsed object body: the signature is over the bytes received', async () => {
    const { host, clock } = await start();
    const body = { ref: 'x', verdict: 'OK' };
    const result = await host.inbound.deliverWebhook('inx', { headers: signWebhook(WEBHOOK_SECRET, JSON.stringify(body), clock.now()), body });
    expect(result).toMatchObject({ status: 'refused', reason: 'WEBHOOK_UNAUTHENTICATED' });
  });

  it('an unknown instance is refused, not stored', async () => {
    const { host, clock } = await start();
    expect(await host.inbound.deliverWebhook('nobody', signed('{}', clock))).toMatchObject({ status: 'refused', reason: 'NO_INSTANCE' });
    expect(await host.store.listInbound()).toEqual([]);
  });
});

describe('the instance transport rules', () => {
  it('a mail-only instance refuses a correctly signed webhook (manifest without /inbound/webhook, or transport "mail")', async () => {
    const byManifest = await start(
      baseConfig({
        plugins: [{ name: 'inx', package: fixture('host-by-registrar'), settings: { apiKey: SECRET_KEY }, inbound: { allowedSenders: [REGISTRAR], webhook: { secret: WEBHOOK_SECRET } } }],
        connectors: [{ tld: 'com', plugin: 'inx' }],
      }),
    );
    expect(await byManifest.host.inbound.deliverWebhook('inx', signed('{}', byManifest.clock))).toMatchObject({ status: 'refused', reason: 'TRANSPORT_NOT_ALLOWED', detail: expect.stringContaining('/inbound/webhook') });
    const byConfig = await start(config({ transport: 'mail' }));
    const op = await pending(byConfig.host, 'mailonly.com');
    expect(await byConfig.host.inbound.deliverWebhook('inx', signed(JSON.stringify({ ref: op.ref, verdict: 'OK' }), byConfig.clock))).toMatchObject({ status: 'refused', reason: 'TRANSPORT_NOT_ALLOWED' });
    expect((await byConfig.host.getOperation(op.id))?.status).toBe('pending');
  });

  it('a webhook-only instance quarantines mail, even from an allowed sender', async () => {
    const { host } = await start(config({ transport: 'webhook' }));
    const op = await pending(host, 'hookonly.com');
    expect(await host.inbound.deliver(mail({ subject: `${op.ref} OK` }))).toMatchObject({ status: 'quarantined', reason: 'TRANSPORT_NOT_ALLOWED' });
    expect((await host.getOperation(op.id))?.status).toBe('pending');
  });

  it('a DKIM-requiring instance refuses unsigned webhooks even when configured unauthenticated', async () => {
    const { host } = await start(config({ requireDkim: true, webhook: { unauthenticated: true } }));
    expect(await host.inbound.deliverWebhook('inx', { body: '{}' })).toMatchObject({ status: 'refused', reason: 'WEBHOOK_UNAUTHENTICATED', detail: expect.stringContaining('requireDkim') });
    expect(await host.inbound.warnUnauthenticatedWebhooks()).toEqual([]);
  });
});

describe('duplicates', () => {
  it('ten copies of one reply, differing only in a Received header and arriving at once, reach the plugin once', async () => {
    const { host } = await start();
    const op = await pending(host, 'tencopies.com');
    const copies = Array.from({ length: 10 }, (_, i) => mail({ subject: `${op.ref} NEXT`, messageId: '<reply-1@registrar.example>', received: `relay${i}.registrar.example` }));
    const results = await Promise.all(copies.map((c) => host.inbound.deliver(c)));
    expect(results.filter((r) => r.status === 'applied')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'duplicate')).toHaveLength(9);
    expect(seen().handled).toHaveLength(1);
    expect(seen().sent).toHaveLength(1);
    expect(await host.store.listInbound()).toHaveLength(1);
    expect((await host.getOperation(op.id))?.step).toBe('domain');
  });

  it('two hosts on one SQLite file delivering the same message at once: one applies it, the other reports a duplicate', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rk-inbound-')), 'store.sqlite');
    const first = await start(config({}, {}, file));
    const second = await start(config({}, {}, file));
    const op = await pending(first.host, 'twohosts.com');
    const copies = Array.from({ length: 10 }, (_, i) => mail({ subject: `${op.ref} NEXT`, messageId: '<reply-2@registrar.example>', received: `relay${i}.registrar.example` }));
    const results = await Promise.all(copies.map((c, i) => (i % 2 === 0 ? first.host : second.host).inbound.deliver(c)));
    expect(results.map((r) => r.status).sort()).toEqual(['applied', ...Array<string>(9).fill('duplicate')]);
    expect(seen().sent).toHaveLength(1);
  });

  it('a webhook delivered again under the same delivery id is a duplicate, even with another body or signature time', async () => {
    const { host, clock } = await start();
    const op = await pending(host, 'redelivered.com');
    const delivery = { 'X-Registrar-Kit-Delivery': 'evt-7731' };
    expect(await host.inbound.deliverWebhook('inx', signed(JSON.stringify({ ref: op.ref, verdict: 'NEXT' }), clock, WEBHOOK_SECRET, delivery))).toMatchObject({ status: 'applied', messageId: 'evt-7731' });
    clock.advance(60);
    expect(await host.inbound.deliverWebhook('inx', signed(JSON.stringify({ ref: op.ref, verdict: 'NEXT', retry: 1 }), clock, WEBHOOK_SECRET, delivery))).toMatchObject({ status: 'duplicate', messageId: 'evt-7731' });
    expect(seen().sent).toHaveLength(1);
  });
});

describe('correlation', () => {
  it('two different replies to one pending request arriving at once: the plugin sends the next request once', async () => {
    const { host } = await start();
    const op = await pending(host, 'tworeplies.com');
    const results = await Promise.all([host.inbound.deliver(mail({ subject: `${op.ref} NEXT`, body: 'queued' })), host.inbound.deliver(mail({ subject: `${op.ref} NEXT`, body: 'registered' }))]);
    expect(results.map((r) => r.status).sort()).toEqual(['applied', 'quarantined']);
    expect(seen().sent).toHaveLength(1);
  });

  it('a ref carried by two pending operations is applied to neither: quarantined AMBIGUOUS', async () => {
    const { host } = await start();
    const a = await pending(host, 'twin-a.com');
    const b = await pending(host, 'twin-b.com');
    expect(a.ref).toBe(b.ref);
    const result = await host.inbound.deliver(mail({ subject: `${a.ref} OK` }));
    expect(result).toMatchObject({ status: 'quarantined', reason: 'AMBIGUOUS' });
    expect((await host.getOperation(a.id))?.status).toBe('pending');
    expect((await host.getOperation(b.id))?.status).toBe('pending');
  });

  it('a message with two From headers is quarantined, whichever comes last', async () => {
    const { host } = await start();
    const op = await pending(host, 'twofrom.com');
    const result = await host.inbound.deliver(mail({ subject: `${op.ref} OK`, from: ['Evil <attacker@evil.example>', `Registrar <${REGISTRAR}>`] }));
    expect(result).toMatchObject({ status: 'quarantined', reason: 'SENDER_NOT_ALLOWED', detail: expect.stringContaining('2 From headers') });
    expect((await host.getOperation(op.id))?.status).toBe('pending');
  });

  it('a handleMessage that never settles is given up after timeouts.messageMs: quarantined PLUGIN_TIMEOUT, the next message handled', async () => {
    const { host } = await start(config({}, { timeouts: { messageMs: 5_000 } }));
    const op = await pending(host, 'hung.com');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const hung = host.inbound.deliver(mail({ subject: `${op.ref} HANG` }));
    const next = host.inbound.deliver(mail({ subject: `${op.ref} OK` }));
    let settled = false;
    void hung.then(() => (settled = true));
    // Parsing and storing run on real I/O callbacks (setImmediate is not faked): wait until the plugin has the message.
    while (seen().handled.length === 0) await new Promise((resolve) => setImmediate(resolve));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await hung).toMatchObject({ status: 'quarantined', reason: 'PLUGIN_TIMEOUT' });
    expect(await next).toMatchObject({ status: 'applied' });
    const [kept] = await host.inbound.quarantined();
    expect(kept?.raw).toContain('HANG');
  });
});

describe('storage', () => {
  it('keeps a koi8-r mail byte for byte', async () => {
    const { host } = await start();
    const raw = mail({ subject: 'ctid-none OK', charset: 'koi8-r', body: iconv.encode('Домен first.ru зарегистрирован и делегирован\r\n', 'koi8-r') });
    await host.inbound.deliver(raw);
    const [stored] = await host.store.listInbound();
    expect(stored?.rawBytes.equals(raw)).toBe(true);
  });
});
