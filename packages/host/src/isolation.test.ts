import { RegistrarError, pending } from '@registrar-kit/sdk';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostConfig } from './config.js';
import type { Host } from './host.js';
import { baseConfig, fixture, registerInput, startHost, type FakeClock } from './test-support/harness.js';

// Issue "a plugin cannot hurt the host": each case below is something a careless or hostile
// plugin did to the landed host (stuck operations, raw TypeErrors, hangs, leaked keys).

type Hook = (...args: unknown[]) => unknown;
const hooks = (): Record<string, Hook> => ((globalThis as { __registrarKitHostile?: Record<string, Hook> }).__registrarKitHostile ??= {});
const never = (): Promise<never> => new Promise<never>(() => undefined);
const KEY = 'hostile-key-4f9a1c7e2b';

function hostileConfig(overrides: Partial<HostConfig> = {}): HostConfig {
  return {
    store: { sqlite: ':memory:' },
    plugins: [{ name: 'evil', package: fixture('host-hostile'), settings: { apiKey: KEY }, timeouts: { callMs: 1000, pollMs: 2000, reconcileMs: 3000, disposeMs: 500, importMs: 1000 } }],
    connectors: [{ tld: 'com', plugin: 'evil' }],
    ...overrides,
  };
}

let host: Host;
let clock: FakeClock;
let seq = 0;
const key = (): string => `k-${++seq}`;

async function open(config: HostConfig = hostileConfig()): Promise<void> {
  ({ host, clock } = await startHost(config));
}

afterEach(async () => {
  for (const k of Object.keys(hooks())) delete hooks()[k];
  vi.useRealTimers();
  await host?.close();
});

/** Lets the host run while fake timers move: the deadline fires, the engine commits. */
async function settleWith<T>(work: Promise<T>, ms: number): Promise<T> {
  await vi.advanceTimersByTimeAsync(ms);
  return work;
}

describe('a plugin that never answers', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));

  it('register: after its deadline the operation is unknown — reconciled, never stuck, never resent', async () => {
    await open();
    let sent = 0;
    hooks().register = () => {
      sent++;
      return never();
    };
    hooks().reconcile = () => ({ status: 'done', result: { domain: 'slow.com' } });
    const record = await settleWith(host.submit({ operation: 'register', input: registerInput('slow.com'), idempotencyKey: key() }), 1000);
    expect(record.status).toBe('done');
    expect(sent).toBe(1);
    const log = await host.actionLog.query({ operationId: record.id });
    expect(log.map((e) => e.message).join('\n')).toMatch(/register\(\) did not finish within 1000 ms: the request may or may not have reached the registrar/);
  });

  it('register: when reconcile cannot tell (or hangs too), staff get a task; the request is not resent', async () => {
    await open();
    let sent = 0;
    hooks().register = () => {
      sent++;
      return never();
    };
    hooks().reconcile = () => never();
    const submitting = host.submit({ operation: 'register', input: registerInput('hung.com'), idempotencyKey: 'hung-key' });
    const record = await settleWith(submitting, 4000);
    expect(record.status).toBe('awaiting-manual');
    const [task] = await host.manualTasks.list({ domain: 'hung.com' });
    expect(task?.reason).toMatch(/did not answer in time.*reconcile\(\) did not finish within 3000 ms/);
    const again = await host.submit({ operation: 'register', input: registerInput('hung.com'), idempotencyKey: 'hung-key' });
    expect(again.id).toBe(record.id);
    expect(sent).toBe(1);
  });

  it('register times out and reconcile answers undefined: a manual task, not a thrown TypeError', async () => {
    await open();
    hooks().register = () => never();
    hooks().reconcile = () => undefined;
    const record = await settleWith(host.submit({ operation: 'register', input: registerInput('undefined.com'), idempotencyKey: key() }), 1000);
    expect(record.status).toBe('awaiting-manual');
    const [task] = await host.manualTasks.list({ domain: 'undefined.com' });
    expect(task?.reason).toMatch(/reconcile\(\) answered something the host refuses/);
  });

  it('a read (info) that hangs fails as a retryable TRANSPORT error', async () => {
    await open();
    hooks().info = () => never();
    const record = await settleWith(host.submit({ operation: 'info', input: { domain: 'slow-info.com' }, idempotencyKey: key() }), 1000);
    expect(record).toMatchObject({ status: 'failed', error: { code: 'TRANSPORT', retryable: true } });
  });

  it('a hanging poll ends the cycle at its deadline, keeps the operations pending, and close() returns', async () => {
    await open();
    hooks().register = (input: unknown) => pending({ ref: `R-${(input as { domain: string }).domain}`, await: 'poll' });
    const record = await host.submit({ operation: 'register', input: registerInput('polled.com'), idempotencyKey: key() });
    expect(record.status).toBe('pending');
    hooks().poll = () => never();
    clock.advance(120);
    const report = await settleWith(host.tracker.runCycle(), 2000);
    expect(report).toMatchObject({ claimed: 1, rescheduled: 1 });
    expect((await host.getOperation(record.id))?.status).toBe('pending');
    clock.advance(3600);
    const cycle = host.tracker.runCycle();
    const closing = host.close();
    await vi.advanceTimersByTimeAsync(2500);
    await cycle;
    await closing;
  });
});

describe('a plugin whose module never finishes loading', () => {
  // Loading reads files (real I/O) before the import starts, so this deadline runs on real
  // timers: 200 ms, the only wait of this file.
  it('is reported as a problem of its instance; createHost returns', async () => {
    const config = hostileConfig({ plugins: [{ name: 'stuck', package: fixture('host-import-hangs'), timeouts: { importMs: 200 } }], connectors: [{ tld: 'com', plugin: 'stuck' }] });
    ({ host, clock } = await startHost(config));
    expect(host.problems()).toContainEqual(expect.objectContaining({ instance: 'stuck', code: 'ENTRY_INVALID', message: expect.stringMatching(/importing stuck's entry module did not finish within 200 ms/) }));
  });
});

describe('answers the host cannot store', () => {
  const circular = (): unknown => {
    const o: Record<string, unknown> = {};
    o.self = o;
    return { status: 'done', result: o };
  };
  const deep = (): unknown => {
    let v: unknown = 1;
    for (let i = 0; i < 20_000; i++) v = { v };
    return { status: 'done', result: v };
  };
  const cases: Array<[string, () => unknown, RegExp]> = [
    ['a circular result', circular, /circular/],
    ['a BigInt', () => ({ status: 'done', result: { id: 12n } }), /BigInt/],
    ['20,000-deep nesting', deep, /nested deeper than 32/],
    ['a 5 MB result', () => ({ status: 'done', result: 'x'.repeat(5_000_000) }), /larger than 1048576 bytes/],
    ['a fake-branded error', () => ({ status: 'failed', error: Object.defineProperty({ message: 'x' }, Symbol.for('registrar-kit.error'), { value: true }) }), /error.*code/],
    ['a pending outcome without ref', () => ({ status: 'pending', await: 'poll' }), /ref is required/],
    ['a thrown Object.create(null)', () => Promise.reject(Object.create(null)), /threw \[object Object\]/],
    ['a thrown object whose toString throws', () => Promise.reject({ toString: () => { throw new Error('no'); } }), /threw \[object Object\]/],
  ];
  for (const [name, answer, detail] of cases) {
    it(`${name}: the operation fails with PROTOCOL and a precise detail; nothing else is stored`, async () => {
      await open();
      hooks().renew = answer;
      const record = await host.submit({ operation: 'renew', input: { domain: 'answer.com', period: 1 }, idempotencyKey: key() });
      expect(record).toMatchObject({ status: 'failed', error: { code: 'PROTOCOL', retryable: false } });
      expect(record.error?.detail).toMatch(detail);
      expect(record.result).toBeUndefined();
      const stored = await host.getOperation(record.id);
      expect(JSON.stringify(stored).length).toBeLessThan(10_000);
    });
  }

  it('a malformed poll answer of one plugin does not stop another plugin\'s polling', async () => {
    await open({
      store: { sqlite: ':memory:' },
      plugins: [...hostileConfig().plugins, ...baseConfig().plugins],
      connectors: [
        { tld: 'com', plugin: 'evil' },
        { tld: 'net', plugin: 'main' },
      ],
    });
    hooks().register = (input: unknown) => pending({ ref: `R-${(input as { domain: string }).domain}`, await: 'poll' });
    hooks().poll = () => [{ ref: 'not-asked', outcome: 'nonsense' }];
    const bad = await host.submit({ operation: 'register', input: registerInput('bad.com'), idempotencyKey: key() });
    const good = await host.submit({ operation: 'transfer', input: { domain: 'ok-transfer.net', authCode: 'x' }, idempotencyKey: key() });
    expect([bad.status, good.status]).toEqual(['pending', 'pending']);
    clock.advance(3600);
    const report = await host.tracker.runCycle();
    expect(report).toMatchObject({ claimed: 2, completed: 1, rescheduled: 1 });
    expect((await host.getOperation(good.id))?.status).toBe('done');
    expect((await host.getOperation(bad.id))?.status).toBe('pending');
    const log = await host.actionLog.query({ operationId: bad.id });
    expect(log.map((e) => e.message).join('\n')).toMatch(/poll\(\) answered something the host refuses: the poll answer \/0\/ref "not-asked" is not one of the refs asked about/);
  });
});

describe('input handed to a plugin', () => {
  it('a plugin that mutates its input changes neither the caller\'s object nor the stored operation', async () => {
    await open();
    hooks().updateNameservers = (input: unknown) => {
      (input as { nameservers: unknown[] }).nameservers.push({ host: 'ns.evil.test' });
      return { status: 'done', result: {} };
    };
    const input = { domain: 'mutated.com', nameservers: [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }] };
    const record = await host.submit({ operation: 'updateNameservers', input, idempotencyKey: key() });
    expect(input.nameservers).toHaveLength(2);
    expect((record.input as typeof input).nameservers).toHaveLength(2);
    expect(((await host.getOperation(record.id))?.input as typeof input).nameservers).toHaveLength(2);
    expect(record.error?.detail).toMatch(/TypeError: Cannot add property 2, object is not extensible/);
  });
});

describe('secrets a plugin puts in its answers', () => {
  const basic = Buffer.from(`reseller:${KEY}`).toString('base64');
  const forms = [KEY, KEY.toUpperCase(), basic, Buffer.from(KEY).toString('hex'), encodeURIComponent(`${KEY}/`)];
  const leaks: Array<[string, () => unknown]> = [
    ['failure message', () => ({ status: 'failed', error: new RegistrarError({ code: 'REMOTE', message: `key ${KEY} refused` }) })],
    ['failure detail', () => ({ status: 'failed', error: new RegistrarError({ code: 'REMOTE', message: 'refused', detail: `Authorization: Basic ${basic}` }) })],
    ['registrar code', () => ({ status: 'failed', error: new RegistrarError({ code: 'REMOTE', message: 'refused', registrarCode: KEY.toUpperCase() }) })],
    ['thrown error', () => Promise.reject(new Error(`GET /api?key=${encodeURIComponent(`${KEY}/`)} failed`))],
    ['result', () => ({ status: 'done', result: { debug: Buffer.from(KEY).toString('hex') } })],
    ['ref and step', () => pending({ ref: `ref-${KEY}`, step: basic, await: 'poll' })],
  ];
  for (const [where, answer] of leaks) {
    it(`in the ${where}: nowhere in the record, the store, the domain or the Action Log`, async () => {
      await open();
      hooks().register = answer;
      const record = await host.submit({ operation: 'register', input: registerInput('leaky.com'), idempotencyKey: key() });
      const everything = JSON.stringify([record, await host.getOperation(record.id), await host.getDomain('leaky.com'), await host.actionLog.query({})]);
      for (const form of forms) expect(everything).not.toContain(form);
      expect(everything).toContain('[redacted]');
    });
  }
});

