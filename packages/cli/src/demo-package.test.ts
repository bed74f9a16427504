// `registrar-kit demo` and `sandbox` on a machine where @registrar-kit/demo is not installed: one
// line that says what to install, exit 2. The built binary runs with a module resolution hook that
// makes resolving the demo package fail as Node fails for a package that is not there.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/registrar-kit.js', import.meta.url));
const built = fileURLToPath(new URL('../dist/demo-package.js', import.meta.url));

/** Resolves `@registrar-kit/demo…` as a name nobody installed, so Node raises its own not-found error. */
const hooks = `export async function resolve(specifier, context, next) {
  return next(specifier.startsWith('@registrar-kit/demo') ? specifier.replace('@registrar-kit/demo', '@registrar-kit/demo-not-installed') : specifier, context);
}`;
const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;

async function cli(args: string[], withoutDemo: boolean): Promise<{ code: number; stdout: string; stderr: string }> {
  const options = withoutDemo ? ['--import', `data:text/javascript,${encodeURIComponent(register)}`] : [];
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [...options, bin, ...args], { cwd: mkdtempSync(join(tmpdir(), 'rk-no-demo-')), env: { ...process.env, NO_COLOR: '1' }, timeout: 20_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

beforeAll(() => {
  if (!existsSync(built)) throw new Error('packages/cli is not built: run `npx tsc -b packages/cli` (pnpm test builds first)');
});

describe('registrar-kit without @registrar-kit/demo', () => {
  it.each([['demo', '--fast'], ['sandbox', '--help']])('%s: one line naming the package to install, exit 2', async (command, flag) => {
    const r = await cli([command, flag], true);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([`registrar-kit ${command}: this command comes with the demo package — install it: npm install @registrar-kit/demo (or pnpm add @registrar-kit/demo), then run it again`]);
  });

  it('the other commands do not need it', async () => {
    const r = await cli(['validate'], true);
    expect(r.stderr).toContain('no registrar-kit configuration found');
    expect(r.stderr).not.toContain('@registrar-kit/demo');
  });

  it('with the package installed, the same command reaches the demo', async () => {
    const r = await cli(['demo', '--help'], false);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^registrar-kit demo \[--fast\]/);
  });
});
