import { mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSettings, loadPluginPackage } from './loader.js';
import type { RegistrarPluginManifest } from './manifest.js';

const manifest = JSON.parse(readFileSync(new URL('../examples/registrar-plugin.json', import.meta.url), 'utf8')) as RegistrarPluginManifest;
const sdkEntry = new URL('./index.ts', import.meta.url).href;

function pkg(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rk-plugin-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const entry = `
import { definePlugin, done } from ${JSON.stringify(sdkEntry)};
let imported = true;
export default definePlugin({ id: 'example', operations: Object.fromEntries(
  ['checkAvailability','register','transfer','renew','updateNameservers','updateContacts','setRegistrarLock','getAuthCode','info']
    .map((op) => [op, async (i) => done({ domain: i.domain })])),
  custom: { zoneInit: async () => done({}) }, poll: async () => [] });
`;

describe('loadPluginPackage', () => {
  it('loads a valid package by path', async () => {
    const dir = pkg({ 'package.json': JSON.stringify({ name: 'x', version: '1.0.0' }), 'registrar-plugin.json': JSON.stringify({ ...manifest, sdk: '^0.1.0' }), 'dist/index.js': entry });
    const loaded = await loadPluginPackage(dir, { from: '/' });
    expect(loaded.problems).toEqual([]);
    expect(loaded.plugin?.id).toBe('example');
  });

  it('reports a missing package as PLUGIN_NOT_FOUND', async () => {
    const loaded = await loadPluginPackage('@nobody/registrar-plugin-nothing', { from: tmpdir() });
    expect(loaded.problems.map((p) => p.code)).toEqual(['PLUGIN_NOT_FOUND']);
  });

  it('validates the manifest before running any plugin code', async () => {
    const marker = join(tmpdir(), `rk-ran-${process.pid}-${Date.now()}`);
    const dir = pkg({
      'package.json': JSON.stringify({ version: '2.0.0' }),
      'registrar-plugin.json': JSON.stringify({ ...manifest, operations: { ...manifest.operations, register: { mode: 'often' } } }),
      'dist/index.js': `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker)}, 'ran'); export default {};`,
    });
    const loaded = await loadPluginPackage(dir, { from: '/' });
    expect(loaded.problems.map((p) => [p.code, p.path])).toEqual([['MANIFEST_INVALID', '/operations/register/mode']]);
    expect(loaded.problems[0]?.file).toBe(join(dir, 'registrar-plugin.json'));
    expect(() => readFileSync(marker)).toThrow();
  });

  it('reports an sdk range this sdk does not satisfy as SDK_INCOMPATIBLE', async () => {
    const dir = pkg({ 'package.json': JSON.stringify({ version: '1.0.0' }), 'registrar-plugin.json': JSON.stringify({ ...manifest, sdk: '^7.0.0' }), 'dist/index.js': entry });
    expect((await loadPluginPackage(dir, { from: '/' })).problems.map((p) => p.code)).toEqual(['SDK_INCOMPATIBLE']);
  });

  it('reports a missing or broken entry', async () => {
    const noEntry = pkg({ 'package.json': '{"version":"1.0.0"}', 'registrar-plugin.json': JSON.stringify(manifest) });
    expect((await loadPluginPackage(noEntry, { from: '/' })).problems.map((p) => p.code)).toEqual(['ENTRY_NOT_FOUND']);
    const throwing = pkg({ 'package.json': '{"version":"1.0.0"}', 'registrar-plugin.json': JSON.stringify(manifest), 'dist/index.js': 'throw new Error("kaboom")' });
    const t = await loadPluginPackage(throwing, { from: '/' });
    expect(t.problems.map((p) => p.code)).toEqual(['ENTRY_INVALID']);
    expect(t.problems[0]?.message).toContain('kaboom');
    const unbranded = pkg({ 'package.json': '{"version":"1.0.0"}', 'registrar-plugin.json': JSON.stringify(manifest), 'dist/index.js': 'export default { id: "example" }' });
    expect((await loadPluginPackage(unbranded, { from: '/' })).problems.map((p) => p.code)).toEqual(['ENTRY_INVALID']);
  });

  it('refuses an entry in a sibling directory whose name starts with the package name, before running it', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'rk-siblings-'));
    const marker = join(parent, 'ran');
    const dir = join(parent, 'pkg');
    mkdirSync(join(parent, 'pkg-evil'), { recursive: true });
    mkdirSync(dir);
    writeFileSync(join(parent, 'pkg-evil', 'index.js'), `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker)}, 'ran'); ${entry}`);
    writeFileSync(join(dir, 'package.json'), '{"version":"1.0.0"}');
    writeFileSync(join(dir, 'registrar-plugin.json'), JSON.stringify({ ...manifest, entry: './../pkg-evil/index.js' }));
    const loaded = await loadPluginPackage(dir, { from: '/' });
    expect(loaded.problems.map((p) => [p.code, p.path])).toEqual([['ENTRY_INVALID', '/entry']]);
    expect(loaded.problems[0]?.message).toContain('outside the plugin package');
    expect(loaded.plugin).toBeUndefined();
    expect(() => readFileSync(marker)).toThrow();
  });

  it('refuses an entry reached through a symbolic link pointing outside the package', async () => {
    const outside = pkg({ 'index.js': entry });
    const dir = pkg({ 'package.json': '{"version":"1.0.0"}', 'registrar-plugin.json': JSON.stringify(manifest) });
    symlinkSync(outside, join(dir, 'dist'));
    const loaded = await loadPluginPackage(dir, { from: '/' });
    expect(loaded.problems.map((p) => [p.code, p.path])).toEqual([['ENTRY_INVALID', '/entry']]);
    expect(loaded.problems[0]?.message).toContain('symbolic link');
    expect(loaded.plugin).toBeUndefined();
  });

  it('follows a symbolic link that stays inside the package', async () => {
    const dir = pkg({ 'package.json': '{"version":"1.0.0"}', 'registrar-plugin.json': JSON.stringify(manifest), 'build/index.js': entry });
    symlinkSync(join(dir, 'build'), join(dir, 'dist'));
    const loaded = await loadPluginPackage(dir, { from: '/' });
    expect(loaded.problems).toEqual([]);
    expect(loaded.plugin?.id).toBe('example');
  });

  it('validates settings against the manifest schema with paths', () => {
    expect(checkSettings(manifest, { resellerId: 'r', apiKey: 'k' })).toEqual([]);
    expect(checkSettings(manifest, { resellerId: '' }).map((p) => [p.code, p.path]).sort()).toEqual([
      ['SETTINGS_INVALID', '/settings/apiKey'],
      ['SETTINGS_INVALID', '/settings/resellerId'],
    ]);
  });
});
