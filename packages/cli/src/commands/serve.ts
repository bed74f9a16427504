/** `registrar-kit serve`: the host and its HTTP API in one process, until SIGTERM or SIGINT. */
import { resolve } from 'node:path';
import { CONFIG, parse } from '../args.js';
import { EXIT, usageError } from '../cli-error.js';
import type { CommandIo } from '../main.js';
import { createOutput } from '../output.js';

const HELP = `registrar-kit serve [--config <file>] [--port 8080] [--host 127.0.0.1] [--log] [--trust-proxy]

Runs the host from the configuration — crash recovery, the pending tracker, the SMTP listener
when configured — and the HTTP API v1 (OpenAPI document at /v1/openapi.json; /healthz, /readyz).
Listens on loopback unless --host says otherwise. SIGTERM or SIGINT stops accepting requests,
waits for those in flight, then closes the host. --log writes fastify's request log (JSON lines,
secrets redacted) to stderr. The operator console is at /console/. --trust-proxy: a proxy in front
terminates TLS; its X-Forwarded-Proto and X-Forwarded-For are believed (the console's session
cookie is then marked Secure).`;

/** A TCP port (0 asks the system for a free one). */
function port(value: string | boolean | undefined): number {
  if (value === undefined) return 8080;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || n > 65535) throw usageError(`--port must be a port number (0–65535), not "${String(value)}"`);
  return n;
}

export async function serveCommand(args: string[], io: CommandIo): Promise<number> {
  const { values } = parse('serve', args, { ...CONFIG, port: { type: 'string', short: 'p' }, host: { type: 'string' }, log: { type: 'boolean' }, 'trust-proxy': { type: 'boolean' } });
  const out = createOutput(io.stdout, io.stderr);
  if (values.help === true) return (out.line(HELP), EXIT.ok);
  const { startServer } = await import('@registrar-kit/server');
  const cwd = typeof values.cwd === 'string' ? resolve(io.cwd, values.cwd) : io.cwd;
  const server = await startServer({
    cwd,
    port: port(values.port),
    host: typeof values.host === 'string' ? values.host : '127.0.0.1',
    env: io.env,
    logger: values.log === true ? { level: 'info', stream: io.stderr } : false,
    ...(values['trust-proxy'] === true ? { trustProxy: true } : {}),
    ...(typeof values.config === 'string' ? { configFile: values.config } : {}),
  });
  out.line(`registrar-kit API listening on ${server.url} (OpenAPI: ${server.url}/v1/openapi.json, console: ${server.url}/console/)`);
  for (const p of server.host.problems()) out.error(`problem: ${p.kind === 'plugin' ? p.instance : p.connector}: ${p.code} ${p.message}`);
  await server.closed;
  out.line('registrar-kit API stopped');
  return EXIT.ok;
}
