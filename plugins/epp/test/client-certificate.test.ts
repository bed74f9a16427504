// A registry that requires TLS client authentication (RFC 5734 §9): the sandbox's EPP server
// issues a client certificate from its own throwaway CA and refuses a handshake without one. The
// host loads the plugin by path twice, with and without the certificate in its settings.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost, type Host } from '@registrar-kit/host';
import { startSandbox, type Sandbox } from '@registrar-kit/sandbox';

const PLUGIN_DIR = fileURLToPath(new URL('..', import.meta.url));

let sandbox: Sandbox;
let host: Host;
let key: string;

beforeAll(async () => {
  sandbox = await startSandbox({ only: ['epp'], clock: { start: Date.parse('2026-03-01T09:00:00Z'), realNow: () => 0 }, epp: { requireClientCertificate: true } });
  const epp = sandbox.endpoints.epp!;
  key = epp.key!;
  const login = { host: epp.host, port: epp.port, clientId: epp.clientId, password: epp.password };
  host = await createHost(
    {
      store: { sqlite: ':memory:' },
      plugins: [
        { name: 'with-cert', package: PLUGIN_DIR, settings: { ...login, tls: { ca: epp.ca, cert: epp.cert, key: epp.key } } },
        { name: 'without-cert', package: PLUGIN_DIR, settings: { ...login, tls: { ca: epp.ca } } },
      ],
      connectors: [
        { tld: 'example', plugin: 'with-cert' },
        { tld: 'test', plugin: 'without-cert' },
      ],
    },
    { clock: sandbox.clock, random: () => 0.5 },
  );
});
afterAll(async () => {
  await host?.close();
  await sandbox?.close();
});

const requests = (from: number): string[] => sandbox.journal.slice(from).filter((e) => e.kind === 'request').map((e) => e.summary);

describe('EPP registry requiring a TLS client certificate', () => {
  it('the sandbox issues a client certificate and its key when asked to require one', () => {
    const epp = sandbox.endpoints.epp!;
    expect(epp.cert).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect(epp.key).toMatch(/^-----BEGIN (EC )?PRIVATE KEY-----/);
    expect(epp.cert).not.toBe(epp.ca);
  });

  it('logs in and works with the certificate and key from the plugin settings', async () => {
    const mark = sandbox.journal.length;
    const op = await host.submit({ operation: 'checkAvailability', input: { domain: 'free-name.example' } });
    expect(op.status).toBe('done');
    expect(op.result).toMatchObject({ available: true });
    expect(requests(mark)).toEqual(['login registrar-kit → 1000', 'domain:check free-name.example → 1000']);
  });

  it('is refused during the TLS handshake without a certificate: AUTHENTICATION, not retryable, no login sent', async () => {
    const mark = sandbox.journal.length;
    const op = await host.submit({ operation: 'checkAvailability', input: { domain: 'free-name.test' } });
    expect(op.status).toBe('failed');
    expect(op.error).toMatchObject({ code: 'AUTHENTICATION', retryable: false, message: 'The registry refused the client certificate' });
    expect(op.error?.detail).toMatch(/^the registry refused the TLS client certificate \(ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED\): set tls\.cert and tls\.key/);
    const seen = requests(mark);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((s) => s.startsWith('TLS handshake refused'))).toBe(true);
  });

  it('never writes the client key into the Action Log or an error', async () => {
    const body = key.split('\n').filter((line) => line !== '' && !line.startsWith('-----')).join('');
    expect(body.length).toBeGreaterThan(40);
    const log = JSON.stringify(await host.log({ limit: 1000 }));
    expect(log).toContain('free-name.example: done');
    for (const line of key.split('\n').filter((l) => l.length > 20 && !l.startsWith('-----'))) expect(log).not.toContain(line);
    expect(log).not.toContain(body);
  });
});
