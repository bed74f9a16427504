/**
 * One EPP connection: a byte stream (normally TLS, RFC 5734 §9) carrying framed documents, one
 * command at a time (RFC 5730 §2: each command gets exactly one response before the next).
 * @module
 */
import { connect as tlsConnect } from 'node:tls';
import { isIP } from 'node:net';
import type { Duplex } from 'node:stream';
import { RegistrarError } from '../errors.js';
import { EppFrameDecoder, EppFrameError, encodeEppFrame } from './framing.js';
import { EppParseError, parseGreeting, readEppDocument } from './messages.js';
import type { EppGreeting, EppTlsOptions } from './types.js';

/** Where and how {@link EppConnect} should open one connection. */
export interface EppConnectTarget {
  host: string;
  port: number;
  tls: EppTlsOptions;
}

/**
 * Opens the byte stream to an EPP server. The default opens TLS with `node:tls`; the
 * conformance suite passes one that reaches its replay server whatever host the profile names.
 */
export type EppConnect = (target: EppConnectTarget) => Duplex;

/** The default {@link EppConnect}: TLS 1.2+ to `host:port`, certificate checked unless told not to. */
export const connectEppTls: EppConnect = (target) =>
  tlsConnect({
    host: target.host,
    port: target.port,
    minVersion: 'TLSv1.2',
    rejectUnauthorized: target.tls.rejectUnauthorized ?? true,
    ...(target.tls.ca === undefined ? {} : { ca: target.tls.ca }),
    ...(target.tls.cert === undefined ? {} : { cert: target.tls.cert }),
    ...(target.tls.key === undefined ? {} : { key: target.tls.key }),
    ...(target.tls.servername !== undefined
      ? { servername: target.tls.servername }
      : isIP(target.host) === 0
        ? { servername: target.host }
        : {}),
  });

function causeText(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' ? `${code}: ${message}` : message;
}

/**
 * A retryable TRANSPORT error; `written` says whether the command's bytes had left (its
 * `received` is `'unknown'` then, `'no'` when they had not).
 */
export function transportError(what: string, written: boolean, cause?: unknown): RegistrarError {
  return new RegistrarError({
    code: 'TRANSPORT',
    message: 'The registry connection failed',
    retryable: true,
    received: written ? 'unknown' : 'no',
    detail: written ? `${what}; unknown whether received by the registry (not resent)` : what,
    ...(cause === undefined ? {} : { cause }),
  });
}

/**
 * The TLS alert code when the server refused this side's client certificate during the
 * handshake (none sent, not issued by a CA it trusts, expired, revoked): the alerts of RFC 8446
 * §6.2 that name the certificate, as OpenSSL reports them on receipt. Retrying cannot help; the
 * settings must change. (A TLS 1.2 server often answers a missing certificate with a bare
 * handshake_failure, which says too little to single out, and stays TRANSPORT.)
 */
function refusedClientCertificate(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  return /^ERR_SSL_(?:TLSV13|SSLV3|TLSV1)_ALERT_(?:CERTIFICATE_REQUIRED|BAD_CERTIFICATE|UNKNOWN_CA|CERTIFICATE_EXPIRED|CERTIFICATE_REVOKED|CERTIFICATE_UNKNOWN|UNSUPPORTED_CERTIFICATE|ACCESS_DENIED)$/.test(code) ? code : undefined;
}

function protocolError(detail: string): RegistrarError {
  return new RegistrarError({ code: 'PROTOCOL', message: 'The registry answered with a malformed protocol message', detail });
}

interface Pending {
  resolve(frame: string): void;
  reject(error: RegistrarError): void;
  written: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** One document read from the server. */
export interface EppFrame {
  kind: ReturnType<typeof readEppDocument>['kind'];
  body: Record<string, unknown>;
  xml: string;
}

export class EppConnection {
  private readonly decoder: EppFrameDecoder;
  private pending: Pending | undefined;
  private closedWith: string | undefined;
  private readonly closeListeners: Array<() => void> = [];
  private greetingFrame: Promise<EppGreeting>;
  /** Set when the stream ended, failed, or was destroyed by this side. */
  get closed(): boolean {
    return this.closedWith !== undefined;
  }

  /** Why the connection closed, once it has. */
  get closeReason(): string | undefined {
    return this.closedWith;
  }

  constructor(
    private readonly socket: Duplex,
    options: { maxFrameBytes?: number; greetingTimeoutMs: number },
  ) {
    this.decoder = new EppFrameDecoder(options.maxFrameBytes === undefined ? {} : { maxFrameBytes: options.maxFrameBytes });
    // The greeting is the first frame the server sends (RFC 5730 §2.4), unasked.
    this.greetingFrame = this.await(options.greetingTimeoutMs, 'no greeting').then((xml) => {
      const doc = this.read(xml);
      if (doc.kind !== 'greeting') throw this.fail(protocolError(`expected a <greeting>, got <${doc.kind}>`));
      try {
        return parseGreeting(doc.body);
      } catch (error) {
        throw this.fail(protocolError(error instanceof Error ? error.message : String(error)));
      }
    });
    this.greetingFrame.catch(() => undefined);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (error: Error) => {
      const alert = refusedClientCertificate(error);
      if (alert === undefined) this.onClosed(`connection error (${causeText(error)})`, error);
      else this.onClosed(`the registry refused the TLS client certificate (${alert}): set tls.cert and tls.key to a certificate it accepts`, error, 'AUTHENTICATION');
    });
    socket.on('close', () => this.onClosed('connection closed by the registry'));
    socket.on('end', () => this.onClosed('connection closed by the registry'));
  }

  /** The server's greeting; rejects with TRANSPORT when it does not come in time. */
  greeting(): Promise<EppGreeting> {
    return this.greetingFrame;
  }

  /** Runs `listener` once when the connection is gone. */
  onClose(listener: () => void): void {
    if (this.closed) listener();
    else this.closeListeners.push(listener);
  }

  /**
   * Sends one document and resolves with the next frame. A rejection says in its detail whether
   * the bytes had been written (then it is unknown whether the server acted on them).
   */
  async exchange(xml: string, timeoutMs: number): Promise<EppFrame> {
    await this.greetingFrame;
    if (this.pending !== undefined) throw new Error('EppConnection.exchange called while another exchange is running');
    if (this.closed || !this.socket.writable) throw transportError(this.closedWith ?? 'connection closed', false);
    const answer = this.await(timeoutMs, 'no answer');
    const pending = this.pending as Pending | undefined;
    if (pending !== undefined) pending.written = true;
    this.socket.write(encodeEppFrame(xml));
    const frame = await answer;
    return { ...this.read(frame), xml: frame };
  }

  /** Closes the stream from this side; an exchange in flight fails with `why`. */
  destroy(why = 'connection closed by the client'): void {
    this.onClosed(why);
  }

  /** Ends the stream gracefully (after a logout). */
  end(): void {
    if (this.closed) return;
    this.socket.end();
    this.onClosed('connection closed by the client');
  }

  private await(timeoutMs: number, what: string): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      const pending: Pending = { resolve, reject, written: false, timer: undefined };
      pending.timer = setTimeout(() => {
        if (this.pending !== pending) return;
        this.onClosed(`${what} within ${timeoutMs} ms`);
      }, timeoutMs);
      this.pending = pending;
    });
  }

  private read(xml: string): { kind: EppFrame['kind']; body: Record<string, unknown> } {
    try {
      return readEppDocument(xml);
    } catch (error) {
      throw this.fail(protocolError(error instanceof EppParseError ? error.message : String(error)));
    }
  }

  private fail(error: RegistrarError): RegistrarError {
    this.onClosed(error.detail ?? error.message);
    return error;
  }

  private onData(chunk: Buffer): void {
    let frames: string[];
    try {
      frames = this.decoder.push(chunk);
    } catch (error) {
      this.onClosed(error instanceof EppFrameError ? error.message : String(error), undefined, 'PROTOCOL');
      return;
    }
    for (const frame of frames) {
      const pending = this.pending;
      if (pending === undefined) {
        // An unasked frame means both sides disagree on where the session is: do not reuse it.
        this.onClosed('the registry sent a frame nobody asked for', undefined, 'PROTOCOL');
        return;
      }
      this.pending = undefined;
      clearTimeout(pending.timer);
      pending.resolve(frame);
    }
  }

  private onClosed(why: string, cause?: unknown, code: 'TRANSPORT' | 'PROTOCOL' | 'AUTHENTICATION' = 'TRANSPORT'): void {
    if (this.closedWith === undefined) {
      this.closedWith = why;
      this.socket.destroy();
      for (const listener of this.closeListeners.splice(0)) listener();
    }
    const pending = this.pending;
    if (pending === undefined) return;
    this.pending = undefined;
    clearTimeout(pending.timer);
    if (code === 'AUTHENTICATION') {
      pending.reject(new RegistrarError({ code: 'AUTHENTICATION', message: 'The registry refused the client certificate', retryable: false, detail: why, ...(cause === undefined ? {} : { cause }) }));
      return;
    }
    pending.reject(
      code === 'PROTOCOL'
        ? new RegistrarError({
            code: 'PROTOCOL',
            message: 'The registry answered with a malformed protocol message',
            detail: pending.written ? `${why}; unknown whether the command was carried out` : why,
          })
        : transportError(why, pending.written, cause),
    );
  }
}
