import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const run = (root: string, ...args: string[]) => execFileSync(process.execPath, [join(root, 'scripts/sync-manifests.mjs'), ...args], { encoding: 'utf8', stdio: 'pipe' });

describe('releasing: plugin manifests follow their packages', () => {
  it('every shipped manifest carries its package version and its sdk peer range', () => {
    expect(() => run(ROOT, '--check')).not.toThrow();
  });

  it('after `changeset version` moved a plugin to 1.0.0 peering on sdk ^0.2.0, the script brings the manifest along and --check passes', () => {
    const root = mkdtempSync(join(tmpdir(), 'rk-release-'));
    mkdirSync(join(root, 'scripts'));
    cpSync(join(ROOT, 'scripts/sync-manifests.mjs'), join(root, 'scripts/sync-manifests.mjs'));
    mkdirSync(join(root, 'packages'));
    cpSync(join(ROOT, 'plugins/internetx/registrar-plugin.json'), join(root, 'plugins/internetx/registrar-plugin.json'), { recursive: true });
    const pkg = JSON.parse(readFileSync(join(ROOT, 'plugins/internetx/package.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(root, 'plugins/internetx/package.json'), JSON.stringify({ ...pkg, version: '1.0.0', peerDependencies: { '@registrar-kit/sdk': '^0.2.0' } }));

    expect(() => run(root, '--check')).toThrow(/version 0\.1\.0 → 1\.0\.0, sdk \^0\.1\.0 → \^0\.2\.0/);
    run(root);
    const manifest = JSON.parse(readFileSync(join(root, 'plugins/internetx/registrar-plugin.json'), 'utf8')) as { version: string; sdk: string; id: string };
    expect(manifest).toMatchObject({ id: 'internetx', version: '1.0.0', sdk: '^0.2.0' });
    expect(() => run(root, '--check')).not.toThrow();
  });
});
