/** `registrar-kit sandbox`: the simulated registrars on loopback until Ctrl-C, for a host of your own. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXIT, createOutput, paint, parse, table, usageError, type CommandIo } from '@registrar-kit/cli';

const HELP = `registrar-kit sandbox [--port <n>] [--smtp-port <n>] [--epp-port <n>] [--epp-ca-file <path>] [--speed <x>] [--relay smtp://127.0.0.1:<port>] [--json]

Starts the four simulated registrars and an EPP registry on 127.0.0.1 and prints where each one
listens, then the registrar-side events as they happen, until interrupted (Ctrl-C).

  --port       HTTP port for Onamae, AutoDNS and the SOAP API (default: a free port)
  --smtp-port  SMTP port that takes registrar-bound mail (R01 requests; default: a free port)
  --epp-port   TLS port of the EPP registry (default: a free port)
  --epp-ca-file  write the EPP registry's throwaway certificate (PEM) there, for the EPP plugin's tls.ca
  --speed      virtual seconds per real second (default 1); pending work takes 600 virtual seconds
  --relay      the host's inbound SMTP listener, where AutoDNS notifications and R01 replies go
  --json       print the endpoints as one JSON line, then one JSON line per event

Scenario rules (by the first label of the domain): taken… is not available, reject… transfers
are rejected, slow… answers late, fail… fails; an auth code starting with "wrong" is refused;
at the EPP registry pending… registrations stay pendingCreate until a panData poll message.`;

function port(flag: string, value: string | boolean | undefined): number | undefined {
  if (typeof value !== 'string') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw usageError(`${flag} takes a port number 0–65535, not "${value}"`);
  return n;
}

export async function sandboxCommand(args: string[], io: CommandIo, signal?: AbortSignal): Promise<number> {
  const { values } = parse('sandbox', args, { port: { type: 'string' }, 'smtp-port': { type: 'string' }, 'epp-port': { type: 'string' }, 'epp-ca-file': { type: 'string' }, speed: { type: 'string' }, relay: { type: 'string' }, json: { type: 'boolean' } });
  const out = createOutput(io.stdout, io.stderr);
  if (values.help === true) return (out.line(HELP), EXIT.ok);
  const speed = values.speed === undefined ? 1 : Number(values.speed);
  if (!(speed > 0) || !Number.isFinite(speed)) throw usageError(`--speed takes a positive number, not "${String(values.speed)}"`);
  if (typeof values.relay === 'string' && !/^smtp:\/\/(127\.0\.0\.1|localhost|\[::1\]):\d+\/?$/.test(values.relay)) throw usageError(`--relay must be a loopback SMTP URL such as smtp://127.0.0.1:2525, not "${values.relay}"`);
  const httpPort = port('--port', values.port);
  const smtpPort = port('--smtp-port', values['smtp-port']);
  const eppPort = port('--epp-port', values['epp-port']);
  const { startSandbox } = await import('@registrar-kit/sandbox');
  const sandbox = await startSandbox({
    clock: { speed },
    ...(httpPort === undefined ? {} : { port: httpPort }),
    ...(smtpPort === undefined ? {} : { smtpPort }),
    ...(eppPort === undefined ? {} : { epp: { port: eppPort } }),
    ...(typeof values.relay === 'string' ? { relay: values.relay } : {}),
  });
  const epp = sandbox.endpoints.epp;
  if (typeof values['epp-ca-file'] === 'string' && epp !== undefined) writeFileSync(resolve(io.cwd, values['epp-ca-file']), epp.ca);
  const json = values.json === true;
  if (json) out.line(JSON.stringify({ endpoints: sandbox.endpoints, smtpUrl: sandbox.smtpUrl, speed }));
  else {
    out.line(paint(out.colour, 'bold', `registrar-kit sandbox — virtual clock ×${speed}, loopback only`));
    out.line(
      table(
        ['REGISTRAR', 'PLUGIN SETTING', 'VALUE'],
        [
          ['Onamae', 'endpoint', sandbox.endpoints.onamae],
          ['InterNetX (AutoDNS)', 'endpoint', sandbox.endpoints.internetx],
          ['SOAP (Netim-style)', 'endpoint', sandbox.endpoints.soap],
          ['R01', 'requestAddress', `${sandbox.endpoints.r01ruRequestAddress} (host mail.smtpUrl ${sandbox.smtpUrl})`],
          ...(epp === undefined ? [] : [['EPP registry', 'host, port, clientId, password', `${epp.host} ${String(epp.port)} ${epp.clientId} ${epp.password} (tls.ca: --epp-ca-file or --json)`]]),
        ],
        out.colour,
      ),
    );
    out.line(typeof values.relay === 'string' ? `Registrar mail goes to ${values.relay}.` : 'Registrar mail waits in the outbox: pass --relay smtp://127.0.0.1:<your host inbound port> to deliver it.');
    out.line('Ctrl-C stops the sandbox.');
  }
  sandbox.events.on('event', (e) => {
    out.line(json ? JSON.stringify(e) : `${paint(out.colour, 'dim', e.at)} ${paint(out.colour, 'cyan', e.registrar.padEnd(9))} ${e.summary}`);
  });
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    signal?.addEventListener('abort', stop, { once: true });
  });
  await sandbox.close();
  return EXIT.ok;
}
