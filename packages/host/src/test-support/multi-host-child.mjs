// One of several host processes sharing one PostgreSQL database (see multi-host.postgres.test.ts).
// It runs a host with two pending trackers over its plugin instance and does what the test
// writes on stdin (one JSON command a line); it reports on stdout, one JSON event a line:
// every registrar call as it is made (a host killed mid-work has reported its calls so far),
// every answer and refusal of a submit, and what recovery did.
//
//   node multi-host-child.mjs <postgres url> <schema> <fixtures dir> <name> <role: worker|victim|late>
//
// The victim's registrar never answers a poll (its trackers hold their claims until it is
// killed) and, told to `stream`, sends a `hang-…` registration that never returns while it keeps
// registering further domains one by one.
import { createInterface } from 'node:readline';

const [url, schema, fixtures, name, role] = process.argv.slice(2);
const { createHost, PendingTracker } = await import(new URL('../../dist/index.js', import.meta.url).href);

// Pipes are written synchronously on Linux: a line written before a SIGKILL reaches the test.
const emit = (type, data = {}) => process.stdout.write(`${JSON.stringify({ type, host: name, ...data })}\n`);

const calls = (globalThis.__registrarKitFixtureCalls = []);
calls.push = (...items) => {
  for (const call of items) emit('call', { call });
  return Array.prototype.push.apply(calls, items);
};
if (role === 'victim') {
  globalThis.__registrarKitFixtureGate = (operation, subject) => {
    if (operation !== 'poll') return undefined;
    emit('polling', { domains: subject.map((r) => r.domain) });
    return new Promise(() => {});
  };
}

const TRACKER = { leaseSeconds: 3, batchSize: 4 };
const host = await createHost(
  {
    store: { postgres: url, schema, poolSize: 8 },
    plugins: [{ name: 'main', package: `${fixtures}/host-basic`, settings: { apiKey: 'fixture-key-7c1e9a' } }],
    connectors: [{ tld: 'com', plugin: 'main' }],
    tracker: TRACKER,
  },
  { hostId: `host-${name}`, heartbeatSeconds: 1 },
);
const second = new PendingTracker(host.engine, host.store, host.plugins(), host.clock, TRACKER);
const { recovered } = await host.start({ trackerIntervalMs: 300 });
second.start(300);
emit('ready', { recovered, pid: process.pid });

const registrant = { type: 'person', firstName: 'Multi', lastName: 'Host', address: ['1 Loop Rd'], postalCode: '10115', city: 'Berlin', country: 'DE', phone: '+49.301234567', email: 'multi@example.de' };
const registration = (domain) => ({ domain, period: 1, contacts: { registrant }, nameservers: [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }] });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// A platform retries what the host refused as OVERLOADED (admission control under load).
let overloaded = 0;
async function retrying(fn) {
  for (;;) {
    try {
      return await fn();
    } catch (error) {
      if (error?.code !== 'OVERLOADED') throw error;
      overloaded++;
      await sleep(5 + Math.random() * 20);
    }
  }
}

function submit(key, operation, input) {
  return retrying(() => host.submit({ operation, input, idempotencyKey: key })).then(
    (r) => emit('result', { key, id: r.id, status: r.status, domain: input.domain }),
    (error) => emit('refused', { key, code: error?.code ?? String(error), operationId: error?.operationId, domain: input.domain }),
  );
}

/** Shared keys every host sends at once, and keys of this host's own for the same domains. */
async function wave(n, { domains, transfers }) {
  const work = [];
  for (let i = 0; i < domains; i++) {
    const domain = `w${n}-shared-${i}.com`;
    work.push(submit(`w${n}-reg-${i}`, 'register', registration(domain)));
    work.push(submit(`w${n}-reg-${i}-${name}`, 'register', registration(domain)));
  }
  for (let i = 0; i < transfers; i++) {
    work.push(submit(`w${n}-tr-ok-${i}`, 'transfer', { domain: `ok-w${n}-${i}.com`, authCode: 'x' }));
    work.push(submit(`w${n}-tr-ok-${i}-${name}`, 'transfer', { domain: `ok-w${n}-${i}.com`, authCode: 'x' }));
    work.push(submit(`w${n}-tr-wait-${i}`, 'transfer', { domain: `wait-w${n}-${i}.com`, authCode: 'x' }));
  }
  await Promise.all(work);
  emit('submitted', { wave: n, overloaded });
}

async function stream() {
  void submit('v-hang', 'register', registration(`hang-${name}.com`));
  for (let i = 0; ; i++) await submit(`v-stream-${i}`, 'register', registration(`v-stream-${i}.com`));
}

for await (const line of createInterface({ input: process.stdin })) {
  const command = JSON.parse(line);
  if (command.cmd === 'submit') void wave(command.wave, command);
  else if (command.cmd === 'stream') void stream();
  else if (command.cmd === 'recover') emit('recovered', { recovered: await host.recover() });
  else if (command.cmd === 'quit') {
    await second.stop();
    await host.close();
    emit('closed');
    process.exit(0);
  }
}
