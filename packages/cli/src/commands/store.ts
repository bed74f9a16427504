/**
 * `registrar-kit store migrate|status`: the store's schema, changed only when an operator asks. A
 * host on PostgreSQL never migrates a shared database at start unless its configuration says
 * `"migrate": true`; this command is the other way.
 */
import { postgresUrl, storePath, type ResolvedConfig } from '@registrar-kit/host';
import { CONFIG, parse } from '../args.js';
import { CliError, EXIT } from '../cli-error.js';
import { findConfig } from '../context.js';
import type { CommandIo } from '../main.js';
import { createOutput } from '../output.js';

const HELP = `registrar-kit store migrate|status [--json] [--config <file> | --cwd <dir>]

  status   the migrations the configured store has, and those this version would apply
  migrate  apply the pending migrations (PostgreSQL: under an advisory lock, so hosts or
           operators migrating at once apply each migration once)

An SQLite store migrates itself when a host opens it; these commands matter for PostgreSQL
(store.postgres in the configuration), where a host refuses a schema that is behind.`;

interface Report {
  store: 'postgres' | 'sqlite';
  where: string;
  applied?: string[];
  pending?: string[];
  unknown?: string[];
  appliedNow?: string[];
}

function pgWhere(url: string, schema: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    return `${u.toString()} (schema ${schema})`;
  } catch {
    return `(schema ${schema})`;
  }
}

async function run(action: 'migrate' | 'status', config: ResolvedConfig): Promise<Report> {
  const url = postgresUrl(config);
  if (url === undefined) {
    const path = storePath(config);
    if (action === 'migrate') {
      const { openSqliteStore } = await import('@registrar-kit/host');
      await (await openSqliteStore(path)).close();
    }
    return { store: 'sqlite', where: path };
  }
  const schema = config.store?.schema ?? 'public';
  const pg = await import('@registrar-kit/host/postgres');
  try {
    const state = action === 'migrate' ? await pg.migratePostgresUrl(url, { schema }) : { ...(await pg.postgresStatus(url, { schema })), appliedNow: undefined };
    return { store: 'postgres', where: pgWhere(url, schema), applied: state.applied, pending: state.pending, unknown: state.unknown, ...(state.appliedNow === undefined ? {} : { appliedNow: state.appliedNow }) };
  } catch (error) {
    throw new CliError(`${pgWhere(url, schema)}: ${(error as Error).message.split('\n')[0]}`);
  }
}

export async function storeCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parse('store', args, { ...CONFIG, json: { type: 'boolean' } }, 1);
  const out = createOutput(io.stdout, io.stderr);
  const action = positionals[0];
  if (values.help === true) return (out.line(HELP), EXIT.ok);
  if (action !== 'migrate' && action !== 'status') throw new CliError(`say what to do: registrar-kit store migrate, or registrar-kit store status${action === undefined ? '' : ` ("${action}" is neither)`}`, EXIT.usage);
  const report = await run(action, await findConfig(values, io));
  if (values.json === true) {
    out.line(JSON.stringify(report, null, 2));
  } else if (report.store === 'sqlite') {
    out.line(`SQLite store ${report.where}: migrations are applied when a host opens it${action === 'migrate' ? ' (opened now: up to date)' : ''}.`);
  } else {
    out.line(`PostgreSQL store ${report.where}`);
    if (report.appliedNow !== undefined) out.line(report.appliedNow.length === 0 ? 'Nothing to apply.' : `Applied now: ${report.appliedNow.join(', ')}`);
    out.line(`Applied: ${report.applied!.length === 0 ? 'none' : report.applied!.join(', ')}`);
    out.line(report.pending!.length === 0 ? 'Up to date.' : `Pending: ${report.pending!.join(', ')} — run registrar-kit store migrate`);
    if (report.unknown!.length > 0) out.line(`Written by a newer version: ${report.unknown!.join(', ')}`);
  }
  return report.pending !== undefined && report.pending.length > 0 && action === 'status' ? EXIT.failed : EXIT.ok;
}
