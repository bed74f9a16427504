import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { idProblem, nameFromId } from './id.js';
import { buildManifest } from './manifest.js';
import { buildPackageJson, packageName } from './package-json.js';
import { ciWorkflow, commandsFor, type PackageManager } from './package-manager.js';
import { settingsModule } from './settings-types.js';
import { isTransport, TRANSPORT_SPECS, TRANSPORTS, type Transport } from './transports.js';

/** Stable codes for what stops a scaffold; the message says what to do. */
export type ScaffoldErrorCode = 'ID_INVALID' | 'NAME_INVALID' | 'TRANSPORT_INVALID' | 'DIR_NOT_EMPTY';

export class ScaffoldError extends Error {
  constructor(
    readonly code: ScaffoldErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ScaffoldError';
  }
}

export interface ScaffoldOptions {
  /** Where the package is written; created when missing, refused when not empty. */
  dir: string;
  id: string;
  /** Display name; defaults to the id in title case. */
  name?: string;
  /** Defaults to `json`. */
  transport?: Transport;
  /** Whose commands the README and CI workflow use; defaults to npm. */
  packageManager?: PackageManager;
}

export interface ScaffoldResult {
  dir: string;
  packageName: string;
  transport: Transport;
  /** Every file written, relative to `dir`, `/`-separated. */
  files: string[];
}

const TEMPLATES = fileURLToPath(new URL('../templates/', import.meta.url));

// npm leaves `.gitignore` out of published tarballs and some tools skip dot-folders, so the
// templates name them without the dot.
const RENAMES: Record<string, string> = { gitignore: '.gitignore', github: '.github' };

async function isEmptyDir(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return true;
    throw error;
  }
}

async function listFiles(root: string, sub = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(root, sub), { withFileTypes: true })) {
    const rel = sub === '' ? entry.name : `${sub}/${entry.name}`;
    if (entry.isDirectory()) out.push(...(await listFiles(root, rel)));
    else out.push(rel);
  }
  return out;
}

const target = (rel: string): string =>
  rel
    .split('/')
    .map((part) => RENAMES[part] ?? part)
    .join('/');

function checkOptions(options: ScaffoldOptions): { id: string; name: string; transport: Transport } {
  const problem = idProblem(options.id);
  if (problem !== undefined) throw new ScaffoldError('ID_INVALID', problem);
  const name = (options.name ?? nameFromId(options.id)).trim();
  if (name.length === 0 || name.length > 100) throw new ScaffoldError('NAME_INVALID', `the display name must have 1 to 100 characters (got ${name.length})`);
  const transport = options.transport ?? 'json';
  if (!isTransport(transport)) throw new ScaffoldError('TRANSPORT_INVALID', `unknown transport "${String(transport)}": use one of ${TRANSPORTS.join(', ')}`);
  return { id: options.id, name, transport };
}

/**
 * Writes a standalone plugin package: the transport's example plugin and cassettes, the
 * manifest, `src/settings.ts` generated from the manifest's settings schema, the conformance
 * test, a CI workflow and a README. Refuses a directory that is not empty, before writing anything.
 */
export async function scaffold(options: ScaffoldOptions): Promise<ScaffoldResult> {
  const identity = checkOptions(options);
  const dir = resolve(options.dir);
  if (!(await isEmptyDir(dir))) {
    throw new ScaffoldError('DIR_NOT_EMPTY', `${dir} is not empty: choose a new directory (the scaffold never overwrites files)`);
  }
  const spec = TRANSPORT_SPECS[identity.transport];
  const pm = options.packageManager ?? 'npm';
  const cmd = commandsFor(pm);
  const tokens: Record<string, string> = {
    __ID__: identity.id,
    __NAME__: identity.name,
    __PACKAGE__: packageName(identity.id),
    __TRANSPORT__: spec.title,
    __INSTALL__: cmd.install,
    __BUILD__: cmd.run('build'),
    __TEST__: cmd.run('test'),
    __CONFORMANCE__: cmd.run('conformance'),
    __EXEC__: cmd.exec,
  };
  const fill = (text: string): string => text.replace(/__[A-Z]+__/g, (token) => tokens[token] ?? token);

  const files = new Map<string, string>();
  for (const folder of spec.templates) {
    const root = join(TEMPLATES, folder);
    for (const rel of await listFiles(root)) files.set(target(rel), fill(await readFile(join(root, rel), 'utf8')));
  }
  const manifest = buildManifest(identity);
  files.set('registrar-plugin.json', `${JSON.stringify(manifest, null, 2)}\n`);
  files.set('package.json', `${JSON.stringify(buildPackageJson(identity), null, 2)}\n`);
  files.set('src/settings.ts', await settingsModule(spec.settings));
  files.set('.github/workflows/ci.yml', ciWorkflow(pm));

  for (const [rel, text] of files) {
    const file = join(dir, ...rel.split('/'));
    if (!file.startsWith(dir + sep)) throw new Error(`template path ${rel} leaves ${dir}`);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  return { dir, packageName: packageName(identity.id), transport: identity.transport, files: [...files.keys()].sort() };
}

/** What to run after scaffolding, for the message the CLI prints. */
export function nextSteps(result: ScaffoldResult, cwd: string, pm: PackageManager = 'npm'): string[] {
  const cmd = commandsFor(pm);
  const where = relative(cwd, result.dir) || '.';
  return [
    ...(where === '.' ? [] : [`cd ${where.includes(' ') ? JSON.stringify(where) : where}`]),
    cmd.install,
    cmd.run('test'),
    cmd.run('conformance'),
  ];
}
