// Every bad invocation is one line on stderr, exit 2, naming the command and its --help — for an
// unknown option, an option left without its value (at the end, or followed by another option)
// and an argument too many, in each family of commands. Nothing here needs a configuration: the
// arguments are refused before the CLI looks for one.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from './args.js';
import { run } from './test-support/run.js';

const cwd = mkdtempSync(join(tmpdir(), 'rk-cli-args-'));

/** Each family with a command line that is valid up to the point where the test breaks it. */
const FAMILIES: { family: string; command: string; prefix: string[]; valued: string }[] = [
  { family: 'read', command: 'domains', prefix: ['domains'], valued: '--status' },
  { family: 'read', command: 'operations', prefix: ['operations'], valued: '--since' },
  { family: 'read', command: 'log', prefix: ['log'], valued: '--operation-id' },
  { family: 'read', command: 'tasks', prefix: ['tasks'], valued: '--store' },
  { family: 'inspect', command: 'plugins', prefix: ['plugins'], valued: '--config' },
  { family: 'inspect', command: 'validate', prefix: ['validate'], valued: '--cwd' },
  { family: 'store', command: 'store', prefix: ['store', 'prune'], valued: '--older-than' },
];

async function refused(args: string[]): Promise<string> {
  const r = await run(args, cwd);
  expect(r).toMatchObject({ code: 2, stdout: '' });
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe.each(FAMILIES)('$family: registrar-kit $command', ({ command, prefix, valued }) => {
  const help = `— see registrar-kit ${command} --help`;

  it('an unknown option, alone or with a value, is named', async () => {
    expect(await refused([...prefix, '--colour'])).toBe(`registrar-kit ${command}: unknown option --colour for "${command}" ${help}`);
    expect(await refused([...prefix, '--colour=always', '--json'])).toBe(`registrar-kit ${command}: unknown option --colour for "${command}" ${help}`);
    expect(await refused([...prefix, '-x'])).toBe(`registrar-kit ${command}: unknown option -x for "${command}" ${help}`);
  });

  it('an option without its value says so, at the end or before another option', async () => {
    expect(await refused([...prefix, valued])).toBe(`registrar-kit ${command}: ${valued} needs a value ${help}`);
    expect(await refused([...prefix, valued, '--json'])).toBe(`registrar-kit ${command}: ${valued} needs a value ${help}`);
  });

  it('an argument too many is named', async () => {
    expect(await refused([...prefix, 'extra'])).toBe(`registrar-kit ${command}: unexpected argument "extra" for "${command}" ${help}`);
  });
});

describe('parse', () => {
  it('reads long and short forms, --x=value, and keeps the option names as written', () => {
    const { values, positionals } = parse('store', ['prune', '-c', 'rk.json', '--older-than=30d', '--json', '-h'], { config: { type: 'string', short: 'c' }, 'older-than': { type: 'string' }, json: { type: 'boolean' } }, 1);
    expect(positionals).toEqual(['prune']);
    expect(values).toEqual({ config: 'rk.json', 'older-than': '30d', json: true, help: true });
  });

  it('names the long form when a short option lacks its value', () => {
    expect(() => parse('plugins', ['-c'], { config: { type: 'string', short: 'c' } })).toThrow('--config needs a value — see registrar-kit plugins --help');
  });

  it('takes a value that merely starts with a dash when it names no option', () => {
    expect(parse('log', ['--domain', '-odd-'], { domain: { type: 'string' } }).values.domain).toBe('-odd-');
  });
});
