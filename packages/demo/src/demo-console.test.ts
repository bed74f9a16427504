// The demo console for tests (startDemoConsole): the tour's host with the console's data, served over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoConsole, type DemoConsole } from './demo-console.js';
import { DEMO_OTHER_TENANT, DEMO_TENANT } from './serve.js';

let demo: DemoConsole;

beforeAll(async () => {
  demo = await startDemoConsole();
}, 120_000);
afterAll(async () => {
  await demo?.close();
});

async function api(path: string, key: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(`${demo.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${key}`, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

describe('the demo console', () => {
  it('signs in with the printed staff key and serves the console page', async () => {
    const session = await fetch(`${demo.url}/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiKey: demo.staffKey }) });
    expect(session.status).toBe(200);
    expect(await session.json()).toMatchObject({ scopes: ['read', 'staff'], tenant: null });
    expect(demo.consoleUrl).toBe(`${demo.url}/console/`);
    const page = await fetch(demo.consoleUrl);
    // 200 with the built console; 503 with the build instruction when it was not built.
    expect([200, 503]).toContain(page.status);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    await page.text();
  });

  it('holds a failed registration whose Action Log says why', async () => {
    const domain = (await api(`/v1/domains/${demo.data.failed.domain}`, demo.staffKey)).body;
    expect(domain.status).toBe('error');
    const log = (await api(`/v1/log?domain=${demo.data.failed.domain}&kind=plugin-call`, demo.staffKey)).body.items;
    expect(log[0]).toMatchObject({ level: 'error', registrarCode: expect.any(String), message: expect.stringContaining('failed') });
  });

  it('holds an open manual renewal that a read key cannot complete and staff can', async () => {
    const tasks = (await api('/v1/tasks?status=open', demo.staffKey)).body.items;
    expect(tasks).toContainEqual(expect.objectContaining({ id: demo.data.manualRenewal.taskId, operation: 'renew', domain: 'instant-demo.com' }));
    const refused = await api(`/v1/tasks/${demo.data.manualRenewal.taskId}/complete`, demo.readKey, { method: 'POST', body: { result: {} } });
    expect(refused.status).toBe(403);
    const detail = (await api(`/v1/operations/${demo.data.manualRenewal.operationId}`, demo.staffKey)).body;
    expect(detail.actions.map((a: { action: string }) => a.action)).toEqual(['claim-task', 'complete-task', 'fail-task']);
  });

  it('holds a quarantined mail, shown raw', async () => {
    const held = (await api(`/v1/inbound/quarantine/${demo.data.quarantined.id}`, demo.staffKey)).body;
    expect(held).toMatchObject({ status: 'quarantined', reason: expect.any(String) });
    expect(held.raw).toContain('Invoice 2026-0042');
  });

  it('a tenant key sees its own domains only; two tenants have domains', async () => {
    const all = (await api('/v1/domains?limit=500', demo.staffKey)).body.items as { name: string; customerId?: string }[];
    expect(all.some((d) => d.customerId === DEMO_TENANT)).toBe(true);
    expect(all.some((d) => d.customerId === DEMO_OTHER_TENANT)).toBe(true);
    const mine = (await api('/v1/domains?limit=500', demo.tenantKey)).body.items as { customerId?: string }[];
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((d) => d.customerId === DEMO_TENANT)).toBe(true);
  });

  it('completes the pending registration on request, and the event stream shows it turn done', async () => {
    expect((await api(`/v1/operations/${demo.data.pending.operationId}`, demo.staffKey)).body.status).toBe('pending');
    const controller = new AbortController();
    const stream = await fetch(`${demo.url}/v1/events`, { headers: { authorization: `Bearer ${demo.staffKey}` }, signal: controller.signal });
    const seen = (async () => {
      let text = '';
      for await (const chunk of stream.body as unknown as AsyncIterable<Uint8Array>) {
        text += Buffer.from(chunk).toString('utf8');
        if (text.includes(`"operationId":"${demo.data.pending.operationId}"`) && /"to":"done"/.test(text)) return true;
      }
      return false;
    })();
    await demo.completePending();
    expect(await seen).toBe(true);
    controller.abort();
    expect((await api(`/v1/operations/${demo.data.pending.operationId}`, demo.staffKey)).body.status).toBe('done');
  });
});
