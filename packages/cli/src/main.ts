/**
 * `registrar-kit`: the command line of registrar-kit. Each command loads only what it needs, so
 * reading the store does not start mail libraries or plugins.
 */
import { readFileSync } from 'node:fs';
import { CliError, EXIT } from './cli-error.js';
import { createOutput, type OutStream } from './output.js';

export interface CommandIo {
  stdout: OutStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

interface Command {
  summary: string;
  run(args: string[], io: CommandIo): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  demo: { summary: 'start the sandbox registrars and a host, and walk through every behaviour; --serve keeps the operator console up (@registrar-kit/demo)', run: async (a, io) => (await (await import('./demo-package.js')).loadDemo()).demoCommand(a, io) },
  sandbox: { summary: 'run the simulated registrars on loopback until interrupted (@registrar-kit/demo)', run: async (a, io) => (await (await import('./demo-package.js')).loadDemo()).sandboxCommand(a, io) },
  plugins: { summary: 'loaded plugins and the capability matrix per connector', run: async (a, io) => (await import('./commands/plugins.js')).pluginsCommand(a, io) },
  validate: { summary: 'check the configuration and every plugin manifest', run: async (a, io) => (await import('./commands/validate.js')).validateCommand(a, io) },
  domains: { summary: 'domains in the store and their states', run: async (a, io) => (await import('./commands/read.js')).domainsCommand(a, io) },
  operations: { summary: 'operations in the store (filter by domain, status, time)', run: async (a, io) => (await import('./commands/read.js')).operationsCommand(a, io) },
  log: { summary: 'the Action Log (filter by domain, kind, level, time)', run: async (a, io) => (await import('./commands/read.js')).logCommand(a, io) },
  tasks: { summary: 'manual tasks for staff (filter by status, domain)', run: async (a, io) => (await import('./commands/read.js')).tasksCommand(a, io) },
  sync: { summary: 'read domains back from their registrars now: expiry, statuses, name servers; drift to the Action Log', run: async (a, io) => (await import('./commands/sync.js')).syncCommand(a, io) },
  serve: { summary: 'run the host and its HTTP API (OpenAPI at /v1/openapi.json) until SIGTERM', run: async (a, io) => (await import('./commands/serve.js')).serveCommand(a, io) },
  keys: { summary: 'API keys of registrar-kit serve: create (shown once), list, revoke', run: async (a, io) => (await import('./commands/keys.js')).keysCommand(a, io) },
  store: { summary: 'the store: status, migrate (PostgreSQL never migrates unasked), prune --older-than', run: async (a, io) => (await import('./commands/store.js')).storeCommand(a, io) },
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    'registrar-kit — register, transfer, renew and manage domains across registrar plugins',
    '',
    'Usage: registrar-kit <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Options for every command: --help, --debug (show stack traces).',
    'Commands that read a configuration take --config <file> or --cwd <dir> (cosmiconfig search:',
    'registrar-kit.config.json, .registrar-kitrc, "registrar-kit" in package.json, …).',
    '',
    'Start with: registrar-kit demo',
  ].join('\n');
}

function fullIo(io: Partial<CommandIo>): CommandIo {
  return { stdout: io.stdout ?? process.stdout, stderr: io.stderr ?? process.stderr, env: io.env ?? process.env, cwd: io.cwd ?? process.cwd() };
}

/**
 * Runs one command the way every registrar-kit command runs: a {@link CliError} is one line
 * (`registrar-kit <name>: …`) and its exit code, anything else one line and exit 1, and the
 * stack trace only with `--debug`. Returns the exit code; never throws.
 */
export async function runCommand(name: string, args: string[], command: (args: string[], io: CommandIo) => Promise<number>, io: Partial<CommandIo> = {}): Promise<number> {
  const full = fullIo(io);
  const out = createOutput(full.stdout, full.stderr);
  const debug = args.includes('--debug');
  try {
    return await command(args, full);
  } catch (error) {
    if (error instanceof CliError) {
      out.error(`registrar-kit ${name}: ${error.message}`);
      if (debug && error.stack !== undefined) out.error(error.stack);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    out.error(`registrar-kit ${name}: ${message.split('\n')[0]}${debug ? '' : ' (run again with --debug for details)'}`);
    if (debug && error instanceof Error && error.stack !== undefined) out.error(error.stack);
    return EXIT.failed;
  }
}

/** Runs the CLI; returns the exit code. Never throws. */
export async function main(argv: readonly string[], io: Partial<CommandIo> = {}): Promise<number> {
  const full = fullIo(io);
  const out = createOutput(full.stdout, full.stderr);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    out.line(help());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    out.line(version());
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    const guess = Object.keys(COMMANDS).find((c) => c.startsWith(name.slice(0, 2)));
    out.error(`registrar-kit: unknown command "${name}"${guess === undefined ? '.' : ` — did you mean "${guess}"?`} Run registrar-kit --help for the list.`);
    return EXIT.usage;
  }
  return runCommand(name, rest, (args, commandIo) => command.run(args, commandIo), full);
}
