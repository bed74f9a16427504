import { randomUUID } from 'node:crypto';
import { isRegistrarError, RegistrarError, redactor, type Clock, type MailCharset, type MailSender, type OutboundMail } from '@registrar-kit/sdk';
import { bareAddress, composeMessage } from './mime.js';

/**
 * What the sender needs of a transport: nodemailer's `Transporter` fits, and so does anything
 * that can send a ready raw message to an envelope.
 */
export interface MailTransport {
  sendMail(message: { envelope: { from: string; to: string[] }; raw: Buffer }): Promise<unknown>;
}

/** One sent message as the Action Log keeps it: every text field already redacted. */
export interface SentMailRecord {
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  charset: MailCharset;
  transferEncoding: '7bit' | '8bit' | 'base64';
  headers: Record<string, string>;
  text: string;
  sentAt: Date;
}

/** Options every form of {@link SmtpMailSenderOptions} shares. */
export interface SmtpCommonOptions {
  /** The plugin instance's sender address (`From` and envelope sender). */
  from: string;
  /** Values that must never reach the Action Log or an error (settings marked secret). The SMTP URL's password is added. */
  secrets?: readonly string[];
  /**
   * Called after each message left, for the Action Log. Its errors are swallowed: the message is
   * gone, and reporting a failure would make the plugin send its registrar request a second time.
   */
  onSent?(record: SentMailRecord): Promise<void> | void;
  /** Stamps the `Date` header; defaults to the system time. */
  clock?: Clock;
}

export type SmtpMailSenderOptions = SmtpCommonOptions &
  (
    | {
        /** `smtp://user:pass@relay:587` of the host's relay. */
        smtpUrl: string;
        transport?: undefined;
      }
    | {
        /** A ready transport (a nodemailer `Transporter`, or a test double). */
        transport: MailTransport;
        smtpUrl?: undefined;
      }
  );

function urlSecrets(smtpUrl: string | undefined): string[] {
  if (smtpUrl === undefined) return [];
  try {
    const url = new URL(smtpUrl);
    return url.password === '' ? [] : [decodeURIComponent(url.password), url.password];
  } catch {
    return [];
  }
}

function responseCode(error: unknown): number | undefined {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' ? code : undefined;
}

/**
 * The host's {@link MailSender} for e-mail registrars: composes a `text/plain` message in the
 * charset the plugin asks for (R01 reads koi8-r; utf-8 by default), sends it through nodemailer,
 * and reports it, secrets redacted, to `onSent`. SMTP failures become a retryable TRANSPORT
 * {@link RegistrarError} whose texts are redacted too.
 */
export function createSmtpMailSender(options: SmtpMailSenderOptions): MailSender {
  // nodemailer loads on the first send, not at host start-up.
  let transport: MailTransport | undefined = options.transport;
  const transportFor = async (): Promise<MailTransport> => {
    if (transport === undefined) {
      const mod = await import('nodemailer');
      const nodemailer = (mod as { default?: typeof mod }).default ?? mod;
      transport = nodemailer.createTransport(options.smtpUrl);
    }
    return transport;
  };
  const clean = redactor([...(options.secrets ?? []), ...urlSecrets(options.smtpUrl)]);
  const clock = options.clock ?? { now: () => new Date() };
  const envelopeFrom = bareAddress(options.from);
  const domain = envelopeFrom.includes('@') ? envelopeFrom.slice(envelopeFrom.lastIndexOf('@') + 1) : 'registrar-kit.invalid';
  return {
    async send(mail: OutboundMail) {
      const charset = mail.charset ?? 'utf-8';
      const to = Array.isArray(mail.to) ? [...mail.to] : [mail.to as string];
      const messageId = `<${randomUUID()}@${domain}>`;
      const sentAt = clock.now();
      let composed;
      try {
        composed = composeMessage({ from: options.from, to, subject: mail.subject, text: mail.text, charset, messageId, date: sentAt, ...(mail.headers === undefined ? {} : { headers: mail.headers }) });
      } catch (error) {
        if (isRegistrarError(error)) throw new RegistrarError({ code: error.code, message: error.message, retryable: false, ...(error.detail === undefined ? {} : { detail: clean(error.detail) }) });
        throw error;
      }
      try {
        await (await transportFor()).sendMail({ envelope: { from: envelopeFrom, to: to.map(bareAddress) }, raw: composed.raw });
      } catch (error) {
        const code = responseCode(error);
        throw new RegistrarError({
          code: 'TRANSPORT',
          retryable: true,
          message: 'The registrar mail could not be sent',
          ...(code === undefined ? {} : { registrarCode: `SMTP ${code}` }),
          // No `cause`: the raw error may carry the relay URL or the rejected text with a secret in it.
          detail: clean(`SMTP to ${to.join(', ')}: ${error instanceof Error ? error.message : String(error)}`),
        });
      }
      try {
        await options.onSent?.({
          messageId,
          from: options.from,
          to,
          subject: clean(mail.subject),
          charset,
          transferEncoding: composed.transferEncoding,
          headers: Object.fromEntries(Object.entries(mail.headers ?? {}).map(([k, v]) => [k, clean(v)])),
          text: clean(mail.text),
          sentAt,
        });
      } catch {
        // See `onSent`: the message left; the Action Log's own failure is not the plugin's.
      }
      return { messageId };
    },
  };
}
