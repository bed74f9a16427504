// Packs every publishable workspace package (each one's `prepack` builds it first) into one
// folder, as `pnpm publish` would: `workspace:` ranges become versions, `publishConfig.exports`
// replaces `exports`. Used by `pnpm lint:packages` and the outsider test.
//
//   node scripts/pack-packages.mjs <destination>              prints [{ name, dir, tarball }] as JSON
//   node scripts/pack-packages.mjs <destination> --overrides  prints the "pnpm" block of a consumer's
//     package.json that installs every @registrar-kit/* package from these tarballs
//     (docs/using-unpublished-packages.md)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');

/** The workspace's packages that are not private, with their folders. */
export function publishablePackages() {
  const all = JSON.parse(execFileSync('pnpm', ['ls', '-r', '--depth', '-1', '--json'], { cwd: root, encoding: 'utf8' }));
  return all.filter((p) => p.private !== true).map((p) => ({ name: p.name, dir: p.path }));
}

/** Packs each publishable package into `destination` and returns where each tarball went. */
export function packPackages(destination) {
  mkdirSync(destination, { recursive: true });
  return publishablePackages().map(({ name, dir }) => {
    const { version } = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8'));
    // pnpm's file name: "@scope/name" → "scope-name-<version>.tgz".
    const tarball = resolve(destination, `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`);
    // stdout carries the build's output; errors and warnings go to stderr.
    execFileSync('pnpm', ['pack', '--pack-destination', destination], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    if (!existsSync(tarball)) throw new Error(`packing ${name} did not write ${tarball}`);
    return { name, dir, tarball };
  });
}

/**
 * The consumer's "pnpm" block: an override for every scoped package (packed host and conformance
 * depend on `@registrar-kit/sdk@^0.1.0`, which no registry has yet, so direct dependencies are not
 * enough), and better-sqlite3 allowed to build its native binary (pnpm 10 skips it otherwise).
 */
export function consumerPnpmBlock(packed) {
  const overrides = Object.fromEntries(packed.filter((p) => p.name.startsWith('@registrar-kit/')).map((p) => [p.name, `file:${p.tarball}`]));
  return { pnpm: { overrides, onlyBuiltDependencies: ['better-sqlite3'] } };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [destination, flag] = process.argv.slice(2);
  if (destination === undefined || (flag !== undefined && flag !== '--overrides')) {
    process.stderr.write('usage: node scripts/pack-packages.mjs <destination> [--overrides]\n');
    process.exit(2);
  }
  const packed = packPackages(resolve(destination));
  process.stdout.write(`${JSON.stringify(flag === '--overrides' ? consumerPnpmBlock(packed) : packed, null, 2)}\n`);
}
