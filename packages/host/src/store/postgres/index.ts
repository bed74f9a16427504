/**
 * `@registrar-kit/host/postgres`: the PostgreSQL store, apart from the package's main entry so a
 * host on SQLite never loads `pg` (nor Kysely) at start.
 * @packageDocumentation
 */
export { PostgresStore, openPostgresStore, describeUrl, SCHEMA_NAME, type PostgresStoreOptions } from './postgres-store.js';
export { POSTGRES_MIGRATION_NAMES, migratePostgres, postgresMigrationState, type PostgresMigrationState } from './migrations.js';
export { migratePostgresUrl, postgresStatus } from './admin.js';
