import type BetterSqlite3 from 'better-sqlite3';

/**
 * The store's migrations by name, in the order they apply (migrations.ts holds one for each name:
 * its type requires exactly these). Kept apart from the migrations so the store can tell, without
 * loading Kysely, whether a file needs any.
 */
export const MIGRATION_NAMES = ['0001_initial', '0002_partial_indexes', '0003_engine', '0005_inbound_dedupe', '0006_api_keys', '0007_outbox', '0008_domain_life', '0009_catalogue', '0010_console_sessions', '0012_follow_ups'] as const;
export type MigrationName = (typeof MIGRATION_NAMES)[number];

/** Kysely's Migrator bookkeeping (its default table names and lock row). */
const MIGRATION_TABLE = 'kysely_migration';
const LOCK_TABLE = 'kysely_migration_lock';
const LOCK_ROW = 'migration_lock';

/**
 * True when Kysely's Migrator would have nothing to do on this database: its tables and lock row
 * exist and the executed migrations — in the order the Migrator reads them — are exactly
 * {@link MIGRATION_NAMES}. Anything else (a new file, a pending migration, a migration this version
 * does not know, a missing lock row, an unreadable table) answers false, and the Migrator runs and
 * does, or reports, what it always did.
 */
export function migrationsUpToDate(raw: BetterSqlite3.Database): boolean {
  let executed: { name: string; timestamp: string }[];
  try {
    if (raw.prepare(`select 1 from "${LOCK_TABLE}" where "id" = ?`).get(LOCK_ROW) === undefined) return false;
    executed = raw.prepare(`select "name", "timestamp" from "${MIGRATION_TABLE}"`).all() as { name: string; timestamp: string }[];
  } catch {
    return false;
  }
  // The Migrator's order: by timestamp, then by name (kysely/src/migration/migrator.ts).
  const names = executed
    .sort((a, b) => (a.timestamp === b.timestamp ? a.name.localeCompare(b.name) : new Date(a.timestamp).getTime() - new Date(b.timestamp).getTime()))
    .map((m) => m.name);
  const expected = [...MIGRATION_NAMES].sort();
  return names.length === expected.length && names.every((name, i) => name === expected[i]);
}
