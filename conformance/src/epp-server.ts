import { createServer, type Server, type TLSSocket } from 'node:tls';
import { connect as tlsConnect } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { EppFrameDecoder, encodeEppFrame, type EppClientOptions } from '@registrar-kit/sdk';
import { generate } from 'selfsigned';

/** One client connection to the replay server, as a session handler sees it. */
export interface EppReplayConnection {
  /** Frames and sends one document. */
  send(xml: string): void;
  /** Writes raw bytes (a fault: half a frame), then drops the connection once they are out. */
  writeThenDrop(bytes: Buffer): void;
  /** Ends the connection after what was sent (a server closing the session). */
  end(): void;
  /** Resets the connection at once. */
  destroy(): void;
}

/** What the current scenario does with the frames that arrive. */
export interface EppSessionHandler {
  /** A connection opened (send the greeting here, or nothing for a greeting timeout). */
  connected(conn: EppReplayConnection): void;
  /** One whole frame from the plugin. */
  frame(xml: string, conn: EppReplayConnection): void | Promise<void>;
}

/** The name in the replay server's throwaway certificate (connections must ask for it). */
export const EPP_REPLAY_SERVER_NAME = 'epp.conformance.test';

/**
 * The in-process EPP server of a conformance run: TLS on 127.0.0.1 with a certificate made for
 * this run only (nothing to install, nothing that outlives the run), RFC 5734 framing, and the
 * current scenario's {@link EppSessionHandler}. The plugin's `ctx.epp` reaches it whatever host
 * the plugin's settings name (see {@link EppReplayServer.clientOptions}).
 */
export class EppReplayServer {
  private handler: EppSessionHandler | undefined;
  private readonly sockets = new Set<TLSSocket>();
  /** A short label of every frame received, for "no traffic" checks. */
  readonly frames: string[] = [];

  private constructor(
    private readonly server: Server,
    readonly port: number,
    readonly ca: string,
  ) {}

  static async start(): Promise<EppReplayServer> {
    const pems = await generate([{ name: 'commonName', value: EPP_REPLAY_SERVER_NAME }], {
      keyType: 'ec',
      algorithm: 'sha256',
      notAfterDate: new Date(Date.now() + 24 * 3600 * 1000),
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: EPP_REPLAY_SERVER_NAME }] }],
    });
    const server = createServer({ cert: pems.cert, key: pems.private, minVersion: 'TLSv1.2' });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    const self = new EppReplayServer(server, (server.address() as AddressInfo).port, pems.cert);
    server.on('secureConnection', (socket: TLSSocket) => self.accept(socket));
    return self;
  }

  /**
   * `connect` and `tls` for `createEppClient`: every connection goes to this server, trusting this
   * run's certificate, whatever host and port the plugin's profile names.
   */
  clientOptions(): Required<Pick<EppClientOptions, 'connect'>> {
    return {
      connect: () => tlsConnect({ host: '127.0.0.1', port: this.port, ca: this.ca, servername: EPP_REPLAY_SERVER_NAME, minVersion: 'TLSv1.2' }),
    };
  }

  use(handler: EppSessionHandler): void {
    this.handler = handler;
  }

  /** Drops the scenario's handler and every open connection (nothing carries over between scenarios). */
  reset(): void {
    this.handler = undefined;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  async close(): Promise<void> {
    this.reset();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: TLSSocket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    const handler = this.handler;
    if (handler === undefined) {
      // Between scenarios any connection is a mistake of the plugin's; it gets nothing.
      this.frames.push('connection');
      socket.destroy();
      return;
    }
    const conn: EppReplayConnection = {
      send: (xml) => void (socket.writable && socket.write(encodeEppFrame(xml))),
      writeThenDrop: (bytes) => void socket.write(bytes, () => socket.destroy()),
      end: () => socket.end(),
      destroy: () => socket.destroy(),
    };
    const decoder = new EppFrameDecoder();
    let chain: Promise<void> = Promise.resolve();
    socket.on('data', (chunk: Buffer) => {
      let frames: string[];
      try {
        frames = decoder.push(chunk);
      } catch {
        socket.destroy();
        return;
      }
      for (const xml of frames) {
        this.frames.push(xml);
        // One frame at a time, in order, as a server reads them.
        chain = chain.then(() => handler.frame(xml, conn)).catch(() => void socket.destroy());
      }
    });
    handler.connected(conn);
  }
}
