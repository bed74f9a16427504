// The outsider test: what a plugin author outside this repository goes through, with nothing but
// the packed tarballs. Every publishable package is packed (its `prepack` builds it); a plugin is
// scaffolded with the packed `create-registrar-plugin` into a temporary folder outside the
// workspace; the recipe of docs/using-unpublished-packages.md points every @registrar-kit/*
// dependency at its tarball; then install, build, the plugin's own tests, the conformance CLI,
// and a host (from its tarball, on SQLite) routing one operation to the plugin.
//
// Slow (minutes) and it needs the npm registry for third-party dependencies (or a warm pnpm store).
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const exec = promisify(execFile);

interface ConformanceReport {
  passed: number;
  failed: number;
  results: { status: string }[];
}

/**
 * The environment of a shell outside the repository: nothing of the `pnpm test` (or vitest) that
 * runs this test leaks into the author's commands.
 */
function outsideEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_|VITEST|TEST$|NODE_ENV$|NODE_OPTIONS$|INIT_CWD$)/i.test(key)) continue;
    env[key] = value;
  }
  return env;
}

/** Runs a command; on failure the error carries its whole output, which is what CI shows. */
async function run(command: string, args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await exec(command, args, { cwd, env: outsideEnv(), maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) failed:\n${stdout}\n${stderr}`, { cause: error });
  }
}

const work = mkdtempSync(join(tmpdir(), 'registrar-kit-outsider-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a plugin author outside this repository', () => {
  it('scaffolds, installs only the tarballs, builds, passes its tests and conformance, and a host routes to it', async () => {
    // 1. Every publishable package, packed as it would be published (prepack builds it), and the
    // recipe's "pnpm" block for a consumer's package.json (docs/using-unpublished-packages.md).
    const tarballs = join(work, 'tarballs');
    const recipe = JSON.parse(await run('node', [join(root, 'scripts/pack-packages.mjs'), tarballs, '--overrides'], root)) as { pnpm: { overrides: Record<string, string> } };
    expect(Object.keys(recipe.pnpm.overrides)).toEqual(expect.arrayContaining(['@registrar-kit/sdk', '@registrar-kit/runtime', '@registrar-kit/conformance', '@registrar-kit/host']));
    const scaffoldVersion = (JSON.parse(readFileSync(join(root, 'packages/create-registrar-plugin/package.json'), 'utf8')) as { version: string }).version;

    const started = performance.now();
    const steps: string[] = [];
    const step = async <T>(name: string, action: () => Promise<T>): Promise<T> => {
      const t0 = performance.now();
      try {
        return await action();
      } finally {
        steps.push(`${name} ${((performance.now() - t0) / 1000).toFixed(0)} s`);
      }
    };
    // 2. The scaffold, installed from its tarball as `pnpm create registrar-plugin` would fetch it.
    const tools = join(work, 'tools');
    mkdirSync(tools);
    writeFileSync(join(tools, 'package.json'), JSON.stringify({ private: true, dependencies: { 'create-registrar-plugin': `file:${join(tarballs, `create-registrar-plugin-${scaffoldVersion}.tgz`)}` } }));
    await step('install scaffold', () => run('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile'], tools));
    const plugin = join(work, 'acme');
    await step('scaffold', () => run('node', [join(tools, 'node_modules/create-registrar-plugin/bin/create-registrar-plugin.js'), plugin, '--id', 'acme', '--transport', 'json', '--yes'], work));

    // 3. The recipe: every @registrar-kit/* package from its tarball; better-sqlite3 may build.
    const editManifest = (edit: (manifest: Record<string, Record<string, unknown>>) => void): void => {
      const manifest = JSON.parse(readFileSync(join(plugin, 'package.json'), 'utf8')) as Record<string, Record<string, unknown>>;
      edit(manifest);
      writeFileSync(join(plugin, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    };
    editManifest((manifest) => {
      manifest.pnpm = { ...manifest.pnpm, ...recipe.pnpm };
    });

    // 4. What the author runs.
    await step('install', () => run('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile'], plugin));
    await step('build', () => run('pnpm', ['build'], plugin));
    await step('test', () => run('pnpm', ['test'], plugin));
    const reportFile = join(work, 'conformance.json');
    await step('conformance', () => run('pnpm', ['exec', 'registrar-conformance', '.', '--reporter', 'json', '--output', reportFile], plugin));
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as ConformanceReport;
    expect(report.failed).toBe(0);
    expect(report.passed).toBeGreaterThan(0);
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(`outsider: scaffold → green conformance in ${seconds.toFixed(0)} s (${steps.join(', ')})\n`);

    // 5. A platform loads it: the host from its tarball (better-sqlite3 builds here), SQLite, one
    // operation through a connector.
    editManifest((manifest) => {
      manifest.devDependencies = { ...manifest.devDependencies, '@registrar-kit/host': '^0.1.0' };
    });
    await step('install host', () => run('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile'], plugin));
    copyFileSync(join(root, 'tests/outsider/route-one.mjs'), join(plugin, 'route-one.mjs'));
    const routed = JSON.parse(await run('node', ['route-one.mjs'], plugin)) as { record: { status: string; operation: string; domain: string; result: { domain?: string } }; requests: string[] };
    process.stdout.write(`outsider: routed ${JSON.stringify(routed.record)} (${steps.at(-1) ?? ''})\n`);
    expect(routed.record).toMatchObject({ operation: 'info', domain: 'example.com', status: 'done', result: { domain: 'example.com' } });
    expect(routed.requests).toEqual(['GET /v1/domains/example.com']);
  }, 15 * 60_000);
});
