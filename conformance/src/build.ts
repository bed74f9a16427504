import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Test files and snapshots are not part of the build: editing them must not make dist/ "stale". */
const NOT_BUILT = /(\.(test|spec)\.[cm]?[jt]sx?|\.test-d\.ts)$/;

/** The newest file under a directory (skipping node_modules and snapshots), as [path, mtime]. */
function newest(dir: string, skip: (name: string) => boolean = () => false): [string, number] | undefined {
  let best: [string, number] | undefined;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '__snapshots__') continue;
    const path = join(dir, entry.name);
    const found = entry.isDirectory() ? newest(path, skip) : skip(entry.name) ? undefined : ([path, statSync(path).mtimeMs] as [string, number]);
    if (found !== undefined && (best === undefined || found[1] > best[1])) best = found;
  }
  return best;
}

/**
 * Says when the plugin's build output is older than its sources, or undefined. The suite loads
 * the plugin through its manifest's `entry` (the built file, as a host does): after an edit to
 * `src/` without a rebuild it would test the previous code and pass or fail for the wrong reason.
 * The build time is the newest file in the entry's output folder (an incremental build rewrites
 * only what changed, and its build-info file each time), not the entry file alone.
 */
export function staleBuild(pluginDir: string, entry: string): string | undefined {
  const src = join(pluginDir, 'src');
  const entryPath = resolve(pluginDir, entry);
  if (!existsSync(src) || !existsSync(entryPath)) return undefined;
  const fromRoot = relative(pluginDir, entryPath);
  // An entry inside src/ (plain JavaScript, no build step) cannot be stale.
  if (fromRoot === 'src' || fromRoot.startsWith(`src${sep}`)) return undefined;
  const outDir = fromRoot.includes(sep) ? fromRoot.split(sep)[0]! : undefined;
  const built = outDir === undefined ? statSync(entryPath).mtimeMs : newest(join(pluginDir, outDir))?.[1];
  const changed = newest(src, (name) => NOT_BUILT.test(name));
  if (built === undefined || changed === undefined || changed[1] <= built) return undefined;
  const out = outDir ?? fromRoot;
  return `the plugin's ${out}/ is older than src/: run its build first (${relative(pluginDir, changed[0])} changed after ${out}/ was built; a "pretest" script that builds keeps vitest from testing stale code)`;
}
