import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { HostConfig, WebhookConfig } from '../config.js';
import { createHost, type Host } from '../host.js';
import { baseConfig, FakeClock, fixture, registerInput, SECRET_KEY } from '../test-support/harness.js';
import { verifyWebhookEvent } from './signing.js';

const SECRET = 'platform-webhook-secret-0123456789';
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A platform's endpoint on loopback: records every request and answers what `reply` says. */
async function receiver(reply: (r: Received) => { status: number; headers?: Record<string, string> } = () => ({ status: 204 })): Promise<{ url: string; received: Received[]; server: Server; setReply: (f: typeof reply) => void }> {
  const received: Received[] = [];
  let answer = reply;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r = { headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(r);
      const { status, headers } = answer(r);
      res.writeHead(status, headers).end(status >= 300 ? 'try later' : '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, received, server, setReply: (f) => (answer = f) };
}

const servers: Server[] = [];
const hosts: Host[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
  for (const s of servers.splice(0)) await new Promise((resolve) => s.close(resolve));
});

const storeFile = (): string => join(mkdtempSync(join(tmpdir(), 'rk-webhooks-')), 'host.sqlite');

async function open(config: HostConfig, clock = new FakeClock(), random = () => 0.5): Promise<{ host: Host; clock: FakeClock }> {
  // The host's own ids (UUIDv7): the outbox id is the webhook-id.
  const host = await createHost(config, { clock, random });
  hosts.push(host);
  return { host, clock };
}

const hook = (url: string, extra: Partial<WebhookConfig> = {}): WebhookConfig => ({ name: 'platform', url, secret: SECRET, ...extra });

/** Runs delivery passes until nothing is due (several hosts at once when given several). */
async function drain(...hs: Host[]): Promise<number> {
  let total = 0;
  for (;;) {
    const sent = (await Promise.all(hs.map((h) => h.webhooks.deliverDue()))).reduce((a, b) => a + b, 0);
    if (sent === 0) return total;
    total += sent;
  }
}

describe('outbound webhooks', () => {
  it('an event committed by a host that stops before delivering is delivered by the next host on the store, signed', async () => {
    const r = await receiver();
    const file = storeFile();
    const config = baseConfig({ store: { sqlite: file }, webhooks: [hook(r.url)] });
    const first = await open(config);
    await first.host.submit({ operation: 'register', input: registerInput('kept.com') });
    // No worker ran: the events are only in the outbox, written with the operation.
    await first.host.close();
    hosts.splice(hosts.indexOf(first.host), 1);
    expect(r.received).toEqual([]);

    const clock = new FakeClock();
    const second = await open(config, clock);
    expect(await drain(second.host)).toBeGreaterThan(0);
    const bodies = r.received.map((x) => JSON.parse(x.body) as { type: string; timestamp: string; data: Record<string, unknown> });
    expect(bodies.map((b) => `${b.type} ${String(b.data.to)}`)).toEqual(expect.arrayContaining(['operation.status done', 'domain.status registered']));
    expect(bodies.every((b) => b.data.domain === 'kept.com')).toBe(true);
    for (const x of r.received) {
      expect(x.headers['webhook-id']).toMatch(UUID_V7);
      expect(x.headers['content-type']).toBe('application/json');
      expect(verifyWebhookEvent({ body: x.body, headers: x.headers, secret: SECRET, now: clock.now() })).toMatchObject({ ok: true });
      expect(verifyWebhookEvent({ body: x.body, headers: x.headers, secret: `${SECRET}x`, now: clock.now() })).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
    }
    expect(new Set(r.received.map((x) => x.headers['webhook-id'])).size).toBe(r.received.length);
    expect((await second.host.webhooks.deliveries({ status: 'delivered' })).length).toBe(r.received.length);
    expect(await drain(second.host)).toBe(0);
  });

  it('writes nothing to the outbox when no webhook is configured', async () => {
    const file = storeFile();
    const { host } = await open(baseConfig({ store: { sqlite: file } }));
    await host.submit({ operation: 'register', input: registerInput('quiet.com') });
    const db = new BetterSqlite3(file, { readonly: true });
    try {
      expect(db.prepare('select count(*) as n from webhook_outbox').get()).toEqual({ n: 0 });
      expect(db.prepare('select count(*) as n from webhook_deliveries').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
    expect(await host.webhooks.deliverDue()).toBe(0);
  });

  it('sends an endpoint only the events it subscribed to', async () => {
    const all = await receiver();
    const tasks = await receiver();
    const { host } = await open(baseConfig({ webhooks: [hook(all.url, { name: 'all' }), hook(tasks.url, { name: 'tasks', events: ['task.opened', 'task.closed'] })] }));
    await host.submit({ operation: 'register', input: registerInput('filtered.com') });
    await drain(host);
    expect(all.received.length).toBeGreaterThan(0);
    expect(tasks.received).toEqual([]);
  });

  it('retries a failing endpoint with backoff, honours Retry-After, logs each attempt without the secret, and stops at maxAttempts', async () => {
    let reply: { status: number; headers?: Record<string, string> } = { status: 503, headers: { 'retry-after': '120' } };
    const r = await receiver(() => reply);
    const { host, clock } = await open(baseConfig({ webhooks: [hook(r.url, { maxAttempts: 3, events: ['domain.status'] })] }));
    await host.submit({ operation: 'register', input: registerInput('flaky.com') });
    const n = (await host.webhooks.deliveries()).length;
    expect(n).toBeGreaterThan(0);
    expect(await host.webhooks.deliverDue()).toBe(n);
    reply = { status: 500 };
    expect(await host.webhooks.deliverDue()).toBe(0);
    clock.advance(119);
    expect(await host.webhooks.deliverDue()).toBe(0);
    clock.advance(1);
    expect(await host.webhooks.deliverDue()).toBe(n);
    // Attempt 2 failed with no Retry-After: 25 s (random 0.5 = no jitter).
    clock.advance(24);
    expect(await host.webhooks.deliverDue()).toBe(0);
    clock.advance(1);
    expect(await host.webhooks.deliverDue()).toBe(n);
    clock.advance(3_600);
    expect(await host.webhooks.deliverDue()).toBe(0);
    const [delivery] = await host.webhooks.deliveries();
    expect(delivery).toMatchObject({ status: 'failed', attempts: 3, lastStatusCode: 500 });
    const log = await host.webhooks.attempts({ outboxId: delivery!.outboxId });
    expect(log.map((a) => [a.attempt, a.statusCode, a.error])).toEqual([
      [1, 503, 'HTTP 503: try later'],
      [2, 500, 'HTTP 500: try later'],
      [3, 500, 'HTTP 500: try later'],
    ]);
    expect(log.every((a) => a.durationMs >= 0)).toBe(true);
    expect(JSON.stringify(await host.webhooks.attempts())).not.toContain(SECRET);
    // The same webhook-id on every attempt of an event: a receiver that stored the first dedupes the rest.
    const perId = new Map<unknown, number>();
    for (const x of r.received) perId.set(x.headers['webhook-id'], (perId.get(x.headers['webhook-id']) ?? 0) + 1);
    expect([...perId.values()]).toEqual(Array.from({ length: n }, () => 3));
    expect(JSON.stringify(await host.log())).not.toContain(SECRET);
  });

  it('logs a refused connection as an attempt with no status code', async () => {
    const r = await receiver();
    const url = r.url;
    await new Promise((resolve) => r.server.close(resolve));
    servers.splice(servers.indexOf(r.server), 1);
    const { host } = await open(baseConfig({ webhooks: [hook(url, { events: ['domain.status'] })] }));
    await host.submit({ operation: 'register', input: registerInput('down.com') });
    expect(await host.webhooks.deliverDue()).toBeGreaterThan(0);
    const [attempt] = await host.webhooks.attempts();
    expect(attempt?.statusCode).toBeUndefined();
    expect(attempt?.error).toMatch(/ECONNREFUSED/);
    expect((await host.webhooks.deliveries())[0]?.status).toBe('pending');
  });

  it('disables an endpoint after disableAfterFailures consecutive failures, with the reason shown, until enabled again', async () => {
    const r = await receiver(() => ({ status: 500 }));
    const { host, clock } = await open(baseConfig({ webhooks: [hook(r.url, { disableAfterFailures: 3, events: ['domain.status'] })] }));
    for (const name of ['a1.com', 'a2.com']) await host.submit({ operation: 'register', input: registerInput(name) });
    const n = (await host.webhooks.deliveries()).length;
    expect(n).toBeGreaterThan(3);
    // One pass attempts every due delivery at once: the count passes the threshold there.
    expect(await host.webhooks.deliverDue()).toBe(n);
    const [endpoint] = await host.webhooks.endpoints();
    expect(endpoint).toMatchObject({ name: 'platform', status: 'disabled', consecutiveFailures: n, lastError: 'HTTP 500: try later' });
    expect(endpoint?.disabledReason).toMatch(/disabled after 3 consecutive failed deliveries/);
    expect((await host.log({ level: 'error' })).map((e) => e.message).join('\n')).toMatch(/webhook endpoint platform disabled after 3/);
    clock.advance(7_200);
    expect(await host.webhooks.deliverDue()).toBe(0);

    r.setReply(() => ({ status: 200 }));
    await expect(host.webhooks.enable('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await host.webhooks.enable('platform');
    expect((await host.webhooks.endpoints())[0]).toMatchObject({ status: 'enabled', consecutiveFailures: 0, disabledReason: undefined });
    expect(await drain(host)).toBe(n);
    expect((await host.webhooks.deliveries({ status: 'delivered' })).length).toBe(n);
  });

  it('two hosts on one store file deliver each event exactly once', async () => {
    const r = await receiver();
    const file = storeFile();
    const config = baseConfig({ store: { sqlite: file }, webhooks: [hook(r.url)] });
    const a = await open(config);
    const b = await open(config, a.clock);
    for (let i = 0; i < 15; i++) await (i % 2 === 0 ? a : b).host.submit({ operation: 'register', input: registerInput(`both-${i}.com`) });
    const deliveries = (await a.host.webhooks.deliveries()).length;
    expect(deliveries).toBeGreaterThanOrEqual(30);
    await drain(a.host, b.host);
    const ids = r.received.map((x) => x.headers['webhook-id']);
    expect(ids).toHaveLength(deliveries);
    expect(new Set(ids).size).toBe(deliveries);
  });

  it('delivers in the background once started, soon after a commit', async () => {
    const r = await receiver();
    const { host } = await open(baseConfig({ webhooks: [hook(r.url, { events: ['domain.status'] })] }));
    await host.start();
    await host.submit({ operation: 'register', input: registerInput('live.com') });
    const n = (await host.webhooks.deliveries()).length;
    await expect.poll(() => r.received.length).toBe(n);
    await expect.poll(async () => (await host.webhooks.deliveries({ status: 'delivered' })).length).toBe(n);
  });

  it('delivers renewal.due once per expiry, from the commit that announced it — two scheduler cycles at once', async () => {
    const r = await receiver();
    const renewalsOnly = await receiver();
    const clock = new FakeClock();
    const config = baseConfig({
      plugins: [{ name: 'life', package: fixture('host-life'), settings: { apiKey: SECRET_KEY } }],
      connectors: [{ tld: 'com', plugin: 'life' }],
      renewals: { daysBefore: 30, holdHours: 48 },
      webhooks: [hook(r.url, { name: 'all' }), hook(renewalsOnly.url, { name: 'renewals', events: ['renewal.due'] })],
    });
    const { host } = await open(config, clock);
    await host.submit({ operation: 'register', input: registerInput('due.com', { autoRenew: true }) });
    const expiry = (await host.getDomain('due.com'))!.expiresAt!;
    await drain(host);
    r.received.length = 0;
    clock.advance(340 * 86_400);
    await Promise.all([host.renewals.run(), host.renewals.run()]);
    await host.renewals.run();
    await drain(host);
    const due = (rs: Received[]) => rs.map((x) => JSON.parse(x.body) as { type: string; data: Record<string, unknown> }).filter((b) => b.type === 'renewal.due');
    const releaseAt = new Date(clock.now().getTime() + 48 * 3_600_000).toISOString();
    expect(due(r.received)).toEqual([{ type: 'renewal.due', timestamp: expect.any(String), data: { domain: 'due.com', expiry, releaseAt } }]);
    expect(due(renewalsOnly.received)).toHaveLength(1);
    expect(renewalsOnly.received).toHaveLength(1);
    for (const x of renewalsOnly.received) expect(verifyWebhookEvent({ body: x.body, headers: x.headers, secret: SECRET, now: clock.now() })).toMatchObject({ ok: true });
  });
});

describe('webhook configuration', () => {
  it('refuses a short secret, a duplicate name, and a whsec_ secret of too few bytes; accepts whsec_ and uses its decoded bytes', async () => {
    await expect(createHost(baseConfig({ webhooks: [hook('http://127.0.0.1:9/', { secret: 'short' })] }))).rejects.toMatchObject({ code: 'CONFIG_INVALID', message: expect.stringContaining('/webhooks/0/secret') });
    await expect(createHost(baseConfig({ webhooks: [hook('http://127.0.0.1:9/'), hook('http://127.0.0.1:9/')] }))).rejects.toMatchObject({ code: 'CONFIG_INVALID', message: expect.stringContaining('used by two webhooks') });
    await expect(createHost(baseConfig({ webhooks: [hook('http://127.0.0.1:9/', { secret: { $env: 'HOOK_SECRET' } })] }), { env: { HOOK_SECRET: 'whsec_c2hvcnQ=' } })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.not.stringContaining('c2hvcnQ'),
    });
    await expect(createHost(baseConfig({ webhooks: [hook('ftp://example.com/')] }))).rejects.toMatchObject({ code: 'CONFIG_INVALID' });

    const r = await receiver();
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const { host, clock } = await open(baseConfig({ webhooks: [hook(r.url, { secret, events: ['domain.status'] })] }));
    await host.submit({ operation: 'register', input: registerInput('keyed.com') });
    await drain(host);
    const [x] = r.received;
    expect(verifyWebhookEvent({ body: x!.body, headers: x!.headers, secret, now: clock.now() }).ok).toBe(true);
    // The key is the secret's decoded bytes, not the UTF-8 bytes of the whsec_ string.
    const signed = `${String(x!.headers['webhook-id'])}.${String(x!.headers['webhook-timestamp'])}.${x!.body}`;
    expect(x!.headers['webhook-signature']).toBe(`v1,${createHmac('sha256', Buffer.from('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'base64')).update(signed).digest('base64')}`);
    expect(x!.headers['webhook-signature']).not.toBe(`v1,${createHmac('sha256', Buffer.from(secret, 'utf8')).update(signed).digest('base64')}`);
  });
});
