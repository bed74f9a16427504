import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { baseConfig, FIXTURES, registerInput, startHost } from '../test-support/harness.js';

function child(storeFile: string, orders: number, domains: number): Promise<{ calls: string[]; errors: Record<string, number> }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [fileURLToPath(new URL('../test-support/race-child.mjs', import.meta.url)), storeFile, FIXTURES.replace(/\/$/, ''), String(orders), String(domains)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!)) : reject(new Error(`child exited ${code}: ${err}`))));
  });
}

describe('engine races (three processes on one store file)', () => {
  it('paying the same orders and submitting the same keys and domains at once: every intent sent exactly once', { timeout: 60_000 }, async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rk-procs-')), 'host.sqlite');
    const ORDERS = 20;
    const DOMAINS = 30;
    const { host } = await startHost(baseConfig({ store: { sqlite: file } }));
    for (let i = 0; i < ORDERS; i++) await host.submit({ operation: 'register', input: registerInput(`ordered-${i}.com`), orderId: `order-${i}` });
    await host.close();

    const reports = await Promise.all([child(file, ORDERS, DOMAINS), child(file, ORDERS, DOMAINS), child(file, ORDERS, DOMAINS)]);
    const sent = reports.flatMap((r) => r.calls);
    const perDomain = new Map<string, number>();
    for (const d of sent) perDomain.set(d, (perDomain.get(d) ?? 0) + 1);
    // 20 paid orders + 30 shared domains, each sent once across all three processes.
    expect(perDomain.size).toBe(ORDERS + DOMAINS);
    expect([...perDomain.values()].every((n) => n === 1)).toBe(true);
    // The losers got coded answers, nothing else: another key for a busy or registered domain.
    const codes = new Set(reports.flatMap((r) => Object.keys(r.errors)));
    for (const code of codes) expect(['DOMAIN_BUSY', 'STATUS_PROHIBITS']).toContain(code);

    const { host: check } = await startHost(baseConfig({ store: { sqlite: file } }));
    try {
      const ops = await check.listOperations();
      expect(ops.filter((o) => o.status === 'done')).toHaveLength(ORDERS + DOMAINS);
      expect(ops.filter((o) => o.status !== 'done')).toEqual([]);
      expect(await check.manualTasks.list()).toEqual([]);
      expect((await check.log({ kind: 'order' })).filter((e) => e.message.endsWith('paid'))).toHaveLength(ORDERS);
    } finally {
      await check.close();
    }
  });
});
