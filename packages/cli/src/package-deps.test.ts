// `@registrar-kit/cli` installs on its own for the commands plugin authors and operators use
// (validate, plugins, the read commands): what it ships depends on the host and the sdk, never on
// the simulated registrars or a plugin — those come with @registrar-kit/demo.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
const NOT_FOR_THE_CLI = /^@registrar-kit\/(sandbox|demo|plugin-.*)$/;

/** The source files that are packed and run (tests and their helpers are not). */
function shippedSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return e.name === 'test-support' ? [] : shippedSources(join(dir, e.name));
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [];
  });
}

describe('@registrar-kit/cli dependencies', () => {
  it('installs the host, the server, the sdk and its argument parser, and nothing of the demo', () => {
    expect(Object.keys(pkg.dependencies ?? {}).sort()).toEqual(['@registrar-kit/host', '@registrar-kit/sdk', '@registrar-kit/server', 'commander']);
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'bundledDependencies']) {
      expect(Object.keys(pkg[field] ?? {}).filter((name) => NOT_FOR_THE_CLI.test(name)), field).toEqual([]);
    }
  });

  it('its shipped source imports neither the sandbox nor a plugin (the demo only by name, on demand)', () => {
    const offenders = shippedSources(join(root, 'src')).filter((file) => /from '@registrar-kit\/(sandbox|plugin-[\w-]+)'|import\('@registrar-kit\/(sandbox|plugin-[\w-]+|demo)'\)/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
