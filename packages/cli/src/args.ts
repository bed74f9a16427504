/**
 * Each command's options, read with commander. Commander finds the options; this module turns
 * what it could not place — the first unknown option, an option left without its value, an
 * argument too many — into one line that names the command and its `--help`. It never reads
 * commander's (or Node's) error text: the offending token comes from the parse itself.
 */
import { Command, CommanderError, Option } from 'commander';
import { usageError } from './cli-error.js';

/** One option: a flag (`boolean`) or an option that takes a value (`string`). */
export interface OptionSpec {
  [name: string]: { type: 'boolean' | 'string'; short?: string };
}

/** Options every command takes. */
export const COMMON: OptionSpec = {
  help: { type: 'boolean', short: 'h' },
  debug: { type: 'boolean' },
};

/** Options of commands that read a configuration. */
export const CONFIG: OptionSpec = {
  config: { type: 'string', short: 'c' },
  cwd: { type: 'string' },
};

export type Values = Record<string, string | boolean | undefined>;

/**
 * A commander command for one parse: no help or version of its own (each command prints its own
 * help text), nothing written to the terminal, errors thrown instead of exiting the process.
 */
function commandFor(name: string, spec: OptionSpec): { command: Command; byAttribute: Map<string, string> } {
  const command = new Command(name)
    .helpOption(false)
    .allowUnknownOption()
    .exitOverride()
    .configureOutput({ writeOut: () => undefined, writeErr: () => undefined, outputError: () => undefined });
  const byAttribute = new Map<string, string>();
  for (const [key, option] of Object.entries(spec)) {
    const flags = `${option.short === undefined ? '' : `-${option.short}, `}--${key}${option.type === 'string' ? ' <value>' : ''}`;
    const created = new Option(flags);
    byAttribute.set(created.attributeName(), key);
    command.addOption(created);
  }
  return { command, byAttribute };
}

/** The long form of the option a token names (`-c` → `--config`), or undefined when it names none. */
function optionNamed(command: Command, token: string): Option | undefined {
  const flag = token.includes('=') && token.startsWith('--') ? token.slice(0, token.indexOf('=')) : token;
  return command.options.find((o) => o.long === flag || o.short === flag);
}

/** Parses a command's arguments; an unknown option, a missing value or an extra argument is one clear line. */
export function parse(name: string, args: readonly string[], options: OptionSpec, positionals = 0): { values: Values; positionals: string[] } {
  const { command, byAttribute } = commandFor(name, { ...COMMON, ...options });
  const help = ` — see registrar-kit ${name} --help`;
  let operands: string[];
  let unknown: string[];
  try {
    ({ operands, unknown } = command.parseOptions([...args]));
  } catch (error) {
    // Commander stops at an option that takes a value when the arguments run out: the last one.
    if (error instanceof CommanderError && error.code === 'commander.optionMissingArgument') {
      throw usageError(`${optionNamed(command, args.at(-1) ?? '')?.long ?? args.at(-1) ?? 'an option'} needs a value${help}`);
    }
    throw error;
  }
  const [first] = unknown;
  if (first !== undefined) {
    const flag = first.startsWith('--') && first.includes('=') ? first.slice(0, first.indexOf('=')) : first;
    throw usageError(`unknown option ${flag} for "${name}"${help}`);
  }
  if (operands.length > positionals) throw usageError(`unexpected argument "${operands[positionals]}" for "${name}"${help}`);
  const values: Values = {};
  for (const [attribute, value] of Object.entries(command.opts<Record<string, string | boolean>>())) {
    const key = byAttribute.get(attribute) ?? attribute;
    // `--domain --json`: commander takes the next token as the value; the user forgot the value.
    if (typeof value === 'string' && options[key]?.type === 'string' && optionNamed(command, value) !== undefined) throw usageError(`--${key} needs a value${help}`);
    values[key] = value;
  }
  return { values, positionals: operands };
}

/** `--since 2h`, `--since 30m`, `--since 3d` or an ISO date. */
export function parseSince(value: string | undefined, now: Date = new Date()): Date | undefined {
  if (value === undefined) return undefined;
  const rel = /^(\d+)\s*(s|m|h|d)$/.exec(value.trim());
  if (rel !== null) {
    const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[rel[2] as 's' | 'm' | 'h' | 'd'];
    return new Date(now.getTime() - Number(rel[1]) * unit);
  }
  const at = Date.parse(value);
  if (Number.isNaN(at)) throw usageError(`--since takes a duration (30m, 2h, 7d) or a date (2026-11-01T00:00:00Z), not "${value}"`);
  return new Date(at);
}

export function parseLimit(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw usageError(`--limit takes a positive whole number, not "${value}"`);
  return n;
}

export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw usageError(`${flag} must be one of ${allowed.join(', ')} — not "${value}"`);
  return value as T;
}
