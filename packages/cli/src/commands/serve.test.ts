// `registrar-kit serve` in-process: prints its URL, answers HTTP on loopback, stops on SIGTERM with exit 0.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { main } from '../main.js';
import { capture } from '../test-support/run.js';

const hostBasic = fileURLToPath(new URL('../../../../tests/fixtures/host-basic', import.meta.url));

it('serve prints the URL, answers /healthz and /v1 (401 without a key), and exits 0 on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rk-serve-cli-'));
  writeFileSync(join(dir, 'registrar-kit.config.json'), JSON.stringify({ store: { sqlite: 'store.sqlite' }, plugins: [{ name: 'main', package: hostBasic, settings: { apiKey: 'serve-cli-key' } }], connectors: [{ tld: 'com', plugin: 'main' }] }));
  const stdout = capture();
  const stderr = capture();
  const exit = main(['serve', '--config', 'registrar-kit.config.json', '--port', '0'], { stdout, stderr, cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
  let url: string | undefined;
  for (let i = 0; i < 200 && url === undefined; i++) {
    url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout.text())?.[1];
    if (url === undefined) await new Promise((resolve) => setImmediate(resolve));
    if (url === undefined) await Promise.race([exit, new Promise((resolve) => setTimeout(resolve, 20))]);
  }
  expect(url, stderr.text()).toBeDefined();
  expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ ok: true });
  const unauthenticated = await fetch(`${url}/v1/domains`);
  expect(unauthenticated.status).toBe(401);
  expect(unauthenticated.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  process.emit('SIGTERM', 'SIGTERM');
  expect(await exit).toBe(0);
  expect(stdout.text()).toContain('registrar-kit API stopped');
  await expect(fetch(`${url}/healthz`)).rejects.toThrow();
});

it('serve refuses a port that is not a number', async () => {
  const stdout = capture();
  const stderr = capture();
  expect(await main(['serve', '--port', 'http'], { stdout, stderr, cwd: tmpdir(), env: {} })).toBe(2);
  expect(stderr.text()).toContain('--port must be a port number');
});
