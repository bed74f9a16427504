/**
 * `registrar-kit keys create|list|revoke`: the API keys of `registrar-kit serve`, kept hashed in
 * the host's store. The key is printed once, by `create`; nothing can show it again.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { openSqliteStore, postgresUrl, storePath, type Store } from '@registrar-kit/host';
import type { ApiKeyRecord } from '@registrar-kit/server';
import { CONFIG, parse, type Values } from '../args.js';
import { CliError, EXIT } from '../cli-error.js';
import { findConfig, openExistingStore } from '../context.js';
import type { CommandIo } from '../main.js';
import { createOutput, table } from '../output.js';

const HELP = `registrar-kit keys create|list|revoke [--json] [--config <file> | --cwd <dir> | --store <file>]

  create --scope <scopes> [--tenant <customer>] [--name <label>]
           make an API key for registrar-kit serve and print it — once: the store keeps only
           its hash. Scopes, comma-separated: read (GET routes), submit (operations, orders),
           staff (manual tasks, quarantine), admin (everything). A key with --tenant sees and
           touches only that customer's domains, operations, tasks and Action Log entries.
           The key goes to stdout alone (KEY=$(registrar-kit keys create --scope read)).
  list     every key: id, name, scopes, tenant, created, last used (to the minute), revoked
  revoke <id>
           refuse the key from the next request on, in every server sharing the store`;

/** Opens the configured store; `create` may start an SQLite store the host has not opened yet. */
async function openStore(values: Values, io: CommandIo, create: boolean): Promise<{ store: Store; path: string }> {
  if (create && typeof values.store !== 'string') {
    const config = await findConfig(values, io);
    const path = storePath(config);
    if (postgresUrl(config) === undefined && path !== ':memory:' && !existsSync(path)) {
      mkdirSync(dirname(path), { recursive: true });
      return { store: await openSqliteStore(path), path };
    }
  }
  return openExistingStore(values, io);
}

const when = (d: Date | undefined): string => (d === undefined ? '' : d.toISOString().replace(/\.\d{3}Z$/, 'Z'));

function rows(keys: readonly ApiKeyRecord[]): string[][] {
  return keys.map((k) => [k.id, k.name ?? '', k.scopes.join(','), k.tenant ?? '(all)', when(k.createdAt), when(k.lastUsedAt), when(k.revokedAt)]);
}

export async function keysCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parse('keys', args, { ...CONFIG, store: { type: 'string' }, json: { type: 'boolean' }, scope: { type: 'string' }, tenant: { type: 'string' }, name: { type: 'string' } }, 2);
  const out = createOutput(io.stdout, io.stderr);
  if (values.help === true) return (out.line(HELP), EXIT.ok);
  const [action, id] = positionals;
  if (action !== 'create' && action !== 'list' && action !== 'revoke') throw new CliError(`say what to do: registrar-kit keys create, list or revoke${action === undefined ? '' : ` ("${action}" is none of them)`}`, EXIT.usage);
  if (action !== 'create' && (values.scope !== undefined || values.tenant !== undefined || values.name !== undefined)) throw new CliError('--scope, --tenant and --name are options of registrar-kit keys create', EXIT.usage);
  if (action === 'revoke' && id === undefined) throw new CliError('say which key: registrar-kit keys revoke <id> (registrar-kit keys list shows the ids)', EXIT.usage);
  if (action !== 'revoke' && id !== undefined) throw new CliError(`unexpected argument "${id}" — see registrar-kit keys --help`, EXIT.usage);
  const server = await import('@registrar-kit/server');
  // Checked before the store opens: a bad scope is the caller's mistake, whatever the store.
  let scopes: ReturnType<typeof server.parseScopes> = [];
  if (action === 'create') {
    if (typeof values.scope !== 'string') throw new CliError(`say what the key may do: --scope ${server.SCOPES.join(',')} (one or more)`, EXIT.usage);
    try {
      scopes = server.parseScopes(values.scope);
    } catch (error) {
      throw new CliError((error as Error).message, EXIT.usage);
    }
  }
  const { store, path } = await openStore(values, io, action === 'create');
  try {
    const keys = server.storeApiKeys(store);
    if (action === 'create') {
      let made: Awaited<ReturnType<typeof keys.create>>;
      try {
        made = await keys.create({ scopes, ...(typeof values.tenant === 'string' ? { tenant: values.tenant } : {}), ...(typeof values.name === 'string' ? { name: values.name } : {}) });
      } catch (error) {
        if (error instanceof server.ApiKeyError) throw new CliError(error.message, EXIT.usage);
        throw error;
      }
      if (values.json === true) out.line(JSON.stringify({ key: made.key, ...made.record }, null, 2));
      else out.line(made.key);
      const { record } = made;
      out.error(
        `Created API key ${record.id} in ${path} (scopes ${record.scopes.join(', ')}${record.tenant === undefined ? '' : `; tenant ${record.tenant}`}${record.name === undefined ? '' : `; name ${record.name}`}).\n` +
          'This is the only time the key is shown: store it now. Only its hash is kept; a lost key is revoked and replaced.',
      );
      return EXIT.ok;
    }
    if (action === 'list') {
      const all = await keys.list();
      if (values.json === true) out.line(JSON.stringify(all, null, 2));
      else if (all.length === 0) out.line(`No API keys in ${path} — make one with registrar-kit keys create --scope read`);
      else out.line(table(['id', 'name', 'scopes', 'tenant', 'created', 'last used', 'revoked'], rows(all), out.colour));
      return EXIT.ok;
    }
    if (!(await keys.revoke(id!))) throw new CliError(`no API key ${id} in ${path} — registrar-kit keys list shows the ids`);
    if (values.json === true) out.line(JSON.stringify({ revoked: id }));
    else out.line(`Revoked API key ${id}: refused from the next request on.`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
