import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Readable, Writable } from 'node:stream';
import { idProblem } from './id.js';
import { commandsFor, detectPackageManager } from './package-manager.js';
import { ask } from './prompt.js';
import { nextSteps, scaffold, ScaffoldError } from './scaffold.js';
import { isTransport, TRANSPORTS, type Transport } from './transports.js';

const USAGE = `Usage: create-registrar-plugin <dir> --id <id> [--name "Display Name"] [--transport ${TRANSPORTS.join('|')}] [--yes]

Writes a registrar-kit plugin package named registrar-plugin-<id> into <dir> (new or empty):
manifest, typed settings, an example operation for the transport, example cassettes, the
conformance test, a CI workflow and a README. Missing values are asked for on a terminal;
with --yes or without a terminal the defaults are used (--transport json, the name from the id).`;

export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
  cwd: string;
  /** `npm_config_user_agent`, to print the package manager's own commands. */
  userAgent: string | undefined;
}

const defaultIo = (): CliIo => ({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), userAgent: process.env.npm_config_user_agent });

/** Runs the command; returns the exit code (0 done, 1 refused or failed, 2 usage error). */
export async function main(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { id: { type: 'string' }, name: { type: 'string' }, transport: { type: 'string' }, yes: { type: 'boolean', short: 'y' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [dir, ...extra] = positionals;
  if (dir === undefined || extra.length > 0) {
    io.stderr.write(`${dir === undefined ? 'Missing <dir>' : `Unexpected arguments: ${extra.join(' ')}`}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.transport !== undefined && !isTransport(values.transport)) {
    io.stderr.write(`unknown transport "${values.transport}": use one of ${TRANSPORTS.join(', ')}\n`);
    return 2;
  }
  const problem = values.id === undefined ? undefined : idProblem(values.id);
  if (problem !== undefined) {
    io.stderr.write(`${problem}\n`);
    return 1;
  }
  const given = { id: values.id, name: values.name, transport: values.transport as Transport | undefined };
  const interactive = io.stdin.isTTY === true && values.yes !== true;
  let id = given.id;
  let name = given.name;
  let transport = given.transport;
  if (interactive && (id === undefined || name === undefined || transport === undefined)) {
    try {
      ({ id, name, transport } = await ask(io.stdin, io.stdout, { ...(id === undefined ? {} : { id }), ...(name === undefined ? {} : { name }), ...(transport === undefined ? {} : { transport }) }));
    } catch {
      // The input closed (Ctrl-D) before every question was answered.
      io.stderr.write('\nNo answer: nothing was written\n');
      return 1;
    }
  }
  if (id === undefined) {
    io.stderr.write(`Missing --id (there is no terminal to ask on)\n\n${USAGE}\n`);
    return 2;
  }
  const pm = detectPackageManager(io.userAgent);
  try {
    const result = await scaffold({ dir: resolve(io.cwd, dir), id, ...(name === undefined ? {} : { name }), ...(transport === undefined ? {} : { transport }), packageManager: pm });
    const steps = nextSteps(result, io.cwd, pm);
    io.stdout.write(
      [
        `Created ${result.packageName} (${result.transport}) in ${result.dir}`,
        '',
        'Next steps:',
        ...steps.map((s) => `  ${s}`),
        '',
        `Then read README.md: replace the example wire format with the registrar's, and record real cassettes (${commandsFor(pm).exec} registrar-conformance . --record).`,
        '',
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    if (error instanceof ScaffoldError) {
      io.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
