// Runs a host in its own process against a file store, leaves work in every state, then waits to
// be killed with SIGKILL while a registration is in flight (see crash.test.ts).
const [storeFile, fixtures] = process.argv.slice(2);
const { createHost } = await import(new URL('../../dist/index.js', import.meta.url).href);
const registrant = { type: 'person', firstName: 'Crash', lastName: 'Test', address: ['1 Loop Rd'], postalCode: '10115', city: 'Berlin', country: 'DE', phone: '+49.301234567', email: 'crash@example.de' };
const input = (domain) => ({ domain, period: 1, contacts: { registrant }, nameservers: [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }] });
const host = await createHost({
  store: { sqlite: storeFile },
  plugins: [{ name: 'main', package: `${fixtures}/host-basic`, settings: { apiKey: 'fixture-key-7c1e9a' } }],
  connectors: [{ tld: 'com', plugin: 'main' }],
});
for (let i = 0; i < 5; i++) await host.submit({ operation: 'register', input: input(`done-${i}.com`), idempotencyKey: `reg-${i}` });
for (let i = 0; i < 5; i++) await host.submit({ operation: 'transfer', input: { domain: `ok-moving-${i}.com`, authCode: 'x' }, idempotencyKey: `tr-${i}` });
await host.submit({ operation: 'register', input: input('waiting.com'), orderId: 'order-1' });
void host.submit({ operation: 'register', input: input('hang-inflight.com'), idempotencyKey: 'reg-hang' });
setInterval(() => {}, 1000);
