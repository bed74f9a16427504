import type { SMTPServerAddress, SMTPServerDataStream, SMTPServerSession } from 'smtp-server';

/** The SMTP envelope of one received message. */
export interface SmtpEnvelope {
  /** RCPT TO addresses (all of them allowed). */
  recipients: string[];
  /** MAIL FROM, absent for a null sender (bounces). */
  envelopeFrom?: string;
  /** The connecting client (the platform's MTA). */
  remoteAddress?: string;
}

export interface SmtpListenerOptions {
  /** Interface to bind; loopback by default: registrar mail reaches it through the platform's MTA. */
  host?: string;
  /** 0 picks a free port (see {@link SmtpListener.port}). */
  port: number;
  /** Recipients accepted at RCPT time (the instances' inbound addresses); any other gets 550. */
  allowedRecipients: readonly string[];
  /** Largest message accepted, in bytes (default 10 MiB); a larger one gets 552 and is not handed over. */
  maxMessageBytes?: number;
  /**
   * Receives each accepted message. The SMTP client is answered only after it settles: a throw
   * becomes a 451 temporary failure, so the sending MTA keeps the message and retries later.
   */
  onMessage(raw: Buffer, envelope: SmtpEnvelope): Promise<unknown>;
  /** Server-level errors after start (a client socket failing); the listener keeps running. */
  onError?(error: Error): void;
}

export interface SmtpListener {
  /** The bound port. */
  port: number;
  close(): Promise<void>;
}

function smtpError(message: string, responseCode: number): Error {
  return Object.assign(new Error(message), { responseCode });
}

/**
 * A small SMTP server (no AUTH, no STARTTLS: it listens on loopback behind the platform's MTA)
 * that refuses recipients it does not serve at RCPT time and hands each message to `onMessage` raw.
 */
export async function startSmtpListener(options: SmtpListenerOptions): Promise<SmtpListener> {
  const allowed = new Set(options.allowedRecipients.map((r) => r.trim().toLowerCase()));
  const maxBytes = options.maxMessageBytes ?? 10 * 1024 * 1024;
  const { SMTPServer } = await import('smtp-server');
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    banner: 'registrar-kit inbound',
    size: maxBytes,
    onRcptTo(address: SMTPServerAddress, _session: SMTPServerSession, callback: (err?: Error) => void) {
      if (!allowed.has(address.address.trim().toLowerCase())) {
        callback(smtpError(`<${address.address}>: recipient not accepted here`, 550));
        return;
      }
      callback();
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null) => void) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          callback(smtpError(`message exceeds the ${maxBytes} byte limit`, 552));
          return;
        }
        const envelope: SmtpEnvelope = { recipients: session.envelope.rcptTo.map((r) => r.address) };
        if (session.envelope.mailFrom !== false && session.envelope.mailFrom.address !== '') envelope.envelopeFrom = session.envelope.mailFrom.address;
        if (session.remoteAddress !== undefined) envelope.remoteAddress = session.remoteAddress;
        options.onMessage(Buffer.concat(chunks), envelope).then(
          () => callback(),
          () => callback(smtpError('message not processed, try again later', 451)),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error: Error) => options.onError?.(error));
  const address = server.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
