// `registrar-kit store status|migrate` against the PostgreSQL of the test run (vitest's global
// setup starts one, or RK_PG_URL names it), in a schema of its own.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { main } from './main.js';

function capture(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk.toString());
      cb();
    },
  }) as Writable & { text: () => string };
  stream.text = () => chunks.join('');
  return stream;
}

async function run(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = capture();
  const stderr = capture();
  const code = await main(args, { stdout, stderr, cwd, env: { ...process.env, ...env, NO_COLOR: '1' } });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

function url(): string {
  const provided = inject('rkPostgres');
  if (provided.url === undefined) throw new Error(provided.error ?? 'no PostgreSQL for the tests: set RK_PG_URL');
  return provided.url;
}

const schema = `rk_cli_${randomBytes(5).toString('hex')}`;
afterAll(async () => {
  const client = new pg.Client({ connectionString: url() });
  await client.connect();
  await client.query(`drop schema if exists "${schema}" cascade`);
  await client.end();
});

describe('registrar-kit store', () => {
  it('reports a PostgreSQL schema behind, migrates it on request, then reports it up to date', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rk-cli-store-'));
    const fixture = fileURLToPath(new URL('../../../tests/fixtures/host-basic', import.meta.url));
    writeFileSync(
      join(dir, 'registrar-kit.config.json'),
      JSON.stringify({ store: { postgres: { $env: 'RK_TEST_DATABASE_URL' }, schema }, plugins: [{ name: 'main', package: fixture, settings: { apiKey: 'k', account: 'a' } }], connectors: [{ tld: 'com', plugin: 'main' }] }),
    );
    const env = { RK_TEST_DATABASE_URL: url() };
    const before = await run(['store', 'status'], dir, env);
    expect(before.stdout).toContain('Pending: 0001_initial, 0002_partial_indexes, 0003_engine');
    expect(before.code).toBe(1);
    const migrated = await run(['store', 'migrate', '--json'], dir, env);
    expect(migrated.code).toBe(0);
    expect(JSON.parse(migrated.stdout)).toMatchObject({ store: 'postgres', appliedNow: ['0001_initial', '0002_partial_indexes', '0003_engine'], pending: [] });
    expect(migrated.stdout).not.toContain(new URL(url()).password || '\u0000no-password');
    const after = await run(['store', 'status'], dir, env);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain('Up to date.');
    expect((await run(['store', 'sideways'], dir, env)).code).toBe(2);
  });
});
