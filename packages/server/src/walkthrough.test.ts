// The README's curl walk-through, request for request, against a real server on loopback.
// If a step here changes, change the README's curl line with it.
import { createServer as createHttpServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { verifyWebhookEvent } from '@registrar-kit/host';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serverConfig, startTestServer, type TestServer } from './test-support/harness.js';

let s: TestServer;
let KEY: string;
const contacts = { registrant: { type: 'person', firstName: 'Hanna', lastName: 'Berg', address: ['Leopoldstr. 1'], postalCode: '80802', city: 'München', country: 'DE', phone: '+49.8912345678', email: 'hanna@example.de' } };
const nameservers = [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }];

// The platform's webhook receiver (its own HTTP endpoint), on loopback.
const PLATFORM_SECRET = `whsec_${Buffer.from('platform-webhook-secret-32-bytes').toString('base64')}`;
const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
let receiver: Server;

beforeAll(async () => {
  receiver = createHttpServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const { port } = receiver.address() as { port: number };
  s = await startTestServer(serverConfig({ webhooks: [{ name: 'platform', url: `http://127.0.0.1:${port}/registrar-kit`, secret: PLATFORM_SECRET }] }));
  // registrar-kit keys create --scope submit,read,staff --tenant cust-7
  KEY = await s.key(['submit', 'read', 'staff'], 'cust-7');
});
afterAll(async () => {
  await s?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

it('register with an order, pay it, poll the status, complete a manual task, read the log, receive a signed webhook', async () => {
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

  // 6. the platform's endpoint receives each state change, signed per Standard Webhooks
  // (webhook-id, webhook-timestamp, webhook-signature); it verifies before trusting the body.
  await s.host.webhooks.deliverDue();
  expect(received.length).toBeGreaterThan(0);
  for (const delivery of received) {
    expect(verifyWebhookEvent({ secret: PLATFORM_SECRET, headers: delivery.headers as Record<string, string>, body: delivery.body })).toMatchObject({ ok: true });
  }
  const events = received.map((d) => JSON.parse(d.body) as { type: string; data: { operationId?: string; to?: string } });
  expect(events).toContainEqual(expect.objectContaining({ type: 'operation.status', data: expect.objectContaining({ operationId: ID, to: 'done' }) }));
  // A forged delivery does not verify.
  const forged = received[0]!;
  expect(verifyWebhookEvent({ secret: PLATFORM_SECRET, headers: forged.headers as Record<string, string>, body: forged.body.replace('"', '" ') })).toMatchObject({ ok: false });
});
