import { afterEach, describe, expect, it, vi } from 'vitest';
import { isHostError } from '../errors.js';
import type { Host } from '../host.js';
import { calls, nameservers, refused, registerInput, registrant, startHost } from '../test-support/harness.js';

type Gate = (operation: string, subject: unknown) => Promise<void> | undefined;
const gates = globalThis as { __registrarKitFixtureGate?: Gate | undefined };

let host: Host | undefined;
afterEach(async () => {
  gates.__registrarKitFixtureGate = undefined;
  await host?.close();
  host = undefined;
});

const sent = (domain: string, operation?: string) => calls().filter((c) => c.domain === domain && (operation === undefined || c.operation === operation)).length;

async function lockedDomain(name: string): Promise<Host> {
  ({ host } = await startHost());
  await host.submit({ operation: 'register', input: registerInput(name) });
  await host.submit({ operation: 'setRegistrarLock', input: { domain: name, locked: true } });
  expect((await host.getDomain(name))?.locked).toBe(true);
  return host;
}

describe('registrar lock (seed 003): nothing that sends the domain’s data goes out while locked', () => {
  it('refuses every name-server change and every data-sending request with STATUS_PROHIBITS, no traffic, one Action Log entry each', async () => {
    const h = await lockedDomain('fortress.com');
    const before = sent('fortress.com');
    const attempts: [string, Record<string, unknown>][] = [
      ['updateNameservers', { nameservers: [{ host: 'a.ns.test' }, { host: 'b.ns.test' }] }],
      ['setWhoisPrivacy', { enabled: true }],
      ['setAutoRenew', { enabled: false }],
      ['updateContacts', { contacts: { tech: registrant } }],
      ['changeRegistrant', { registrant }],
      ['getAuthCode', {}],
      ['cancel', {}],
      ['transfer', { authCode: 'abc' }],
      ['setRegistrarLock', { locked: true }],
    ];
    for (const [operation, extra] of attempts) {
      const error = await refused(h.submit({ operation, input: { domain: 'fortress.com', ...extra } } as never));
      expect([operation, error.code]).toEqual([operation, 'STATUS_PROHIBITS']);
    }
    expect(sent('fortress.com')).toBe(before);
    const refusals = await h.log({ domain: 'fortress.com', kind: 'refusal' });
    expect(refusals).toHaveLength(attempts.length);
    expect(refusals.every((e) => e.message.includes('STATUS_PROHIBITS'))).toBe(true);
    expect(await h.getDomain('fortress.com')).toMatchObject({ status: 'registered', locked: true, nameservers });
  });

  it('lets reads and renewals out while locked (they send none of the domain’s data), and unlocking; after unlock the change goes out', async () => {
    const h = await lockedDomain('keep.com');
    expect((await h.submit({ operation: 'info', input: { domain: 'keep.com' } })).status).toBe('done');
    expect((await h.submit({ operation: 'renew', input: { domain: 'keep.com', period: 1 } })).status).toBe('done');
    expect((await h.submit({ operation: 'setRegistrarLock', input: { domain: 'keep.com', locked: false } })).status).toBe('done');
    const ns = await h.submit({ operation: 'updateNameservers', input: { domain: 'keep.com', nameservers: [{ host: 'a.ns.test' }, { host: 'b.ns.test' }] } });
    expect(ns.status).toBe('done');
    expect(sent('keep.com', 'updateNameservers')).toBe(1);
  });

  it('records the lock asked for at registration: the host locks the domain after it is registered, and the prohibitions apply', async () => {
    ({ host } = await startHost());
    const seen: unknown[] = [];
    gates.__registrarKitFixtureGate = (operation, subject) => {
      if (operation === 'register') seen.push(subject);
      return undefined;
    };
    const op = await host.submit({ operation: 'register', input: registerInput('born-locked.com', { registrarLock: true }) });
    expect(op.status).toBe('done');
    const h = host;
    await vi.waitFor(async () => expect((await h.getDomain('born-locked.com'))?.locked).toBe(true));
    // The plugin was not asked to lock (it may ignore the option): the host's own setRegistrarLock did.
    expect(seen).toEqual([expect.not.objectContaining({ registrarLock: expect.anything() })]);
    const lock = (await host.listOperations({ domain: 'born-locked.com' })).find((o) => o.operation === 'setRegistrarLock');
    expect(lock).toMatchObject({ status: 'done', idempotencyKey: `${op.id}:registrarLock`, input: { domain: 'born-locked.com', locked: true } });
    const error = await refused(host.submit({ operation: 'updateNameservers', input: { domain: 'born-locked.com', nameservers: [{ host: 'a.ns.test' }, { host: 'b.ns.test' }] } }));
    expect(error.code).toBe('STATUS_PROHIBITS');
    expect(sent('born-locked.com', 'updateNameservers')).toBe(0);
  });

  it('the lock asked for at registration waits for a change the platform sent right after the registration, then goes out', async () => {
    ({ host } = await startHost());
    const h = host;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    gates.__registrarKitFixtureGate = (operation, subject) => (operation === 'updateContacts' && (subject as { domain: string }).domain === 'eager.com' ? held : undefined);
    let change: Promise<unknown> | undefined;
    // The platform hears the registration and changes the contacts at once, before the host's lock.
    const off = h.on('operation.status', (e) => {
      if (e.operation === 'register' && e.domain === 'eager.com' && e.to === 'done') change = h.submit({ operation: 'updateContacts', input: { domain: 'eager.com', contacts: { tech: registrant } } });
    });
    await h.submit({ operation: 'register', input: registerInput('eager.com', { registrarLock: true }) });
    off();
    await vi.waitFor(async () => expect((await h.log({ domain: 'eager.com' })).some((e) => e.message.includes('waits for operation'))).toBe(true));
    expect((await h.getDomain('eager.com'))?.locked).toBe(false);
    release();
    expect(await change).toMatchObject({ status: 'done' });
    await vi.waitFor(async () => expect((await h.getDomain('eager.com'))?.locked).toBe(true));
    expect(sent('eager.com', 'setRegistrarLock')).toBe(1);
  });

  it('a lock completing while a name-server change is submitted: the change waits its turn and is then refused on the row read in the commit', async () => {
    ({ host } = await startHost());
    await host.submit({ operation: 'register', input: registerInput('race-lock.com') });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    gates.__registrarKitFixtureGate = (operation, subject) => (operation === 'setRegistrarLock' && (subject as { domain: string }).domain === 'race-lock.com' ? held : undefined);
    const locking = host.submit({ operation: 'setRegistrarLock', input: { domain: 'race-lock.com', locked: true } });
    await vi.waitFor(() => expect(sent('race-lock.com', 'setRegistrarLock')).toBe(1));
    const change = { operation: 'updateNameservers' as const, input: { domain: 'race-lock.com', nameservers: [{ host: 'a.ns.test' }, { host: 'b.ns.test' }] } };
    const busy = await host.submit(change).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isHostError(busy) && busy.code).toBe('DOMAIN_BUSY');
    release();
    expect((await locking).status).toBe('done');
    expect((await refused(host.submit(change))).code).toBe('STATUS_PROHIBITS');
    expect(sent('race-lock.com', 'updateNameservers')).toBe(0);
  });

  it('two callers at once, a lock and a name-server change, on many domains: a change never reaches the registrar after the lock', async () => {
    ({ host } = await startHost());
    const h = host;
    const names = Array.from({ length: 12 }, (_, i) => `pair-${i}.com`);
    for (const name of names) await h.submit({ operation: 'register', input: registerInput(name) });
    const start = calls().length;
    await Promise.all(
      names.map((name) =>
        Promise.allSettled([
          h.submit({ operation: 'setRegistrarLock', input: { domain: name, locked: true } }),
          h.submit({ operation: 'updateNameservers', input: { domain: name, nameservers: [{ host: 'a.ns.test' }, { host: 'b.ns.test' }] } }),
        ]),
      ),
    );
    const order = calls().slice(start);
    for (const name of names) {
      const row = await h.getDomain(name);
      const lockAt = order.findIndex((c) => c.domain === name && c.operation === 'setRegistrarLock');
      const nsAt = order.findIndex((c) => c.domain === name && c.operation === 'updateNameservers');
      // Exactly one of the two won the domain; when the lock went out, no change followed it.
      expect(lockAt === -1 || nsAt === -1 || nsAt < lockAt).toBe(true);
      if (lockAt !== -1) expect(row?.locked).toBe(true);
    }
  });
});
