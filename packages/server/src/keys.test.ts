import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore, type SqliteStore } from '@registrar-kit/host';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiKeyError, parseScopes, storeApiKeys, TOUCH_INTERVAL_MS } from './keys.js';

const T0 = Date.parse('2026-03-01T09:00:00.000Z');
/** A clock the test moves by hand. */
function fakeClock(): { now: () => Date; advance: (ms: number) => void } {
  let t = T0;
  return { now: () => new Date(t), advance: (ms) => (t += ms) };
}

const dirs: string[] = [];
const stores: SqliteStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function storeFile(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'rk-keys-'));
  dirs.push(dir);
  return join(dir, 'store.sqlite');
}
async function open(file: string): Promise<SqliteStore> {
  const store = await openSqliteStore(file);
  stores.push(store);
  return store;
}

describe('API keys in the host store', () => {
  it('makes a key that verifies, with its scopes, tenant and name, and shows the secret only in the key', async () => {
    const file = await storeFile();
    const keys = storeApiKeys(await open(file), { clock: fakeClock() });
    const { key, record } = await keys.create({ scopes: ['submit', 'read', 'read'], tenant: 'acme', name: 'billing' });
    expect(key).toMatch(new RegExp(`^rk_${record.id}_[A-Za-z0-9_-]{43}$`));
    expect(record).toEqual({ id: record.id, name: 'billing', scopes: ['read', 'submit'], tenant: 'acme', createdAt: new Date(T0) });
    expect(await keys.verify(key)).toMatchObject({ id: record.id, scopes: ['read', 'submit'], tenant: 'acme' });
    expect((await keys.list()).map((k) => [k.id, k.name])).toEqual([[record.id, 'billing']]);
    expect(JSON.stringify(await keys.list())).not.toContain(key.slice(-43));
  });

  it('keeps only the SHA-256 of the secret in the store', async () => {
    const file = await storeFile();
    const store = await open(file);
    const { key, record } = await storeApiKeys(store).create({ scopes: ['admin'] });
    const secret = key.slice(`rk_${record.id}_`.length);
    const row = await store.getApiKey(record.id);
    expect(row?.secretHash).toBe(createHash('sha256').update(secret).digest('hex'));
    for (const value of Object.values(row ?? {})) expect(String(JSON.stringify(value))).not.toContain(secret);
    // Nor anywhere in the database files (the write-ahead log included).
    const bytes = [file, `${file}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f));
    expect(bytes.some((b) => b.includes(record.id)), 'the row is in these bytes').toBe(true);
    for (const b of bytes) expect(b.includes(secret)).toBe(false);
  });

  it('refuses a wrong secret, an unknown id, a malformed key and a revoked key', async () => {
    const keys = storeApiKeys(await open(await storeFile()));
    const { key, record } = await keys.create({ scopes: ['read'] });
    const secret = key.slice(-43);
    const flipped = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    expect(await keys.verify(`rk_${record.id}_${flipped}`)).toBeUndefined();
    expect(await keys.verify(`rk_0123456789abcdef_${secret}`)).toBeUndefined();
    for (const malformed of ['', key.slice(0, -1), `${key}x`, key.replace('rk_', 'RK_'), `Bearer ${key}`]) expect(await keys.verify(malformed)).toBeUndefined();
    expect(await keys.verify(key)).toBeDefined();
    expect(await keys.revoke(record.id)).toBe(true);
    expect(await keys.verify(key)).toBeUndefined();
    expect(await keys.revoke(record.id)).toBe(true);
    expect(await keys.revoke('0123456789abcdef')).toBe(false);
    expect((await keys.list())[0]?.revokedAt).toBeInstanceOf(Date);
  });

  it('honours a revocation made by another process at the next request', async () => {
    const file = await storeFile();
    const server = storeApiKeys(await open(file));
    const cli = storeApiKeys(await open(file));
    const { key, record } = await cli.create({ scopes: ['read'] });
    expect(await server.verify(key)).toBeDefined();
    await cli.revoke(record.id);
    expect(await server.verify(key)).toBeUndefined();
  });

  it('records use at most once a minute per key, however many requests verify it at once', async () => {
    const file = await storeFile();
    const store = await open(file);
    const clock = fakeClock();
    const keys = storeApiKeys(store, { clock });
    const { key, record } = await keys.create({ scopes: ['read'] });
    let writes = 0;
    const touch = store.touchApiKey.bind(store);
    store.touchApiKey = (...args) => (writes++, touch(...args));
    const verified = await Promise.all(Array.from({ length: 20 }, () => keys.verify(key)));
    expect(verified.every((r) => r?.id === record.id)).toBe(true);
    expect(writes).toBe(1);
    clock.advance(TOUCH_INTERVAL_MS - 1);
    await keys.verify(key);
    expect(writes).toBe(1);
    expect((await store.getApiKey(record.id))?.lastUsedAt).toEqual(new Date(T0));
    clock.advance(1);
    await keys.verify(key);
    expect(writes).toBe(2);
    expect((await store.getApiKey(record.id))?.lastUsedAt).toEqual(new Date(T0 + TOUCH_INTERVAL_MS));
    // Another process that just started has written nothing yet, but reads the row's last use.
    const other = storeApiKeys(await open(file), { clock });
    await other.verify(key);
    expect(writes).toBe(2);
  });

  it('refuses unknown scopes, no scope, and an empty tenant or name, naming the scopes', async () => {
    expect(parseScopes('read, submit,staff')).toEqual(['read', 'submit', 'staff']);
    expect(() => parseScopes('read,write')).toThrow(/unknown scope "write": the scopes are read, submit, staff, admin/);
    expect(() => parseScopes(' , ')).toThrow(/at least one scope/);
    const keys = storeApiKeys(await open(await storeFile()));
    await expect(keys.create({ scopes: ['root' as 'admin'] })).rejects.toBeInstanceOf(ApiKeyError);
    await expect(keys.create({ scopes: ['read'], tenant: ' ' })).rejects.toThrow(/tenant must be/);
    await expect(keys.create({ scopes: ['read'], name: 'x'.repeat(201) })).rejects.toThrow(/name must be/);
    expect(await keys.list()).toEqual([]);
  });
});
