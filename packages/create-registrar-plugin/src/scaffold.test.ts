import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { runConformance, type ConformanceReport } from '@registrar-kit/conformance';
import { validateManifest } from '@registrar-kit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaffold } from './scaffold.js';
import { TRANSPORT_SPECS, TRANSPORTS, type Transport } from './transports.js';

const require = createRequire(import.meta.url);
const packageDir = (name: string): string => dirname(require.resolve(`${name}/package.json`));
const sdkDir = packageDir('@registrar-kit/sdk');
const conformanceDir = packageDir('@registrar-kit/conformance');
const tsc = join(packageDir('typescript'), 'bin', 'tsc');

/**
 * What `npm install` would put in node_modules, from this workspace: the sdk and the conformance
 * suite as they are here (built: the generated package reads their dist/ as an outsider does).
 */
const links: Record<string, string> = {
  '@registrar-kit/sdk': sdkDir,
  '@registrar-kit/conformance': conformanceDir,
  '@types/node': packageDir('@types/node'),
  // Its exports map hides package.json: take the conformance suite's own copy.
  'fast-xml-parser': realpathSync(join(conformanceDir, 'node_modules', 'fast-xml-parser')),
};

let root: string;
const dirs = new Map<Transport, string>();
let build: { ok: boolean; output: string };

async function scaffoldWithModules(transport: Transport): Promise<void> {
  const dir = join(root, transport);
  await scaffold({ dir, id: `acme-${transport}`, name: `Acme ${transport}`, transport });
  for (const [name, target] of Object.entries(links)) {
    await mkdir(dirname(join(dir, 'node_modules', name)), { recursive: true });
    await symlink(target, join(dir, 'node_modules', name), 'dir');
  }
  dirs.set(transport, dir);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'create-registrar-plugin-'));
  await Promise.all(TRANSPORTS.map(scaffoldWithModules));
  // Each package's build (its tsconfig.json: typecheck, then dist/), all six in one tsc process
  // so the standard library is read once.
  build = await promisify(execFile)(process.execPath, [tsc, '-b', ...dirs.values()], { cwd: root }).then(
    () => ({ ok: true, output: '' }),
    (error: { stdout?: string; message: string }) => ({ ok: false, output: error.stdout || error.message }),
  );
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe.each(TRANSPORTS)('a %s plugin, as scaffolded', (transport) => {
  const spec = TRANSPORT_SPECS[transport];
  const dir = (): string => dirs.get(transport)!;
  const readJson = async (file: string): Promise<Record<string, unknown>> => JSON.parse(await readFile(join(dir(), file), 'utf8')) as Record<string, unknown>;

  it('has a manifest the sdk accepts, with the example operations auto and the rest unsupported with a reason', async () => {
    const manifest = await readJson('registrar-plugin.json');
    const { errors, warnings, manifest: valid } = validateManifest(manifest, { packageJson: await readJson('package.json') });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    const auto = Object.entries(valid!.operations).filter(([, s]) => s.mode === 'auto').map(([op]) => op);
    expect(auto.sort()).toEqual(Object.keys(spec.auto).sort());
    for (const [op, s] of Object.entries(valid!.operations)) if (s.mode !== 'auto') expect(s, op).toMatchObject({ mode: 'unsupported', reason: 'not-implemented' });
    expect(valid!.id).toBe(`acme-${transport}`);
  });

  it('types its settings from the manifest schema and typechecks and builds', async () => {
    expect(build.output.split('\n').filter((line) => line.includes(`/${transport}/`))).toEqual([]);
    expect(build.ok).toBe(true);
    const settings = await readFile(join(dir(), 'src/settings.ts'), 'utf8');
    const required = (spec.settings as { required: string[] }).required;
    for (const name of required) expect(settings).toMatch(new RegExp(`\\n\\s+${name}: `));
    await expect(readFile(join(dir(), 'dist/index.js'), 'utf8')).resolves.toContain('./plugin.js');
  });

  it('passes every conformance check, with modelled provenance on every exchange', async () => {
    const report: ConformanceReport = await runConformance({ pluginDir: dir() });
    const failures = report.results.filter((r) => r.status !== 'passed').map((r) => `${r.title}: ${r.failures.map((f) => f.message).join('; ')}`);
    expect(failures).toEqual([]);
    // Every auto operation's scenarios ran (not just the manifest check).
    for (const op of Object.keys(spec.auto)) expect(report.results.filter((r) => r.operation === op && r.check === 'scenarios' && r.scenario !== undefined)).toHaveLength(2);
    expect(report.provenance.counts).toMatchObject({ documented: 0, unsourced: 0 });
    expect(report.provenance.counts.modelled).toBeGreaterThan(0);
  });

  it('has the package.json scripts and dependencies an author runs', async () => {
    const p = await readJson('package.json');
    expect(p).toMatchObject({
      name: `registrar-plugin-acme-${transport}`,
      type: 'module',
      scripts: { build: 'tsc -p tsconfig.json', pretest: 'tsc -p tsconfig.json', test: 'vitest run', conformance: 'registrar-conformance .' },
    });
    expect(Object.keys(p.dependencies as object)).toEqual(['@registrar-kit/sdk', ...Object.keys(spec.dependencies)]);
    expect(Object.keys(p.devDependencies as object).sort()).toEqual(['@registrar-kit/conformance', '@types/node', 'msw', 'typescript', 'vitest']);
    const ci = await readFile(join(dir(), '.github/workflows/ci.yml'), 'utf8');
    expect(ci).toContain('registrar-conformance . --reporter junit');
    await expect(readFile(join(dir(), '.gitignore'), 'utf8')).resolves.toContain('node_modules/');
  });
});
