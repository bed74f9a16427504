import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Host } from './host.js';
import { baseConfig, calls, registerInput, SECRET_KEY, startHost } from './test-support/harness.js';

let hosts: Host[] = [];
const again0 = (ops: { id: string }[]): string | undefined => ops[0]?.id;
afterEach(async () => {
  for (const h of hosts) await h.close();
  hosts = [];
});

describe('durable state', () => {
  it('keeps domains, operations, orders, tasks, plugin state and the Action Log across a restart', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rk-store-')), 'host.sqlite');
    const config = baseConfig({ store: { sqlite: file }, connectors: [{ tld: 'com', plugin: 'main', modes: { renew: 'manual' } }] });
    const first = (await startHost(config)).host;
    await first.submit({ operation: 'register', input: registerInput('kept.com') });
    await first.submit({ operation: 'transfer', input: { domain: 'inflight.com', authCode: 'a' } });
    await first.submit({ operation: 'register', input: registerInput('waiting.com'), orderId: 'o-1' });
    await first.submit({ operation: 'renew', input: { domain: 'kept.com', period: 1 }, idempotencyKey: 'renew-1' });
    await first.plugins().get('main')!.context.state.set('client-handle', { id: 'H-1' });
    await first.close();

    const second = (await startHost(config)).host;
    hosts.push(second);
    // A manual renewal of a registered domain leaves it registered; the renewal is the work in flight.
    expect(await second.getDomain('kept.com')).toMatchObject({ status: 'registered', pendingOperation: again0(await second.listOperations({ domain: 'kept.com', operation: 'renew' })) });
    expect((await second.getDomain('inflight.com'))?.status).toBe('transferring');
    const [pendingOp] = await second.listOperations({ domain: 'inflight.com' });
    expect(pendingOp).toMatchObject({ status: 'pending', ref: 'T-inflight.com' });
    expect(await second.plugins().get('main')!.context.state.get('client-handle')).toEqual({ id: 'H-1' });
    expect((await second.manualTasks.list({ status: 'open' })).map((t) => t.operation)).toEqual(['renew']);
    const before = calls().length;
    const again = await second.submit({ operation: 'renew', input: { domain: 'kept.com', period: 1 }, idempotencyKey: 'renew-1' });
    expect(again.status).toBe('awaiting-manual');
    expect(calls().length).toBe(before);
    const [paid] = await second.orders.markPaid('o-1');
    expect(paid?.status).toBe('done');
    expect((await second.log({ domain: 'kept.com' })).length).toBeGreaterThan(3);
  });

  it('marks an operation submitting in the store before the plugin is called', async () => {
    const { host } = await startHost();
    hosts.push(host);
    const seen: string[] = [];
    host.on('operation.status', (e) => seen.push(`${e.from ?? 'new'}→${e.to}`));
    await host.submit({ operation: 'register', input: registerInput('ordered.com') });
    expect(seen).toEqual(['new→submitting', 'submitting→done']);
  });

  it('expires plugin state entries by the host clock', async () => {
    const { host, clock } = await startHost();
    hosts.push(host);
    const state = host.plugins().get('main')!.context.state;
    await state.set('session', 'S-1', { ttlSeconds: 60 });
    clock.advance(59);
    expect(await state.get('session')).toBe('S-1');
    clock.advance(2);
    expect(await state.get('session')).toBeUndefined();
  });
});

describe('Action Log redaction', () => {
  it('never stores a secret setting or an auth code', async () => {
    const { host } = await startHost();
    hosts.push(host);
    await host.submit({ operation: 'register', input: registerInput('secret.com') });
    await host.submit({ operation: 'register', input: registerInput('taken-secret.com') });
    await host.submit({ operation: 'transfer', input: { domain: 'moving-secret.com', authCode: 'EPP-CODE-998877' } });
    await host.submit({ operation: 'getAuthCode', input: { domain: 'secret.com' } });
    await new Promise((r) => setImmediate(r));
    const text = JSON.stringify(await host.log());
    expect(text).toContain('registering with the account key');
    expect(text).toContain('[redacted]');
    expect(text).not.toContain(SECRET_KEY);
    expect(text).not.toContain('EPP-CODE-998877');
    expect(text).not.toContain('AUTH-SECRET-123');
  });

  it('redacts free text only: a secret that is a common word never corrupts the kind or the domain', async () => {
    const { host } = await startHost();
    hosts.push(host);
    host.actionLog.addSecrets(['p']);
    await host.submit({ operation: 'register', input: registerInput('plain-p.com') });
    const calls = await host.log({ domain: 'plain-p.com', kind: 'plugin-call' });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.message).not.toContain('plain-p.com');
    expect(calls[0]?.message).toContain('[redacted]');
  });

  it('records each plugin call with a summarized request, its outcome and duration', async () => {
    const { host } = await startHost();
    hosts.push(host);
    const op = await host.submit({ operation: 'register', input: registerInput('summary.com') });
    const call = (await host.log({ operationId: op.id, kind: 'plugin-call' }))[0];
    expect(call?.durationMs).toBeGreaterThanOrEqual(0);
    expect(call?.data).toMatchObject({
      request: { domain: 'summary.com', period: 1, nameservers: ['ns1.example.net', 'ns2.example.net'], contacts: { registrant: 'hanna@example.de' } },
      outcome: { status: 'done' },
    });
    // A summary, not a copy: the registrant's street address stays in the operation record only.
    expect(JSON.stringify(call?.data)).not.toContain('Leopoldstr');
  });

  it('queries by domain, operation, level and time range', async () => {
    const { host, clock } = await startHost();
    hosts.push(host);
    const a = await host.submit({ operation: 'register', input: registerInput('first.com') });
    clock.advance(3600);
    await host.submit({ operation: 'register', input: registerInput('taken-second.com') });
    expect((await host.log({ operationId: a.id })).every((e) => e.operationId === a.id)).toBe(true);
    expect((await host.log({ level: 'error' })).every((e) => e.domain === 'taken-second.com')).toBe(true);
    const early = await host.log({ until: new Date(clock.now().getTime() - 1000) });
    expect(early.length).toBeGreaterThan(0);
    expect(early.every((e) => e.domain !== 'taken-second.com')).toBe(true);
  });
});
