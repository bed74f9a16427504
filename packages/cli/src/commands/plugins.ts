/** `registrar-kit plugins`: the loaded plugins and, per connector, operation × mode × completion. */
import { CONFIG, parse } from '../args.js';
import { CliError, EXIT } from '../cli-error.js';
import type { CommandIo } from '../main.js';
import { createOutput, paint, table } from '../output.js';
import { configOrProblems, inspectHost } from './inspect.js';

const HELP = `registrar-kit plugins [--json] [--config <file>]

Loads every configured plugin instance the way the host does (without opening the store) and
prints, per connector, each operation's mode (auto / manual / unsupported, with the reason) and
how an auto operation completes (sync, poll, message), with the TLD's restrictions (periods,
name servers, DNS test, auth code, extra fields).`;

export async function pluginsCommand(args: string[], io: CommandIo): Promise<number> {
  const { values } = parse('plugins', args, { ...CONFIG, json: { type: 'boolean' } });
  const out = createOutput(io.stdout, io.stderr);
  if (values.help === true) return (out.line(HELP), EXIT.ok);
  const { config, problems } = await configOrProblems(values, io);
  if (config === undefined) throw new CliError(`the configuration is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}) — run "registrar-kit validate" to see them`);
  const host = await inspectHost(config, io);
  try {
    const instances = [...host.plugins().values()].map((i) => ({ name: i.name, package: i.config.package, plugin: i.manifest.id, version: i.manifest.version, transports: i.manifest.transports }));
    const capabilities = host.capabilities();
    const hostProblems = host.problems();
    if (values.json === true) {
      out.line(JSON.stringify({ instances, connectors: host.connectors().map((c) => ({ name: c.name, tld: c.tld, plugin: c.plugin, disabled: c.disabled ?? null })), capabilities, problems: hostProblems }, null, 2));
      return hostProblems.length === 0 ? EXIT.ok : EXIT.failed;
    }
    out.line(paint(out.colour, 'bold', 'Plugin instances'));
    out.line(table(['INSTANCE', 'PLUGIN', 'VERSION', 'PACKAGE'], instances.map((i) => [i.name, i.plugin, i.version, i.package]), out.colour));
    for (const connector of host.connectors()) {
      out.line();
      out.line(`${paint(out.colour, 'bold', `.${connector.tld}`)} → ${connector.plugin}${connector.disabled === undefined ? '' : paint(out.colour, 'red', `  DISABLED: ${connector.disabled}`)}`);
      const rows = capabilities.filter((c) => c.connector === connector.name);
      out.line(
        table(
          ['OPERATION', 'MODE', 'COMPLETION', 'NOTE'],
          rows.map((c) => [c.operation, paint(out.colour, c.mode === 'auto' ? 'green' : c.mode === 'manual' ? 'magenta' : 'grey', c.mode), c.completion ?? '', [c.reason, ...(c.restrictions ?? [])].filter((n) => n !== undefined).join('; ')]),
          out.colour,
        ),
      );
    }
    if (hostProblems.length > 0) {
      out.line();
      out.line(paint(out.colour, 'red', `${hostProblems.length} problem${hostProblems.length === 1 ? '' : 's'} — run "registrar-kit validate" for details`));
      return EXIT.failed;
    }
    return EXIT.ok;
  } finally {
    await host.close();
  }
}
