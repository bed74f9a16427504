// The CLI as an operator uses it: in-process through main(), output captured, a real host and the
// sandbox producing the store the read commands look at.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadHost } from '@registrar-kit/host';
import type { Contact } from '@registrar-kit/sdk';
import { startSandbox, type Sandbox } from '@registrar-kit/sandbox';
import { run } from './test-support/run.js';

const onamaeDir = fileURLToPath(new URL('../../../plugins/onamae', import.meta.url));
const inxDir = fileURLToPath(new URL('../../../plugins/internetx', import.meta.url));
const person: Contact = { type: 'person', firstName: 'Ada', lastName: 'Lovelace', address: ['1 St'], postalCode: '10115', city: 'Berlin', country: 'DE', phone: '+49.301234567', email: 'ada@example.org' };
const ns = [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }];

let dir: string;
let sandbox: Sandbox;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rk-cli-'));
  sandbox = await startSandbox({ only: ['onamae'] });
  const config = {
    store: { sqlite: 'store.sqlite' },
    plugins: [
      { name: 'onamae', package: onamaeDir, settings: { endpoint: sandbox.endpoints.onamae, resellerId: 'R-1', apiKey: 'cli-test-key' } },
      { name: 'inx', package: inxDir, settings: { endpoint: 'https://gateway.autodns.com', user: 'u', password: 'inx-cli-pass' } },
    ],
    connectors: [
      { tld: 'com', plugin: 'onamae', modes: { renew: 'manual' } },
      { tld: 'de', plugin: 'inx' },
    ],
  };
  writeFileSync(join(dir, 'registrar-kit.config.json'), JSON.stringify(config));
  const host = await loadHost({ cwd: dir, clock: sandbox.clock });
  await host.submit({ operation: 'register', input: { domain: 'alpha.com', period: 1, contacts: { registrant: person }, nameservers: ns } });
  await host.submit({ operation: 'register', input: { domain: 'taken-beta.com', period: 1, contacts: { registrant: person }, nameservers: ns } });
  await host.submit({ operation: 'renew', input: { domain: 'alpha.com', period: 1 } });
  await host.close();
});
afterAll(async () => {
  await sandbox?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('bad invocations: one line, a non-zero exit, no stack trace', () => {
  it('an unknown command suggests the closest one', async () => {
    const r = await run(['domians'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('did you mean "domains"');
  });

  it('an unknown flag names the command and its help', async () => {
    const r = await run(['domains', '--colour'], dir);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr.trim()).toBe('registrar-kit domains: unknown option --colour for "domains" — see registrar-kit domains --help');
  });

  it('a missing configuration says how to get one', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'rk-cli-empty-'));
    const r = await run(['operations'], empty);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no registrar-kit configuration found from .* — pass --config <file>/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    rmSync(empty, { recursive: true });
  });

  it('an unreadable store is named, and --debug adds the stack', async () => {
    writeFileSync(join(dir, 'not-a-store.sqlite'), 'hello');
    const r = await run(['log', '--store', 'not-a-store.sqlite'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not-a-store.sqlite is not a registrar-kit store');
    const missing = await run(['tasks', '--store', 'nowhere.sqlite'], dir);
    expect(missing.stderr).toContain('no store at');
    const debug = await run(['tasks', '--store', 'nowhere.sqlite', '--debug'], dir);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('a bad filter value lists the allowed ones', async () => {
    const r = await run(['domains', '--status', 'active'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--status must be one of awaiting-payment, registering, registered');
  });
});

describe('reading the store', () => {
  it('domains: every domain with its state and last error; filters by status', async () => {
    const all = await run(['domains'], dir);
    expect(all.code).toBe(0);
    // alpha.com is registered; its manual renewal is the operation in flight.
    expect(all.stdout).toMatch(/alpha\.com\s+registered\s+\S+\s+com\s+onamae/);
    expect(all.stdout).toMatch(/taken-beta\.com\s+error .*NOT_AVAILABLE \(2001\)/);
    const errors = await run(['domains', '--status', 'error', '--json'], dir);
    expect((JSON.parse(errors.stdout) as { name: string }[]).map((d) => d.name)).toEqual(['taken-beta.com']);
  });

  it('operations: filters by domain and status', async () => {
    const r = await run(['operations', '--domain', 'alpha.com', '--json'], dir);
    const ops = JSON.parse(r.stdout) as { operation: string; status: string }[];
    expect(ops.map((o) => `${o.operation}:${o.status}`).sort()).toEqual(['register:done', 'renew:awaiting-manual']);
    const failed = await run(['operations', '--status', 'failed'], dir);
    expect(failed.stdout).toMatch(/register\s+taken-beta\.com\s+failed/);
    const future = await run(['operations', '--since', '2999-01-01T00:00:00Z'], dir);
    expect(future.stdout.trim()).toBe('No operations match.');
  });

  it('operations and log page with --limit and --cursor: every row once', async () => {
    const all = JSON.parse((await run(['operations', '--json'], dir)).stdout) as { id: string }[];
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const r = await run(['operations', '--json', '--limit', '1', ...(cursor === undefined ? [] : ['--cursor', cursor])], dir);
      seen.push(...(JSON.parse(r.stdout) as { id: string }[]).map((o) => o.id));
      cursor = /--cursor (\S+)/.exec(r.stderr)?.[1];
    } while (cursor !== undefined);
    expect(seen).toEqual(all.map((o) => o.id));
    const first = await run(['log', '--limit', '2'], dir);
    expect(first.stdout.trim().split('\n')).toHaveLength(2);
    expect(first.stderr).toMatch(/--cursor \S+/);
    const bad = await run(['operations', '--cursor', 'nonsense'], dir);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('the cursor is not one this store returned');
  });

  it('log: the entry that explains a failure, by domain and level; no secret anywhere', async () => {
    const r = await run(['log', '--domain', 'taken-beta.com', '--kind', 'plugin-call'], dir);
    expect(r.stdout).toContain('NOT_AVAILABLE');
    expect(r.stdout).toContain('code 2001');
    const warnings = await run(['log', '--level', 'warn', '--json'], dir);
    expect((JSON.parse(warnings.stdout) as { level: string }[]).every((e) => e.level === 'warn' || e.level === 'error')).toBe(true);
    const everything = await run(['log', '--json', '--limit', '1000'], dir);
    expect(everything.stdout).not.toContain('cli-test-key');
  });

  it('tasks: the open manual renewal', async () => {
    const r = await run(['tasks', '--status', 'open'], dir);
    expect(r.stdout).toMatch(/renew\s+alpha\.com\s+open/);
  });
});

describe('plugins and validate', () => {
  it('plugins: the capability matrix per connector with the manifest reason', async () => {
    const r = await run(['plugins'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\.com → onamae/);
    expect(r.stdout).toMatch(/renew\s+manual/);
    expect(r.stdout).toMatch(/register\s+auto\s+sync/);
    expect(r.stdout).toMatch(/transfer\s+auto\s+poll/);
    const de = r.stdout.slice(r.stdout.indexOf('.de → inx'));
    expect(de).toMatch(/renew\s+unsupported\s+renewed-by-registrar/);
    expect(de).toMatch(/register\s+auto\s+message/);
    // The TLD's restrictions, shown to staff beside the mode (DENIC's predelegation check).
    expect(de).toMatch(/register\s+auto\s+message\s+periods: 1 year; 2–5 name servers; name servers must pass a DNS test/);
  });

  it('validate: a valid configuration passes', async () => {
    const r = await run(['validate'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 plugin instance(s) are valid');
  });

  it('validate: every problem with file and path, exit 1', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'rk-cli-bad-'));
    writeFileSync(
      join(bad, 'registrar-kit.config.json'),
      JSON.stringify({
        plugins: [
          { name: 'onamae', package: onamaeDir, settings: { endpoint: 'ftp://example.com', resellerId: 'R-1' } },
          { name: 'ghost', package: './no-such-plugin' },
        ],
        connectors: [{ tld: 'com', plugin: 'onamae' }, { tld: 'net', plugin: 'ghost' }],
      }),
    );
    const r = await run(['validate'], bad);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/registrar-kit\.config\.json:\/plugins\/0\/settings\/endpoint .*\[SETTINGS_INVALID, plugin onamae\]/);
    expect(r.stdout).toMatch(/registrar-kit\.config\.json:\/plugins\/0\/settings\/apiKey\s+is required/);
    expect(r.stdout).toMatch(/registrar-kit\.config\.json:\/plugins\/1\/package\s+cannot find the plugin package "\.\/no-such-plugin"/);
    expect(r.stdout).toMatch(/ghost/);
    expect(r.stdout).toMatch(/\d+ problems/);
    writeFileSync(join(bad, 'registrar-kit.config.json'), JSON.stringify({ plugins: [], connectors: [{ tld: 'com' }], colour: true }));
    const schema = await run(['validate', '--json'], bad);
    const report = JSON.parse(schema.stdout) as { ok: boolean; problems: { path: string; file?: string }[] };
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.path).sort()).toEqual(['/colour', '/connectors/0/plugin']);
    expect(report.problems.every((p) => p.file?.endsWith('registrar-kit.config.json'))).toBe(true);
    rmSync(bad, { recursive: true });
  });
});
