import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MIGRATION_NAMES, migrationsUpToDate } from './migration-state.js';
import * as migrations from './migrations.js';
import { openSqliteStore } from './sqlite-store.js';

// The Migrator, watched: the store must load and run it only when a file has migrations pending.
vi.mock('./migrations.js', async (importOriginal) => {
  const actual = await importOriginal<typeof migrations>();
  return { ...actual, migrateToLatest: vi.fn(actual.migrateToLatest) };
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rk-migration-state-'));
  vi.mocked(migrations.migrateToLatest).mockClear();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A store file migrated by the store itself; returns its path. */
async function migratedFile(): Promise<string> {
  const file = join(dir, 'store.sqlite');
  await (await openSqliteStore(file)).close();
  return file;
}

function withDb<T>(file: string, fn: (db: BetterSqlite3.Database) => T): T {
  const db = new BetterSqlite3(file);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

describe('the migration check at open', () => {
  it('names exactly the migrations migrations.ts defines, in their order', async () => {
    expect([...MIGRATION_NAMES]).toEqual(Object.keys(await migrations.migrationProvider.getMigrations()).sort());
    expect(MIGRATION_NAMES.at(-1)).toBe(migrations.LATEST_MIGRATION);
  });

  it('runs the Migrator on a new file, and not again on a file that is up to date', async () => {
    const file = await migratedFile();
    expect(migrations.migrateToLatest).toHaveBeenCalledTimes(1);
    const applied = withDb(file, (db) => db.prepare('select name, timestamp from kysely_migration order by name').all());
    expect(withDb(file, migrationsUpToDate)).toBe(true);
    const store = await openSqliteStore(file);
    await store.close();
    expect(migrations.migrateToLatest).toHaveBeenCalledTimes(1);
    expect(withDb(file, (db) => db.prepare('select name, timestamp from kysely_migration order by name').all())).toEqual(applied);
    const memory = new BetterSqlite3(':memory:');
    expect(migrationsUpToDate(memory)).toBe(false);
    memory.close();
  });

  it('runs the Migrator when a migration is pending, and it applies it', async () => {
    const file = await migratedFile();
    withDb(file, (db) => db.prepare('delete from kysely_migration where name = ?').run(MIGRATION_NAMES.at(-1)));
    expect(withDb(file, migrationsUpToDate)).toBe(false);
    // The last migration's schema is already there, so applying it again fails — in the Migrator, as it always would.
    await expect(openSqliteStore(file)).rejects.toMatchObject({ code: 'CONFIG_INVALID', message: expect.stringMatching(/migrating the store .* failed: (duplicate column name|table \S+ already exists)/) });
    expect(migrations.migrateToLatest).toHaveBeenCalledTimes(2);
  });

  it('leaves a file this version does not know, or with its bookkeeping out of order, to the Migrator to refuse as before', async () => {
    const file = await migratedFile();
    withDb(file, (db) => db.prepare('insert into kysely_migration values (?, ?)').run('9999_from_the_future', new Date().toISOString()));
    expect(withDb(file, migrationsUpToDate)).toBe(false);
    await expect(openSqliteStore(file)).rejects.toMatchObject({ code: 'CONFIG_INVALID', message: expect.stringMatching(/previously executed migration 9999_from_the_future is missing/) });

    withDb(file, (db) => {
      db.prepare('delete from kysely_migration where name = ?').run('9999_from_the_future');
      db.prepare('update kysely_migration set timestamp = ? where name = ?').run('2000-01-01T00:00:00.000Z', MIGRATION_NAMES.at(-1));
    });
    expect(withDb(file, migrationsUpToDate)).toBe(false);
    await expect(openSqliteStore(file)).rejects.toMatchObject({ code: 'CONFIG_INVALID', message: expect.stringMatching(/corrupted migrations/) });
  });

  it('lets the Migrator restore a missing lock row', async () => {
    const file = await migratedFile();
    withDb(file, (db) => db.prepare('delete from kysely_migration_lock').run());
    expect(withDb(file, migrationsUpToDate)).toBe(false);
    await (await openSqliteStore(file)).close();
    expect(migrations.migrateToLatest).toHaveBeenCalledTimes(2);
    expect(withDb(file, migrationsUpToDate)).toBe(true);
  });
});

describe('the SQLite store at run time', () => {
  it('imports Kysely for types only: the migrations load on demand, statements.ts only at build time', () => {
    // Value imports of the modules sqlite-store.ts loads, followed through relative imports.
    const seen = new Set<string>();
    const external = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?\sfrom\s+'([^']+)'/gm)) {
        const specifier = m[1]!;
        if (specifier.startsWith('.')) visit(join(dirname(file), specifier.replace(/\.js$/, '.ts')));
        else external.add(specifier);
      }
    };
    visit(fileURLToPath(new URL('./sqlite-store.ts', import.meta.url)));
    const loaded = [...seen].map((f) => f.split('/').slice(-2).join('/'));
    expect(loaded).toContain('store/queries.ts');
    expect(loaded).not.toContain('store/migrations.ts');
    expect(loaded).not.toContain('store/statements.ts');
    expect([...external].filter((s) => s === 'kysely' || s.startsWith('kysely/'))).toEqual([]);
  });
});
