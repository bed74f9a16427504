/** Finding the configuration and opening the store, with errors that say what to do. */
import { existsSync, openSync, readSync, closeSync } from 'node:fs';
import { resolve } from 'node:path';
import { isHostError, loadConfig, openSqliteStore, postgresUrl, storePath, type ResolvedConfig, type Store } from '@registrar-kit/host';
import { CliError } from './cli-error.js';
import type { CommandIo } from './main.js';

export async function findConfig(values: Record<string, string | boolean | undefined>, io: CommandIo, options: { raw?: boolean } = {}): Promise<ResolvedConfig> {
  const cwd = typeof values.cwd === 'string' ? resolve(io.cwd, values.cwd) : io.cwd;
  const file = typeof values.config === 'string' ? values.config : undefined;
  if (file !== undefined && !existsSync(resolve(cwd, file))) throw new CliError(`no configuration file at ${resolve(cwd, file)} — check the --config path`);
  try {
    return await loadConfig({ cwd, env: io.env, ...(file === undefined ? {} : { file }) });
  } catch (error) {
    if (isHostError(error)) {
      if (options.raw === true && error.code !== 'CONFIG_NOT_FOUND') throw error;
      if (error.code === 'CONFIG_NOT_FOUND') throw new CliError(`no registrar-kit configuration found from ${cwd} — pass --config <file>, or run "registrar-kit demo" to see one generated`);
      const first = error.issues[0];
      const where = first === undefined ? '' : ` (${first.file ?? 'config'}${first.path === '' ? '' : ` at ${first.path}`}: ${first.message}${error.issues.length > 1 ? `, and ${error.issues.length - 1} more` : ''})`;
      throw new CliError(`${error.message}${where} — run "registrar-kit validate" for every problem`);
    }
    throw error;
  }
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** Opens an existing store read for the read commands; never creates one. */
export async function openExistingStore(values: Record<string, string | boolean | undefined>, io: CommandIo): Promise<{ store: Store; path: string }> {
  let path: string;
  if (typeof values.store === 'string') path = resolve(io.cwd, values.store);
  else {
    const config = await findConfig(values, io);
    const url = postgresUrl(config);
    if (url !== undefined) {
      // A shared database: opened as it is (never migrated by a read), with a small pool.
      const { openPostgresStore } = await import('@registrar-kit/host/postgres');
      try {
        return { store: await openPostgresStore(url, { poolSize: 2, ...(config.store?.schema === undefined ? {} : { schema: config.store.schema }) }), path: `postgres (schema ${config.store?.schema ?? 'public'})` };
      } catch (error) {
        throw new CliError(`cannot open the PostgreSQL store: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    path = storePath(config);
    if (path === ':memory:') throw new CliError('the configuration keeps its store in memory (store.sqlite ":memory:"), so there is nothing to read — point store.sqlite at a file');
  }
  if (!existsSync(path)) throw new CliError(`no store at ${path} — the host has not run with this configuration yet (or pass --store <file>)`);
  const header = Buffer.alloc(16);
  let read = 0;
  try {
    const fd = openSync(path, 'r');
    try {
      read = readSync(fd, header, 0, 16, 0);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new CliError(`cannot read the store at ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (read > 0 && header.toString('latin1', 0, read) !== SQLITE_MAGIC.slice(0, read)) throw new CliError(`${path} is not a registrar-kit store (not an SQLite database) — check --store or store.sqlite`);
  try {
    return { store: await openSqliteStore(path), path };
  } catch (error) {
    throw new CliError(`cannot open the store at ${path}: ${(error as Error).message.split('\n')[0]}`);
  }
}
