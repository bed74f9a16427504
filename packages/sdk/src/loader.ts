import { readFile, realpath, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ErrorIssue } from './errors.js';
import { validateWithSchema } from './json-schema.js';
import { checkSdkRange, validateManifest, type RegistrarPluginManifest } from './manifest.js';
import { validatePlugin, type RegistrarPlugin } from './plugin.js';
import { SDK_VERSION } from './version.js';

/** Stable codes for everything that can go wrong while loading a plugin. */
export type PluginProblemCode =
  | 'PLUGIN_NOT_FOUND'
  | 'MANIFEST_NOT_FOUND'
  | 'MANIFEST_INVALID'
  | 'SDK_INCOMPATIBLE'
  | 'ENTRY_NOT_FOUND'
  | 'ENTRY_INVALID'
  | 'SETTINGS_INVALID';

export interface PluginProblem {
  code: PluginProblemCode;
  /** JSON pointer inside the named file, or `/`. */
  path: string;
  message: string;
  /** The file the problem is in (manifest, entry, host config). */
  file?: string;
}

export interface LoadedPluginPackage {
  /** Absolute package directory. */
  dir: string;
  packageJson: { name?: string; version?: string };
  manifest?: RegistrarPluginManifest;
  plugin?: RegistrarPlugin<unknown>;
  problems: PluginProblem[];
  warnings: PluginProblem[];
}

export const MANIFEST_FILE = 'registrar-plugin.json';

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** True when `target` is `dir` itself or below it (`path.relative`, not a string prefix: `/pkg-evil` is not in `/pkg`). */
function isInside(dir: string, target: string): boolean {
  const rel = relative(dir, target);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

/**
 * Resolves a path a plugin declares (its manifest `entry`) inside its package directory, symbolic
 * links followed: a declared path must not run or read code from outside the package. Returns the
 * real path, `missing` when nothing is there, or the reason it is refused.
 */
export async function resolveInsidePackage(dir: string, declared: string): Promise<{ file: string } | { missing: string } | { outside: string }> {
  const lexical = resolve(dir, declared);
  if (isAbsolute(declared) || !isInside(dir, lexical)) return { outside: `"${declared}" resolves to ${lexical}, outside the plugin package ${dir}` };
  let realDir: string;
  let realFile: string;
  try {
    realDir = await realpath(dir);
    realFile = await realpath(lexical);
  } catch {
    return { missing: lexical };
  }
  if (!isInside(realDir, realFile)) return { outside: `"${declared}" leads through a symbolic link to ${realFile}, outside the plugin package ${realDir}` };
  return { file: realFile };
}

/**
 * Finds a plugin package directory from an npm package name (resolved from `from`) or a path
 * (absolute, or relative to `from`).
 */
export async function resolvePluginDir(specifier: string, from: string): Promise<string | undefined> {
  const looksLikePath = specifier.startsWith('.') || specifier.startsWith('/') || isAbsolute(specifier);
  if (looksLikePath) {
    const dir = resolve(from, specifier);
    return (await exists(join(dir, 'package.json'))) || (await exists(join(dir, MANIFEST_FILE))) ? dir : undefined;
  }
  const require = createRequire(join(resolve(from), 'noop.js'));
  try {
    return dirname(require.resolve(`${specifier}/package.json`));
  } catch {
    // Packages whose exports map hides package.json: find the manifest export instead.
    try {
      return dirname(require.resolve(`${specifier}/${MANIFEST_FILE}`));
    } catch {
      return undefined;
    }
  }
}

/**
 * Loads a plugin package the way a host does: read and validate the manifest **before any plugin
 * code runs**, check the sdk range, import the entry, check the brand and the handlers. Never
 * throws for a broken plugin: every problem is returned with a stable code, so one bad plugin is
 * reported whole and does not stop its neighbours.
 */
export async function loadPluginPackage(
  specifier: string,
  options: { from: string; sdkVersion?: string; importEntry?: (url: string) => Promise<unknown> } = { from: process.cwd() },
): Promise<LoadedPluginPackage> {
  const problems: PluginProblem[] = [];
  const warnings: PluginProblem[] = [];
  const dir = await resolvePluginDir(specifier, options.from);
  if (dir === undefined) {
    return {
      dir: resolve(options.from, specifier),
      packageJson: {},
      problems: [{ code: 'PLUGIN_NOT_FOUND', path: '/', message: `cannot find the plugin package "${specifier}" from ${options.from}: install it or fix the path` }],
      warnings,
    };
  }
  let packageJson: { name?: string; version?: string } = {};
  try {
    packageJson = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as typeof packageJson;
  } catch {
    // A bare directory with only a manifest is allowed for local development.
  }
  const manifestFile = join(dir, MANIFEST_FILE);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(manifestFile, 'utf8'));
  } catch (error) {
    const missing = (error as { code?: string }).code === 'ENOENT';
    problems.push({
      code: missing ? 'MANIFEST_NOT_FOUND' : 'MANIFEST_INVALID',
      path: '/',
      file: manifestFile,
      message: missing ? `the package has no ${MANIFEST_FILE} at its root` : `${MANIFEST_FILE} is not valid JSON: ${(error as Error).message}`,
    });
    return { dir, packageJson, problems, warnings };
  }
  const sdkVersion = options.sdkVersion ?? SDK_VERSION;
  const validation = validateManifest(raw, { packageJson, sdkVersion });
  for (const w of validation.warnings) warnings.push({ code: 'MANIFEST_INVALID', file: manifestFile, ...w });
  for (const e of validation.errors) {
    const code = e.path === '/sdk' && checkSdkRange(String((raw as { sdk?: unknown }).sdk), sdkVersion).length > 0 && /not satisfied/.test(e.message) ? 'SDK_INCOMPATIBLE' : 'MANIFEST_INVALID';
    problems.push({ code, file: manifestFile, ...e });
  }
  const manifest = validation.manifest;
  if (manifest === undefined) return { dir, packageJson, problems, warnings };

  const entry = await resolveInsidePackage(dir, manifest.entry);
  if ('outside' in entry) {
    problems.push({ code: 'ENTRY_INVALID', path: '/entry', file: manifestFile, message: `${entry.outside}: the entry must be a file inside the package` });
    return { dir, packageJson, manifest, problems, warnings };
  }
  if ('missing' in entry) {
    problems.push({ code: 'ENTRY_NOT_FOUND', path: '/entry', file: manifestFile, message: `${manifest.entry} does not exist (was the plugin built?)` });
    return { dir, packageJson, manifest, problems, warnings };
  }
  const entryFile = entry.file;
  let mod: unknown;
  try {
    const url = pathToFileURL(entryFile).href;
    mod = options.importEntry === undefined ? await import(url) : await options.importEntry(url);
  } catch (error) {
    problems.push({ code: 'ENTRY_INVALID', path: '/', file: entryFile, message: `importing the entry failed: ${(error as Error).message}` });
    return { dir, packageJson, manifest, problems, warnings };
  }
  const candidate = (mod as { default?: unknown }).default;
  const checked = validatePlugin(candidate, manifest);
  for (const e of checked.errors) problems.push({ code: 'ENTRY_INVALID', file: entryFile, ...e });
  return checked.plugin === undefined ? { dir, packageJson, manifest, problems, warnings } : { dir, packageJson, manifest, plugin: checked.plugin, problems, warnings };
}

/** Validates instance settings against the manifest's settings schema (SETTINGS_INVALID problems). */
export function checkSettings(manifest: RegistrarPluginManifest, settings: unknown, base = '/settings'): PluginProblem[] {
  return validateWithSchema(manifest.settings as object, settings ?? {}, base).map((i: ErrorIssue) => ({ code: 'SETTINGS_INVALID' as const, ...i }));
}
