import nodemailer from 'nodemailer';
import { afterEach, describe, expect, it } from 'vitest';
import { startSmtpListener, type SmtpListener } from './smtp-listener.js';

let listener: SmtpListener | undefined;
afterEach(async () => {
  await listener?.close();
  listener = undefined;
});

const send = (port: number, text: string) =>
  nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true }).sendMail({ from: 'robot@registrar.example', to: 'inx@platform.test', subject: 's', text });

describe('SMTP listener', () => {
  it('answers 451 when the message cannot be taken, so the sending server keeps and retries it', async () => {
    listener = await startSmtpListener({ port: 0, allowedRecipients: ['inx@platform.test'], onMessage: async () => { throw new Error('store unavailable'); } });
    await expect(send(listener.port, 'x')).rejects.toThrow(/451/);
  });

  it('refuses an oversize message with 552 and never hands it over', async () => {
    const seen: Buffer[] = [];
    listener = await startSmtpListener({ port: 0, allowedRecipients: ['inx@platform.test'], maxMessageBytes: 1024, onMessage: async (raw) => { seen.push(raw); return { status: 'duplicate', messageId: 'x' }; } });
    await expect(send(listener.port, 'y'.repeat(4096))).rejects.toThrow(/552/);
    expect(seen).toEqual([]);
  });
});
