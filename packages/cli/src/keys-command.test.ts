// `registrar-kit keys create|list|revoke` against an SQLite store, as an operator runs them.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore } from '@registrar-kit/host';
import { storeApiKeys } from '@registrar-kit/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from './test-support/run.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rk-cli-keys-'));
  const fixture = fileURLToPath(new URL('../../../tests/fixtures/host-basic', import.meta.url));
  writeFileSync(
    join(dir, 'registrar-kit.config.json'),
    JSON.stringify({ store: { sqlite: 'data/store.sqlite' }, plugins: [{ name: 'main', package: fixture, settings: { apiKey: 'k', account: 'a' } }], connectors: [{ tld: 'com', plugin: 'main' }] }),
  );
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Whether the store accepts `key` (what registrar-kit serve asks of every request). */
async function accepted(key: string): Promise<boolean> {
  const store = await openSqliteStore(join(dir, 'data/store.sqlite'));
  try {
    return (await storeApiKeys(store).verify(key)) !== undefined;
  } finally {
    await store.close();
  }
}

describe('registrar-kit keys', () => {
  it('creates a key (printed once, alone on stdout, with a warning), lists it without its secret, and revokes it', async () => {
    const created = await run(['keys', 'create', '--scope', 'submit,read', '--tenant', 'acme', '--name', 'billing'], dir);
    expect(created.code).toBe(0);
    const key = created.stdout.trim();
    expect(created.stdout).toMatch(/^rk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}\n$/);
    const id = key.slice(3, 19);
    expect(created.stderr).toContain(`Created API key ${id}`);
    expect(created.stderr).toContain('scopes read, submit; tenant acme; name billing');
    expect(created.stderr).toContain('This is the only time the key is shown');
    expect(created.stderr).not.toContain(key.slice(-43));
    expect(await accepted(key)).toBe(true);

    const listed = await run(['keys', 'list'], dir);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`${id}\\s+billing\\s+read,submit\\s+acme`));
    const json = await run(['keys', 'list', '--json'], dir);
    expect(JSON.parse(json.stdout)).toMatchObject([{ id, name: 'billing', scopes: ['read', 'submit'], tenant: 'acme' }]);
    for (const out of [listed.stdout, json.stdout]) expect(out).not.toContain(key.slice(-43));

    const revoked = await run(['keys', 'revoke', id], dir);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain(`Revoked API key ${id}`);
    expect(await accepted(key)).toBe(false);
    expect(JSON.parse((await run(['keys', 'list', '--json'], dir)).stdout)[0].revokedAt).toEqual(expect.any(String));
  });

  it('answers a bad scope, a missing scope, an unknown key or action with one line and the usual exit code', async () => {
    const bad = await run(['keys', 'create', '--scope', 'read,write'], dir);
    expect([bad.code, bad.stderr]).toEqual([2, 'registrar-kit keys: unknown scope "write": the scopes are read, submit, staff, admin\n']);
    expect(existsSync(join(dir, 'data/store.sqlite')), 'nothing was created').toBe(false);
    const none = await run(['keys', 'create'], dir);
    expect([none.code, none.stderr]).toEqual([2, 'registrar-kit keys: say what the key may do: --scope read,submit,staff,admin (one or more)\n']);
    const emptyTenant = await run(['keys', 'create', '--scope', 'read', '--tenant', ' '], dir);
    expect(emptyTenant.code).toBe(2);
    expect(emptyTenant.stderr).toMatch(/^registrar-kit keys: the tenant must be 1–200 characters, not empty\n$/);
    expect((await run(['keys', 'create', '--scope', 'read'], dir)).code).toBe(0);
    const unknown = await run(['keys', 'revoke', '0123456789abcdef'], dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^registrar-kit keys: no API key 0123456789abcdef in .* — registrar-kit keys list shows the ids\n$/);
    expect((await run(['keys', 'revoke'], dir)).code).toBe(2);
    expect((await run(['keys', 'list', '--scope', 'read'], dir)).code).toBe(2);
    expect((await run(['keys', 'rotate'], dir)).code).toBe(2);
  });
});
