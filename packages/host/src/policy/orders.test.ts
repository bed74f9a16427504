import { afterEach, describe, expect, it } from 'vitest';
import type { Host } from '../host.js';
import { baseConfig, calls, refused, registerInput, startHost } from '../test-support/harness.js';

let host: Host | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

const sent = (domain: string) => calls().filter((c) => c.domain === domain).length;

describe('customer-account requests require an order (seeds 000–002)', () => {
  it('refuses a billable request naming a customer but no order, before anything is stored or sent', async () => {
    ({ host } = await startHost());
    for (const [operation, input] of [
      ['register', registerInput('forgot-order.com')],
      ['transfer', { domain: 'forgot-order.com', authCode: 'abc' }],
      ['renew', { domain: 'forgot-order.com', period: 1 }],
    ] as const) {
      const error = await refused(host.submit({ operation, input, customerId: 'cust-7' } as never));
      expect([operation, error.code, error.message]).toEqual([operation, 'INVALID_INPUT', 'orderId required for customer requests']);
      expect(error.issues[0]?.path).toBe('/orderId');
    }
    expect(sent('forgot-order.com')).toBe(0);
    expect(await host.getDomain('forgot-order.com')).toBeUndefined();
    expect(await host.log({ domain: 'forgot-order.com', kind: 'refusal' })).toHaveLength(3);
  });

  it('with the order the request waits for payment; the provider’s own account and non-billable changes need none', async () => {
    ({ host } = await startHost(baseConfig({ orders: { providerCustomerIds: ['provider'] } })));
    const waiting = await host.submit({ operation: 'register', input: registerInput('paid-later.com'), customerId: 'cust-7', orderId: 'o-1' });
    expect(waiting.status).toBe('awaiting-payment');
    expect(sent('paid-later.com')).toBe(0);
    const own = await host.submit({ operation: 'register', input: registerInput('ours.com'), customerId: 'provider' });
    expect(own.status).toBe('done');
    const ns = await host.submit({ operation: 'updateNameservers', input: { domain: 'ours.com', nameservers: [{ host: 'a.ns.test' }, { host: 'b.ns.test' }] }, customerId: 'cust-7' });
    expect(ns.status).toBe('done');
  });

  it('a platform that bills before it calls the host says so (orders.requireForCustomers: false): the customer id only marks the tenant', async () => {
    ({ host } = await startHost(baseConfig({ orders: { requireForCustomers: false } })));
    const op = await host.submit({ operation: 'register', input: registerInput('billed-outside.com'), customerId: 'cust-7' });
    expect(op).toMatchObject({ status: 'done', customerId: 'cust-7' });
  });
});
