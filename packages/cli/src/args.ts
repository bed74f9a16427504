import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError } from './cli-error.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

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

/** Parses a command's arguments; an unknown option or a missing value is one clear line. */
export function parse<O extends OptionSpec>(command: string, args: readonly string[], options: O, positionals = 0): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { ...COMMON, ...options }, strict: true, allowPositionals: positionals > 0 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '([^']+)'/.exec(message)?.[1];
    if (unknown !== undefined) throw usageError(`unknown option ${unknown} for "${command}" — see registrar-kit ${command} --help`);
    const missing = /Option '(?:-\w, )?(--[\w-]+)[^']*' argument missing/.exec(message)?.[1];
    if (missing !== undefined) throw usageError(`${missing} needs a value — see registrar-kit ${command} --help`);
    const positional = /Unexpected argument '([^']+)'/.exec(message)?.[1];
    if (positional !== undefined) throw usageError(`unexpected argument "${positional}" for "${command}" — see registrar-kit ${command} --help`);
    throw usageError(`${message.split('\n')[0]} — see registrar-kit ${command} --help`);
  }
  if (parsed.positionals.length > positionals) throw usageError(`unexpected argument "${parsed.positionals[positionals]}" for "${command}" — see registrar-kit ${command} --help`);
  return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
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
