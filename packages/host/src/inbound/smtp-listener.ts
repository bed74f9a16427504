import type { SMTPServerAddress, SMTPServerDataStream, SMTPServerSession } from 'smtp-server';
import type { DeliveryMeta, DeliveryResult } from './intake.js';

export interface SmtpListenerOptions {
  /** Loopback by default: registrar mail reaches it through the platform's MTA. */
  host?: string;
  port: number;
  /** Recipients accepted at RCPT time (the instances' inbound addresses); others are refused. */
  allowedRecipients: readonly string[];
  onMessage(raw: Buffer, meta: DeliveryMeta): Promise<DeliveryResult>;
}

export interface SmtpListener {
  port: number;
  close(): Promise<void>;
}

/** A small SMTP server feeding registrar mail into the inbound intake. */
export async function startSmtpListener(options: SmtpListenerOptions): Promise<SmtpListener> {
  const allowed = new Set(options.allowedRecipients.map((r) => r.toLowerCase()));
  const { SMTPServer } = await import('smtp-server');
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    banner: 'registrar-kit inbound',
    onRcptTo(address: SMTPServerAddress, _session: SMTPServerSession, callback: (err?: Error) => void) {
      if (!allowed.has(address.address.toLowerCase())) {
        const error = new Error(`recipient ${address.address} is not accepted here`) as Error & { responseCode: number };
        error.responseCode = 550;
        callback(error);
        return;
      }
      callback();
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null) => void) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const meta: DeliveryMeta = {
          recipients: session.envelope.rcptTo.map((r) => r.address),
          ...(session.envelope.mailFrom === false ? {} : { envelopeFrom: session.envelope.mailFrom.address }),
        };
        options.onMessage(Buffer.concat(chunks), meta).then(
          () => callback(),
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
