import { afterEach, describe, expect, it } from 'vitest';
import type { Host } from './host.js';
import { calls, registerInput, startHost } from './test-support/harness.js';

let host: Host | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

describe('host.submitMany (bulk submission)', () => {
  it('answers one item per request, in order: operations, and each refusal alone', async () => {
    ({ host } = await startHost());
    const items = await host.submitMany([
      { operation: 'register', input: registerInput('one.com') },
      { operation: 'register', input: registerInput('taken.com') },
      { operation: 'register', input: registerInput('bad domain') },
      { operation: 'register', input: registerInput('two.aero') },
      { operation: 'renew', input: { domain: 'three.xyz', period: 1 } },
      { operation: 'register', input: registerInput('three.com') },
    ]);
    expect(items.map((i) => i.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(items[0]).toMatchObject({ operation: { domain: 'one.com', status: 'done' } });
    // A registrar failure is an operation (failed), not a refusal.
    expect(items[1]).toMatchObject({ operation: { domain: 'taken.com', status: 'failed', error: { code: 'NOT_AVAILABLE' } } });
    expect(items[2]).toMatchObject({ refused: { code: 'INVALID_INPUT', issues: [expect.objectContaining({ path: '/domain' })] } });
    // .aero needs an extra registrant field: refused before any call.
    expect(items[3]).toMatchObject({ refused: { code: 'INVALID_INPUT' } });
    expect(items[4]).toMatchObject({ refused: { code: 'UNSUPPORTED' } });
    expect(items[5]).toMatchObject({ operation: { domain: 'three.com', status: 'done' } });
    expect((await host.getDomain('three.com'))?.status).toBe('registered');
  });

  it('keeps idempotency and the one-operation-per-domain rule inside a batch', async () => {
    ({ host } = await startHost());
    const before = calls().filter((c) => c.operation === 'register').length;
    const items = await host.submitMany(
      [
        { operation: 'register', input: registerInput('same.com'), idempotencyKey: 'k-1' },
        { operation: 'register', input: registerInput('same.com'), idempotencyKey: 'k-1' },
        { operation: 'register', input: registerInput('other.com'), idempotencyKey: 'k-1' },
      ],
      { concurrency: 1 },
    );
    const [a, b, c] = items;
    expect(a && 'operation' in a && b && 'operation' in b && a.operation.id === b.operation.id).toBe(true);
    expect(c).toMatchObject({ refused: { code: 'IDEMPOTENCY_CONFLICT' } });
    expect(calls().filter((x) => x.operation === 'register').length - before).toBe(1);
  });

  it('refuses an empty, oversized or badly paced batch as a whole', async () => {
    ({ host } = await startHost());
    await expect(host.submitMany([])).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(host.submitMany(Array.from({ length: 1001 }, (_, i) => ({ operation: 'info', input: { domain: `d${i}.com` } })))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(host.submitMany([{ operation: 'info', input: { domain: 'a.com' } }], { concurrency: 0 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
