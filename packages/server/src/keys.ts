/**
 * API keys of the HTTP server, kept in the host's store (`api_keys`, migration `0006_api_keys`).
 *
 * A key reads `rk_<id>_<secret>`: the id finds the row (one primary-key read per request, so a
 * revocation — by this process, another server or `registrar-kit keys revoke` — holds from the
 * next request on), and the secret, 32 random bytes, is checked against the SHA-256 the row keeps.
 * The secret itself is never stored and is shown once, by {@link ApiKeyStore.create}.
 *
 * Keys are written by the store directly, not by the engine: they are not host state the engine
 * orders (no operation, domain or task depends on them), so there is nothing to plan or fence.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '@registrar-kit/sdk';
import type { Host, Store, StoredApiKey } from '@registrar-kit/host';

export type Scope = 'read' | 'submit' | 'staff' | 'admin';

/** The scopes, in the order they are listed. */
export const SCOPES: readonly Scope[] = ['read', 'submit', 'staff', 'admin'];

/** A key as anyone may see it: never the secret, never its hash. */
export interface ApiKeyRecord {
  id: string;
  name?: string;
  scopes: Scope[];
  /** The customer (tenant) the key is bound to; absent: every customer's rows. */
  tenant?: string;
  createdAt: Date;
  revokedAt?: Date;
  lastUsedAt?: Date;
}

export interface ApiKeyStore {
  /** Makes a key. The returned `key` is the only time the secret is seen: it is not stored. */
  create(options: { scopes: Scope[]; tenant?: string; name?: string }): Promise<{ key: string; record: ApiKeyRecord }>;
  /** The key's record, or undefined for a malformed, unknown, wrong or revoked key. */
  verify(key: string): Promise<ApiKeyRecord | undefined>;
  /** The record of a key by id, revoked or not (console sessions re-read their key on each request). */
  get(id: string): Promise<ApiKeyRecord | undefined>;
  /** Every key, revoked ones included, oldest first. */
  list(): Promise<ApiKeyRecord[]>;
  /** Revokes the key at once (revoking it again changes nothing). False when there is no such key. */
  revoke(id: string): Promise<boolean>;
}

/** A request to make a key that cannot be honoured (unknown scope, empty tenant, …). */
export class ApiKeyError extends Error {
  readonly code = 'API_KEY_INVALID';
}

/** `lastUsedAt` is written at most once per this interval per key: no write per request. */
export const TOUCH_INTERVAL_MS = 60_000;

const PREFIX = 'rk_';
/** The id: hex, so it never holds the `_` that ends it (the base64url secret may). */
const KEY_SHAPE = /^rk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;
const MAX_LABEL = 200;

/**
 * SHA-256, not a password hash (scrypt, argon2): those slow down guessing a low-entropy secret a
 * person chose. This secret is 256 random bits; no number of guesses finds it or a preimage of its
 * hash, so a deliberately slow hash would only add its cost to every request.
 */
function digest(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

/** Checks and normalises scopes: known names, at least one, each once, in {@link SCOPES} order. */
export function parseScopes(value: string | readonly string[]): Scope[] {
  const names = (typeof value === 'string' ? value.split(',') : [...value]).map((s) => s.trim()).filter((s) => s !== '');
  const unknown = names.filter((s) => !(SCOPES as readonly string[]).includes(s));
  if (unknown.length > 0) throw new ApiKeyError(`unknown scope ${unknown.map((s) => `"${s}"`).join(', ')}: the scopes are ${SCOPES.join(', ')}`);
  if (names.length === 0) throw new ApiKeyError(`give at least one scope (${SCOPES.join(', ')})`);
  return SCOPES.filter((s) => names.includes(s));
}

function label(what: 'tenant' | 'name', value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '' || value.length > MAX_LABEL) throw new ApiKeyError(`the ${what} must be 1–${MAX_LABEL} characters, not ${value.trim() === '' ? 'empty' : `${value.length}`}`);
  return value;
}

function toRecord(k: StoredApiKey): ApiKeyRecord {
  return {
    id: k.id,
    ...(k.name === undefined ? {} : { name: k.name }),
    scopes: k.scopes.filter((s): s is Scope => (SCOPES as readonly string[]).includes(s)),
    ...(k.tenant === undefined ? {} : { tenant: k.tenant }),
    createdAt: k.createdAt,
    ...(k.revokedAt === undefined ? {} : { revokedAt: k.revokedAt }),
    ...(k.lastUsedAt === undefined ? {} : { lastUsedAt: k.lastUsedAt }),
  };
}

/** API keys in any {@link Store} (the CLI opens the store alone, without plugins). */
export function storeApiKeys(store: Store, options: { clock?: Clock } = {}): ApiKeyStore {
  const now = (): Date => options.clock?.now() ?? new Date();
  /** When this process last wrote a key's use: parallel requests of one key write it once. */
  const touched = new Map<string, number>();

  const touch = async (k: StoredApiKey, at: Date): Promise<void> => {
    const t = at.getTime();
    const last = Math.max(k.lastUsedAt?.getTime() ?? -Infinity, touched.get(k.id) ?? -Infinity);
    if (t - last < TOUCH_INTERVAL_MS) return;
    touched.set(k.id, t);
    // The store's condition keeps other processes to the same interval. A failed write only
    // loses a `lastUsedAt`: the request it belongs to is still authenticated.
    await store.touchApiKey(k.id, at, new Date(t - TOUCH_INTERVAL_MS)).catch(() => undefined);
  };

  return {
    async create(request) {
      const scopes = parseScopes(request.scopes);
      const tenant = label('tenant', request.tenant);
      const name = label('name', request.name);
      const id = randomBytes(8).toString('hex');
      const secret = randomBytes(32).toString('base64url');
      const stored: StoredApiKey = { id, name, scopes, tenant, secretHash: digest(secret).toString('hex'), createdAt: now(), revokedAt: undefined, lastUsedAt: undefined };
      await store.putApiKey(stored);
      return { key: `${PREFIX}${id}_${secret}`, record: toRecord(stored) };
    },

    async verify(key) {
      const match = KEY_SHAPE.exec(key);
      if (match === null) return undefined;
      const stored = await store.getApiKey(match[1]!);
      if (stored === undefined) return undefined;
      const expected = Buffer.from(stored.secretHash, 'hex');
      const given = digest(match[2]!);
      // Constant time: how much of the hash matched says nothing.
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
      if (stored.revokedAt !== undefined) return undefined;
      const at = now();
      await touch(stored, at);
      return toRecord(touched.get(stored.id) === at.getTime() ? { ...stored, lastUsedAt: at } : stored);
    },

    async get(id) {
      const stored = await store.getApiKey(id);
      return stored === undefined ? undefined : toRecord(stored);
    },

    async list() {
      return (await store.listApiKeys()).map(toRecord);
    },

    async revoke(id) {
      touched.delete(id);
      return store.revokeApiKey(id, now());
    },
  };
}

/** The API keys kept in the host's store, on the host's clock. */
export function hostApiKeys(host: Host): ApiKeyStore {
  return storeApiKeys(host.store, { clock: host.clock });
}
