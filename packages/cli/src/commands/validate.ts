/** `registrar-kit validate`: the configuration and every plugin manifest; each problem with its file and path. */
import { relative } from 'node:path';
import { CONFIG, parse } from '../args.js';
import { EXIT } from '../cli-error.js';
import type { CommandIo } from '../main.js';
import { createOutput, paint } from '../output.js';
import { configOrProblems, inspectHost, type Problem } from './inspect.js';

const HELP = `registrar-kit validate [--json] [--config <file>]

Checks the configuration against its schema, the environment variables it references, every
plugin package (manifest schema and rules, entry, sdk range, settings) and every connector.
Prints each problem as file:path and exits 1 when there is any.`;

export async function validateCommand(args: string[], io: CommandIo): Promise<number> {
  const { values } = parse('validate', args, { ...CONFIG, json: { type: 'boolean' } });
  const out = createOutput(io.stdout, io.stderr);
  if (values.help === true) return (out.line(HELP), EXIT.ok);
  const found = await configOrProblems(values, io);
  const problems: Problem[] = [...found.problems];
  if (found.config !== undefined) {
    const host = await inspectHost(found.config, io);
    try {
      for (const p of host.problems()) {
        problems.push({ code: p.code, path: p.path, message: p.message, ...(p.file === undefined ? {} : { file: p.file }), subject: p.kind === 'plugin' ? `plugin ${p.instance}` : `connector ${p.connector}` });
      }
    } finally {
      await host.close();
    }
  }
  const file = found.config?.file;
  if (values.json === true) {
    out.line(JSON.stringify({ ok: problems.length === 0, config: file ?? null, problems }, null, 2));
    return problems.length === 0 ? EXIT.ok : EXIT.failed;
  }
  if (problems.length === 0) {
    out.line(`${paint(out.colour, 'green', '✓')} ${file === undefined ? 'configuration' : relative(io.cwd, file) || file} and ${found.config?.plugins.length ?? 0} plugin instance(s) are valid`);
    return EXIT.ok;
  }
  for (const p of problems) {
    const where = `${p.file === undefined ? '(configuration)' : relative(io.cwd, p.file) || p.file}${p.path === '' ? '' : `:${p.path}`}`;
    out.line(`${paint(out.colour, 'red', '✗')} ${where}  ${p.message}  ${paint(out.colour, 'dim', `[${p.code}${p.subject === undefined ? '' : `, ${p.subject}`}]`)}`);
  }
  out.line(`${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  return EXIT.failed;
}
