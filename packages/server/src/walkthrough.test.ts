// The README's curl walk-through, request for request, against a real server on loopback.
// If a step here changes, change the README's curl line with it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-support/harness.js';

let s: TestServer;
let KEY: string;
const contacts = { registrant: { type: 'person', firstName: 'Hanna', lastName: 'Berg', address: ['Leopoldstr. 1'], postalCode: '80802', city: 'München', country: 'DE', phone: '+49.8912345678', email: 'hanna@example.de' } };
const nameservers = [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }];

beforeAll(async () => {
  s = await startTestServer();
  // registrar-kit keys create --scope submit,read,staff --tenant cust-7
  KEY = await s.key(['submit', 'read', 'staff'], 'cust-7');
});
afterAll(async () => s?.close());

it('register with an order, pay it, poll the status, complete a manual task, read the log', async () => {
  // 1. register example.com for order-42: it waits for the payment (202).
  const submitted = await s.call('POST', '/v1/operations', {
    key: KEY,
    headers: { 'idempotency-key': 'register-example-com' },
    body: { operation: 'register', orderId: 'order-42', input: { domain: 'example.com', period: 1, contacts, nameservers } },
  });
  expect(submitted.status).toBe(202);
  expect(submitted.body).toMatchObject({ status: 'awaiting-payment', customerId: 'cust-7' });
  const ID = submitted.body.id as string;

  // 2. the platform's payment event.
  const paid = await s.call('POST', '/v1/orders/order-42/paid', { key: KEY });
  expect(paid.body.operations.map((o: { id: string }) => o.id)).toEqual([ID]);

  // 3. poll the status.
  const polled = await s.call('GET', `/v1/operations/${ID}`, { key: KEY });
  expect(polled.body).toMatchObject({ status: 'done', result: { domain: 'example.com' } });
  expect((await s.call('GET', '/v1/domains/example.com', { key: KEY })).body.status).toBe('registered');

  // 4. .net registrations are done by staff: a manual task.
  const manual = await s.call('POST', '/v1/operations', { key: KEY, body: { operation: 'register', input: { domain: 'example.net', period: 1, contacts, nameservers } } });
  expect(manual.body.status).toBe('awaiting-manual');
  const tasks = await s.call('GET', '/v1/tasks?status=open', { key: KEY });
  const TASK = tasks.body.items.find((t: { domain: string }) => t.domain === 'example.net').id as string;
  expect((await s.call('POST', `/v1/tasks/${TASK}/claim`, { key: KEY })).body.status).toBe('claimed');
  const completed = await s.call('POST', `/v1/tasks/${TASK}/complete`, { key: KEY, body: { result: { expiresAt: '2027-06-01T00:00:00.000Z' }, note: 'registered in the registry console' } });
  expect(completed.body.status).toBe('done');

  // 5. the Action Log of the domain.
  const log = await s.call('GET', '/v1/log?domain=example.net', { key: KEY });
  expect(log.body.items.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['transition', 'manual-task']));
});
