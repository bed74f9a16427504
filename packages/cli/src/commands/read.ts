/** `domains`, `operations`, `log`, `tasks`: what an operator reads from the store without a UI. */
import { DOMAIN_STATUSES, OPERATION_STATUSES, type DomainStatus, type OperationStatus, type Store } from '@registrar-kit/host';
import { CONFIG, oneOf, parse, parseLimit, parseSince, type OptionSpec } from '../args.js';
import { EXIT } from '../cli-error.js';
import { openExistingStore } from '../context.js';
import type { CommandIo } from '../main.js';
import { createOutput, paint, status, table } from '../output.js';

const READ: OptionSpec = {
  ...CONFIG,
  store: { type: 'string' },
  json: { type: 'boolean' },
  limit: { type: 'string' },
  cursor: { type: 'string' },
};

const TASK_STATUSES = ['open', 'claimed', 'completed', 'rejected', 'cancelled'] as const;
const LEVELS = ['debug', 'info', 'warn', 'error'] as const;

const when = (d: Date | undefined): string => (d === undefined ? '' : d.toISOString().replace(/\.\d{3}Z$/, 'Z'));

async function withStore(values: Record<string, string | boolean | undefined>, io: CommandIo, fn: (store: Store) => Promise<void>): Promise<void> {
  const { store } = await openExistingStore(values, io);
  try {
    await fn(store);
  } finally {
    await store.close();
  }
}

const HELP = {
  domains: 'registrar-kit domains [--status <s>] [--domain <name>] [--limit n] [--cursor c] [--json] [--config <file> | --store <file>]\n\nStatuses: ',
  operations: 'registrar-kit operations [--domain <name>] [--status <s>] [--operation <op>] [--since 2h|<date>] [--limit n] [--cursor c] [--json] [--config <file> | --store <file>]\n\nStatuses: ',
  log: 'registrar-kit log [--domain <name>] [--operation-id <id>] [--kind <kind>] [--level info|warn|error] [--since 2h|<date>] [--limit n] [--cursor c] [--json] [--config <file> | --store <file>]',
  tasks: 'registrar-kit tasks [--status open|claimed|completed|rejected|cancelled] [--domain <name>] [--json] [--config <file> | --store <file>]',
};

function cursorOf(values: Record<string, unknown>): { cursor?: string } {
  return typeof values.cursor === 'string' ? { cursor: values.cursor } : {};
}

/** The next page's cursor goes to stderr, so `--json` output stays one JSON document. */
function more(io: CommandIo, cursor: string | undefined): void {
  if (cursor !== undefined) io.stderr.write(`More results: repeat with --cursor ${cursor}\n`);
}

export async function domainsCommand(args: string[], io: CommandIo): Promise<number> {
  const { values } = parse('domains', args, { ...READ, status: { type: 'string' }, domain: { type: 'string' } });
  const out = createOutput(io.stdout, io.stderr);
  if (values.help === true) return (out.line(HELP.domains + DOMAIN_STATUSES.join(', ')), EXIT.ok);
  const filter = oneOf('--status', values.status as string | undefined, DOMAIN_STATUSES as readonly DomainStatus[]);
  const limit = parseLimit(values.limit as string | undefined, 1000);
  await withStore(values, io, async (store) => {
    const page =
      typeof values.domain === 'string'
        ? { items: [await store.getDomain(values.domain.toLowerCase())].filter((d) => d !== undefined && (filter === undefined || d.status === filter)), nextCursor: undefined }
        : await store.pageDomains({ ...(filter === undefined ? {} : { status: filter }), limit, ...cursorOf(values) });
    const rows = page.items as NonNullable<(typeof page.items)[number]>[];
    if (values.json === true) return (out.line(JSON.stringify(rows, null, 2)), more(io, page.nextCursor));
    if (rows.length === 0) return out.line('No domains match.');
    out.line(
      table(
        ['DOMAIN', 'STATUS', 'IN FLIGHT', 'CONNECTOR', 'PLUGIN', 'EXPIRES', 'LAST ERROR'],
        rows.map((d) => [d.name, status(out.colour, d.status), d.pendingOperation ?? '', d.connector ?? '', d.pluginInstance ?? '', d.expiresAt ?? '', d.lastError === undefined ? '' : `${d.lastError.code}${d.lastError.registrarCode === undefined ? '' : ` (${d.lastError.registrarCode})`}: ${d.lastError.message}`]),
        out.colour,
      ),
    );
    more(io, page.nextCursor);
  });
  return EXIT.ok;
}

export async function operationsCommand(args: string[], io: CommandIo): Promise<number> {
  const { values } = parse('operations', args, { ...READ, status: { type: 'string' }, domain: { type: 'string' }, operation: { type: 'string' }, since: { type: 'string' } });
  const out = createOutput(io.stdout, io.stderr);
  if (values.help === true) return (out.line(HELP.operations + OPERATION_STATUSES.join(', ')), EXIT.ok);
  const filter = oneOf('--status', values.status as string | undefined, OPERATION_STATUSES as readonly OperationStatus[]);
  const since = parseSince(values.since as string | undefined);
  const limit = parseLimit(values.limit as string | undefined, 1000);
  await withStore(values, io, async (store) => {
    // Filters, order and limit run in SQL: `--limit 5` reads five rows, however large the store.
    const page = await store.pageOperations({
      ...(typeof values.domain === 'string' ? { domain: values.domain.toLowerCase() } : {}),
      ...(filter === undefined ? {} : { status: filter }),
      ...(typeof values.operation === 'string' ? { operation: values.operation } : {}),
      ...(since === undefined ? {} : { since }),
      limit,
      ...cursorOf(values),
    });
    const rows = page.items;
    more(io, page.nextCursor);
    if (values.json === true) return out.line(JSON.stringify(rows.map(({ input: _input, ...o }) => o), null, 2));
    if (rows.length === 0) return out.line('No operations match.');
    out.line(
      table(
        ['CREATED', 'OPERATION', 'DOMAIN', 'STATUS', 'STEP', 'MODE', 'PLUGIN', 'ID'],
        rows.map((o) => [when(o.createdAt), o.operation, o.domain, status(out.colour, o.status), o.step ?? '', o.mode, o.pluginInstance ?? '', o.id]),
        out.colour,
      ),
    );
  });
  return EXIT.ok;
}

export async function logCommand(args: string[], io: CommandIo): Promise<number> {
  const { values } = parse('log', args, { ...READ, domain: { type: 'string' }, kind: { type: 'string' }, level: { type: 'string' }, since: { type: 'string' }, 'operation-id': { type: 'string' } });
  const out = createOutput(io.stdout, io.stderr);
  if (values.help === true) return (out.line(HELP.log), EXIT.ok);
  const level = oneOf('--level', values.level as string | undefined, LEVELS);
  const since = parseSince(values.since as string | undefined);
  const limit = parseLimit(values.limit as string | undefined, 200);
  await withStore(values, io, async (store) => {
    const minimum = level === undefined ? undefined : LEVELS.slice(LEVELS.indexOf(level));
    const page = await store.pageLog({
      ...cursorOf(values),
      ...(typeof values.domain === 'string' ? { domain: values.domain.toLowerCase() } : {}),
      ...(typeof values['operation-id'] === 'string' ? { operationId: values['operation-id'] } : {}),
      ...(typeof values.kind === 'string' ? { kind: values.kind } : {}),
      ...(minimum === undefined ? {} : { level: [...minimum] }),
      ...(since === undefined ? {} : { since }),
      limit,
    });
    const rows = page.items;
    more(io, page.nextCursor);
    if (values.json === true) return out.line(JSON.stringify(rows, null, 2));
    if (rows.length === 0) return out.line('No Action Log entries match.');
    const levelStyle = { debug: 'grey', info: 'blue', warn: 'yellow', error: 'red' } as const;
    for (const e of rows) {
      const tags = [e.domain, e.pluginInstance, e.registrarCode === undefined ? undefined : `code ${e.registrarCode}`, e.durationMs === undefined ? undefined : `${e.durationMs} ms`].filter((t) => t !== undefined);
      out.line(`${paint(out.colour, 'dim', when(e.at))} ${paint(out.colour, levelStyle[e.level], e.level.padEnd(5))} ${e.kind.padEnd(14)} ${e.message}${tags.length === 0 ? '' : paint(out.colour, 'dim', `  [${tags.join(', ')}]`)}`);
    }
  });
  return EXIT.ok;
}

export async function tasksCommand(args: string[], io: CommandIo): Promise<number> {
  const { values } = parse('tasks', args, { ...READ, status: { type: 'string' }, domain: { type: 'string' } });
  const out = createOutput(io.stdout, io.stderr);
  if (values.help === true) return (out.line(HELP.tasks), EXIT.ok);
  const filter = oneOf('--status', values.status as string | undefined, TASK_STATUSES);
  await withStore(values, io, async (store) => {
    const rows = await store.listTasks({ ...(filter === undefined ? {} : { status: filter }), ...(typeof values.domain === 'string' ? { domain: values.domain.toLowerCase() } : {}) });
    if (values.json === true) return out.line(JSON.stringify(rows, null, 2));
    if (rows.length === 0) return out.line(filter === 'open' ? 'No open manual tasks.' : 'No manual tasks match.');
    out.line(
      table(
        ['CREATED', 'TASK', 'OPERATION', 'DOMAIN', 'STATUS', 'CLAIMED BY', 'REASON'],
        rows.map((t) => [when(t.createdAt), t.id, t.operation, t.domain, status(out.colour, t.status), t.claimedBy ?? '', t.reason]),
        out.colour,
      ),
    );
  });
  return EXIT.ok;
}
