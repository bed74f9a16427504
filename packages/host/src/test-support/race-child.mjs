// One of several host processes racing on one store file (see engine/two-processes.test.ts):
// pays every order and submits every shared key at once, then reports what it sent.
const [storeFile, fixtures, orders, domains] = process.argv.slice(2);
const { createHost } = await import(new URL('../../dist/index.js', import.meta.url).href);
const registrant = { type: 'person', firstName: 'Race', lastName: 'Test', address: ['1 Loop Rd'], postalCode: '10115', city: 'Berlin', country: 'DE', phone: '+49.301234567', email: 'race@example.de' };
const input = (domain) => ({ domain, period: 1, contacts: { registrant }, nameservers: [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }] });
const host = await createHost({
  store: { sqlite: storeFile },
  plugins: [{ name: 'main', package: `${fixtures}/host-basic`, settings: { apiKey: 'fixture-key-7c1e9a' } }],
  connectors: [{ tld: 'com', plugin: 'main' }],
});
// A platform retries what the host refused as OVERLOADED (three processes contend for one write lock).
const retrying = async (fn) => {
  for (;;) {
    try {
      return await fn();
    } catch (error) {
      if (error?.code !== 'OVERLOADED') throw error;
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
    }
  }
};
const work = [];
for (let i = 0; i < Number(orders); i++) work.push(retrying(() => host.orders.markPaid(`order-${i}`)));
for (let i = 0; i < Number(domains); i++) {
  work.push(retrying(() => host.submit({ operation: 'register', input: input(`shared-${i}.com`), idempotencyKey: `key-${i}` })));
  work.push(retrying(() => host.submit({ operation: 'register', input: input(`shared-${i}.com`), idempotencyKey: `${process.pid}-${i}` })));
}
const results = await Promise.allSettled(work);
const errors = {};
for (const r of results) if (r.status === 'rejected') errors[r.reason?.code ?? String(r.reason)] = (errors[r.reason?.code ?? String(r.reason)] ?? 0) + 1;
await host.close();
const calls = (globalThis.__registrarKitFixtureCalls ?? []).filter((c) => c.operation === 'register').map((c) => c.domain);
process.stdout.write(`${JSON.stringify({ calls, errors })}\n`);
