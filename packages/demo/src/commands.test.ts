// The demo package's commands as the CLI runs them (`registrar-kit demo`, `registrar-kit sandbox`,
// loaded from this package on demand) and as its own `registrar-kit-demo` runs them: their help,
// their one-line refusals, and the sandbox serving on loopback until stopped.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main as cli } from '@registrar-kit/cli';
import { demoCommand } from './demo.js';
import { main } from './main.js';
import { sandboxCommand } from './sandbox.js';

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

const cwd = mkdtempSync(join(tmpdir(), 'rk-demo-cmd-'));

async function run(entry: typeof main, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = capture();
  const stderr = capture();
  const code = await entry(args, { stdout, stderr, cwd, env: { ...process.env, NO_COLOR: '1' } });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('registrar-kit demo / sandbox, through the CLI', () => {
  it('the CLI finds the installed demo package and prints its help', async () => {
    const demo = await run(cli, ['demo', '--help']);
    expect(demo).toMatchObject({ code: 0, stderr: '' });
    expect(demo.stdout).toMatch(/^registrar-kit demo \[--fast\] \[--json\]/);
    expect(demo.stdout).toContain('8. a failed registration');
    const sandbox = await run(cli, ['sandbox', '-h']);
    expect(sandbox.stdout).toMatch(/^registrar-kit sandbox \[--port <n>\]/);
  });

  it.each([
    [['demo', '--colour'], 'registrar-kit demo: unknown option --colour for "demo" — see registrar-kit demo --help'],
    [['demo', '--dir'], 'registrar-kit demo: --dir needs a value — see registrar-kit demo --help'],
    [['demo', '--dir', '--fast'], 'registrar-kit demo: --dir needs a value — see registrar-kit demo --help'],
    [['demo', 'now'], 'registrar-kit demo: unexpected argument "now" for "demo" — see registrar-kit demo --help'],
    [['sandbox', '--ports', '80'], 'registrar-kit sandbox: unknown option --ports for "sandbox" — see registrar-kit sandbox --help'],
    [['sandbox', '--smtp-port'], 'registrar-kit sandbox: --smtp-port needs a value — see registrar-kit sandbox --help'],
    [['sandbox', '--port', '70000'], 'registrar-kit sandbox: --port takes a port number 0–65535, not "70000"'],
  ])('%j: one line, exit 2', async (args, line) => {
    const r = await run(cli, args);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr.trim().split('\n')).toEqual([line]);
  });
});

describe('registrar-kit-demo', () => {
  it('is `registrar-kit demo`, and `registrar-kit-demo sandbox` is `registrar-kit sandbox`', async () => {
    expect((await run(main, ['--help'])).stdout).toMatch(/^registrar-kit demo \[--fast\]/);
    expect((await run(main, ['demo', '--help'])).stdout).toMatch(/^registrar-kit demo \[--fast\]/);
    expect((await run(main, ['sandbox', '--help'])).stdout).toMatch(/^registrar-kit sandbox \[--port <n>\]/);
    const bad = await run(main, ['--fats']);
    expect(bad).toMatchObject({ code: 2, stderr: 'registrar-kit demo: unknown option --fats for "demo" — see registrar-kit demo --help\n' });
  });
});

describe('registrar-kit sandbox', () => {
  it('serves the four registrars on loopback, prints where, and stops when asked', async () => {
    const stdout = capture();
    const stop = new AbortController();
    const running = sandboxCommand(['--json', '--speed', '50'], { stdout, stderr: capture(), cwd, env: {} }, stop.signal);
    await expect.poll(() => stdout.text()).toContain('\n');
    const first = JSON.parse(stdout.text().split('\n')[0]!) as { endpoints: Record<string, string>; smtpUrl: string; speed: number };
    expect(first.speed).toBe(50);
    expect(first.smtpUrl).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
    const onamae = await fetch(first.endpoints.onamae!, { method: 'POST', body: '{}' });
    expect(onamae.status).toBeGreaterThanOrEqual(200);
    stop.abort();
    await expect(running).resolves.toBe(0);
  });
});

describe('registrar-kit sandbox: the EPP registry', () => {
  it('prints the EPP registry\'s login and writes its certificate where --epp-ca-file says; a TLS client trusting it is greeted', async () => {
    const stdout = capture();
    const stop = new AbortController();
    const caFile = join(cwd, 'sandbox-epp-ca.pem');
    const running = sandboxCommand(['--epp-ca-file', caFile], { stdout, stderr: capture(), cwd, env: { NO_COLOR: '1' } }, stop.signal);
    await expect.poll(() => stdout.text()).toContain('Ctrl-C stops');
    const row = /EPP registry\s+host, port, clientId, password\s+(\S+) (\d+) (\S+) (\S+)/.exec(stdout.text());
    expect(row?.slice(1, 4)).toEqual(['127.0.0.1', expect.stringMatching(/^\d+$/), 'registrar-kit']);
    const ca = readFileSync(caFile, 'utf8');
    expect(ca).toMatch(/^-----BEGIN CERTIFICATE-----/);
    const greeting = await new Promise<string>((resolve, reject) => {
      const socket = tlsConnect({ host: '127.0.0.1', port: Number(row![2]), ca }, () => socket.once('data', (chunk: Buffer) => (resolve(chunk.subarray(4).toString('utf8')), socket.destroy())));
      socket.once('error', reject);
    });
    expect(greeting).toContain('<greeting>');
    stop.abort();
    await expect(running).resolves.toBe(0);
  });
});

describe('registrar-kit demo --serve', () => {
  it('runs the tour, prints the console URL and a staff key that signs in, and stops when asked', async () => {
    const stdout = capture();
    const stop = new AbortController();
    const stderr = capture();
    const running = demoCommand(['--fast', '--serve', '--port', '0', '--dir', join(cwd, 'serve')], { stdout, stderr, cwd, env: { ...process.env, NO_COLOR: '1' } }, stop.signal).then(
      (code) => ({ code }),
      (error: unknown) => ({ error }),
    );
    let ended: { code?: number; error?: unknown } | undefined;
    void running.then((r) => (ended = r));
    await expect.poll(() => ended !== undefined || stdout.text().includes('Ctrl-C stops'), { timeout: 80_000 }).toBe(true);
    expect(ended, stderr.text()).toBeUndefined();
    const url = /open\s+(http:\/\/127\.0\.0\.1:\d+)\/console\//.exec(stdout.text())?.[1];
    const key = /sign in\s+(rk_\S+)/.exec(stdout.text())?.[1];
    expect(url).toBeDefined();
    const session = await fetch(`${url!}/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiKey: key }) });
    expect(session.status).toBe(200);
    expect(((await session.json()) as { scopes: string[] }).scopes).toContain('staff');
    stop.abort();
    expect(await running).toEqual({ code: 0 });
    await expect(fetch(`${url!}/healthz`)).rejects.toThrow();
  }, 90_000);

  it('refuses --serve with --json', async () => {
    const r = await run(cli, ['demo', '--serve', '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--serve and --json do not go together');
  });
});
