import { afterEach, describe, expect, it } from 'vitest';
import { isHostError } from './errors.js';
import type { Host } from './host.js';
import { baseConfig, calls, fixture, nameservers, refused, registerInput, registrant, SECRET_KEY, startHost } from './test-support/harness.js';

let host: Host | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

describe('routing an operation', () => {
  it('registers a provider-account domain at once and records it', async () => {
    ({ host } = await startHost());
    const op = await host.submit({ operation: 'register', input: registerInput('Example.com') });
    expect(op.status).toBe('done');
    expect(op.domain).toBe('example.com');
    const domain = await host.getDomain('example.com');
    expect(domain?.status).toBe('registered');
    expect(domain?.expiresAt).toBe('2027-01-15T10:00:00.000Z');
    expect(domain?.nameservers).toEqual(nameservers);
    const log = await host.log({ domain: 'example.com' });
    expect(log.map((e) => e.kind)).toEqual(expect.arrayContaining(['transition', 'plugin-call']));
    const call = log.find((e) => e.kind === 'plugin-call');
    expect(call?.message).toBe('register example.com: done');
    expect(call?.durationMs).toBeTypeOf('number');
  });

  it('puts a failed registration in Error with an Action Log entry that explains it', async () => {
    ({ host } = await startHost());
    const op = await host.submit({ operation: 'register', input: registerInput('taken.com') });
    expect(op.status).toBe('failed');
    expect(op.error).toMatchObject({ code: 'NOT_AVAILABLE', registrarCode: '2302' });
    const domain = await host.getDomain('taken.com');
    expect(domain?.status).toBe('error');
    expect(domain?.lastError?.code).toBe('NOT_AVAILABLE');
    const errors = await host.log({ domain: 'taken.com', level: 'error' });
    expect(errors.some((e) => e.kind === 'plugin-call' && e.registrarCode === '2302' && e.message.includes('NOT_AVAILABLE'))).toBe(true);
  });

  it('turns a plugin crash into a failed operation, not a host crash', async () => {
    ({ host } = await startHost());
    const op = await host.submit({ operation: 'register', input: registerInput('throws.com') });
    expect(op.status).toBe('failed');
    expect(op.error?.code).toBe('PROTOCOL');
  });

  it('stores a pending transfer with its ref and next check time', async () => {
    let clock;
    ({ host, clock } = await startHost());
    const op = await host.submit({ operation: 'transfer', input: { domain: 'moving.com', authCode: 'abc' } });
    expect(op).toMatchObject({ status: 'pending', ref: 'T-moving.com', await: 'poll', step: 'transferring' });
    expect(op.nextCheckAt?.getTime()).toBe(clock.now().getTime() + 300_000);
    expect((await host.getDomain('moving.com'))?.status).toBe('transferring');
  });

  it('validates every input before any plugin is called, all problems at once', async () => {
    ({ host } = await startHost());
    const before = calls().length;
    const error = await refused(
      host.submit({ operation: 'register', input: { domain: 'ok.com', period: 4, contacts: { registrant: { ...registrant, phone: '123' } }, nameservers: [nameservers[0]!] } }),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((i) => i.path).sort()).toEqual(['/contacts/registrant/phone', '/nameservers', '/period']);
    expect(calls().length).toBe(before);
    expect(await host.getDomain('ok.com')).toBeUndefined();
    const refusals = await host.log({ kind: 'refusal' });
    expect(refusals).toHaveLength(1);
  });

  it('applies the TLD extra-field schema', async () => {
    ({ host } = await startHost());
    const error = await refused(host.submit({ operation: 'register', input: registerInput('fly.aero') }));
    expect(error.issues.map((i) => i.path)).toEqual(['/contacts/registrant/extra/aeroId']);
    const ok = await host.submit({ operation: 'register', input: registerInput('fly.aero', { contacts: { registrant: { ...registrant, extra: { aeroId: 'A-1' } } } }) });
    expect(ok.status).toBe('done');
  });

  it('refuses a TLD without a connector', async () => {
    ({ host } = await startHost());
    const error = await refused(host.submit({ operation: 'register', input: registerInput('example.net') }));
    expect(error.code).toBe('UNSUPPORTED');
    expect(error.detail).toContain('no connector');
  });

  it('runs every operation family through an auto connector', async () => {
    ({ host } = await startHost());
    await host.submit({ operation: 'register', input: registerInput('family.com') });
    const inputs: [string, Record<string, unknown>][] = [
      ['checkAvailability', {}],
      ['info', {}],
      ['renew', { period: 1 }],
      ['updateNameservers', { nameservers: [{ host: 'a.ns.test' }, { host: 'b.ns.test' }] }],
      ['updateContacts', { contacts: { admin: registrant } }],
      ['changeRegistrant', { registrant }],
      ['setWhoisPrivacy', { enabled: true }],
      ['setAutoRenew', { enabled: false }],
      ['getAuthCode', {}],
      ['setRegistrarLock', { locked: true }],
    ];
    for (const [operation, extra] of inputs) {
      const op = await host.submit({ operation, input: { domain: 'family.com', ...extra } } as never);
      expect([operation, op.status]).toEqual([operation, 'done']);
    }
    const domain = await host.getDomain('family.com');
    expect(domain).toMatchObject({ status: 'registered', locked: true, nameservers: [{ host: 'a.ns.test' }, { host: 'b.ns.test' }] });
    const error = await refused(host.submit({ operation: 'setDnssec', input: { domain: 'family.com', dnssec: { ds: [] } } }));
    expect([error.code, error.message]).toEqual(['UNSUPPORTED', expect.stringContaining('no-dnssec-api')]);
  });
});

describe('registrar lock', () => {
  it('a failed change leaves a registered or cancelled domain as it was, with the failure on the operation', async () => {
    ({ host } = await startHost());
    await host.submit({ operation: 'register', input: registerInput('steady.com') });
    const refused = await host.submit({ operation: 'updateNameservers', input: { domain: 'steady.com', nameservers: [{ host: 'refused.example.net' }, { host: 'ns2.example.net' }] } });
    expect(refused).toMatchObject({ status: 'failed', error: { code: 'POLICY', registrarCode: '2306' } });
    expect((await host.getDomain('steady.com'))?.status).toBe('registered');
    await host.submit({ operation: 'cancel', input: { domain: 'steady.com' } });
    const late = await host.submit({ operation: 'updateNameservers', input: { domain: 'steady.com', nameservers: [{ host: 'refused.example.net' }, { host: 'ns2.example.net' }] } });
    expect(late.status).toBe('failed');
    expect((await host.getDomain('steady.com'))?.status).toBe('cancelled');
  });

  it('refuses transfer-out, cancellation and contact changes while locked, and allows them after unlock', async () => {
    ({ host } = await startHost());
    await host.submit({ operation: 'register', input: registerInput('locked.com') });
    await host.submit({ operation: 'setRegistrarLock', input: { domain: 'locked.com', locked: true } });
    for (const [operation, extra] of [
      ['cancel', {}],
      ['updateContacts', { contacts: { tech: registrant } }],
      ['changeRegistrant', { registrant }],
      ['getAuthCode', {}],
    ] as const) {
      const error = await refused(host.submit({ operation, input: { domain: 'locked.com', ...extra } } as never));
      expect([operation, error.code]).toEqual([operation, 'STATUS_PROHIBITS']);
    }
    expect((await host.getDomain('locked.com'))?.status).toBe('registered');
    await host.submit({ operation: 'setRegistrarLock', input: { domain: 'locked.com', locked: false } });
    const cancelled = await host.submit({ operation: 'cancel', input: { domain: 'locked.com' } });
    expect(cancelled.status).toBe('done');
    expect((await host.getDomain('locked.com'))?.status).toBe('cancelled');
  });
});

describe('idempotency', () => {
  it('returns the same operation for the same key and never calls the plugin twice', async () => {
    ({ host } = await startHost());
    const before = calls().filter((c) => c.operation === 'register').length;
    const a = await host.submit({ operation: 'register', input: registerInput('once.com'), idempotencyKey: 'k-1' });
    const b = await host.submit({ operation: 'register', input: registerInput('once.com'), idempotencyKey: 'k-1' });
    expect(b.id).toBe(a.id);
    expect(calls().filter((c) => c.operation === 'register').length).toBe(before + 1);
  });

  it('rejects the same key with a different payload as IDEMPOTENCY_CONFLICT', async () => {
    ({ host } = await startHost());
    await host.submit({ operation: 'register', input: registerInput('twice.com'), idempotencyKey: 'k-2' });
    try {
      await host.submit({ operation: 'register', input: registerInput('twice.com', { period: 2 }), idempotencyKey: 'k-2' });
      expect.unreachable();
    } catch (error) {
      expect(isHostError(error) && error.code).toBe('IDEMPOTENCY_CONFLICT');
    }
  });

  it('derives the key from order + operation + domain', async () => {
    ({ host } = await startHost());
    const a = await host.submit({ operation: 'register', input: registerInput('order-key.com'), orderId: 'o-9' });
    const b = await host.submit({ operation: 'register', input: registerInput('order-key.com'), orderId: 'o-9' });
    expect(a.idempotencyKey).toBe('o-9:register:order-key.com');
    expect(b.id).toBe(a.id);
  });
});

describe('orders wait for payment', () => {
  it('holds a customer order in awaiting-payment and sends it when paid', async () => {
    ({ host } = await startHost());
    const before = calls().length;
    const op = await host.submit({ operation: 'register', input: registerInput('shop.com'), orderId: 'order-1', customerId: 'cust-1' });
    expect(op.status).toBe('awaiting-payment');
    expect((await host.getDomain('shop.com'))?.status).toBe('awaiting-payment');
    expect(calls().length).toBe(before);
    const [sent] = await host.orders.markPaid('order-1');
    expect(sent?.status).toBe('done');
    expect((await host.getDomain('shop.com'))?.status).toBe('registered');
    expect(calls().at(-1)).toMatchObject({ operation: 'register', domain: 'shop.com' });
  });

  it('cancelling an order cancels its waiting operations', async () => {
    ({ host } = await startHost());
    await host.submit({ operation: 'register', input: registerInput('unpaid.com'), orderId: 'order-2' });
    const [cancelled] = await host.orders.cancel('order-2');
    expect(cancelled?.status).toBe('cancelled');
    expect((await host.getDomain('unpaid.com'))?.status).toBe('cancelled');
    expect((await host.listOperations({ orderId: 'order-2' }))[0]?.status).toBe('cancelled');
  });
});

describe('manual and unsupported modes', () => {
  const manualConfig = () =>
    baseConfig({
      connectors: [{ tld: 'com', plugin: 'main', modes: { renew: 'manual', cancel: 'unsupported', transfer: 'manual' }, flags: { whoisPrivacy: false } }],
    });

  it('opens a manual task for a manual renewal and completes it as staff (the "renew" button)', async () => {
    ({ host } = await startHost(manualConfig()));
    const opened: string[] = [];
    host.on('task.opened', ({ task }) => opened.push(task.operation));
    await host.submit({ operation: 'register', input: registerInput('manual.com') });
    const before = calls().filter((c) => c.operation === 'renew').length;
    const op = await host.submit({ operation: 'renew', input: { domain: 'manual.com', period: 1 } });
    expect(op.status).toBe('awaiting-manual');
    // The registry still has the domain: it stays registered while the renewal waits for staff.
    expect(await host.getDomain('manual.com')).toMatchObject({ status: 'registered', pendingOperation: op.id });
    expect(opened).toEqual(['renew']);
    const [task] = await host.manualTasks.list({ status: 'open' });
    expect(task?.reason).toBe('connector-sets-manual');
    await host.manualTasks.claim(task!.id, 'staff-anna');
    const completed = await host.manualTasks.complete(task!.id, { domain: 'manual.com', expiresAt: '2028-01-15T00:00:00.000Z' });
    expect(completed.status).toBe('done');
    expect(await host.getDomain('manual.com')).toMatchObject({ status: 'registered', expiresAt: '2028-01-15T00:00:00.000Z' });
    expect(calls().filter((c) => c.operation === 'renew').length).toBe(before);
  });

  it('a rejected manual transfer fails and puts the domain in Error', async () => {
    ({ host } = await startHost(manualConfig()));
    const op = await host.submit({ operation: 'transfer', input: { domain: 'inbound.com', authCode: 'x' } });
    expect(op.status).toBe('awaiting-manual');
    const [task] = await host.manualTasks.list({ domain: 'inbound.com' });
    const rejected = await host.manualTasks.reject(task!.id, 'registrant did not confirm');
    expect(rejected.status).toBe('failed');
    expect((await host.getDomain('inbound.com'))?.status).toBe('error');
    await expect(host.manualTasks.complete(task!.id)).rejects.toMatchObject({ code: 'TASK_STATE' });
  });

  it('refuses an unsupported operation, naming the connector and why, and changes nothing', async () => {
    ({ host } = await startHost(manualConfig()));
    await host.submit({ operation: 'register', input: registerInput('keep.com') });
    const cancel = await refused(host.submit({ operation: 'cancel', input: { domain: 'keep.com' } }));
    expect(cancel.code).toBe('UNSUPPORTED');
    expect(cancel.detail).toContain('connector "com"');
    const privacy = await refused(host.submit({ operation: 'setWhoisPrivacy', input: { domain: 'keep.com', enabled: true } }));
    expect(privacy.message).toContain('connector-flag-whoisPrivacy-off');
    expect((await host.getDomain('keep.com'))?.status).toBe('registered');
    expect(await host.listOperations({ domain: 'keep.com', operation: 'cancel' })).toEqual([]);
  });

  it('a manual registration from an order waits for payment first, then opens the task', async () => {
    ({ host } = await startHost(baseConfig({ connectors: [{ tld: 'com', plugin: 'main', modes: { register: 'manual' } }] })));
    const op = await host.submit({ operation: 'register', input: registerInput('later.com'), orderId: 'o-manual' });
    expect(op.status).toBe('awaiting-payment');
    expect(await host.manualTasks.list()).toEqual([]);
    const [released] = await host.orders.markPaid('o-manual');
    expect(released?.status).toBe('awaiting-manual');
    expect(await host.manualTasks.list({ status: 'open' })).toHaveLength(1);
    expect((await host.getDomain('later.com'))?.status).toBe('awaiting-manual');
  });
});

describe('renewal done by the registrar', () => {
  it('shows the manifest reason instead of a bare refusal', async () => {
    ({ host } = await startHost(baseConfig({ plugins: [{ name: 'inx', package: fixture('host-by-registrar'), settings: { apiKey: SECRET_KEY } }], connectors: [{ tld: 'com', plugin: 'inx' }] })));
    expect(host.problems()).toEqual([]);
    const error = await refused(host.submit({ operation: 'renew', input: { domain: 'auto.com', period: 1 } }));
    expect(error.code).toBe('UNSUPPORTED');
    expect(error.message).toBe('Renewal of .com domains is not supported here (renewed-by-registrar)');
    const op = await host.submit({ operation: 'register', input: registerInput('mail-confirmed.com') });
    expect(op).toMatchObject({ status: 'pending', await: 'message', step: 'registering' });
    expect((await host.getDomain('mail-confirmed.com'))?.status).toBe('registering');
  });
});
