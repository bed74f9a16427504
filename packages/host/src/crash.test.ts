import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createHost } from './host.js';
import { calls, FakeClock, FIXTURES, type registerInput } from './test-support/harness.js';

function runUntilHanging(storeFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(new URL('./test-support/crash-child.mjs', import.meta.url)), storeFile, FIXTURES.replace(/\/$/, '')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('HANGING hang-inflight.com')) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited without being killed: ${err}`))));
  });
}

describe('crash recovery', () => {
  it('after SIGKILL mid-request: nothing lost, nothing polled early, nothing sent twice', async () => {
    const storeFile = join(mkdtempSync(join(tmpdir(), 'rk-crash-')), 'host.sqlite');
    await runUntilHanging(storeFile);
    const killedAt = Date.now();

    const clock = new FakeClock(killedAt);
    const host = await createHost(
      { store: { sqlite: storeFile }, plugins: [{ name: 'main', package: `${FIXTURES}host-basic`, settings: { apiKey: 'fixture-key-7c1e9a' } }], connectors: [{ tld: 'com', plugin: 'main' }] },
      { clock, random: () => 0.5 },
    );
    try {
      const ops = await host.listOperations();
      expect(ops).toHaveLength(12);
      expect(ops.filter((o) => o.operation === 'register' && o.domain.startsWith('done-')).map((o) => o.status)).toEqual(Array(5).fill('done'));
      expect(ops.filter((o) => o.operation === 'transfer').map((o) => o.status)).toEqual(Array(5).fill('pending'));
      expect(ops.find((o) => o.domain === 'waiting.com')?.status).toBe('awaiting-payment');
      const inflight = ops.find((o) => o.domain === 'hang-inflight.com');
      expect(inflight?.status).toBe('submitting');

      const before = calls().length;
      const recovered = await host.recover();
      expect(recovered).toEqual({ reconciled: 0, resent: 0, escalated: 1, skipped: 0, journaled: 0 });
      // host-basic has no reconcile(): staff get a task saying exactly why; the request is not resent.
      const [task] = await host.manualTasks.list({ domain: 'hang-inflight.com' });
      expect(task?.reason).toContain('may or may not have reached the registrar');
      expect(calls().slice(before).filter((c) => c.domain === 'hang-inflight.com')).toEqual([]);
      // The same idempotency key still finds the operation instead of sending it again.
      const again = await host.submit({ operation: 'register', input: inflight!.input as ReturnType<typeof registerInput>, idempotencyKey: 'reg-hang' });
      expect(again).toMatchObject({ id: inflight!.id, status: 'awaiting-manual' });
      expect(calls().slice(before).some((c) => c.operation === 'register')).toBe(false);

      // Pending transfers keep their schedule: nothing is due before the minimum interval.
      expect((await host.tracker.runCycle()).claimed).toBe(0);
      clock.advance(301);
      const cycle = await host.tracker.runCycle();
      expect(cycle).toMatchObject({ claimed: 5, completed: 5 });
      expect((await host.listOperations({ operation: 'transfer', status: 'done' }))).toHaveLength(5);
    } finally {
      await host.close();
    }
  });
});

describe('reconcile after a crash', () => {
  it('asks the plugin: received → tracked, provably lost → sent once, unknown → staff', async () => {
    const { startHost, baseConfig, fixture, SECRET_KEY } = await import('./test-support/harness.js');
    const { host } = await startHost(baseConfig({ plugins: [{ name: 'b', package: fixture('host-batch'), settings: { apiKey: SECRET_KEY } }], connectors: [{ tld: 'com', plugin: 'b' }] }));
    try {
      const now = new Date();
      for (const domain of ['seen.com', 'lost.com', 'unclear.com']) {
        await host.store.insertOperation({
          id: `op-${domain}`, idempotencyKey: `k-${domain}`, payloadHash: 'h', operation: 'transfer', domain, connector: 'com', pluginInstance: 'b', orderId: undefined,
          customerId: undefined, mode: 'auto', status: 'submitting', input: { domain, authCode: 'x' }, result: undefined, error: undefined, ref: undefined, await: undefined,
          step: undefined, pendingData: undefined, nextCheckAt: undefined, leaseOwner: undefined, leaseExpiresAt: undefined, leaseToken: undefined, holdsDomain: true, pollAttempts: 0, submittedAt: now, version: 0, createdAt: now, updatedAt: now,
        });
      }
      expect(await host.recover()).toEqual({ reconciled: 1, resent: 1, escalated: 1, skipped: 0, journaled: 0 });
      expect((await host.getOperation('op-seen.com'))).toMatchObject({ status: 'pending', ref: 'T-op-seen.com' });
      expect((await host.getOperation('op-lost.com'))).toMatchObject({ status: 'pending', ref: 'T-op-lost.com' });
      expect((await host.getOperation('op-unclear.com'))?.status).toBe('awaiting-manual');
      expect((await host.manualTasks.list())[0]?.reason).toContain('the registrar has no search for this');
    } finally {
      await host.close();
    }
  });
});
