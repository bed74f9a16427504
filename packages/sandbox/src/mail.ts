/**
 * The sandbox's mail: an SMTP server on loopback that takes registrar-bound mail (R01's request
 * mailbox) and a relay that carries the simulators' mail (AutoDNS notifications, R01 replies) to
 * the host's inbound SMTP listener. Mail sent before a relay is set waits in the outbox.
 */
import { randomUUID } from 'node:crypto';
import type { Server as NetServer } from 'node:net';
import iconv from 'iconv-lite';
import { simpleParser, type AddressObject } from 'mailparser';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import type { SimInboundMail, SimOutboundMail } from './types.js';

export interface MailServer {
  readonly port: number;
  close(): Promise<void>;
}

/** Starts the SMTP server that accepts mail for `mailboxes` only (550 for anyone else). */
export async function startMailServer(options: {
  host: string;
  port: number;
  accepts: (address: string) => boolean;
  onMessage: (mail: SimInboundMail) => Promise<void>;
  onError: (error: unknown) => void;
}): Promise<MailServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    banner: 'registrar-kit sandbox',
    logger: false,
    size: 5 * 1024 * 1024,
    onRcptTo(address, _session, callback) {
      if (options.accepts(address.address)) callback();
      else callback(Object.assign(new Error(`550 no mailbox ${address.address} at the sandbox`), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then(async (parsed) => {
            const to = session.envelope.rcptTo.map((r) => r.address);
            const mail: SimInboundMail = {
              from: firstAddress(parsed.from) ?? (session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address),
              to,
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              messageId: parsed.messageId,
              raw,
            };
            callback();
            await options.onMessage(mail);
          })
          .catch((error: unknown) => {
            options.onError(error);
            callback(Object.assign(new Error('451 the sandbox could not read that message'), { responseCode: 451 }));
          });
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  server.on('error', options.onError);
  const address = (server as unknown as { server: NetServer }).server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function firstAddress(value: AddressObject | AddressObject[] | undefined): string | undefined {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.flatMap((a) => a.value).find((v) => v.address !== undefined)?.address;
}

const encodedWord = (text: string, charset: string): string =>
  /^[\x20-\x7e]*$/.test(text) ? text : `=?${charset}?B?${iconv.encode(text, charset).toString('base64')}?=`;

/** Builds the raw message: 8bit body in its charset, the way registrars' mail robots write. */
export function composeMail(mail: SimOutboundMail, now: Date): { raw: Buffer; messageId: string } {
  const charset = mail.charset ?? 'utf-8';
  const domain = mail.from.split('@')[1] ?? 'sandbox.test';
  const messageId = `<${randomUUID()}@${domain}>`;
  const headers = [
    `From: ${mail.from}`,
    `To: ${mail.to}`,
    `Subject: ${encodedWord(mail.subject, charset)}`,
    `Date: ${now.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: ${messageId}`,
    ...(mail.inReplyTo === undefined ? [] : [`In-Reply-To: ${mail.inReplyTo}`, `References: ${mail.inReplyTo}`]),
    ...Object.entries(mail.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
    'MIME-Version: 1.0',
    `Content-Type: text/plain; charset=${charset}`,
    'Content-Transfer-Encoding: 8bit',
  ];
  const body = mail.text.replace(/\r?\n/g, '\r\n');
  const raw = Buffer.concat([Buffer.from(`${headers.join('\r\n')}\r\n\r\n`, 'ascii'), iconv.encode(body.endsWith('\r\n') ? body : `${body}\r\n`, charset)]);
  return { raw, messageId };
}

interface Queued<T> {
  mail: SimOutboundMail;
  /** Who sent it (the simulator), for the give-up report. */
  sender: T;
  attempts: number;
}

/** Carries simulator mail to the relay (the host's inbound SMTP listener), retrying like an MTA. */
export class Outbox<T = string> {
  private relay: string | undefined;
  private queue: Queued<T>[] = [];
  private sending: Promise<void> | undefined;
  private readonly transports = new Map<string, nodemailer.Transporter>();

  constructor(
    private readonly now: () => Date,
    private readonly onGiveUp: (sender: T, mail: SimOutboundMail, error: unknown) => void,
    private readonly maxAttempts = 5,
  ) {}

  setRelay(url: string | undefined): void {
    if (url !== undefined && !/^smtp:\/\/(127\.0\.0\.1|localhost|\[::1\]):\d+\/?$/.test(url)) {
      throw new Error(`the sandbox relays mail to loopback only (smtp://127.0.0.1:PORT), not ${url}`);
    }
    this.relay = url;
    void this.flush();
  }

  get pending(): number {
    return this.queue.length;
  }

  async send(sender: T, mail: SimOutboundMail): Promise<void> {
    this.queue.push({ mail, sender, attempts: 0 });
    await this.flush();
  }

  /** Sends everything queued (once a relay is set); resolves when the queue is empty or stuck. */
  flush(): Promise<void> {
    if (this.sending !== undefined) return this.sending;
    if (this.relay === undefined || this.queue.length === 0) return Promise.resolve();
    this.sending = this.drain().finally(() => {
      this.sending = undefined;
    });
    return this.sending;
  }

  private async drain(): Promise<void> {
    const relay = this.relay;
    if (relay === undefined) return;
    let transport = this.transports.get(relay);
    if (transport === undefined) {
      transport = nodemailer.createTransport({ url: relay, ignoreTLS: true, pool: false } as never);
      this.transports.set(relay, transport);
    }
    while (this.queue.length > 0) {
      const item = this.queue[0]!;
      const { raw } = composeMail(item.mail, this.now());
      try {
        await transport.sendMail({ envelope: { from: item.mail.from, to: [item.mail.to] }, raw });
        this.queue.shift();
      } catch (error) {
        item.attempts++;
        if (item.attempts >= this.maxAttempts) {
          this.queue.shift();
          this.onGiveUp(item.sender, item.mail, error);
        } else {
          await new Promise((r) => setTimeout(r, 100 * item.attempts));
        }
      }
    }
  }

  close(): void {
    for (const t of this.transports.values()) t.close();
    this.transports.clear();
  }
}
