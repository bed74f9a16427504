/**
 * `startServer`: one process running a host from its configuration, its background work (crash
 * recovery, the pending tracker, the SMTP listener) and the HTTP API; SIGTERM or SIGINT drains it.
 */
import { loadHost, type Host } from '@registrar-kit/host';
import type { FastifyInstance } from 'fastify';
import { hostApiKeys, type ApiKeyStore } from './keys.js';
import { createServer, type ServerOptions } from './server.js';

export interface StartOptions {
  /** The configuration file; without it, cosmiconfig searches from `cwd`. */
  configFile?: string;
  cwd?: string;
  port: number;
  /** The address to listen on (default loopback: put a proxy with TLS in front for anything else). */
  host?: string;
  /** The key store; by default the keys kept in the host's store. */
  keys?: (host: Host) => Pick<ApiKeyStore, 'verify' | 'get'>;
  logger?: boolean | Record<string, unknown>;
  bodyLimit?: number;
  /** fastify's `trustProxy` (see {@link ServerOptions.trustProxy}): behind a TLS proxy, the session cookie is marked Secure. */
  trustProxy?: ServerOptions['trustProxy'];
  env?: NodeJS.ProcessEnv;
  /** Drain on these signals (default SIGTERM and SIGINT); `[]` leaves signals to the caller. */
  signals?: NodeJS.Signals[];
}

export interface RunningServer {
  app: FastifyInstance;
  host: Host;
  /** `http://address:port`. */
  url: string;
  /** Stops accepting, waits for requests in flight, then closes the host (idempotent). */
  close(): Promise<void>;
  /** Settles once the server and the host are closed (after a signal or {@link close}). */
  closed: Promise<void>;
}

/** Creates the host from its configuration, starts it, and listens. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const host = await loadHost({
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    ...(options.configFile === undefined ? {} : { file: options.configFile }),
    ...(options.env === undefined ? {} : { env: options.env }),
  });
  let draining = false;
  let app: FastifyInstance;
  try {
    const keys = (options.keys ?? hostApiKeys)(host);
    app = await createServer({
      host,
      keys,
      draining: () => draining,
      ...(options.logger === undefined ? {} : { logger: options.logger }),
      ...(options.bodyLimit === undefined ? {} : { bodyLimit: options.bodyLimit }),
      ...(options.trustProxy === undefined ? {} : { trustProxy: options.trustProxy }),
    });
    await host.start();
    await app.listen({ port: options.port, host: options.host ?? '127.0.0.1' });
  } catch (error) {
    await host.close();
    throw error;
  }
  const address = app.server.address();
  const url = typeof address === 'object' && address !== null ? `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}` : String(address);

  let closing: Promise<void> | undefined;
  let settle: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (settle = resolve));
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  const onSignal = (): void => void close();
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      draining = true;
      for (const s of signals) process.off(s, onSignal);
      try {
        // fastify stops accepting, closes idle keep-alive connections and waits for requests in flight.
        await app.close();
      } finally {
        await host.close();
        settle();
      }
    })());
  for (const s of signals) process.on(s, onSignal);
  return { app, host, url, close, closed };
}
