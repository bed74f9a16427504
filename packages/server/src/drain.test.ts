// SIGTERM drains: the request in flight completes, new connections are refused, the process exits 0.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { registerInput, SECRET_KEY, FIXTURES } from './test-support/harness.js';

/** Resolves with the first stdout line matching `pattern`. */
function waitFor(lines: string[], pattern: RegExp, child: ReturnType<typeof spawn>): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const line = lines.find((l) => pattern.test(l));
      if (line !== undefined) resolve(line);
      return line !== undefined;
    };
    if (check()) return;
    child.stdout!.on('data', () => void check());
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before printing ${pattern}`)));
  });
}

describe('startServer drain (built package, own process)', () => {
  it('completes the request in flight after SIGTERM, then closes the host and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rk-serve-'));
    const config = join(dir, 'registrar-kit.config.json');
    writeFileSync(config, JSON.stringify({ store: { sqlite: join(dir, 'store.sqlite') }, plugins: [{ name: 'main', package: `${FIXTURES}host-basic`, settings: { apiKey: SECRET_KEY } }], connectors: [{ tld: 'com', plugin: 'main' }] }));
    const child = spawn(process.execPath, [fileURLToPath(new URL('./test-support/serve-child.mjs', import.meta.url)), config], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const url = (await waitFor(lines, /^LISTENING /, child)).slice('LISTENING '.length);

    const inFlight = fetch(`${url}/v1/operations`, { method: 'POST', headers: { authorization: 'Bearer child-admin-key', 'content-type': 'application/json' }, body: JSON.stringify({ operation: 'register', input: registerInput('slow.com') }) });
    await waitFor(lines, /^IN-FLIGHT$/, child);
    child.kill('SIGTERM');

    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ domain: 'slow.com', status: 'done' });
    expect(await exited, stderr).toBe(0);
    expect(lines).toContain('CLOSED');
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});
