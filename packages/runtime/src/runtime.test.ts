import { definePlugin, done, pending, type OperationContext, type PluginContext } from '@registrar-kit/sdk';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PluginRuntime } from './runtime.js';

const ctx = {} as OperationContext<unknown>;
const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

const hanging = definePlugin({
  id: 'hanging',
  operations: { info: () => never(), renew: async (i) => done({ domain: i.domain }) },
  poll: () => never(),
  reconcile: () => never(),
  handleMessage: () => never(),
  dispose: () => never(),
});

describe('deadlines on every plugin call', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('abandons a handler, poll, reconcile, handleMessage and dispose that never settle', async () => {
    const late: string[] = [];
    const runtime = new PluginRuntime(hanging, { timeouts: { callMs: 1000, pollMs: 2000, reconcileMs: 3000, messageMs: 4000, disposeMs: 500 }, onLate: (what) => late.push(what) });
    const call = runtime.invoke('info', { domain: 'a.com' }, ctx);
    const poll = runtime.poll([{ ref: 'r', operationId: 'o', operation: 'register', domain: 'a.com', submittedAt: '2026-01-01T00:00:00Z' }], {} as PluginContext<unknown>);
    const reconcile = runtime.reconcile({ operationId: 'o', operation: 'register', domain: 'a.com', input: {} }, ctx);
    const message = runtime.handleMessage({ kind: 'mail', id: 'm', receivedAt: '', headers: {} }, { findPending: async () => [] } as never);
    const dispose = runtime.dispose({} as PluginContext<unknown>);
    await vi.advanceTimersByTimeAsync(4000);
    const invoked = await call;
    expect(invoked.problem).toEqual({ kind: 'timeout', ms: 1000, detail: 'info() did not finish within 1000 ms' });
    expect(invoked.outcome).toMatchObject({ status: 'failed', error: { code: 'TRANSPORT', retryable: true } });
    expect(await poll).toMatchObject({ ok: false, problem: { kind: 'timeout', ms: 2000 } });
    expect(await reconcile).toMatchObject({ outcome: { status: 'unknown', reason: 'reconcile() did not finish within 3000 ms' } });
    expect(await message).toMatchObject({ ok: false, problem: { kind: 'timeout', ms: 4000 } });
    expect(await dispose).toBe('dispose() did not finish within 500 ms');
    expect(late).toEqual([]);
  });

  it('reports how an abandoned call finally ended', async () => {
    let answer: (v: never) => void = () => undefined;
    const slow = definePlugin({ id: 'slow', operations: { info: () => new Promise((r) => (answer = r as (v: never) => void)) } });
    const late: Array<[string, string]> = [];
    const runtime = new PluginRuntime(slow, { timeouts: { callMs: 10 }, onLate: (what, s) => late.push([what, s.status]) });
    const call = runtime.invoke('info', {}, ctx);
    await vi.advanceTimersByTimeAsync(10);
    expect((await call).problem?.kind).toBe('timeout');
    answer(done({}) as never);
    await vi.advanceTimersByTimeAsync(0);
    expect(late).toEqual([['info()', 'answered']]);
  });
});

describe('what a plugin throws or answers', () => {
  const throwing = (value: unknown) => definePlugin({ id: 't', operations: { info: async () => { throw value; } } });

  it('turns anything thrown into a PROTOCOL failure that names it, never a raw TypeError', async () => {
    const nullProto = Object.create(null) as object;
    const evil = { toString() { throw new Error('no'); } };
    for (const [value, expected] of [
      [nullProto, '[object Object]'],
      [evil, '[object Object]'],
      [new TypeError('oops'), 'TypeError: oops'],
      ['a string', 'a string'],
      [undefined, 'undefined'],
    ] as const) {
      const { outcome, problem } = await new PluginRuntime(throwing(value)).invoke('info', {}, ctx);
      expect(problem).toEqual({ kind: 'threw', detail: `info() threw ${expected}` });
      expect(outcome).toMatchObject({ status: 'failed', error: { code: 'PROTOCOL', retryable: false } });
    }
  });

  it('refuses a pending outcome without ref, with a message for the author', async () => {
    const plugin = definePlugin({ id: 'p', operations: { info: async () => ({ status: 'pending', await: 'poll' }) as never } });
    const { outcome, problem } = await new PluginRuntime(plugin).invoke('info', {}, ctx);
    expect(problem?.kind).toBe('invalid');
    expect(outcome.status === 'failed' && outcome.error.detail).toMatch(/info\(\) answered something the host refuses: the outcome \/ref is required/);
  });

  it('gives the plugin a frozen copy of its input', async () => {
    const plugin = definePlugin({
      id: 'mutating',
      operations: {
        info: async (input) => {
          (input as { domain: string }).domain = 'evil.com';
          return done({ domain: 'evil.com', statuses: [] }) as never;
        },
      },
    });
    const input = { domain: 'a.com' };
    const { outcome } = await new PluginRuntime(plugin).invoke('info', input, ctx);
    expect(input.domain).toBe('a.com');
    expect(outcome.status === 'failed' && outcome.error.detail).toMatch(/info\(\) threw TypeError: Cannot assign to read only property 'domain'/);
  });

  it('scrubs the instance secrets from answers and thrown errors, in every form', async () => {
    const secret = 'api-key-7f3a9c1e5b';
    const basic = Buffer.from(`reseller:${secret}`).toString('base64');
    const plugin = definePlugin({
      id: 'leaky',
      operations: {
        info: async () => done({ header: `Basic ${basic}`, upper: secret.toUpperCase() }) as never,
        renew: async () => pending({ ref: `r-${secret}`, await: 'poll', step: secret }),
        transfer: async () => {
          throw new Error(`failed with key=${encodeURIComponent(secret)}`);
        },
      },
    });
    const runtime = new PluginRuntime(plugin, { secrets: [secret] });
    const answers = [await runtime.invoke('info', {}, ctx), await runtime.invoke('renew', {}, ctx), await runtime.invoke('transfer', {}, ctx)];
    expect(answers.slice(0, 2).map((a) => a.leaked)).toEqual([true, true]);
    const text = JSON.stringify(answers.map((a) => (a.outcome.status === 'failed' ? a.outcome.error.toJSON() : a.outcome)));
    for (const form of [secret, secret.toUpperCase(), basic, encodeURIComponent(secret)]) expect(text).not.toContain(form);
  });

  it('finds standard and custom handlers by own property only', async () => {
    const plugin = definePlugin({ id: 'c', operations: {}, custom: { zoneInit: async () => done({ zone: true }) } });
    const runtime = new PluginRuntime(plugin);
    expect(runtime.handles('zoneInit')).toBe(true);
    expect(runtime.handles('constructor')).toBe(false);
    expect(runtime.handles('toString')).toBe(false);
    expect((await runtime.invoke('__proto__', {}, ctx)).handled).toBe(false);
  });
});

describe('registrar mail as plugins read it', () => {
  it('decodes the charset, lower-cases addresses and header names, counts From headers', async () => {
    const { parseRegistrarMail } = await import('./mail.js');
    const raw = Buffer.concat([
      Buffer.from('From: Robot <Robot@R01.RU>\r\nFrom: other@evil.test\r\nTo: Mail@Platform.test\r\nSubject: =?koi8-r?B?8NLPxMzFzsnF?=\r\nMessage-ID: <m1@r01.ru>\r\nContent-Type: text/plain; charset=koi8-r\r\nContent-Transfer-Encoding: 8bit\r\n\r\n', 'latin1'),
      Buffer.from([0xf7, 0xc1, 0xdb, 0xc1]), // "Ваша" in koi8-r
      Buffer.from('\r\n', 'latin1'),
    ]);
    const parsed = await parseRegistrarMail(raw, { receivedAt: new Date('2026-01-01T00:00:00Z'), recipients: ['Envelope@Platform.test'], fallbackId: 'x' });
    expect(parsed.fromHeaders).toBe(2);
    expect(parsed.recipients).toEqual(['envelope@platform.test', 'mail@platform.test']);
    // Which of two From headers a parser keeps is arbitrary: the host refuses such mail (fromHeaders).
    expect(parsed.message).toMatchObject({ kind: 'mail', id: '<m1@r01.ru>', subject: 'Продление', text: 'Ваша\n' });
    expect(Object.keys(parsed.message.headers).every((k) => k === k.toLowerCase())).toBe(true);
  });
});
