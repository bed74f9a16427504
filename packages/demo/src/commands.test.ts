// The demo package's commands as the CLI runs them (`registrar-kit demo`, `registrar-kit sandbox`,
// loaded from this package on demand) and as its own `registrar-kit-demo` runs them: their help,
// their one-line refusals, and the sandbox serving on loopback until stopped.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main as cli } from '@registrar-kit/cli';
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
