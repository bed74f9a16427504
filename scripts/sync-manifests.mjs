#!/usr/bin/env node
// After `changeset version`: a plugin's manifest must carry its package's new version (the loader
// refuses a manifest whose version differs from package.json) and the sdk range its package now
// peers on (changesets rewrites the peer range when a new sdk leaves it). Run by
// `pnpm version-packages`; `--check` exits 1 and names each manifest that disagrees.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
const roots = ['plugins', 'packages'].map((d) => join(root, d));
let stale = 0;
for (const dir of roots.flatMap((r) => readdirSync(r).map((name) => join(r, name)))) {
  const manifestPath = join(dir, 'registrar-plugin.json');
  if (!existsSync(manifestPath)) continue;
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const text = readFileSync(manifestPath, 'utf8');
  const manifest = JSON.parse(text);
  const want = { version: pkg.version, sdk: pkg.peerDependencies?.['@registrar-kit/sdk'] ?? manifest.sdk };
  const wrong = Object.entries(want).filter(([k, v]) => manifest[k] !== v);
  if (wrong.length === 0) continue;
  stale++;
  const what = wrong.map(([k, v]) => `${k} ${manifest[k]} → ${v}`).join(', ');
  if (check) {
    console.error(`${manifestPath}: ${what}`);
    continue;
  }
  for (const [k, v] of wrong) manifest[k] = v;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + (text.endsWith('\n') ? '\n' : ''));
  console.log(`${manifestPath}: ${what}`);
}
if (check && stale > 0) {
  console.error('run: node scripts/sync-manifests.mjs');
  process.exit(1);
}
