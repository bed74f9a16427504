/**
 * `registrar-kit demo --serve`: after the tour, the host stays up with its HTTP API and the
 * operator console, holding what staff deal with every day — an open manual renewal, a mail
 * nobody could match, a registration still pending at the registrar — beside the tour's domains
 * (two customers' among them, and the failed registration with its reason in the Action Log).
 *
 * `startDemoConsole` (demo-console.ts) is the same for tests: it returns the URL, keys of each
 * kind, and {@link RunningConsole.completePending}, which moves the registrars' clock on so that
 * the pending registration completes while a test watches.
 */
import { paint, type Output } from '@registrar-kit/cli';
import type { Host } from '@registrar-kit/host';
import type { OperationInputs } from '@registrar-kit/sdk';
import type { Sandbox } from '@registrar-kit/sandbox';
import { createServer, hostApiKeys } from '@registrar-kit/server';

/** The tenant whose key the console is shown with (the tour's customer order is theirs). */
export const DEMO_TENANT = 'customer-7';
/** The other tenant with domains in the demo (the R01 registrations). */
export const DEMO_OTHER_TENANT = 'customer-ru-1';

/** What the demo adds for the console, with the ids a test looks for. */
export interface ConsoleData {
  /** The renewal of `instant-demo.com`, waiting for staff (manual connector mode). */
  manualRenewal: { operationId: string; taskId: string; domain: string };
  /** A mail from a sender the InterNetX instance does not accept. */
  quarantined: { id: string; messageId: string };
  /** A SOAP registration the registrar has not finished ({@link DemoConsole.completePending} finishes it). */
  pending: { operationId: string; domain: string };
  /** The registration the registrar refused: status error, the reason in its Action Log. */
  failed: { domain: string };
  /** A registration that failed while its registrar was down (HTTP 503, retryable): staff may retry it. */
  retryable: { operationId: string; domain: string };
}

export interface RunningConsole {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** `<url>/console/`. */
  consoleUrl: string;
  /** `read` + `staff`: the key printed for a person to sign in with. */
  staffKey: string;
  /** `read` only: sees everything, changes nothing. */
  readKey: string;
  /** `read` + `staff`, bound to {@link DEMO_TENANT}. */
  tenantKey: string;
  data: ConsoleData;
  /** Moves the registrars' clock past the pending registration's completion and waits until the host has it done. */
  completePending(): Promise<void>;
  /** Stops the HTTP server (the caller closes the host and the sandbox). */
  close(): Promise<void>;
}

/** How long {@link RunningConsole.completePending} waits for the tracker (real time). */
const COMPLETE_TIMEOUT_MS = 20_000;

/** The mail the InterNetX instance receives from a sender it does not allow: quarantined, shown raw to staff. */
function strayMail(now: Date): string {
  return [
    'From: "Billing" <billing@unknown-registrar.example>',
    'To: inx@platform.demo',
    'Subject: Invoice 2026-0042 for your domains',
    `Date: ${now.toUTCString()}`,
    'Message-ID: <invoice-2026-0042@unknown-registrar.example>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Dear customer,',
    '',
    'please find attached invoice 2026-0042 for mailed-demo.de. <b>Pay within 14 days.</b>',
    '',
  ].join('\r\n');
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Adds the open manual renewal, the quarantined mail, the pending registration and a registration staff may retry. */
export async function seedConsoleData(host: Host): Promise<ConsoleData> {
  const renewal = await host.submit({ operation: 'renew', input: { domain: 'instant-demo.com', period: 1 } });
  const [task] = await host.manualTasks.list({ operationId: renewal.id, status: 'open' });
  if (renewal.status !== 'awaiting-manual' || task === undefined) throw new Error(`the renewal of instant-demo.com is ${renewal.status}, with no open task`);
  const mail = await host.inbound.deliver(strayMail(host.clock.now()));
  if (mail.status !== 'quarantined') throw new Error(`the stray mail was ${mail.status}, not quarantined`);
  const [held] = (await host.inbound.quarantined()).filter((m) => m.messageId === mail.messageId);
  const pendingInput: OperationInputs['register'] = { domain: 'later-demo.fr', period: 1, contacts: { registrant: { type: 'person', firstName: 'Grace', lastName: 'Hopper', address: ['2 Example Road'], postalCode: '75001', city: 'Paris', country: 'FR', phone: '+33.123456789', email: 'grace@example.org' } }, nameservers: [{ host: 'ns1.demo-hosting.example' }, { host: 'ns2.demo-hosting.example' }] };
  const pending = await host.submit({ operation: 'register', input: pendingInput });
  if (pending.status !== 'pending') throw new Error(`the registration of later-demo.fr is ${pending.status}, not pending`);
  // The sandbox's `fail…` names answer 503 (the registrar is down): a retryable failure, offered for retry.
  const down = await host.submit({ operation: 'register', input: { ...pendingInput, domain: 'fail-demo.com' } });
  if (down.status !== 'failed' || down.error?.retryable !== true) throw new Error(`the registration of fail-demo.com is ${down.status} (${down.error?.code ?? 'no error'}), not a retryable failure`);
  return {
    manualRenewal: { operationId: renewal.id, taskId: task.id, domain: 'instant-demo.com' },
    quarantined: { id: held!.id, messageId: mail.messageId },
    pending: { operationId: pending.id, domain: 'later-demo.fr' },
    failed: { domain: 'taken-demo.com' },
    retryable: { operationId: down.id, domain: 'fail-demo.com' },
  };
}

/**
 * Seeds the console's data into a tour's host, then serves the API and the console. The
 * registrars' clock runs at real speed from here on, so that a session (8 idle hours on the
 * host's clock) lasts as long as it says and the pending registration waits for a person.
 */
export async function serveConsole(run: { host: Host; sandbox: Sandbox }, options: { port?: number; out?: Output } = {}): Promise<RunningConsole> {
  const { host, sandbox } = run;
  sandbox.clock.setSpeed(1);
  const data = await seedConsoleData(host);
  const keys = hostApiKeys(host);
  const staffKey = (await keys.create({ scopes: ['read', 'staff'], name: 'demo staff' })).key;
  const readKey = (await keys.create({ scopes: ['read'], name: 'demo read-only' })).key;
  const tenantKey = (await keys.create({ scopes: ['read', 'staff'], tenant: DEMO_TENANT, name: `demo ${DEMO_TENANT}` })).key;
  const app = await createServer({ host, keys });
  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  const address = app.server.address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const consoleUrl = `${url}/console/`;

  const out = options.out;
  if (out !== undefined) {
    out.line();
    out.line(paint(out.colour, 'bold', 'The operator console is up'));
    out.line(`  open      ${paint(out.colour, 'cyan', consoleUrl)}`);
    out.line(`  sign in   ${staffKey}   (a staff key; read-only: ${readKey})`);
    out.line(`  waiting   the manual renewal of instant-demo.com (Manual tasks), a quarantined mail (Quarantine),`);
    out.line(`            later-demo.fr pending at the SOAP registrar (done within about 15 minutes), taken-demo.com in error,`);
    out.line(`            fail-demo.com failed while its registrar was down (staff may retry it; the sandbox keeps failing fail… names)`);
    out.line(`  API       ${url}/v1 (OpenAPI: ${url}/v1/openapi.json)`);
    out.line('  Ctrl-C stops the console, the host and the registrars.');
  }

  return {
    url,
    consoleUrl,
    staffKey,
    readKey,
    tenantKey,
    data,
    async completePending() {
      sandbox.clock.advance(15 * 60_000);
      await waitFor(async () => (await host.getOperation(data.pending.operationId))?.status === 'done', `${data.pending.domain} turning done`, COMPLETE_TIMEOUT_MS);
    },
    close: () => app.close(),
  };
}
