import { cpSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeRegistrarConformance, runConformance, type VitestApi } from '../src/index.js';

const good = fileURLToPath(new URL('../../tests/fixtures/conformance-good', import.meta.url));
const cassettes = join(good, 'cassettes');
const STALE = "the plugin's dist/ is older than src/: run its build first";

/**
 * A plugin package laid out as authors build theirs: `src/` (TypeScript) built to `dist/`, the
 * manifest's entry in `dist/`. The built entry re-exports the good fixture, so it loads for real.
 */
function builtPlugin(): { dir: string; at(path: string, seconds: number): void } {
  const dir = mkdtempSync(join(tmpdir(), 'rk-stale-'));
  cpSync(join(good, 'package.json'), join(dir, 'package.json'));
  const manifest = JSON.parse(readFileSync(join(good, 'registrar-plugin.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'registrar-plugin.json'), JSON.stringify({ ...manifest, $schema: undefined, entry: './dist/index.js' }));
  mkdirSync(join(dir, 'src', 'protocol'), { recursive: true });
  mkdirSync(join(dir, 'dist', 'protocol'), { recursive: true });
  writeFileSync(join(dir, 'src', 'index.ts'), 'export { default } from "./plugin.js";\n');
  writeFileSync(join(dir, 'src', 'protocol', 'wire.ts'), 'export const wire = 1;\n');
  writeFileSync(join(dir, 'src', 'protocol', 'wire.test.ts'), 'export {};\n');
  writeFileSync(join(dir, 'dist', 'index.js'), `export { default } from ${JSON.stringify(pathToFileURL(join(good, 'index.js')).href)};\n`);
  writeFileSync(join(dir, 'dist', 'protocol', 'wire.js'), 'export const wire = 1;\n');
  const base = Date.now() / 1000 - 3600;
  const at = (path: string, seconds: number): void => utimesSync(join(dir, path), base + seconds, base + seconds);
  // Built after the last edit: src at t+0, dist at t+10.
  for (const f of ['src/index.ts', 'src/protocol/wire.ts', 'src/protocol/wire.test.ts']) at(f, 0);
  for (const f of ['dist/index.js', 'dist/protocol/wire.js']) at(f, 10);
  return { dir, at };
}

const manifestFailures = async (dir: string): Promise<string[]> =>
  (await runConformance({ pluginDir: dir, cassettes })).results.find((r) => r.check === 'manifest')!.failures.map((f) => f.message);

describe('a plugin whose dist/ is older than its src/', () => {
  it('passes when built after the last edit, and fails the manifest check after a source edit', async () => {
    const plugin = builtPlugin();
    expect(await manifestFailures(plugin.dir)).toEqual([]);
    plugin.at('src/protocol/wire.ts', 20);
    expect(await manifestFailures(plugin.dir)).toEqual([expect.stringContaining(`${STALE} (src/protocol/wire.ts changed after dist/ was built`)]);
  });

  it('counts any rebuilt file as the build time (an incremental build leaves the entry alone), and ignores test files', async () => {
    const plugin = builtPlugin();
    plugin.at('src/protocol/wire.ts', 20);
    plugin.at('dist/protocol/wire.js', 30);
    plugin.at('src/protocol/wire.test.ts', 40);
    expect(await manifestFailures(plugin.dir)).toEqual([]);
  });

  it('fails the vitest integration (describeRegistrarConformance) with the same message', async () => {
    const plugin = builtPlugin();
    plugin.at('src/index.ts', 20);
    const tests = new Map<string, (context: { skip(note?: string): never }) => Promise<void>>();
    const before: (() => Promise<void>)[] = [];
    const after: (() => void)[] = [];
    const api: VitestApi = {
      describe: (_name, fn) => fn(),
      it: Object.assign((name: string, fn: (context: { skip(note?: string): never }) => Promise<void>) => void tests.set(name, fn), { skip: () => undefined }),
      beforeAll: (fn) => void before.push(fn),
      afterAll: (fn) => void after.push(fn),
    };
    describeRegistrarConformance(api, { pluginDir: plugin.dir, cassettes });
    for (const fn of before) await fn();
    try {
      const skip = (note?: string): never => {
        throw new Error(`skipped: ${note ?? ''}`);
      };
      await expect(tests.get('manifest and cassettes are valid')!({ skip })).rejects.toThrow(`[manifest] ${STALE}`);
    } finally {
      for (const fn of after) fn();
    }
  });
});
