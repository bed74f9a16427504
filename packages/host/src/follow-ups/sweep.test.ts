import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostConfig } from '../config.js';
import { HostError } from '../errors.js';
import type { Host } from '../host.js';
import { baseConfig, calls, fixture, registerInput, SECRET_KEY, startHost } from '../test-support/harness.js';

let hosts: Host[] = [];
beforeEach(() => {
  calls().length = 0;
});
afterEach(async () => {
  await Promise.all(hosts.map((h) => h.close()));
  hosts = [];
});

const sqliteFile = (): string => join(mkdtempSync(join(tmpdir(), 'rk-follow-ups-')), 'host.sqlite');
const sent = (domain: string, operation: string): number => calls().filter((c) => c.domain === domain && c.operation === operation).length;

async function open(config: HostConfig): Promise<Host> {
  const { host } = await startHost(config);
  hosts.push(host);
  return host;
}

/**
 * A host that dies between an operation's completion and its follow-up: the completion is
 * committed, then the process is gone before the follow-up sweep could claim anything.
 */
async function completeThenCrash(config: HostConfig, domain: string, extra: Record<string, unknown>): Promise<string> {
  const { host } = await startHost(config);
  vi.spyOn(host.store, 'claimFollowUps').mockRejectedValue(new Error('the process died here'));
  const op = await host.submit({ operation: 'register', input: registerInput(domain, extra) });
  expect(op.status).toBe('done');
  await host.close();
  return op.id;
}

describe('follow-ups that survive a crash', () => {
  it('registrations with registrarLock completed just before a crash: the next hosts lock each domain exactly once, though two sweep at once', async () => {
    const config = baseConfig({ store: { sqlite: sqliteFile() } });
    const domains = Array.from({ length: 8 }, (_, i) => `crash-lock-${i}.com`);
    const ids = new Map<string, string>();
    for (const domain of domains) ids.set(domain, await completeThenCrash(config, domain, { registrarLock: true }));
    expect(calls().filter((c) => c.operation === 'setRegistrarLock')).toEqual([]);

    const [a, b] = await Promise.all([open(config), open(config)]);
    await Promise.all([a.start({ trackerIntervalMs: 3_600_000 }), b.start({ trackerIntervalMs: 3_600_000 })]);

    expect(calls().filter((c) => c.operation === 'setRegistrarLock').map((c) => c.domain).sort()).toEqual([...domains].sort());
    for (const domain of domains) {
      const id = ids.get(domain)!;
      const locks = await a.listOperations({ domain, operation: 'setRegistrarLock' });
      expect(locks.map((o) => [o.idempotencyKey, o.status])).toEqual([[`${id}:registrarLock`, 'done']]);
      expect((await a.getDomain(domain))?.locked).toBe(true);
      expect((await a.log({ operationId: id })).filter((e) => e.message.includes('registrar lock requested'))).toHaveLength(1);
    }

    // Settled: a later start sends nothing more.
    await Promise.all(hosts.map((h) => h.close()));
    hosts = [];
    await (await open(config)).start({ trackerIntervalMs: 3_600_000 });
    expect(calls().filter((c) => c.operation === 'setRegistrarLock')).toHaveLength(domains.length);
  });

  it('a registration without an expiry date completed just before a crash: the next host asks the registrar (one info) and stores the expiry', async () => {
    const registry = ((globalThis as { __registrarKitLife?: Record<string, unknown> }).__registrarKitLife ??= {});
    registry['noexp-crash.com'] = { info: { expiresAt: '2027-01-15T10:00:00.000Z' } };
    const config = baseConfig({ store: { sqlite: sqliteFile() }, plugins: [{ name: 'life', package: fixture('host-life'), settings: { apiKey: SECRET_KEY } }], connectors: [{ tld: 'com', plugin: 'life' }] });
    const id = await completeThenCrash(config, 'noexp-crash.com', {});
    expect(sent('noexp-crash.com', 'info')).toBe(0);

    const host = await open(config);
    await host.start({ trackerIntervalMs: 3_600_000 });
    expect(sent('noexp-crash.com', 'info')).toBe(1);
    expect((await host.listOperations({ domain: 'noexp-crash.com', operation: 'info' })).map((o) => o.idempotencyKey)).toEqual([`${id}:expiry`]);
    expect((await host.getDomain('noexp-crash.com'))?.expiresAt).toBe('2027-01-15T10:00:00.000Z');
    delete registry['noexp-crash.com'];
  });

  it('a follow-up the host cannot send for now (overloaded) stays due and goes out once at the sweep after its retry time', async () => {
    const { host, clock } = await startHost(baseConfig({ store: { sqlite: sqliteFile() } }));
    hosts.push(host);
    const admit = vi.spyOn(host.engine, 'admit');
    // The registration is admitted; its follow-up, next, is refused as OVERLOADED.
    admit.mockImplementationOnce(() => undefined).mockImplementationOnce(() => {
      throw new HostError('OVERLOADED', 'changes wait too long to be written; retry shortly');
    });
    await host.submit({ operation: 'register', input: registerInput('later-lock.com', { registrarLock: true }) });
    await vi.waitFor(() => expect(admit).toHaveBeenCalledTimes(2));
    expect(sent('later-lock.com', 'setRegistrarLock')).toBe(0);

    // The sweeps at start and on the interval leave it alone until its retry time, then send it once.
    await host.start({ trackerIntervalMs: 20 });
    await new Promise((r) => setTimeout(r, 60));
    expect(sent('later-lock.com', 'setRegistrarLock')).toBe(0);
    clock.advance(61);
    await vi.waitFor(() => expect(sent('later-lock.com', 'setRegistrarLock')).toBe(1));
    await new Promise((r) => setTimeout(r, 60));
    expect(sent('later-lock.com', 'setRegistrarLock')).toBe(1);
    expect((await host.getDomain('later-lock.com'))?.locked).toBe(true);
    // No refusal was logged: the host said nothing final about a lock it still meant to send.
    expect(await host.log({ domain: 'later-lock.com', kind: 'refusal' })).toEqual([]);
  });
});
