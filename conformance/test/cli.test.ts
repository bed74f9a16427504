import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const fixture = (name: string): string => fileURLToPath(new URL(`../../tests/fixtures/${name}`, import.meta.url));

function run(args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
}

describe('registrar-conformance CLI', () => {
  it('prints the capability report and exits 0 for a conforming plugin, with JUnit output', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rk-cli-')), 'junit.xml');
    const result = run([fixture('conformance-good'), '--reporter', 'junit', '--output', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/operation\s+mode\s+completion\s+passed\s+failed\s+bypassed/);
    expect(result.stdout).toMatch(/renew\s+unsupported/);
    expect(result.stdout).toMatch(/\d+ passed, 0 failed, 0 bypassed/);
    expect(readFileSync(out, 'utf8')).toContain('<testsuites tests=');
  });

  it('exits 1 and names the failing check for a broken plugin, with JSON output', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rk-cli-')), 'report.json');
    const result = run([fixture('conformance-swallow'), '--cassettes', fixture('conformance-good/cassettes'), '--reporter', 'json', '--output', out]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('✗ register: scenario taken replays');
    const report = JSON.parse(readFileSync(out, 'utf8')) as { failed: number };
    expect(report.failed).toBe(1);
  });

  it('refuses an unknown flag with a one-line message', () => {
    const result = run(['--colour']);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toContain("registrar-conformance: Unknown option '--colour'");
  });

  it('installs from a committed bin/ shim, so the command links before dist/ is built, and the shim runs the CLI', () => {
    const root = new URL('../', import.meta.url);
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { bin: Record<string, string>; files: string[] };
    expect(pkg.bin).toEqual({ 'registrar-conformance': './bin/registrar-conformance.js' });
    expect(pkg.files).toContain('bin');
    const shim = fileURLToPath(new URL('bin/registrar-conformance.js', root));
    accessSync(shim, constants.X_OK);
    expect(readFileSync(shim, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n[\s\S]*import '\.\.\/dist\/cli\.js';/);
    const result = spawnSync(process.execPath, [shim, '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^usage: registrar-conformance \[pluginDir\]/);
  });
});
