// `pnpm lint:packages`: packs every publishable package and, on each tarball — what a consumer
// installs, not the workspace folder — checks its contents, then runs publint (warnings are
// errors) and @arethetypeswrong/cli. Exits 1 when any package has a finding.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packPackages } from './pack-packages.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

/**
 * Export subpaths that are data files, not modules (a WSDL): attw resolves every subpath as
 * TypeScript would, and no file there can have types, so it checks only the module entries.
 */
function dataEntrypoints(tarball) {
  const listed = spawnSync('tar', ['xzf', tarball, '-O', 'package/package.json'], { encoding: 'utf8' });
  const exports = JSON.parse(listed.stdout).exports ?? {};
  return Object.entries(exports)
    .filter(([, target]) => typeof target === 'string' && !/\.(js|mjs|json)$/.test(target))
    .map(([subpath]) => subpath);
}

/**
 * What a tarball must not carry (issue 21: a pack without `dist/`; snapshots, tests and the
 * repository-only `@registrar-kit/source` condition published), and must carry: its build.
 */
function contentFindings(tarball) {
  const files = spawnSync('tar', ['tzf', tarball], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  const manifest = spawnSync('tar', ['xzf', tarball, '-O', 'package/package.json'], { encoding: 'utf8' }).stdout;
  // Only the package's own source and build: a scaffold's templates are meant to carry tests.
  const findings = files
    .filter((f) => /^package\/(src|dist)\//.test(f) && /__snapshots__|\.test\.[cm]?[jt]s$|\.test-d\.ts$|\/test-support\/|\.tsbuildinfo$/.test(f))
    .map((f) => `ships ${f}`);
  if (!files.some((f) => f.startsWith('package/dist/'))) findings.push('has no dist/: was it built before packing?');
  if (manifest.includes('@registrar-kit/source')) findings.push('package.json keeps the @registrar-kit/source export condition');
  return findings;
}

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;

const destination = mkdtempSync(join(tmpdir(), 'registrar-kit-lint-packages-'));
const failed = [];
try {
  for (const { name, tarball } of packPackages(destination)) {
    process.stdout.write(`\n=== ${name}\n`);
    const findings = contentFindings(tarball);
    for (const finding of findings) process.stdout.write(`contents: ${finding}\n`);
    if (findings.length > 0) failed.push(`${name} (contents)`);
    const exclude = dataEntrypoints(tarball);
    const publint = run(bin('publint'), ['run', tarball, '--strict']);
    // ESM-only packages for Node ≥ 20: CommonJS `require` and node10 resolution are not offered.
    const attw = run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-emoji', ...(exclude.length > 0 ? ['--exclude-entrypoints', ...exclude] : [])]);
    if (!publint) failed.push(`${name} (publint)`);
    if (!attw) failed.push(`${name} (attw)`);
  }
} finally {
  rmSync(destination, { recursive: true, force: true });
}
if (failed.length > 0) {
  process.stderr.write(`\nlint:packages: findings in ${failed.join(', ')}\n`);
  process.exit(1);
}
process.stdout.write('\nlint:packages: every package is clean\n');
