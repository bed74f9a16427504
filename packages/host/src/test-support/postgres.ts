import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openPostgresStore, type PostgresStore, type PostgresStoreOptions } from '../store/postgres/postgres-store.js';

/**
 * The PostgreSQL the tests use (see postgres-global-setup.ts). Throws — failing the test, never
 * skipping it — when there is none.
 */
export function postgresUrl(): string {
  const provided = inject('rkPostgres');
  if (provided.url === undefined) throw new Error(provided.error ?? 'no PostgreSQL for the tests: set RK_PG_URL');
  return provided.url;
}

/** A schema name no other test uses. */
export function freshSchemaName(): string {
  return `rk_test_${randomBytes(6).toString('hex')}`;
}

const admins = new Map<string, pg.Pool>();
function admin(url: string): pg.Pool {
  let pool = admins.get(url);
  if (pool === undefined) {
    pool = new pg.Pool({ connectionString: url, max: 2 });
    pool.on('error', () => undefined);
    admins.set(url, pool);
  }
  return pool;
}

/** Drops a test schema and everything in it. */
export async function dropSchema(schema: string): Promise<void> {
  await admin(postgresUrl()).query(`drop schema if exists "${schema}" cascade`);
}

/** Ends the helper's own connections (call in afterAll). */
export async function closePostgresHelpers(): Promise<void> {
  for (const pool of admins.values()) await pool.end();
  admins.clear();
}

/** A migrated store in a schema of its own; closing it drops the schema. */
export async function openFreshPostgresStore(options: Omit<PostgresStoreOptions, 'url' | 'schema'> = {}): Promise<PostgresStore> {
  const schema = freshSchemaName();
  const store = await openPostgresStore(postgresUrl(), { migrate: true, poolSize: 4, ...options, schema });
  const close = store.close.bind(store);
  store.close = async () => {
    await close();
    await dropSchema(schema);
  };
  return store;
}
