// GET /v1/events (server-sent events, filtered per tenant) and GET /v1/tracker, over real HTTP on loopback.
import { signWebhook } from '@registrar-kit/host';
import { afterEach, describe, expect, it } from 'vitest';
import { registerInput, serverConfig as baseConfig, startTestServer, WEBHOOK_SECRET, type TestServer } from './test-support/harness.js';

/** `acme` and `globex` are tenants ordering on the provider's own account: their requests need no order. */
const serverConfig = () => baseConfig({ orders: { providerCustomerIds: ['acme', 'globex'] } });

let s: TestServer | undefined;
const readers: EventReader[] = [];

afterEach(async () => {
  for (const r of readers.splice(0)) r.cancel();
  await s?.close();
  s = undefined;
});

interface SseEvent {
  event: string;
  data: Record<string, unknown>;
}

/** Reads an event stream; `until` waits for an event (no sleeps: it resolves when the bytes arrive). */
class EventReader {
  readonly events: SseEvent[] = [];
  readonly comments: string[] = [];
  ended = false;
  private waiters: (() => void)[] = [];

  private constructor(
    readonly response: Response,
    private readonly controller: AbortController,
  ) {}

  static async open(url: string, headers: Record<string, string>): Promise<EventReader> {
    const controller = new AbortController();
    const response = await fetch(url, { headers, signal: controller.signal });
    const reader = new EventReader(response, controller);
    readers.push(reader);
    if (response.ok) void reader.pump();
    return reader;
  }

  private async pump(): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of this.response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n');
          for (const line of lines.filter((l) => l.startsWith(':'))) this.comments.push(line.slice(1).trim());
          const event = lines.find((l) => l.startsWith('event: '))?.slice(7);
          const data = lines.find((l) => l.startsWith('data: '))?.slice(6);
          if (event !== undefined && data !== undefined) this.events.push({ event, data: JSON.parse(data) as Record<string, unknown> });
          this.wake();
        }
      }
    } catch {
      // aborted by the test
    }
    this.ended = true;
    this.wake();
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  async until(check: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + 5_000;
    while (!check()) {
      if (this.ended) throw new Error(`the stream ended before ${what}`);
      if (Date.now() > deadline) throw new Error(`no ${what} within 5 s; got ${JSON.stringify(this.events)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 250).unref();
      });
    }
  }

  untilEvent(event: string, match: (data: Record<string, unknown>) => boolean = () => true): Promise<void> {
    return this.until(() => this.events.some((e) => e.event === event && match(e.data)), `${event} event`);
  }

  domains(): string[] {
    return [...new Set(this.events.map((e) => (e.data.domain ?? (e.data.task as { domain?: string } | undefined)?.domain) as string | undefined).filter((d): d is string => d !== undefined))].sort();
  }

  cancel(): void {
    this.controller.abort();
  }
}

const open = (key: string, headers: Record<string, string> = {}) => EventReader.open(`${s!.url}/v1/events`, { authorization: `Bearer ${key}`, ...headers });

describe('GET /v1/events', () => {
  it('streams operation and domain changes as text/event-stream, each tenant its own only', async () => {
    s = await startTestServer(serverConfig());
    const admin = await s.key(['admin']);
    const everyone = await open(await s.key(['read']));
    const acme = await open((await s.keys.create({ scopes: ['read'], tenant: 'acme' })).key);
    const globex = await open((await s.keys.create({ scopes: ['staff'], tenant: 'globex' })).key);
    expect(everyone.response.status).toBe(200);
    expect(everyone.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(everyone.response.headers.get('cache-control')).toBe('no-store');

    const submit = (domain: string, customerId: string) => s!.call('POST', '/v1/operations', { key: admin, body: { operation: 'register', input: registerInput(domain), customerId } });
    await submit('acme-one.com', 'acme');
    await submit('globex-one.com', 'globex');
    // A manual registration: a task opens, for globex.
    await submit('globex-manual.net', 'globex');
    // Markers: each stream's last event. Events go out in the order the host emitted them, so
    // anything of another tenant would have arrived before.
    await submit('acme-last.com', 'acme');
    await submit('globex-last.com', 'globex');

    await acme.untilEvent('domain.status', (d) => d.domain === 'acme-last.com');
    await globex.untilEvent('domain.status', (d) => d.domain === 'globex-last.com');
    await everyone.untilEvent('domain.status', (d) => d.domain === 'globex-last.com');

    expect(acme.domains()).toEqual(['acme-last.com', 'acme-one.com']);
    expect(globex.domains()).toEqual(['globex-last.com', 'globex-manual.net', 'globex-one.com']);
    expect(everyone.domains()).toEqual(['acme-last.com', 'acme-one.com', 'globex-last.com', 'globex-manual.net', 'globex-one.com']);
    expect(acme.events.find((e) => e.event === 'operation.status' && e.data.to === 'done')?.data).toMatchObject({ domain: 'acme-one.com', operation: 'register', to: 'done', operationId: expect.any(String) });
    const opened = globex.events.find((e) => e.event === 'task.opened');
    expect(opened?.data.task).toMatchObject({ domain: 'globex-manual.net', status: 'open', operation: 'register' });
    // The task as the API shows it: no row version, no internal columns.
    expect(opened?.data.task).not.toHaveProperty('version');
  });

  it('tells staff of a quarantined message, and never a tenant-bound key', async () => {
    s = await startTestServer(serverConfig());
    const staff = await open(await s.key(['staff']));
    const tenant = await open((await s.keys.create({ scopes: ['staff'], tenant: 'acme' })).key);
    const stray = JSON.stringify({ ref: 'ctid-unknown', verdict: 'OK' });
    await s.call('POST', '/v1/inbound/hooks', { raw: stray, headers: { 'content-type': 'application/json', ...signWebhook(WEBHOOK_SECRET, stray, Math.floor(Date.now() / 1000)) } });
    await staff.untilEvent('inbound.quarantined');
    const [held] = (await s.call('GET', '/v1/inbound/quarantine', { key: await s.key(['admin']) })).body.items;
    expect(staff.events[0]!.data).toMatchObject({ id: held.id, instance: 'hooks', reason: 'UNMATCHED' });
    // A marker the tenant may see, sent after the quarantine.
    await s.call('POST', '/v1/operations', { key: await s.key(['admin']), body: { operation: 'register', input: registerInput('acme-after.com'), customerId: 'acme' } });
    await tenant.untilEvent('domain.status', (d) => d.domain === 'acme-after.com');
    expect(tenant.events.map((e) => e.event)).not.toContain('inbound.quarantined');
  });

  it('works with a console session cookie, and refuses a request without a key or with a submit-only key', async () => {
    s = await startTestServer(serverConfig());
    const signIn = await fetch(`${s.url}/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiKey: await s.key(['read']) }) });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const stream = await EventReader.open(`${s.url}/v1/events`, { cookie });
    expect(stream.response.status).toBe(200);
    await s.call('POST', '/v1/operations', { key: await s.key(['admin']), body: { operation: 'register', input: registerInput('cookie.com') } });
    await stream.untilEvent('operation.status', (d) => d.domain === 'cookie.com');
    expect((await fetch(`${s.url}/v1/events`)).status).toBe(401);
    const submitter = await fetch(`${s.url}/v1/events`, { headers: { authorization: `Bearer ${await s.key(['submit'])}` } });
    expect(submitter.status).toBe(403);
  });

  it('sends a heartbeat comment on an idle stream, and ends open streams when the server closes', async () => {
    s = await startTestServer(serverConfig(), { server: { events: { heartbeatMs: 40 } } });
    const stream = await open(await s.key(['read']));
    await stream.until(() => stream.comments.includes('heartbeat'), 'heartbeat');
    expect(stream.comments[0]).toBe('connected');
    await s.close();
    s = undefined;
    await stream.until(() => stream.ended, 'end of stream');
  });

  it('ends an open stream at its next heartbeat once its key is revoked', async () => {
    s = await startTestServer(serverConfig(), { server: { events: { heartbeatMs: 40 } } });
    const { key, record } = await s.keys.create({ scopes: ['read'] });
    const stream = await open(key);
    const other = await open(await s.key(['read']));
    await stream.until(() => stream.comments.includes('heartbeat'), 'heartbeat');
    await s.keys.revoke(record.id);
    await stream.until(() => stream.ended, 'end of the revoked key\'s stream');
    // Another key's stream goes on.
    const beats = other.comments.filter((c) => c === 'heartbeat').length;
    await other.until(() => other.comments.filter((c) => c === 'heartbeat').length > beats, 'a later heartbeat');
    expect(other.ended).toBe(false);
  });

  it('limits the streams one key holds open', async () => {
    s = await startTestServer(serverConfig(), { server: { events: { perKey: 2 } } });
    const key = await s.key(['read']);
    await open(key);
    await open(key);
    const third = await fetch(`${s.url}/v1/events`, { headers: { authorization: `Bearer ${key}` } });
    expect(third.status).toBe(429);
    expect(((await third.json()) as { code: string }).code).toBe('RATE_LIMITED');
    expect((await open(await s.key(['read']))).response.status).toBe(200);
  });
});

describe('GET /v1/tracker', () => {
  it('shows pending operations per instance with the polling policy, the next poll and escalations due; a tenant sees its own', async () => {
    let now = Date.parse('2026-03-01T09:00:00.000Z');
    s = await startTestServer(serverConfig(), { host: { clock: { now: () => new Date(now) } } });
    const admin = await s.key(['admin']);
    const moving = await s.call('POST', '/v1/operations', { key: admin, body: { operation: 'transfer', input: { domain: 'moving.com', authCode: 'abc' }, customerId: 'acme' } });
    expect(moving.body).toMatchObject({ status: 'pending', await: 'poll' });
    now += 2 * 86_400_000;
    const hooked = await s.call('POST', '/v1/operations', { key: admin, body: { operation: 'register', input: registerInput('hooked.org'), customerId: 'globex' } });
    expect(hooked.body).toMatchObject({ status: 'pending', await: 'message' });
    // maxPendingDays is 5: the transfer is due in 3 days, then within the day.
    const early = await s.call('GET', '/v1/tracker', { key: await s.key(['staff']) });
    const main = early.body.instances.find((i: { instance: string }) => i.instance === 'main');
    expect(main).toMatchObject({ plugin: expect.any(String), pending: 1, awaitingPoll: 1, minIntervalSeconds: 300, recommendedIntervalSeconds: 600, maxPendingDays: 5, rateLimitPerSecond: null, escalationsDue: [] });
    expect(Date.parse(main.nextPollAt)).toBeGreaterThan(Date.parse('2026-03-01T09:00:00.000Z'));
    expect(early.body.instances.find((i: { instance: string }) => i.instance === 'hooks')).toMatchObject({ pending: 1, awaitingMessage: 1, nextPollAt: null });

    now += 2.5 * 86_400_000;
    const later = await s.call('GET', '/v1/tracker', { key: admin });
    expect(later.body.instances.find((i: { instance: string }) => i.instance === 'main').escalationsDue).toEqual([{ operationId: moving.body.id, domain: 'moving.com', operation: 'transfer', dueAt: '2026-03-06T09:00:00.000Z' }]);
    expect(later.body.instances.find((i: { instance: string }) => i.instance === 'hooks').escalationsDue).toEqual([]);

    const acme = await s.call('GET', '/v1/tracker', { key: (await s.keys.create({ scopes: ['read'], tenant: 'acme' })).key });
    expect(acme.body.instances.map((i: { instance: string; pending: number }) => [i.instance, i.pending])).toEqual([
      ['hooks', 0],
      ['main', 1],
    ]);
  });
});
