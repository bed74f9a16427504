import { definePlugin, done, type OperationContext } from '@registrar-kit/sdk';
import { describe, expect, it } from 'vitest';
import { resultProblem } from './answers.js';
import { PluginRuntime } from './runtime.js';

const ctx = {} as OperationContext<unknown>;

describe('results of the operations added after sdk 0.1', () => {
  const lying = definePlugin({
    id: 'lying',
    operations: {
      createHost: async (i) => done({ domain: i.domain, host: i.host, ipv4: ['not-an-address'] }),
      listTlds: async () => done({ tlds: [{ tld: 'com', prices: [{ currency: 'EUR', action: 'register', amount: 9.99 }] }] } as never),
      listDomains: async () => done({ domains: [{ domain: 'a.com', expiresAt: '2027-01-01T00:00:00Z', statuses: ['ok'] }], nextCursor: '2' }),
      restore: async (i) => done({ domain: i.domain, expiresAt: '2027-01-01T00:00:00Z' }),
      info: async () => done({ anything: 'goes' } as never),
    },
  });
  const runtime = new PluginRuntime(lying);

  it('a result of the wrong shape is refused as a PROTOCOL failure naming the field', async () => {
    const host = await runtime.invoke('createHost', { domain: 'a.com', host: 'ns1.a.com', ipv4: ['192.0.2.1'] }, ctx);
    expect(host.outcome).toMatchObject({ status: 'failed', error: { code: 'PROTOCOL' } });
    expect(host.problem).toMatchObject({ kind: 'invalid' });
    expect(host.problem?.detail).toContain('/ipv4/0');
    const tlds = await runtime.invoke('listTlds', {}, ctx);
    expect(tlds.outcome).toMatchObject({ status: 'failed', error: { code: 'PROTOCOL' } });
    expect(tlds.problem?.detail).toContain('/tlds/0/prices/0/amount');
  });

  it('a result of the right shape passes unchanged', async () => {
    expect((await runtime.invoke('listDomains', {}, ctx)).outcome).toEqual({ status: 'done', result: { domains: [{ domain: 'a.com', expiresAt: '2027-01-01T00:00:00Z', statuses: ['ok'] }], nextCursor: '2' } });
    expect((await runtime.invoke('restore', { domain: 'a.com' }, ctx)).outcome).toEqual({ status: 'done', result: { domain: 'a.com', expiresAt: '2027-01-01T00:00:00Z' } });
  });

  it('results of the sdk 0.1 operations keep their unchecked shape', async () => {
    expect((await runtime.invoke('info', { domain: 'a.com' }, ctx)).outcome.status).toBe('done');
    expect(resultProblem('info', 42)).toBeUndefined();
    expect(resultProblem('constructor', 42)).toBeUndefined();
  });

  it('each new result is described', () => {
    expect(resultProblem('deleteHost', { domain: 'a.com', host: 'ns1.a.com' })).toBeUndefined();
    expect(resultProblem('deleteHost', { domain: 'a.com' })).toContain('host');
    expect(resultProblem('approveTransferOut', { domain: 'a.com', extra: 1 })).toBeDefined();
    expect(resultProblem('rejectTransferOut', { domain: 'a.com' })).toBeUndefined();
    expect(resultProblem('resendTransferConfirmation', {})).toBeDefined();
    expect(resultProblem('updateHost', { domain: 'a.com', host: 'ns1.a.com', ipv6: ['2001:db8::1'] })).toBeUndefined();
    expect(resultProblem('listTlds', { tlds: [{ tld: 'co.uk', registerPeriods: [1, 2], prices: [{ currency: 'GBP', action: 'renew', amount: '7.50', period: 1 }] }] })).toBeUndefined();
    expect(resultProblem('listTlds', { tlds: [{ tld: '.com', prices: [] }] })).toBeDefined();
  });
});
