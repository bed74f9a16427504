import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main, type CliIo } from './cli.js';
import { ID_PATTERN } from './id.js';

let cwd: string;

beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'create-registrar-plugin-cli-'));
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

/**
 * A terminal-less run (as in CI) unless `tty`. `answers` are typed one by one, each when a
 * question (a line ending in ": ") appears, as a user at a terminal would.
 */
function io(options: { tty?: boolean; answers?: string[]; userAgent?: string } = {}): CliIo & { out: () => string; err: () => string } {
  const stdin = Object.assign(new PassThrough(), { isTTY: options.tty === true });
  const answers = [...(options.answers ?? [])];
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) => Object.assign(new PassThrough(), { write: (chunk: string | Uint8Array) => (append(String(chunk)), true) });
  const onOut = (s: string): void => {
    out += s;
    const next = s.endsWith(': ') ? answers.shift() : undefined;
    if (next !== undefined) setImmediate(() => stdin.write(`${next}\n`));
  };
  return {
    stdin,
    stdout: sink(onOut),
    stderr: sink((s) => (err += s)),
    cwd,
    userAgent: options.userAgent,
    out: () => out,
    err: () => err,
  };
}

const manifestOf = async (dir: string): Promise<{ id: string; name: string; transports: string[] }> => JSON.parse(await readFile(join(cwd, dir, 'registrar-plugin.json'), 'utf8'));

describe('create-registrar-plugin', () => {
  it('without a terminal, uses the defaults (json, the name from the id) and never waits for input', async () => {
    const run = io(); // stdin is open and never written: a prompt would hang
    expect(await main(['acme', '--id', 'acme-registrar'], run)).toBe(0);
    expect(await manifestOf('acme')).toMatchObject({ id: 'acme-registrar', name: 'Acme Registrar', transports: ['https', 'json'] });
    expect(run.out()).toContain('Created registrar-plugin-acme-registrar (json)');
    expect(run.out()).toMatch(/cd acme\n\s+npm install\n\s+npm test\n\s+npm run conformance/);
  });

  it('without a terminal and without --id, says what is missing instead of asking', async () => {
    const run = io();
    expect(await main(['acme'], run)).toBe(2);
    expect(run.err()).toContain('Missing --id');
    await expect(readdir(cwd)).resolves.toEqual([]);
  });

  it('with --yes on a terminal, asks nothing', async () => {
    const run = io({ tty: true });
    expect(await main(['acme', '--id', 'acme', '--yes'], run)).toBe(0);
    expect(run.out()).not.toContain('Transport (json)');
    expect(await manifestOf('acme')).toMatchObject({ name: 'Acme', transports: ['https', 'json'] });
  });

  it('on a terminal, asks for what the flags left out and re-asks after an invalid id', async () => {
    const run = io({ tty: true, answers: ['Bad Id', 'acme', '', 'xml'] });
    expect(await main(['acme'], run)).toBe(0);
    expect(run.out()).toContain('"Bad Id" is not a valid plugin id');
    expect(run.out()).toContain('Display name (Acme): ');
    expect(await manifestOf('acme')).toMatchObject({ id: 'acme', name: 'Acme', transports: ['https', 'xml'] });
  });

  it('on a terminal closed before an answer (Ctrl-D), stops with exit 1 and writes nothing', async () => {
    const run = io({ tty: true });
    (run.stdin as PassThrough).end();
    expect(await main(['acme'], run)).toBe(1);
    expect(run.err()).toContain('No answer');
    await expect(readdir(cwd)).resolves.toEqual([]);
  });

  it('refuses a directory that is not empty, with exit 1, and writes nothing', async () => {
    await mkdir(join(cwd, 'taken'));
    await writeFile(join(cwd, 'taken', 'notes.txt'), 'mine');
    const run = io();
    expect(await main(['taken', '--id', 'acme'], run)).toBe(1);
    expect(run.err()).toMatch(/taken is not empty: choose a new directory/);
    await expect(readdir(join(cwd, 'taken'))).resolves.toEqual(['notes.txt']);
  });

  it('writes into an existing empty directory', async () => {
    await mkdir(join(cwd, 'empty'));
    expect(await main(['empty', '--id', 'acme', '--transport', 'email'], io())).toBe(0);
    expect(await manifestOf('empty')).toMatchObject({ transports: ['email'] });
  });

  it.each(['A', 'a', '-acme', 'acme_registrar', 'acme.com', 'x'.repeat(64), 'Acme'])('refuses the id %j like the manifest schema does, with exit 1', async (id) => {
    const run = io();
    expect(await main(['p', `--id=${id}`], run)).toBe(1);
    expect(run.err()).toContain('is not a valid plugin id');
    await expect(readdir(cwd)).resolves.toEqual([]);
  });

  it('validates ids with exactly the manifest schema\'s pattern', async () => {
    const schemaFile = createRequire(import.meta.url).resolve('@registrar-kit/sdk/manifest.schema.json');
    const schema = JSON.parse(await readFile(schemaFile, 'utf8')) as { properties: { id: { pattern: string } } };
    expect(ID_PATTERN.source).toBe(schema.properties.id.pattern);
  });

  it('refuses an unknown transport and a missing directory as usage errors', async () => {
    const bad = io();
    expect(await main(['p', '--id', 'acme', '--transport', 'grpc'], bad)).toBe(2);
    expect(bad.err()).toContain('unknown transport "grpc": use one of json, form, query, xml, soap, email');
    const none = io();
    expect(await main(['--id', 'acme'], none)).toBe(2);
    expect(none.err()).toContain('Missing <dir>');
  });

  it('run through pnpm, prints pnpm commands and writes a pnpm CI workflow', async () => {
    const run = io({ userAgent: 'pnpm/10.34.8 npm/? node/v20.19.0 linux x64' });
    expect(await main(['acme', '--id', 'acme'], run)).toBe(0);
    expect(run.out()).toMatch(/pnpm install\n\s+pnpm test\n\s+pnpm conformance/);
    const ci = await readFile(join(cwd, 'acme', '.github/workflows/ci.yml'), 'utf8');
    expect(ci).toContain('pnpm install --frozen-lockfile');
    expect(ci).toContain('pnpm exec registrar-conformance . --reporter junit --output conformance.xml');
    await expect(readFile(join(cwd, 'acme', 'README.md'), 'utf8')).resolves.toContain('pnpm exec registrar-conformance . --record');
  });
});
