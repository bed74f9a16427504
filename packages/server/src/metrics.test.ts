import { createHost, signWebhook, type Host } from '@registrar-kit/host';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { MetricsOptions } from './metrics.js';
import { createServer } from './server.js';
import { hostApiKeys, type ApiKeyStore } from './keys.js';
import { registerInput, serverConfig, WEBHOOK_SECRET } from './test-support/harness.js';

/** A clock the test moves by hand (the tracker's due times and the lag are read from it). */
class HandClock {
  private ms = Date.now();
  now(): Date {
    return new Date(this.ms);
  }
  advance(seconds: number): void {
    this.ms += seconds * 1000;
  }
}

let host: Host;
let app: FastifyInstance;
let url: string;
let keys: ApiKeyStore;
const clock = new HandClock();

async function start(options: MetricsOptions = {}, before?: (host: Host) => Promise<void>): Promise<void> {
  host = await createHost(serverConfig(), { clock });
  keys = hostApiKeys(host);
  await before?.(host);
  app = await createServer({ host, keys, metrics: options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
}

afterEach(async () => {
  await app.close();
  await host.close();
});

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

async function scrape(headers: Record<string, string>): Promise<string> {
  const response = await fetch(`${url}/metrics`, { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

/** The value of the sample `name` whose labels include `labels` (undefined: no such sample). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (match?.[1] !== name) continue;
    const have = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(match[3]);
  }
  return undefined;
}

const submit = async (key: string, operation: string, input: unknown) => {
  const response = await fetch(`${url}/v1/operations`, { method: 'POST', headers: { ...bearer(key), 'content-type': 'application/json' }, body: JSON.stringify({ operation, input }) });
  return (await response.json()) as { id: string; status: string };
};

describe('/metrics', () => {
  it('counts operations by status (those stored before the start too), times plugin calls per instance, and shows the tracker’s lag', async () => {
    await start({}, async (h) => void (await h.submit({ operation: 'register', input: registerInput('before.com') as never })));
    const admin = (await keys.create({ scopes: ['admin'] })).key;
    let text = await scrape(bearer(admin));
    expect(sample(text, 'registrar_kit_operations', { status: 'done' })).toBe(1);
    expect(sample(text, 'registrar_kit_operations', { status: 'pending' })).toBe(0);

    expect((await submit(admin, 'register', registerInput('taken.com'))).status).toBe('failed');
    expect((await submit(admin, 'transfer', { domain: 'ok-moving.com', authCode: 'abc' })).status).toBe('pending');
    text = await scrape(bearer(admin));
    expect(sample(text, 'registrar_kit_operations', { status: 'failed' })).toBe(1);
    expect(sample(text, 'registrar_kit_operations', { status: 'pending' })).toBe(1);
    expect(sample(text, 'registrar_kit_operations', { status: 'submitting' })).toBe(0);
    expect(sample(text, 'registrar_kit_plugin_call_duration_seconds_count', { instance: 'main', call: 'register', status: 'failed' })).toBe(1);
    expect(sample(text, 'registrar_kit_plugin_call_duration_seconds_count', { instance: 'main', call: 'transfer', status: 'pending' })).toBe(1);
    // Due in 300 s (the plugin's minimum poll interval): not late yet.
    expect(sample(text, 'registrar_kit_tracker_lag_seconds')).toBe(0);

    clock.advance(300 + 90);
    expect(sample(await scrape(bearer(admin)), 'registrar_kit_tracker_lag_seconds')).toBe(90);

    expect((await host.tracker.runCycle()).completed).toBe(1);
    text = await scrape(bearer(admin));
    expect(sample(text, 'registrar_kit_tracker_lag_seconds')).toBe(0);
    expect(sample(text, 'registrar_kit_operations', { status: 'pending' })).toBe(0);
    // The transfer, and the `info` the host sends after it because the transfer's result had no expiry date.
    expect(sample(text, 'registrar_kit_operations', { status: 'done' })).toBe(3);
    expect(sample(text, 'registrar_kit_plugin_call_duration_seconds_count', { instance: 'main', call: 'info', status: 'done' })).toBe(1);
    expect(sample(text, 'registrar_kit_plugin_call_duration_seconds_count', { instance: 'main', call: 'poll', status: 'done' })).toBe(1);
  });

  it('counts registrar webhooks applied and quarantined', async () => {
    await start();
    const admin = (await keys.create({ scopes: ['admin'] })).key;
    const post = (body: string) =>
      fetch(`${url}/v1/inbound/hooks`, { method: 'POST', headers: { 'content-type': 'application/json', ...signWebhook(WEBHOOK_SECRET, body, Math.floor(clock.now().getTime() / 1000)) }, body });
    const op = await submit(admin, 'register', registerInput('hooked.org'));
    expect(op.status).toBe('pending');
    expect((await post(JSON.stringify({ ref: `ctid-${op.id}`, verdict: 'OK' }))).status).toBe(200);
    expect((await post(JSON.stringify({ ref: 'ctid-nobody', verdict: 'OK' }))).status).toBe(200);
    expect((await post(JSON.stringify({ ref: 'ctid-nobody', verdict: 'OK' }))).status).toBe(200);
    const text = await scrape(bearer(admin));
    expect(sample(text, 'registrar_kit_inbound_messages_total', { result: 'applied' })).toBe(1);
    expect(sample(text, 'registrar_kit_inbound_messages_total', { result: 'quarantined' })).toBe(1);
    expect(sample(text, 'registrar_kit_inbound_messages_total', { result: 'duplicate' })).toBe(1);
  });

  it('needs an admin key, or the metrics token when one is configured', async () => {
    await start();
    const read = (await keys.create({ scopes: ['read', 'submit', 'staff'] })).key;
    expect((await fetch(`${url}/metrics`)).status).toBe(401);
    expect((await fetch(`${url}/metrics`, { headers: bearer(read) })).status).toBe(403);
    await app.close();
    await host.close();

    await start({ token: 'scrape-token-5d1f' });
    const admin = (await keys.create({ scopes: ['admin'] })).key;
    const wrong = await fetch(`${url}/metrics`, { headers: bearer(admin) });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(sample(await scrape(bearer('scrape-token-5d1f')), 'registrar_kit_operations', { status: 'done' })).toBe(0);
  });

  it('is not part of the API document', async () => {
    await start();
    const document = (await (await fetch(`${url}/v1/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).not.toContain('/metrics');
  });
});
