/**
 * `registrar-kit store migrate|status|prune`: the store's schema, changed only when an operator
 * asks (a host on PostgreSQL never migrates a shared database at start unless its configuration
 * says `"migrate": true`; this command is the other way), and retention of the Action Log and
 * of raw inbound mail.
 */
import { postgresUrl, storePath, type ResolvedConfig } from '@registrar-kit/host';
import { CONFIG, parse } from '../args.js';
import { CliError, EXIT } from '../cli-error.js';
import { findConfig, openExistingStore } from '../context.js';
import type { CommandIo } from '../main.js';
import { createOutput } from '../output.js';

const HELP = `registrar-kit store migrate|status|prune [--json] [--config <file> | --cwd <dir>]

  status   the migrations the configured store has, and those this version would apply
  migrate  apply the pending migrations (PostgreSQL: under an advisory lock, so hosts or
           operators migrating at once apply each migration once)
  prune --older-than <age>  [--store <file>]
           delete Action Log entries and raw inbound messages older than <age>: 180d, 12h,
           4w, or a date (2026-06-01, 2026-06-01T00:00:00Z). Operations, domains, orders and
           manual tasks are never deleted. A registrar message pruned is no longer recognised
           as a duplicate if it arrives again.

An SQLite store migrates itself when a host opens it; migrate and status matter for PostgreSQL
(store.postgres in the configuration), where a host refuses a schema that is behind.`;

const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;

/** `--older-than`: an age (`180d`, `12h`, `4w`) back from `now`, or a date; never in the future. */
export function parseOlderThan(value: string | undefined, now: Date = new Date()): Date {
  if (value === undefined || value.trim() === '') throw new CliError('say how old is too old: registrar-kit store prune --older-than 180d (or 12h, 4w, or a date)', EXIT.usage);
  const age = /^(\d+)\s*(h|d|w)$/.exec(value.trim());
  let at: number;
  if (age !== null) at = now.getTime() - Number(age[1]) * UNIT_MS[age[2] as keyof typeof UNIT_MS];
  else if (/^\d{4}-\d{2}-\d{2}([T ].*)?$/.test(value.trim())) at = Date.parse(value.trim());
  else at = Number.NaN;
  if (Number.isNaN(at)) throw new CliError(`--older-than takes an age (180d, 12h, 4w) or a date (2026-06-01, 2026-06-01T00:00:00Z), not "${value}"`, EXIT.usage);
  if (at > now.getTime()) throw new CliError(`--older-than ${value} is in the future: that would delete everything — give a past date or an age`, EXIT.usage);
  return new Date(at);
}

async function prune(values: Record<string, string | boolean | undefined>, io: CommandIo): Promise<{ where: string; olderThan: string; actionLog: number; inbound: number }> {
  const olderThan = parseOlderThan(typeof values['older-than'] === 'string' ? values['older-than'] : undefined);
  const { store, path } = await openExistingStore(values, io);
  try {
    return { where: path, olderThan: olderThan.toISOString(), ...(await store.prune(olderThan)) };
  } catch (error) {
    throw new CliError(`pruning ${path} failed: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await store.close();
  }
}

interface Report {
  store: 'postgres' | 'sqlite';
  where: string;
  applied?: string[];
  pending?: string[];
  unknown?: string[];
  appliedNow?: string[];
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
    return { store: 'postgres', where: pg.describeUrl(url, schema), applied: state.applied, pending: state.pending, unknown: state.unknown, ...(state.appliedNow === undefined ? {} : { appliedNow: state.appliedNow }) };
  } catch (error) {
    throw new CliError(`${pg.describeUrl(url, schema)}: ${(error as Error).message.split('\n')[0]}`);
  }
}

export async function storeCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parse('store', args, { ...CONFIG, json: { type: 'boolean' }, 'older-than': { type: 'string' }, store: { type: 'string' } }, 1);
  const out = createOutput(io.stdout, io.stderr);
  const action = positionals[0];
  if (values.help === true) return (out.line(HELP), EXIT.ok);
  if (action === 'prune') {
    const pruned = await prune(values, io);
    if (values.json === true) out.line(JSON.stringify(pruned, null, 2));
    else out.line(`Pruned ${pruned.where}: ${pruned.actionLog} Action Log ${pruned.actionLog === 1 ? 'entry' : 'entries'} and ${pruned.inbound} inbound ${pruned.inbound === 1 ? 'message' : 'messages'} older than ${pruned.olderThan}.`);
    return EXIT.ok;
  }
  if (values['older-than'] !== undefined || values.store !== undefined) throw new CliError(`--older-than and --store are options of registrar-kit store prune`, EXIT.usage);
  if (action !== 'migrate' && action !== 'status') throw new CliError(`say what to do: registrar-kit store migrate, status or prune${action === undefined ? '' : ` ("${action}" is none of them)`}`, EXIT.usage);
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
