import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { HostError } from '../../errors.js';
import { migratePostgres, postgresMigrationState, type PostgresMigrationState } from './migrations.js';
import { SCHEMA_NAME } from './postgres-store.js';

// What `registrar-kit store migrate` and `store status` do against a PostgreSQL store: one
// connection, no store opened (so no check that the schema is current).

async function withDb<T>(url: string, schema: string, fn: (db: Kysely<unknown>) => Promise<T>): Promise<T> {
  if (!SCHEMA_NAME.test(schema)) throw new HostError('CONFIG_INVALID', `store.schema "${schema}" is not a plain PostgreSQL name (lower case letters, digits, _)`);
  const pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 10_000, application_name: 'registrar-kit store', options: `-c search_path=${schema}` });
  pool.on('error', () => undefined);
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
  try {
    return await fn(db);
  } catch (error) {
    if (error instanceof HostError) throw error;
    throw new HostError('STORE_UNAVAILABLE', `the PostgreSQL store could not be reached or changed: ${(error as Error).message}`, [], { cause: error });
  } finally {
    await db.destroy();
  }
}

/** Applies the pending migrations (under the Migrator's advisory lock); returns the state after, and what was applied now. */
export function migratePostgresUrl(url: string, options: { schema?: string } = {}): Promise<PostgresMigrationState & { appliedNow: string[] }> {
  const schema = options.schema ?? 'public';
  return withDb(url, schema, async (db) => {
    const appliedNow = await migratePostgres(db, schema);
    return { ...(await postgresMigrationState(db, schema)), appliedNow };
  });
}

/** The migrations applied and pending, without changing anything. */
export function postgresStatus(url: string, options: { schema?: string } = {}): Promise<PostgresMigrationState> {
  const schema = options.schema ?? 'public';
  return withDb(url, schema, (db) => postgresMigrationState(db, schema));
}
