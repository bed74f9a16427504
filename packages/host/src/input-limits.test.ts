import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isHostError } from './errors.js';
import { createHost, loadHost, type Host } from './host.js';
import { baseConfig, calls, fixture, refused, registerInput, SECRET_KEY, startHost } from './test-support/harness.js';

let host: Host | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

/** Bytes the Action Log holds, as JSON: what a refusal costs the store. */
async function logBytes(h: Host): Promise<number> {
  return Buffer.byteLength(JSON.stringify(await h.log({ limit: 1000 })));
}

describe('operation input limits', () => {
  it('refuses an empty, a 10 MB, an object and a control-character idempotency key with INVALID_INPUT, storing nothing', async () => {
    ({ host } = await startHost());
    const cases: [unknown, string][] = [
      ['', 'must not be empty'],
      ['k'.repeat(10_000_000), 'is 10000000 characters long: at most 255 are accepted'],
      [{ toString: () => 'k' }, 'must be a string'],
      ['key\u0000one', 'must not contain control characters'],
      ['key\ud800', 'unpaired surrogates'],
    ];
    for (const [key, message] of cases) {
      const error = await refused(host.submit({ operation: 'register', input: registerInput('keyed.com'), idempotencyKey: key as string }));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues).toEqual([{ path: '/idempotencyKey', message: expect.stringContaining(message) }]);
    }
    expect(await host.listOperations({ domain: 'keyed.com' })).toEqual([]);
    expect(await logBytes(host)).toBeLessThan(20_000);
    const ok = await host.submit({ operation: 'register', input: registerInput('keyed.com'), idempotencyKey: 'k'.repeat(255) });
    expect(ok.status).toBe('done');
  });

  it('refuses an object or a 10 MB order id or customer id with a coded error, not a raw driver error', async () => {
    ({ host } = await startHost());
    const error = await refused(host.submit({ operation: 'register', input: registerInput('ordered.com'), orderId: { id: 1 } as unknown as string, customerId: 'c'.repeat(10_000_000) }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((i) => i.path)).toEqual(['/orderId', '/customerId']);
    expect(await host.orders.get('[object Object]')).toBeUndefined();
    expect(await logBytes(host)).toBeLessThan(4_000);
  });

  it('logs a refused 10 MB domain as a bounded value: the first 100 characters and the length', async () => {
    ({ host } = await startHost());
    const before = await logBytes(host);
    const huge = `${'a'.repeat(10_000_000)}.com`;
    const error = await refused(host.submit({ operation: 'register', input: registerInput(huge) }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message.length).toBeLessThan(200);
    const [entry] = await host.log({ kind: 'refusal' });
    expect(entry?.message).toContain(`${'a'.repeat(100)}… (${huge.length} characters)`);
    expect(JSON.stringify(entry?.data)).toContain(`(${huge.length} characters)`);
    expect((await logBytes(host)) - before).toBeLessThan(2_000);
  });

  it('refuses a 5 MB unknown field, and an input over 64 KiB, before any plugin call and without storing it', async () => {
    ({ host } = await startHost());
    const before = calls().length;
    const unknown = await refused(host.submit({ operation: 'renew', input: { domain: 'field.com', period: 1, note: 'n'.repeat(100) } as never }));
    expect(unknown.issues).toEqual([{ path: '/note', message: 'is not a field of renew' }]);
    const big = await refused(host.submit({ operation: 'register', input: { ...registerInput('field.com'), options: { blob: 'x'.repeat(5_000_000) } } }));
    expect(big.code).toBe('INVALID_INPUT');
    expect(big.issues).toEqual([{ path: '/', message: expect.stringContaining('at most 65536 are accepted') }]);
    expect(calls().length).toBe(before);
    expect(await host.getDomain('field.com')).toBeUndefined();
    expect(await logBytes(host)).toBeLessThan(10_000);
  });

  it('refuses 💩.com (IDNA2008) and still registers an IDN such as пример.рф', async () => {
    ({ host } = await startHost(baseConfig({ connectors: [{ tld: 'com', plugin: 'main' }, { tld: 'xn--p1ai', plugin: 'main' }] })));
    const error = await refused(host.submit({ operation: 'register', input: registerInput('💩.com') }));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: '/domain', message: expect.stringContaining('U+1F4A9') }] });
    expect(await host.getDomain('xn--ls8h.com')).toBeUndefined();
    expect((await host.submit({ operation: 'register', input: registerInput('пример.рф') })).domain).toBe('xn--e1afmkfd.xn--p1ai');
  });
});

describe('configuration files', () => {
  function project(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'rk-config-limits-'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return dir;
  }
  async function configError(promise: Promise<unknown>): Promise<{ code: string; message: string; file: string | undefined }> {
    try {
      await promise;
    } catch (error) {
      if (isHostError(error)) return { code: error.code, message: error.message, file: error.issues[0]?.file };
      throw error;
    }
    throw new Error('expected a configuration error');
  }
  const valid = (extra: Record<string, unknown> = {}) =>
    JSON.stringify({ store: { sqlite: 'state.sqlite' }, plugins: [{ name: 'main', package: fixture('host-basic'), settings: { apiKey: SECRET_KEY } }], connectors: [{ tld: 'com', plugin: 'main' }], ...extra });

  it('says an empty configuration file is empty and names it', async () => {
    for (const name of ['registrar-kit.config.json', 'registrar-kit.config.yaml']) {
      const dir = project({ [name]: name.endsWith('.yaml') ? '# nothing yet\n' : '' });
      const error = await configError(loadHost({ cwd: dir }));
      expect(error).toMatchObject({ code: 'CONFIG_INVALID', file: join(dir, name) });
      expect(error.message).toBe(`${join(dir, name)} is empty: write the configuration in it (see the host README), or remove it`);
    }
  });

  it('names the file of a JavaScript configuration that throws, and of JSON that does not parse', async () => {
    const js = project({ 'registrar-kit.config.mjs': 'throw new Error("no settings here");\n' });
    const thrown = await configError(loadHost({ cwd: js }));
    expect(thrown).toMatchObject({ code: 'CONFIG_INVALID', file: join(js, 'registrar-kit.config.mjs') });
    expect(thrown.message).toContain(`${join(js, 'registrar-kit.config.mjs')} could not be loaded: no settings here`);
    const json = project({ 'registrar-kit.config.json': '{"plugins": [' });
    expect((await configError(loadHost({ cwd: json }))).message).toContain(join(json, 'registrar-kit.config.json'));
  });

  it('refuses a configuration file over 1 MiB, naming it, found or given', async () => {
    const padding = { description: 'x'.repeat(1024 * 1024) };
    const dir = project({ 'registrar-kit.config.json': valid(padding) });
    const found = await configError(loadHost({ cwd: dir }));
    expect(found).toMatchObject({ code: 'CONFIG_INVALID', file: join(dir, 'registrar-kit.config.json') });
    expect(found.message).toContain('a configuration file may have at most 1048576 (1 MiB)');
    const given = await configError(loadHost({ cwd: dir, file: 'registrar-kit.config.json' }));
    expect(given.message).toContain('at most 1048576');
    expect(existsSync(join(dir, 'state.sqlite'))).toBe(false);
  });

  it('creates no SQLite file for a configuration with problems', async () => {
    const dir = project({});
    const store = join(dir, 'state.sqlite');
    const config = JSON.parse(valid()) as Record<string, unknown>;
    const broken: Record<string, unknown>[] = [
      { ...config, connectors: [{ tld: 'com', plugin: 'mian' }] },
      { ...config, connectors: [{ tld: '.com', plugin: 'main' }] },
      { ...config, plugins: [{ name: 'main', package: fixture('host-basic'), settings: { apiKey: { $env: 'RK_LIMITS_UNSET' } } }] },
      { ...config, store: { sqlite: 'state.sqlite', postgres: 'postgres://localhost/x' } },
    ];
    for (const c of broken) {
      const error = await configError(createHost(c, { baseDir: dir, env: {} }));
      expect(['CONFIG_INVALID', 'ENV_MISSING']).toContain(error.code);
      expect(existsSync(store)).toBe(false);
    }
    const unknown = await configError(createHost(broken[0], { baseDir: dir, env: {} }));
    expect(unknown.message).toContain('/connectors/0/plugin names plugin instance "mian", which is not in "plugins"');
    host = await createHost(config, { baseDir: dir });
    expect(existsSync(store)).toBe(true);
  });
});

describe('ids given to orders and manual tasks', () => {
  it('an object or a 10 MB string as order or task id is INVALID_INPUT, not a raw driver error', async () => {
    ({ host } = await startHost());
    const h = host;
    for (const call of [
      () => h.orders.markPaid({ id: 1 } as never),
      () => h.orders.get('x'.repeat(10_000_000)),
      () => h.orders.cancel('' as never),
      () => h.manualTasks.claim({} as never, 'staff-1'),
      () => h.manualTasks.complete(42 as never),
    ]) {
      const error = await refused(call());
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message.length).toBeLessThan(300);
    }
  });
});
