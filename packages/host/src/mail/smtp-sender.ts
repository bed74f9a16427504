import type { Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { RegistrarError, redactor, type MailSender, type OutboundMail } from '@registrar-kit/sdk';

/** CommonJS modules arrive under `default` when imported dynamically from ESM. */
function interop<T>(mod: T): T {
  return (mod as { default?: T }).default ?? mod;
}

export interface SmtpMailSenderOptions {
  /** `smtp://host:port` of the relay, or a ready nodemailer transport. */
  smtpUrl?: string;
  transport?: Transporter<SMTPTransport.SentMessageInfo>;
  from: string;
  /** Secrets to keep out of errors. */
  secrets?: readonly string[];
  /** Called after each message is sent, for the Action Log (the text is already redacted). */
  onSent?(record: { messageId: string; to: string[]; subject: string; charset: string; text: string }): Promise<void> | void;
}

/**
 * Outbound registrar mail through nodemailer. The body is encoded in the charset the plugin asks
 * for (R01 reads koi8-r) with iconv-lite; nodemailer writes it quoted-printable under that charset.
 */
export function createSmtpMailSender(options: SmtpMailSenderOptions): MailSender {
  // nodemailer and iconv-lite load on first send, not at host start-up.
  let transport = options.transport;
  const clean = redactor(options.secrets ?? []);
  return {
    async send(mail: OutboundMail) {
      const charset = mail.charset ?? 'utf-8';
      const to = Array.isArray(mail.to) ? mail.to : [mail.to];
      try {
        if (transport === undefined) {
          const nodemailer = interop(await import('nodemailer'));
          transport = nodemailer.createTransport(options.smtpUrl ?? 'smtp://127.0.0.1:25');
        }
        const iconv = charset === 'utf-8' ? undefined : interop(await import('iconv-lite'));
        const info = await transport.sendMail({
          from: options.from,
          to,
          subject: mail.subject,
          ...(mail.headers === undefined ? {} : { headers: mail.headers }),
          ...(charset === 'utf-8'
            ? { text: mail.text }
            : { alternatives: [{ contentType: `text/plain; charset=${charset}`, content: iconv!.encode(mail.text, charset) }] }),
        });
        await options.onSent?.({ messageId: info.messageId, to, subject: clean(mail.subject), charset, text: clean(mail.text) });
        return { messageId: info.messageId };
      } catch (error) {
        throw new RegistrarError({
          code: 'TRANSPORT',
          retryable: true,
          message: 'The registrar mail could not be sent',
          detail: clean(`SMTP: ${(error as Error).message}`),
        });
      }
    },
  };
}
