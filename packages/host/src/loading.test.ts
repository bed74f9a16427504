import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isHostError } from './errors.js';
import { loadHost, type Host } from './host.js';
import { baseConfig, calls, fixture, registerInput, SECRET_KEY, startHost } from './test-support/harness.js';

let host: Host | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

describe('loading plugins', () => {
  it('reports every loader problem code, and the healthy plugin still works', async () => {
    ({ host } = await startHost(
      baseConfig({
        plugins: [
          { name: 'main', package: fixture('host-basic'), settings: { apiKey: SECRET_KEY } },
          { name: 'missing', package: fixture('host-does-not-exist') },
          { name: 'bad-manifest', package: fixture('host-bad-manifest'), settings: { apiKey: SECRET_KEY } },
          { name: 'future', package: fixture('host-sdk-incompatible'), settings: { apiKey: SECRET_KEY } },
          { name: 'no-entry', package: fixture('host-entry-missing'), settings: { apiKey: SECRET_KEY } },
          { name: 'unbranded', package: fixture('host-entry-unbranded'), settings: { apiKey: SECRET_KEY } },
          { name: 'no-handler', package: fixture('host-missing-handler'), settings: { apiKey: SECRET_KEY } },
          { name: 'bad-settings', package: fixture('host-basic'), settings: { apiKey: 'x', extra: true } },
          { name: 'by-npm-name', package: '@registrar-kit/not-installed-anywhere' },
        ],
        connectors: [
          { tld: 'com', plugin: 'main' },
          { tld: 'net', plugin: 'bad-manifest' },
        ],
      }),
    ));
    const byInstance = (name: string) => host!.problems().filter((p) => p.kind === 'plugin' && p.instance === name).map((p) => p.code);
    expect(byInstance('main')).toEqual([]);
    expect(byInstance('missing')).toEqual(['PLUGIN_NOT_FOUND']);
    expect(byInstance('by-npm-name')).toEqual(['PLUGIN_NOT_FOUND']);
    expect(new Set(byInstance('bad-manifest'))).toEqual(new Set(['MANIFEST_INVALID']));
    expect(host.problems().filter((p) => p.kind === 'plugin' && p.instance === 'bad-manifest').map((p) => p.path)).toEqual(expect.arrayContaining(['/operations/register/mode', '/polling/minIntervalSeconds']));
    expect(byInstance('future')).toEqual(['SDK_INCOMPATIBLE']);
    expect(byInstance('no-entry')).toEqual(['ENTRY_NOT_FOUND']);
    expect(byInstance('unbranded')).toEqual(['ENTRY_INVALID']);
    expect(byInstance('no-handler')).toEqual(['ENTRY_INVALID']);
    expect(byInstance('bad-settings').sort()).toEqual(['SETTINGS_INVALID', 'SETTINGS_INVALID']);
    const badSettings = host.problems().filter((p) => p.kind === 'plugin' && p.instance === 'bad-settings').map((p) => p.path).sort();
    expect(badSettings).toEqual(['/plugins/7/settings/apiKey', '/plugins/7/settings/extra']);
    const manifestProblem = host.problems().find((p) => p.kind === 'plugin' && p.instance === 'bad-manifest');
    expect(manifestProblem?.file).toBe(join(fixture('host-bad-manifest'), 'registrar-plugin.json'));
    const disabled = host.connectors().find((c) => c.tld === 'net');
    expect(disabled?.disabled).toContain('plugin instance "bad-manifest" failed to load (MANIFEST_INVALID');
    expect(host.problems().some((p) => p.kind === 'connector' && p.code === 'CONNECTOR_DISABLED' && p.connector === 'net')).toBe(true);
    await expect(host.submit({ operation: 'register', input: registerInput('x.net') })).rejects.toMatchObject({ code: 'UNSUPPORTED', detail: expect.stringContaining('disabled') });
    expect((await host.submit({ operation: 'register', input: registerInput('fine.com') })).status).toBe('done');
  });

  it('runs two instances of one plugin side by side with their own settings and state', async () => {
    ({ host } = await startHost(
      baseConfig({
        plugins: [
          { name: 'reseller-a', package: fixture('host-basic'), settings: { apiKey: 'key-aaaa', account: 'A' } },
          { name: 'reseller-b', package: fixture('host-basic'), settings: { apiKey: 'key-bbbb', account: 'B' } },
        ],
        connectors: [
          { tld: 'com', plugin: 'reseller-a' },
          { tld: 'net', plugin: 'reseller-b' },
        ],
      }),
    ));
    const a = host.plugins().get('reseller-a')!;
    const b = host.plugins().get('reseller-b')!;
    await a.context.state.set('contact', 'A-1');
    await b.context.state.set('contact', 'B-1');
    expect(await a.context.state.get('contact')).toBe('A-1');
    expect(await b.context.state.get('contact')).toBe('B-1');
    const opA = await host.submit({ operation: 'register', input: registerInput('left.com') });
    const opB = await host.submit({ operation: 'register', input: registerInput('right.net') });
    expect([opA.pluginInstance, opB.pluginInstance]).toEqual(['reseller-a', 'reseller-b']);
    expect(calls().filter((c) => c.domain === 'left.com' || c.domain === 'right.net').map((c) => c.instance)).toEqual(['reseller-a', 'reseller-b']);
  });

  it('rejects a connector that raises a plugin mode or enables a missing feature, naming both', async () => {
    ({ host } = await startHost(
      baseConfig({
        plugins: [{ name: 'inx', package: fixture('host-by-registrar'), settings: { apiKey: SECRET_KEY } }],
        connectors: [{ name: 'de-auto', tld: 'de', plugin: 'inx', modes: { renew: 'auto' } }],
      }),
    ));
    const problem = host.problems().find((p) => p.kind === 'connector');
    expect(problem).toMatchObject({ code: 'CONNECTOR_INVALID', connector: 'de-auto', plugin: 'inx', path: '/connectors/0/modes/renew' });
    expect(problem?.message).toContain('can only lower a mode');
  });

  it('disposes plugins on close', async () => {
    ({ host } = await startHost());
    await host.close();
    expect(calls().at(-1)).toMatchObject({ operation: 'dispose', instance: 'main' });
    host = undefined;
  });
});

describe('configuration', () => {
  function project(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'rk-config-'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return dir;
  }

  it('finds registrar-kit.config.json with cosmiconfig and resolves $env secrets', async () => {
    const dir = project({
      'registrar-kit.config.json': JSON.stringify({
        store: { sqlite: ':memory:' },
        plugins: [{ name: 'main', package: fixture('host-basic'), settings: { apiKey: { $env: 'RK_TEST_KEY' } } }],
        connectors: [{ tld: 'com', plugin: 'main' }],
      }),
    });
    host = await loadHost({ cwd: dir, env: { RK_TEST_KEY: SECRET_KEY } });
    expect(host.problems()).toEqual([]);
    expect(host.config.file).toBe(join(dir, 'registrar-kit.config.json'));
  });

  it('names a missing environment variable, never printing secret values', async () => {
    const dir = project({
      '.registrar-kitrc.json': JSON.stringify({
        plugins: [{ name: 'main', package: fixture('host-basic'), settings: { apiKey: { $env: 'RK_MISSING_KEY' }, account: { $env: 'RK_PRESENT' } } }],
        connectors: [],
      }),
    });
    try {
      await loadHost({ cwd: dir, env: { RK_PRESENT: 'very-secret-value' } });
      expect.unreachable();
    } catch (error) {
      expect(isHostError(error) && error.code).toBe('ENV_MISSING');
      const message = (error as Error).message;
      expect(message).toContain('RK_MISSING_KEY');
      expect(message).toContain('/plugins/0/settings/apiKey');
      expect(message).toContain('.registrar-kitrc.json');
      expect(message).not.toContain('very-secret-value');
    }
  });

  it('reports schema errors with the file and the JSON path', async () => {
    const dir = project({
      'package.json': JSON.stringify({ name: 'platform', 'registrar-kit': { plugins: [{ name: 'Bad Name', package: 'x' }], connectors: [{ tld: '.com', plugin: 'x', modes: { renew: 'sometimes' } }] } }),
    });
    try {
      await loadHost({ cwd: dir });
      expect.unreachable();
    } catch (error) {
      expect(isHostError(error) && error.code).toBe('CONFIG_INVALID');
      const issues = isHostError(error) ? error.issues : [];
      expect(issues.map((i) => i.path).sort()).toEqual(['/connectors/0/modes/renew', '/connectors/0/tld', '/plugins/0/name']);
      expect(issues.every((i) => i.file === join(dir, 'package.json'))).toBe(true);
    }
  });

  it('says what to do when there is no configuration', async () => {
    await expect(loadHost({ cwd: project({}) })).rejects.toMatchObject({ code: 'CONFIG_NOT_FOUND', message: expect.stringContaining('create registrar-kit.config.json') });
  });
});
