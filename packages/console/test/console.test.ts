// The operator console in a real browser (Debian's Chromium through playwright-core) against the
// demo's server: the sandbox registrars, the demo's data, `registrar-kit serve` with the console.
// What staff do in it is checked twice: on the screen, and through the API as the truth.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startDemoConsole, type DemoConsole } from '@registrar-kit/demo';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, expectAccessible, launchChromium, openConsole, openScreen, screenshot, settled, signIn, type Tab } from './browser.js';

let demo: DemoConsole;
let browser: Browser;
const tabs: Tab[] = [];

/** The API as the demo's staff key sees it (Bearer, no cookie): what the screens must agree with. */
async function asStaff<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, demo.url), { headers: { authorization: `Bearer ${demo.staffKey}` } });
  expect(response.status, `GET ${path}`).toBe(200);
  return (await response.json()) as T;
}

async function open(key: string): Promise<Tab> {
  const tab = await openConsole(browser, demo.url);
  tabs.push(tab);
  await signIn(tab, key);
  return tab;
}

beforeAll(async () => {
  // Chromium first: without it the suite fails at once, with the message that says what to install.
  browser = await launchChromium();
  if (!existsSync(fileURLToPath(new URL('../dist/index.html', import.meta.url)))) {
    throw new Error('The console is not built: run `pnpm --filter @registrar-kit/console build` (`pnpm test` builds it).');
  }
  demo = await startDemoConsole();
}, 180_000);

afterAll(async () => {
  for (const tab of tabs) await tab.context.close().catch(() => undefined);
  await browser?.close();
  await demo?.close();
}, 60_000);

describe('the operator console', { timeout: 120_000 }, () => {
  it('signs in with a staff key, shows who is signed in, and signs out', async () => {
    const tab = await openConsole(browser, demo.url);
    tabs.push(tab);
    const { page } = tab;
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('registrar-kit console');
    await expectAccessible(page, 'sign-in');
    await screenshot(page, 'sign-in');

    await page.getByLabel('API key').fill('rk_wrong_key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await eventually(() => page.getByRole('alert').textContent()).toContain('UNAUTHENTICATED');

    await signIn(tab, demo.staffKey);
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Domains');
    expect(new URL(page.url()).pathname).toBe('/console/domains');
    const cookies = await tab.context.cookies();
    const session = cookies.find((c) => c.name === 'rk_session');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Strict');
    expect(await page.evaluate(() => document.cookie)).not.toContain('rk_session');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await eventually(() => page.getByLabel('API key').isVisible()).toBe(true);
    // The session is gone on the server too: a reload lands on the sign-in form again.
    await page.reload();
    await eventually(() => page.getByLabel('API key').isVisible()).toBe(true);
    expect(tab.errors).toEqual([]);
  });

  it('goes back to the sign-in form when the session ends elsewhere', async () => {
    const tab = await open(demo.staffKey);
    // A second window of the same browser shares the cookie; signing out there ends the session here too.
    const other = await tab.context.newPage();
    await other.goto(new URL('/console/tracker', demo.url).href);
    await eventually(() => other.getByRole('heading', { level: 1 }).textContent()).toBe('Tracker');
    await other.getByRole('button', { name: 'Sign out' }).click();
    await eventually(() => other.getByLabel('API key').isVisible()).toBe(true);

    await tab.page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Operations' }).click();
    await eventually(() => tab.page.getByLabel('API key').isVisible()).toBe(true);
    expect(tab.errors).toEqual([]);
  });

  it('finds the failed registration and reads why in its timeline', async () => {
    const { page, errors } = await open(demo.staffKey);
    const failed = (await asStaff<{ items: { name: string; lastError?: { code: string; message: string } }[] }>('/v1/domains?status=error')).items;
    expect(failed.length).toBeGreaterThan(0);
    const domain = failed[0]!;
    await settled(page);
    await expectAccessible(page, 'domains');
    await screenshot(page, 'domains');

    await page.getByLabel('Status').selectOption('error');
    await page.getByRole('button', { name: 'Filter' }).click();
    await eventually(() => new URL(page.url()).searchParams.get('status')).toBe('error');
    await settled(page);
    const rows = page.getByRole('table').getByRole('row');
    // Header + the failed domains, nothing else.
    await eventually(() => rows.count()).toBe(failed.length + 1);

    // The name filter narrows the list to names containing the text (with the status kept).
    await page.getByLabel('Name contains').fill(domain.name.slice(0, 5));
    await page.getByRole('button', { name: 'Filter' }).click();
    await eventually(() => new URL(page.url()).searchParams.get('q')).toBe(domain.name.slice(0, 5));
    await settled(page);
    const listed = await page.getByRole('table').locator('tbody th').allTextContents();
    expect(listed).toContain(domain.name);
    expect(listed.every((name) => name.includes(domain.name.slice(0, 5)))).toBe(true);

    await page.getByRole('link', { name: domain.name, exact: true }).click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(domain.name);
    await settled(page);
    const timeline = page.locator('ol.timeline');
    // The error entry of the Action Log says why, with the registrar's reason.
    const errorEntry = timeline.locator('li.level-error').first();
    await eventually(() => errorEntry.textContent()).toContain(domain.lastError!.code);
    expect(await errorEntry.textContent()).toContain(domain.lastError!.message);
    expect(await page.getByRole('group', { name: 'Error' }).textContent()).toContain(domain.lastError!.message);
    await expectAccessible(page, 'domain page');
    await screenshot(page, 'domain-failed-registration');
    expect(errors).toEqual([]);
  });

  it('shows each registrar call of an operation, with its outcome and registrar code', async () => {
    const { page, errors } = await open(demo.staffKey);
    await openScreen(page, 'Operations');
    await settled(page);
    await expectAccessible(page, 'operations');
    await screenshot(page, 'operations');
    await page.getByRole('group', { name: 'Show only these statuses' }).getByRole('button', { name: 'failed' }).click();
    await eventually(() => new URL(page.url()).searchParams.getAll('status')).toEqual(['failed']);
    await settled(page);
    await eventually(() => page.getByRole('table').locator('tbody tr').count()).toBeGreaterThan(0);
    // Only failed operations are listed.
    expect(new Set(await page.getByRole('table').locator('tbody td .chip').allTextContents())).toEqual(new Set(['failed']));
    const failed = (await asStaff<{ items: { id: string; domain: string; error?: { code: string } }[] }>('/v1/operations?status=failed')).items;
    const op = failed.find((o) => o.error !== undefined)!;
    await page.locator(`tr[data-operation="${op.id}"] a`).first().click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(op.domain);
    await settled(page);
    const calls = page.getByRole('region', { name: 'Registrar calls' }).getByRole('row');
    await eventually(() => calls.count()).toBeGreaterThan(1);
    expect(await page.getByRole('region', { name: 'Registrar calls' }).textContent()).toContain(op.error!.code);
    await expectAccessible(page, 'operation page');
    await screenshot(page, 'operation');
    expect(errors).toEqual([]);
  });

  it('a read key sees the tasks but cannot complete one: no button, and the server refuses a forced request', async () => {
    const { page, errors } = await open(demo.readKey);
    await openScreen(page, 'Manual tasks');
    await settled(page);
    const open_ = (await asStaff<{ items: { id: string; domain: string }[] }>('/v1/tasks?status=open')).items;
    expect(open_.length).toBeGreaterThan(0);
    await eventually(() => page.getByRole('article').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /Complete|Claim|Fail/ }).count()).toBe(0);
    // Quarantine is a staff screen: not offered to a read key.
    expect(await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Quarantine' }).count()).toBe(0);

    // Forced from the page, with the session's CSRF token: the server is the authority.
    const task = open_[0]!;
    const forced = await page.evaluate(async (id) => {
      const session = (await (await fetch('/v1/session')).json()) as { csrfToken: string };
      const response = await fetch(`/v1/tasks/${id}/complete`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken }, body: JSON.stringify({ result: {} }) });
      return { status: response.status, body: (await response.json()) as { code?: string } };
    }, task.id);
    expect(forced.status).toBe(403);
    expect(forced.body.code).toBe('FORBIDDEN');
    const after = (await asStaff<{ items: { id: string }[] }>('/v1/tasks?status=open')).items;
    expect(after.map((t) => t.id)).toContain(task.id);
    expect(errors).toEqual([]);
  });

  it('retries a registration that failed while its registrar was down, then shows the new operation', async () => {
    const failedId = demo.data.retryable.operationId;
    const page_ = (id: string) => new URL(`/console/operations/${encodeURIComponent(id)}`, demo.url).href;
    // A read key is not offered the retry (it needs the staff scope).
    const reader = await open(demo.readKey);
    await reader.page.goto(page_(failedId));
    await eventually(() => reader.page.getByRole('heading', { level: 1 }).textContent()).toContain('fail-demo.com');
    await settled(reader.page);
    expect(await reader.page.getByRole('button', { name: 'Retry' }).count()).toBe(0);

    const { page, errors } = await open(demo.staffKey);
    await page.goto(page_(failedId));
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('fail-demo.com');
    const retry = page.getByRole('group', { name: 'Actions' }).getByRole('button', { name: 'Retry' });
    await eventually(() => retry.count()).toBe(1);
    await expectAccessible(page, 'failed operation');
    await retry.click();
    await eventually(() => new URL(page.url()).pathname).not.toBe(new URL(page_(failedId)).pathname);
    const newId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    // The failed one stays failed and names its retry; the new one is the same registration.
    expect(await asStaff<{ status: string; retriedAs?: string }>(`/v1/operations/${failedId}`)).toMatchObject({ status: 'failed', retriedAs: newId });
    expect(await asStaff<{ domain: string; idempotencyKey: string }>(`/v1/operations/${newId}`)).toMatchObject({ domain: 'fail-demo.com', idempotencyKey: `retry:${failedId}` });
    await eventually(() => page.locator('dd code').last().textContent()).toBe(newId);
    expect(errors).toEqual([]);
  });

  it('a state change without the CSRF token is refused', async () => {
    const { page } = await open(demo.staffKey);
    const task = (await asStaff<{ items: { id: string }[] }>('/v1/tasks?status=open')).items[0]!;
    const status = await page.evaluate(async (id) => (await fetch(`/v1/tasks/${id}/claim`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status, task.id);
    expect(status).toBe(403);
  });

  it('completes a manual renewal with the new expiry date', async () => {
    const { page, errors } = await open(demo.staffKey);
    const tasks = (await asStaff<{ items: { id: string; domain: string; operation: string; operationId: string }[] }>('/v1/tasks?status=open')).items;
    const renewal = tasks.find((t) => t.operation === 'renew')!;
    expect(renewal, 'the demo has an open manual renewal').toBeDefined();
    const before = await asStaff<{ expiresAt?: string }>(`/v1/domains/${renewal.domain}`);

    await openScreen(page, 'Manual tasks');
    await settled(page);
    await expectAccessible(page, 'manual tasks');
    await screenshot(page, 'manual-tasks');
    const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: new RegExp(`renew ${renewal.domain.replace(/\./g, '\\.')}`) }) });
    await card.getByRole('button', { name: 'Claim' }).click();
    await eventually(() => card.textContent()).toContain('claimed by');
    await card.getByRole('button', { name: 'Complete…' }).click();
    const date = card.getByLabel('New expiry date');
    // Suggested: the current expiry plus the renewal's period.
    await eventually(() => date.inputValue()).not.toBe('');
    const expected = new Date(before.expiresAt ?? Date.now());
    expected.setUTCFullYear(expected.getUTCFullYear() + 1);
    expect(await date.inputValue()).toBe(expected.toISOString().slice(0, 10));
    await card.getByLabel('Note (optional)').fill('Renewed in the registrar’s web panel.');
    await expectAccessible(page, 'complete form');
    await screenshot(page, 'manual-renewal-form');
    await card.getByRole('button', { name: 'Mark the renew done' }).click();
    await eventually(() => card.count()).toBe(0);

    const operation = await asStaff<{ status: string }>(`/v1/operations/${renewal.operationId}`);
    expect(operation.status).toBe('done');
    const domain = await asStaff<{ expiresAt?: string }>(`/v1/domains/${renewal.domain}`);
    expect(domain.expiresAt?.slice(0, 10)).toBe(expected.toISOString().slice(0, 10));
    expect(errors).toEqual([]);
  });

  it('reads a quarantined mail escaped, and discards it', async () => {
    const { page, errors } = await open(demo.staffKey);
    const quarantined = (await asStaff<{ items: { id: string; messageId: string; status: string }[] }>('/v1/inbound/quarantine')).items.filter((m) => m.status === 'quarantined');
    expect(quarantined.length).toBeGreaterThan(0);
    const message = quarantined[0]!;
    const raw = (await asStaff<{ raw: string }>(`/v1/inbound/quarantine/${message.id}`)).raw;

    await openScreen(page, 'Quarantine');
    await settled(page);
    await expectAccessible(page, 'quarantine');
    await page.getByRole('link', { name: message.messageId }).click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Quarantined message');
    const shown = page.getByLabel('Raw message, as received');
    // Shown as text, byte for byte as the API reads it: markup in a message is not rendered.
    await eventually(() => shown.textContent()).toBe(raw);
    expect(await shown.locator('*').count()).toBe(0);
    await expectAccessible(page, 'quarantined message');
    await screenshot(page, 'quarantined-message');

    await page.getByLabel('Reason for discarding').fill('A test mail, not from the registrar.');
    await page.getByRole('button', { name: 'Discard the message' }).click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Quarantine');
    await settled(page);
    expect(await page.getByRole('link', { name: message.messageId }).count()).toBe(0);
    const after = (await asStaff<{ items: { id: string; status: string }[] }>('/v1/inbound/quarantine')).items.find((m) => m.id === message.id);
    expect(after?.status ?? 'discarded').toBe('discarded');
    expect(errors).toEqual([]);
  });

  it('shows the capability matrix, the loader problems and the tracker', async () => {
    const { page, errors } = await open(demo.staffKey);
    await openScreen(page, 'Connectors and plugins');
    await settled(page);
    const capabilities = (await asStaff<{ items: { operation: string; mode: string; reason?: string }[] }>('/v1/capabilities')).items;
    const refused = capabilities.find((c) => c.reason !== undefined);
    if (refused !== undefined) expect(await page.getByRole('region', { name: 'Capability matrix' }).textContent()).toContain(refused.reason);
    await expectAccessible(page, 'connectors and plugins');
    await screenshot(page, 'connectors-and-plugins');

    await openScreen(page, 'Tracker');
    await settled(page);
    const tracker = await asStaff<{ instances: { instance: string }[] }>('/v1/tracker');
    await eventually(() => page.getByRole('table').getByRole('row').count()).toBe(tracker.instances.length + 1);
    await expectAccessible(page, 'tracker');
    await screenshot(page, 'tracker');
    expect(errors).toEqual([]);
  });

  it('shows a pending operation turn done live, without a reload', async () => {
    const { page, errors } = await open(demo.staffKey);
    const pending = (await asStaff<{ items: { id: string; domain: string }[] }>('/v1/operations?status=pending')).items;
    expect(pending.length).toBeGreaterThan(0);
    await openScreen(page, 'Operations');
    await page.getByRole('group', { name: 'Show only these statuses' }).getByRole('button', { name: 'pending' }).click();
    await settled(page);
    const target = demo.data.pending.operationId;
    await page.locator(`tr[data-operation="${target}"] a`).first().click();
    await settled(page);
    const status = page.getByRole('region', { name: 'State' }).locator('dd').first();
    await eventually(() => status.textContent()).toContain('pending');
    await eventually(() => page.getByRole('status').textContent()).toBe('Live updates: Live');
    // A mark on this document: gone if the page were reloaded.
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    await demo.completePending();
    await eventually(() => status.textContent(), { timeout: 45_000 }).toContain('done');
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('a tenant key sees only its tenant', async () => {
    const { page, errors } = await open(demo.tenantKey);
    const tenant = await page.evaluate(async () => ((await (await fetch('/v1/session')).json()) as { tenant: string }).tenant);
    expect(tenant).toEqual(expect.any(String));
    const all = (await asStaff<{ items: { name: string; customerId?: string }[] }>('/v1/domains?limit=500')).items;
    const mine = all.filter((d) => d.customerId === tenant).map((d) => d.name);
    const others = all.filter((d) => d.customerId !== tenant).map((d) => d.name);
    expect(mine.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);

    await settled(page);
    const names = await page.getByRole('table').locator('tbody th').allTextContents();
    expect(names.sort()).toEqual([...mine].sort());
    // The tenant column and the quarantine are not offered to a tenant's key.
    expect(await page.getByRole('columnheader', { name: 'Tenant' }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Quarantine' }).count()).toBe(0);
    // Another tenant's domain, typed into the address bar: not found, nothing shown.
    await page.goto(new URL(`/console/domains/${others[0]}`, demo.url).href);
    await eventually(() => page.getByRole('alert').textContent()).toContain('NOT_FOUND');
    expect(await page.locator('dl.facts').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
