// `registrar-kit --help` and `--version` answer without loading the host (its SQLite driver, mail
// libraries, plugins) or the argument parser: the built binary runs with a resolution hook that
// lists every module it loads.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/registrar-kit.js', import.meta.url));
const built = fileURLToPath(new URL('../dist/main.js', import.meta.url));

const hooks = `export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (!resolved.url.startsWith('node:')) process.stderr.write('loaded ' + resolved.url + '\\n');
  return resolved;
}`;
const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;

async function loaded(args: string[]): Promise<{ stdout: string; modules: string[] }> {
  const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(register)}`, bin, ...args], { timeout: 20_000 });
  return { stdout, modules: stderr.split('\n').filter((l) => l.startsWith('loaded ')).map((l) => l.slice('loaded '.length)) };
}

beforeAll(() => {
  if (!existsSync(built)) throw new Error('packages/cli is not built: run `npx tsc -b packages/cli` (pnpm test builds first)');
});

describe('cold start', () => {
  it.each([['--help'], ['--version']])('%s loads the CLI’s own entry, errors and output only', async (flag) => {
    const { stdout, modules } = await loaded([flag]);
    expect(stdout).not.toBe('');
    expect(modules.map((url) => url.replace(/^.*\/packages\/cli\//, ''))).toEqual(['bin/registrar-kit.js', 'dist/main.js', 'dist/cli-error.js', 'dist/output.js']);
  });
});
