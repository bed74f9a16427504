/**
 * `registrar-kit demo`: the sandbox registrars, a host on an SQLite file in a working directory,
 * the four plugins loaded from their packages, and a tour of every behaviour the source
 * documents describe — each step checked, each transition shown as it happens.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { loadHost, type Host } from '@registrar-kit/host';
import { isRegistrarError, type Contact } from '@registrar-kit/sdk';
import { startSandbox, type Sandbox } from '@registrar-kit/sandbox';
import { EXIT, createOutput, paint, parse, status, table, usageError, type CommandIo, type Output } from '@registrar-kit/cli';

const HELP = `registrar-kit demo [--fast] [--json] [--dir <path>] [--verbose] [--serve [--port 8080]]

Starts the simulated registrars (Onamae, InterNetX/AutoDNS, R01, a Netim-style SOAP API) on
127.0.0.1, writes a host configuration pointing the four plugins at them, runs a host on an
SQLite file in the working directory, and walks through:

  1. an Onamae registration answered at once
  2. a customer order that waits for payment and goes out when paid
  3. an InterNetX registration that stays Registering until its confirmation mail arrives
  4. an R01 first registration: the client, then the domain, completing by mail
  5. a SOAP registration and transfer completed by batch polling, then the auth-code reset
  6. a renewal whose connector is manual, completed as staff
  7. an InterNetX renewal refused (renewed-by-registrar)
  8. a failed registration that lands in Error, with the Action Log entry that explains it
  9. a sync a year later: InterNetX renewed a domain by itself, another registrar took one
 10. an EPP registry: a pendingCreate registration and a transfer completed from its message queue
 11. the SOAP account: its domains imported, its TLD prices synced, a child name server
     created, a deleted domain restored from redemption

  --fast     run the registrars' clock 3000× and skip the pauses (CI)
  --json     print one JSON report instead of the tour (implies nothing about speed)
  --dir      working directory (default ./registrar-kit-demo); its store is replaced each run
  --verbose  also show every request the registrars receive
  --serve    afterwards keep the host up with its HTTP API and the operator console
             (http://127.0.0.1:8080/console/), add what staff deal with (an open manual
             renewal, a quarantined mail, a pending registration) and print a staff key;
             Ctrl-C stops it
  --port     the console's port with --serve (default 8080; 0 picks a free one)`;

const SECRETS = { onamae: 'sandbox-onamae-key', internetx: 'sandbox-autodns-pass', soap: 'sandbox-soap-pass', r01: 'sandbox-r01-pass', epp: 'sandbox-epp-pw' };
/** The login the sandbox's EPP registry accepts in the demo. */
const EPP_CLIENT = { clientId: 'demo-registrar', password: SECRETS.epp };

const person: Contact = { type: 'person', firstName: 'Ada', lastName: 'Lovelace', address: ['1 Example Street'], postalCode: '10115', city: 'Berlin', country: 'DE', phone: '+49.301234567', email: 'ada@example.org' };
const nameservers = [{ host: 'ns1.demo-hosting.example' }, { host: 'ns2.demo-hosting.example' }];
const registration = (domain: string, extra: Partial<Contact> = {}) => ({ domain, period: 1, contacts: { registrant: { ...person, ...extra } }, nameservers });

interface SceneResult {
  id: string;
  title: string;
  ok: boolean;
  error?: string;
  seconds: number;
}

class SceneFailed extends Error {}

interface Tour {
  host: Host;
  sandbox: Sandbox;
  out: Output;
  fast: boolean;
  timeoutMs: number;
}

function pluginDir(name: string): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve(`${name}/package.json`));
}

/** The generated host configuration: the four plugins from their packages, pointed at the sandbox. */
export function demoConfig(sandbox: Sandbox): Record<string, unknown> {
  return {
    store: { sqlite: 'registrar-kit.sqlite' },
    mail: { smtpUrl: sandbox.smtpUrl, from: 'registrar@platform.demo' },
    inbound: { smtp: { host: '127.0.0.1', port: 0 } },
    tracker: { leaseSeconds: 3600 },
    plugins: [
      { name: 'onamae', package: pluginDir('@registrar-kit/plugin-onamae'), settings: { endpoint: sandbox.endpoints.onamae, resellerId: 'R-DEMO', apiKey: SECRETS.onamae } },
      {
        name: 'inx',
        package: pluginDir('@registrar-kit/plugin-internetx'),
        settings: { endpoint: sandbox.endpoints.internetx, user: 'demo', password: SECRETS.internetx, context: 4 },
        inbound: { address: 'inx@platform.demo', allowedSenders: [sandbox.endpoints.internetxSender] },
      },
      {
        name: 'r01',
        package: pluginDir('@registrar-kit/plugin-r01ru'),
        settings: { agreement: 'RP/01/00', mailPassword: SECRETS.r01, requestAddress: sandbox.endpoints.r01ruRequestAddress },
        inbound: { address: 'r01@platform.demo', allowedSenders: [sandbox.endpoints.r01ruSender] },
        mailFrom: 'r01@platform.demo',
      },
      { name: 'netim', package: pluginDir('@registrar-kit/plugin-soap-registrar'), settings: { endpoint: sandbox.endpoints.soap, resellerId: 'NR-DEMO', password: SECRETS.soap, resellerContactId: 'RC-DEMO' } },
      ...(sandbox.endpoints.epp === undefined
        ? []
        : [{ name: 'registry', package: pluginDir('@registrar-kit/plugin-epp'), settings: { host: sandbox.endpoints.epp.host, port: sandbox.endpoints.epp.port, clientId: sandbox.endpoints.epp.clientId, password: SECRETS.epp, tls: { ca: sandbox.endpoints.epp.ca } } }]),
    ],
    connectors: [
      { tld: 'com', plugin: 'onamae', modes: { renew: 'manual' } },
      { tld: 'de', plugin: 'inx' },
      { tld: 'ru', plugin: 'r01' },
      { tld: 'fr', plugin: 'netim' },
      ...(sandbox.endpoints.epp === undefined ? [] : [{ tld: 'org', plugin: 'registry' }]),
    ],
    // The sandbox registrars' name servers exist in no DNS: .de and .fr leave the DNS test to the registrar.
    dns: { test: 'registrar' },
  };
}

async function waitForDomain(t: Tour, domain: string, want: string, label: string): Promise<void> {
  if ((await t.host.getDomain(domain))?.status === want) return;
  const done = t.out.wait(label);
  const deadline = Date.now() + t.timeoutMs;
  for (;;) {
    const d = await t.host.getDomain(domain);
    if (d?.status === want) return done();
    if (d?.status === 'error' && want !== 'error') {
      done();
      throw new SceneFailed(`${domain} went to error: ${d.lastError?.message ?? 'no reason recorded'}`);
    }
    if (Date.now() > deadline) {
      done();
      throw new SceneFailed(`${domain} is still ${d?.status ?? 'unknown'} after ${t.timeoutMs / 1000} s (wanted ${want})`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The domain's expiry, once known: a completion without one is followed by an info the host sends itself. */
async function expiryOf(t: Tour, domain: string): Promise<string | undefined> {
  const deadline = Date.now() + t.timeoutMs;
  for (;;) {
    const expiresAt = (await t.host.getDomain(domain))?.expiresAt;
    if (expiresAt !== undefined || Date.now() > deadline) return expiresAt;
    await new Promise((r) => setTimeout(r, 20));
  }
}

function oneYearAfter(iso: string): string {
  const d = new Date(iso);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function expect(condition: boolean, message: string): void {
  if (!condition) throw new SceneFailed(message);
}

const ok = (t: Tour, text: string): void => t.out.line(`  ${paint(t.out.colour, 'green', '✓')} ${text}`);
const note = (t: Tour, text: string): void => t.out.line(`  ${paint(t.out.colour, 'dim', text)}`);

const SCENES: { id: string; title: string; run(t: Tour): Promise<void> }[] = [
  {
    id: 'onamae-instant',
    title: 'Onamae: a provider-account registration answered at once',
    async run(t) {
      const op = await t.host.submit({ operation: 'register', input: registration('instant-demo.com') });
      expect(op.status === 'done', `register instant-demo.com ended ${op.status}, not done`);
      const d = await t.host.getDomain('instant-demo.com');
      expect(d?.status === 'registered', `instant-demo.com is ${d?.status}, not registered`);
      ok(t, `instant-demo.com registered in one request, expires ${d?.expiresAt ?? '?'}`);
    },
  },
  {
    id: 'order-payment',
    title: 'A customer order waits for payment and goes out when paid',
    async run(t) {
      const op = await t.host.submit({ operation: 'register', input: registration('shop-demo.com'), orderId: 'order-1001', customerId: 'customer-7' });
      expect(op.status === 'awaiting-payment', `the order's registration is ${op.status}, not awaiting-payment`);
      ok(t, 'order-1001 is waiting for payment; nothing has been sent to the registrar');
      if (!t.fast) await new Promise((r) => setTimeout(r, 800));
      note(t, 'the customer pays …');
      await t.host.orders.markPaid('order-1001');
      const d = await t.host.getDomain('shop-demo.com');
      expect(d?.status === 'registered', `shop-demo.com is ${d?.status} after payment, not registered`);
      ok(t, 'paid: shop-demo.com went out and is registered');
    },
  },
  {
    id: 'internetx-mail',
    title: 'InterNetX: Registering until the confirmation mail arrives',
    async run(t) {
      const op = await t.host.submit({ operation: 'register', input: registration('mailed-demo.de') });
      expect(op.status === 'pending' && op.await === 'message', `register mailed-demo.de is ${op.status}/${op.await ?? '-'}, not pending on a message`);
      ok(t, `AutoDNS accepted the job (${op.ref ?? 'no ref'}); mailed-demo.de shows registering`);
      await waitForDomain(t, 'mailed-demo.de', 'registered', 'waiting for AutoDNS to finish the job and send its notification mail');
      const inbound = await t.host.log({ domain: 'mailed-demo.de', kind: 'inbound' });
      expect(inbound.length > 0, 'no inbound mail was logged for mailed-demo.de');
      ok(t, `notification mail received over SMTP and applied: mailed-demo.de registered`);
    },
  },
  {
    id: 'r01-client-then-domain',
    title: 'R01: the first registration registers the client, then the domain, by mail',
    async run(t) {
      const extra = { extra: { 'person-r': 'Лавлейс Ада', passport: '4510 123456 выдан ОВД Тверского района 01.02.2005', 'birth-date': '10.12.1985', 'p-addr': '101000, Москва, ул. Мясницкая, д. 1' } };
      // A customer's registration goes out once its order is paid (seed 002).
      await t.host.submit({ operation: 'register', input: registration('first-demo.ru', extra), customerId: 'customer-ru-1', orderId: 'order-ru-1' });
      const [op] = await t.host.orders.markPaid('order-ru-1');
      if (op === undefined) throw new Error('order-ru-1 released no operation');
      expect(op.status === 'pending' && op.step === 'client-requested', `register first-demo.ru is ${op.status}/${op.step ?? '-'}, not pending at client-requested`);
      ok(t, 'no R01 client for customer-ru-1 yet: NEW PERSON request mailed (koi8-r)');
      await waitForDomain(t, 'first-demo.ru', 'registered', 'waiting for R01: client queued → registered → domain queued → registered');
      ok(t, 'first-demo.ru registered and delegated, confirmed by mail');
      await t.host.submit({ operation: 'register', input: registration('second-demo.ru', extra), customerId: 'customer-ru-1', orderId: 'order-ru-2' });
      const [second] = await t.host.orders.markPaid('order-ru-2');
      if (second === undefined) throw new Error('order-ru-2 released no operation');
      expect(second.step === 'domain-requested', `the second registration started at ${second.step ?? '-'}, not domain-requested`);
      await waitForDomain(t, 'second-demo.ru', 'registered', 'waiting for R01: the client exists, so only the domain request');
      ok(t, 'second-demo.ru reused the client handle: one request, registered');
    },
  },
  {
    id: 'soap-batch',
    title: 'SOAP: registration and transfer completed by batch polling, then the auth-code reset',
    async run(t) {
      const before = t.sandbox.journal.length;
      const reg = await t.host.submit({ operation: 'register', input: registration('batch-demo.fr') });
      const tr = await t.host.submit({ operation: 'transfer', input: { domain: 'moving-demo.fr', authCode: 'EPP-DEMO-42' } });
      expect(reg.status === 'pending' && tr.status === 'pending', `register/transfer are ${reg.status}/${tr.status}, not pending`);
      ok(t, `both PENDING at the registrar (operations ${reg.ref ?? '?'} and ${tr.ref ?? '?'})`);
      const speed = t.sandbox.clock.speed;
      if (!t.fast) t.sandbox.clock.setSpeed(speed * 10);
      note(t, `clock sped up ×${t.sandbox.clock.speed}: the tracker polls no sooner than the plugin's minimum interval`);
      try {
        await waitForDomain(t, 'batch-demo.fr', 'registered', 'waiting for the batch poll (queryOpePending) to see both operations done');
        await waitForDomain(t, 'moving-demo.fr', 'registered', 'waiting for the transfer');
      } finally {
        if (!t.fast) t.sandbox.clock.setSpeed(speed);
      }
      const calls = t.sandbox.journal.slice(before).filter((e) => e.registrar === 'soap').map((e) => e.summary);
      const batch = calls.filter((c) => c.startsWith('queryOpePending')).length;
      ok(t, `both registered after ${batch} queryOpePending batch call${batch === 1 ? '' : 's'}`);
      expect(calls.some((c) => c.startsWith('domainAuthID')), 'the transfer was not followed by domainAuthID (auth-code reset)');
      ok(t, 'moving-demo.fr: the auth code was reset after the transfer (domainAuthID)');
    },
  },
  {
    id: 'manual-renewal',
    title: 'A renewal whose connector is manual, completed as staff',
    async run(t) {
      const op = await t.host.submit({ operation: 'renew', input: { domain: 'shop-demo.com', period: 1 } });
      expect(op.status === 'awaiting-manual', `renew shop-demo.com is ${op.status}, not awaiting-manual`);
      const [task] = await t.host.manualTasks.list({ domain: 'shop-demo.com', status: 'open' });
      expect(task !== undefined, 'no open manual task for shop-demo.com');
      ok(t, `manual task ${task!.id} opened: ${task!.reason}`);
      await t.host.manualTasks.claim(task!.id, 'staff:alice');
      const current = (await t.host.getDomain('shop-demo.com'))?.expiresAt;
      const next = current === undefined ? undefined : oneYearAfter(current);
      await t.host.manualTasks.complete(task!.id, { domain: 'shop-demo.com', ...(next === undefined ? {} : { expiresAt: next }) });
      const d = await t.host.getDomain('shop-demo.com');
      expect(d?.status === 'registered' && d.expiresAt === next, `shop-demo.com is ${d?.status} expiring ${d?.expiresAt}, wanted registered expiring ${next}`);
      ok(t, `staff:alice renewed it at the registrar and completed the task: expires ${next ?? '?'}`);
    },
  },
  {
    id: 'internetx-renewal-refused',
    title: 'InterNetX: a renewal is refused (renewed-by-registrar)',
    async run(t) {
      try {
        await t.host.submit({ operation: 'renew', input: { domain: 'mailed-demo.de', period: 1 } });
      } catch (error) {
        expect(isRegistrarError(error) && error.code === 'UNSUPPORTED' && error.message.includes('renewed-by-registrar'), `the refusal was ${String(error)}`);
        ok(t, `refused before any request: ${(error as Error).message}`);
        return;
      }
      throw new SceneFailed('the renewal of mailed-demo.de was accepted');
    },
  },
  {
    id: 'failed-registration',
    title: 'A failed registration lands in Error with the Action Log entry that explains it',
    async run(t) {
      const op = await t.host.submit({ operation: 'register', input: registration('taken-demo.com') });
      expect(op.status === 'failed', `register taken-demo.com ended ${op.status}, not failed`);
      const d = await t.host.getDomain('taken-demo.com');
      expect(d?.status === 'error', `taken-demo.com is ${d?.status}, not error`);
      const [entry] = await t.host.log({ domain: 'taken-demo.com', kind: 'plugin-call' });
      expect(entry?.registrarCode !== undefined, 'no plugin-call entry with the registrar code');
      ok(t, `taken-demo.com is in error; Action Log: ${entry!.message} [registrar code ${entry!.registrarCode}]`);
    },
  },
  {
    id: 'sync',
    title: 'Sync: InterNetX renewed a domain by itself, and another registrar took one',
    async run(t) {
      const before = await expiryOf(t, 'mailed-demo.de');
      expect(before !== undefined, 'mailed-demo.de has no expiry date: the follow-up info after its registration did not fill it');
      ok(t, `mailed-demo.de's confirmation mail carried no expiry date; the host asked with info: expires ${before!}`);
      await t.host.submit({ operation: 'register', input: registration('leaving-demo.de') });
      await waitForDomain(t, 'leaving-demo.de', 'registered', 'registering leaving-demo.de at InterNetX (confirmation by mail)');
      expect((await expiryOf(t, 'leaving-demo.de')) !== undefined, 'leaving-demo.de has no expiry date after its registration');
      t.sandbox.simulator('internetx').transferAway?.('leaving-demo.de');
      note(t, 'at the registrar: the holder of leaving-demo.de moves it to another registrar …');
      t.sandbox.clock.advance(Date.parse(before!) - t.sandbox.clock.nowMs() + 86_400_000);
      note(t, `… and a year passes: InterNetX renews mailed-demo.de itself (the host never sends a renewal)`);
      for (const domain of ['mailed-demo.de', 'leaving-demo.de']) await t.host.sync.run({ domain });
      const renewed = await t.host.getDomain('mailed-demo.de');
      expect(renewed?.status === 'registered' && renewed.expiresAt !== undefined && Date.parse(renewed.expiresAt) > Date.parse(before!), `mailed-demo.de is ${renewed?.status} expiring ${renewed?.expiresAt}, wanted registered with an expiry after ${before!}`);
      const [drift] = await t.host.log({ domain: 'mailed-demo.de', kind: 'sync' });
      ok(t, `sync found the registrar's renewal — Action Log: ${drift?.message ?? '(no drift entry)'}`);
      const gone = await t.host.getDomain('leaving-demo.de');
      expect(gone?.status === 'transferred-away', `leaving-demo.de is ${gone?.status}, not transferred-away`);
      const [away] = await t.host.log({ domain: 'leaving-demo.de', kind: 'sync' });
      ok(t, `sync: ${away?.message ?? 'leaving-demo.de transferred away'}`);
    },
  },
  {
    id: 'epp-queue',
    title: 'EPP: a pendingCreate registration and a transfer completed from the registry\'s message queue',
    async run(t) {
      const before = t.sandbox.journal.length;
      const reg = await t.host.submit({ operation: 'register', input: registration('pending-demo.org') });
      expect(reg.status === 'pending' && reg.step === 'pendingCreate', `register pending-demo.org is ${reg.status}/${reg.step ?? '-'}, not pending at pendingCreate`);
      ok(t, 'contact:create, then domain:create answered 1001 over TLS: pending-demo.org is pendingCreate at the registry');
      const tr = await t.host.submit({ operation: 'transfer', input: { domain: 'moving-demo.org', authCode: 'Demo-Auth-42' } });
      expect(tr.status === 'pending' && tr.step === 'pendingTransfer', `transfer moving-demo.org is ${tr.status}/${tr.step ?? '-'}, not pending at pendingTransfer`);
      ok(t, 'transfer op="request" answered 1001: moving-demo.org is pendingTransfer');
      const speed = t.sandbox.clock.speed;
      if (!t.fast) t.sandbox.clock.setSpeed(speed * 10);
      try {
        await waitForDomain(t, 'pending-demo.org', 'registered', 'waiting for the registry\'s panData message (poll req, then ack)');
        await waitForDomain(t, 'moving-demo.org', 'registered', 'waiting for the trnData message (serverApproved)');
      } finally {
        if (!t.fast) t.sandbox.clock.setSpeed(speed);
      }
      const calls = t.sandbox.journal.slice(before).filter((e) => e.registrar === 'epp').map((e) => e.summary);
      const acks = calls.filter((c) => c.startsWith('poll ack')).length;
      expect(acks >= 2, `${acks} queue messages acknowledged, expected the panData and the trnData message`);
      ok(t, `both completed from the message queue: ${acks} messages read (poll req) and dequeued (poll ack)`);
    },
  },
  {
    id: 'soap-account',
    title: 'SOAP account: its portfolio imported, the TLD catalogue synced, a child name server, a restore from redemption',
    async run(t) {
      const before = t.sandbox.journal.length;
      const soap = t.sandbox.simulator('soap');
      for (const domain of ['panel-demo.fr', 'lapsed-demo.fr']) expect(soap.registerOutside?.(domain, 'NR-DEMO') === true, `the sandbox could not put ${domain} in the SOAP account`);
      note(t, 'at the registrar: the account holder registered panel-demo.fr and lapsed-demo.fr in the registrar\'s control panel …');
      const imported = await t.host.portfolio.import('netim');
      expect(imported.created.sort().join(' ') === 'lapsed-demo.fr panel-demo.fr', `the import created ${imported.created.join(', ') || 'nothing'}, not lapsed-demo.fr and panel-demo.fr`);
      expect(imported.existing.includes('batch-demo.fr'), 'the import did not find batch-demo.fr, which the store already has');
      ok(t, `portfolio imported (listDomains): ${imported.created.length} new, ${imported.existing.length} already in the store (${imported.existing.join(', ')})`);

      const synced = await t.host.catalogue.sync('netim');
      const catalogue = await t.host.catalogue.list({ pluginInstance: 'netim' });
      expect(synced.tlds > 0 && catalogue.length === synced.tlds, `the catalogue sync stored ${catalogue.length} of ${synced.tlds} TLDs`);
      const price = (tld: string, action: string): string => {
        const p = catalogue.find((e) => e.tld === tld)?.prices.find((x) => x.action === action);
        return p === undefined ? '?' : `${p.amount} ${p.currency}`;
      };
      ok(t, `TLD catalogue synced (listTlds): ${synced.tlds} TLDs — .fr ${price('fr', 'register')} to register, ${price('fr', 'restore')} to restore; .com ${price('com', 'register')}`);

      const glue = await t.host.submit({ operation: 'createHost', input: { domain: 'panel-demo.fr', host: 'ns1.panel-demo.fr', ipv4: ['192.0.2.53'], ipv6: ['2001:db8::53'] } });
      expect(glue.status === 'done', `createHost ns1.panel-demo.fr ended ${glue.status}, not done`);
      ok(t, 'child name server ns1.panel-demo.fr created with its glue (192.0.2.53, 2001:db8::53)');

      const deleted = await t.host.submit({ operation: 'cancel', input: { domain: 'lapsed-demo.fr', when: 'now' } });
      expect(deleted.status === 'done' && (await t.host.getDomain('lapsed-demo.fr'))?.status === 'cancelled', `cancel lapsed-demo.fr ended ${deleted.status}, not done with the domain cancelled`);
      note(t, 'lapsed-demo.fr deleted at once (domainDelete NOW): it is in its redemption period …');
      const restored = await t.host.submit({ operation: 'restore', input: { domain: 'lapsed-demo.fr' } });
      const d = await t.host.getDomain('lapsed-demo.fr');
      expect(restored.status === 'done' && d?.status === 'registered', `restore lapsed-demo.fr ended ${restored.status} with the domain ${d?.status}, not done and registered`);
      const calls = t.sandbox.journal.slice(before).filter((e) => e.registrar === 'soap').map((e) => e.summary);
      expect(calls.some((c) => c.startsWith('domainRestore lapsed-demo.fr → DONE')), 'the registrar saw no domainRestore');
      ok(t, 'restored from redemption (domainRestore): lapsed-demo.fr is registered again');
    },
  },
];

/** A tour that ran: its host and sandbox are still up until {@link TourRun.close}. */
export interface TourRun {
  host: Host;
  sandbox: Sandbox;
  results: SceneResult[];
  /** The virtual clock's speed during the tour. */
  speed: number;
  dir: string;
  configFile: string;
  /** Seconds the tour took. */
  seconds: number;
  /** The sandbox secrets found in the Action Log or the registrar journal (none, when all is well). */
  leaked: string[];
  close(): Promise<void>;
}

export interface TourOptions {
  /** The working directory (its store is replaced). */
  dir: string;
  fast: boolean;
  /** Real pauses between scenes (for a person watching). */
  pauses: boolean;
  verbose: boolean;
  out: Output;
  env: NodeJS.ProcessEnv;
  /** Shown paths are relative to this directory. */
  cwd: string;
}

/** Starts the sandbox and a host in `dir`, and runs every scene. The caller closes the run. */
export async function runTour(options: TourOptions): Promise<TourRun> {
  const { dir, fast, out } = options;
  const started = Date.now();
  mkdirSync(dir, { recursive: true });
  for (const f of ['registrar-kit.sqlite', 'registrar-kit.sqlite-wal', 'registrar-kit.sqlite-shm']) rmSync(join(dir, f), { force: true });

  const speed = fast ? 3000 : 60;
  const sandbox = await startSandbox({ clock: { speed }, epp: { clients: [EPP_CLIENT] } });
  const configFile = join(dir, 'registrar-kit.config.json');
  writeFileSync(configFile, `${JSON.stringify(demoConfig(sandbox), null, 2)}\n`);
  let host: Host | undefined;
  const close = async (): Promise<void> => {
    await host?.close();
    await sandbox.close();
  };
  const results: SceneResult[] = [];
  try {
    host = await loadHost({ cwd: dir, env: options.env, clock: sandbox.clock, sleep: (ms) => sandbox.clock.wait(ms) });
    const problems = host.problems();
    if (problems.length > 0) throw new Error(`the generated configuration has problems: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
    const { smtpPort } = await host.start({ trackerIntervalMs: fast ? 20 : 100 });
    sandbox.setRelay(`smtp://127.0.0.1:${String(smtpPort)}`);

    const shown = relative(options.cwd, dir) || '.';
    out.line(paint(out.colour, 'bold', 'registrar-kit demo'));
    out.line(`  sandbox registrars on ${sandbox.httpUrl} and ${sandbox.smtpUrl}, virtual clock ×${speed}`);
    out.line(`  host on ${join(shown, 'registrar-kit.sqlite')}, configuration ${join(shown, 'registrar-kit.config.json')}, inbound SMTP 127.0.0.1:${String(smtpPort)}`);
    host.on('domain.status', (e) => out.line(`    ${paint(out.colour, 'dim', '↳')} ${e.domain}: ${e.from === undefined ? 'new' : status(out.colour, e.from)} → ${status(out.colour, e.to)}`));
    host.on('operation.status', (e) => {
      if (e.from === e.to && e.step !== undefined) out.line(`    ${paint(out.colour, 'dim', '↳')} ${e.operation} ${e.domain}: step ${paint(out.colour, 'cyan', e.step)}`);
    });
    host.on('task.opened', (e) => out.line(`    ${paint(out.colour, 'dim', '↳')} manual task for ${e.task.domain} (${e.task.operation})`));
    if (options.verbose) sandbox.events.on('event', (e) => out.line(`      ${paint(out.colour, 'grey', `${e.registrar}: ${e.summary}`)}`));

    const tour: Tour = { host, sandbox, out, fast, timeoutMs: fast ? 20_000 : 120_000 };
    for (const [i, scene] of SCENES.entries()) {
      out.line();
      out.line(paint(out.colour, 'bold', `${i + 1}. ${scene.title}`));
      const t0 = Date.now();
      try {
        await scene.run(tour);
        results.push({ id: scene.id, title: scene.title, ok: true, seconds: (Date.now() - t0) / 1000 });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        out.line(`  ${paint(out.colour, 'red', '✗')} ${message}`);
        results.push({ id: scene.id, title: scene.title, ok: false, error: message, seconds: (Date.now() - t0) / 1000 });
      }
      if (options.pauses) await new Promise((r) => setTimeout(r, 400));
    }
  } catch (error) {
    await close();
    throw error;
  }
  const log = await host.log({ limit: 100_000 });
  const serialized = JSON.stringify(log) + JSON.stringify(sandbox.journal);
  const leaked = Object.entries(SECRETS).filter(([, secret]) => serialized.includes(secret)).map(([k]) => k);
  if (leaked.length > 0) results.push({ id: 'secrets', title: 'No secret in the Action Log or the registrar journal', ok: false, error: `found the ${leaked.join(', ')} secret`, seconds: 0 });
  return { host, sandbox, results, speed, dir, configFile, seconds: (Date.now() - started) / 1000, leaked, close };
}

/** Prints the tour's report (the domain table, or the JSON report); true when every scene passed. */
async function report(run: TourRun, options: { json: boolean; fast: boolean; out: Output; io: CommandIo }): Promise<boolean> {
  const { host, sandbox, results } = run;
  const out = options.out;
  const passed = results.every((r) => r.ok);
  const domains = await host.listDomains({ limit: 1000 });
  if (options.json) {
    const log = await host.log({ limit: 100_000 });
    options.io.stdout.write(
      `${JSON.stringify(
        {
          ok: passed,
          seconds: run.seconds,
          fast: options.fast,
          clockSpeed: run.speed,
          dir: run.dir,
          config: run.configFile,
          store: join(run.dir, 'registrar-kit.sqlite'),
          scenes: results,
          domains: domains.map((d) => ({ name: d.name, status: d.status, plugin: d.pluginInstance, expiresAt: d.expiresAt ?? null, lastError: d.lastError ?? null })),
          log: log.map((e) => ({ at: e.at.toISOString(), level: e.level, kind: e.kind, message: e.message, domain: e.domain ?? null, operationId: e.operationId ?? null, plugin: e.pluginInstance ?? null, registrarCode: e.registrarCode ?? null })),
          registrarCalls: sandbox.journal.map((e) => ({ registrar: e.registrar, kind: e.kind, summary: e.summary })),
          secretsInLog: run.leaked,
        },
        null,
        2,
      )}\n`,
    );
  } else {
    out.line();
    out.line(paint(out.colour, 'bold', 'Domains'));
    out.line(table(['DOMAIN', 'STATUS', 'PLUGIN', 'EXPIRES', 'NOTE'], domains.map((d) => [d.name, status(out.colour, d.status), d.pluginInstance ?? '', d.expiresAt ?? '', d.lastError === undefined ? '' : `${d.lastError.message} (${d.lastError.registrarCode ?? d.lastError.code})`]), out.colour));
    out.line();
    const failedScenes = results.filter((r) => !r.ok);
    out.line(passed ? `${paint(out.colour, 'green', `All ${results.length} steps behaved as documented`)} in ${run.seconds.toFixed(1)} s.` : paint(out.colour, 'red', `${failedScenes.length} of ${results.length} steps failed: ${failedScenes.map((r) => r.id).join(', ')}`));
    const cfg = join(relative(options.io.cwd, run.dir) || '.', 'registrar-kit.config.json');
    out.line(`Look around: registrar-kit domains --config ${cfg}   (also: operations, log, tasks, plugins, validate)`);
  }
  return passed;
}

/** `registrar-kit demo`; with `--serve` it runs until SIGINT, SIGTERM or `stop` aborts. */
export async function demoCommand(args: string[], io: CommandIo, stop?: AbortSignal): Promise<number> {
  const { values } = parse('demo', args, { fast: { type: 'boolean' }, json: { type: 'boolean' }, dir: { type: 'string' }, verbose: { type: 'boolean' }, serve: { type: 'boolean' }, port: { type: 'string' } });
  const json = values.json === true;
  const fast = values.fast === true;
  const serve = values.serve === true;
  const out = createOutput(io.stdout, io.stderr, { quiet: json });
  if (values.help === true) return (createOutput(io.stdout, io.stderr).line(HELP), EXIT.ok);
  if (serve && json) throw usageError('--serve and --json do not go together: --serve keeps running and prints the console URL');
  const port = values.port === undefined ? 8080 : Number(values.port);
  if (values.port !== undefined && (typeof values.port !== 'string' || !/^\d+$/.test(values.port) || port > 65535)) throw usageError(`--port must be a port number (0–65535), not "${String(values.port)}"`);
  const dir = resolve(io.cwd, typeof values.dir === 'string' ? values.dir : 'registrar-kit-demo');
  const run = await runTour({ dir, fast, pauses: !fast && !json, verbose: values.verbose === true, out, env: io.env, cwd: io.cwd });
  try {
    const passed = await report(run, { json, fast, out, io });
    if (!serve) return passed ? EXIT.ok : EXIT.failed;
    if (!passed) {
      out.error('not starting the console: the tour did not behave as documented');
      return EXIT.failed;
    }
    const { serveConsole } = await import('./serve.js');
    const running = await serveConsole(run, { port, out });
    await waitForSignal(stop);
    out.line('stopping …');
    await running.close();
    return EXIT.ok;
  } finally {
    await run.close();
  }
}

/** Resolves on the first SIGINT or SIGTERM (Ctrl-C), or when `stop` aborts; leaves the signals as they were. */
function waitForSignal(stop: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      stop?.removeEventListener('abort', done);
      resolve();
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
    if (stop?.aborted === true) done();
    else stop?.addEventListener('abort', done);
  });
}
