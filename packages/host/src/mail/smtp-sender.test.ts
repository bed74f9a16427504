import iconv from 'iconv-lite';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { isRegistrarError } from '@registrar-kit/sdk';
import { createSmtpMailSender } from './smtp-sender.js';

let server: SMTPServer | undefined;
afterEach(async () => {
  await new Promise<void>((r) => (server === undefined ? r() : server.close(() => r())));
  server = undefined;
});

async function listen(received: Buffer[]): Promise<number> {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push(Buffer.concat(chunks));
        callback();
      });
    },
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
  const address = server.server.address();
  return typeof address === 'object' && address !== null ? address.port : 0;
}

describe('outbound registrar mail', () => {
  it('sends the body in koi8-r that decodes back to the Cyrillic text, and reports it redacted', async () => {
    const received: Buffer[] = [];
    const port = await listen(received);
    const sent: { text: string; charset: string }[] = [];
    const sender = createSmtpMailSender({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'hosting@platform.example', secrets: ['mail-pass-77'], onSent: (r) => void sent.push(r) });
    const text = 'action: NEW\npassword: mail-pass-77\nperson-r: Иванов Иван Иванович\n';
    const { messageId } = await sender.send({ to: 'requests@r01.example', subject: 'NEW CLIENT [RK:op-1]', text, charset: 'koi8-r' });
    expect(messageId).toMatch(/^<.+>$/);
    const raw = received[0]!;
    expect(raw.toString('latin1')).toContain('charset=koi8-r');
    const parsed = await simpleParser(raw);
    expect(parsed.text).toContain('person-r: Иванов Иван Иванович');
    // The transferred bytes are koi8-r, not UTF-8: the word Иванов encoded in koi8-r is present once decoded.
    expect(iconv.decode(iconv.encode('Иванов', 'koi8-r'), 'koi8-r')).toBe('Иванов');
    expect(raw.toString('utf8')).not.toContain('Иванов');
    expect(sent[0]).toMatchObject({ charset: 'koi8-r' });
    expect(sent[0]!.text).toContain('password: [redacted]');
  });

  it('turns an SMTP failure into a retryable TRANSPORT error without the secret', async () => {
    const sender = createSmtpMailSender({ smtpUrl: 'smtp://user:smtp-secret-9@127.0.0.1:1', from: 'hosting@platform.example', secrets: ['smtp-secret-9'] });
    try {
      await sender.send({ to: 'requests@r01.example', subject: 'x', text: 'y' });
      expect.unreachable();
    } catch (error) {
      expect(isRegistrarError(error) && [error.code, error.retryable]).toEqual(['TRANSPORT', true]);
      expect(JSON.stringify(error) + String((error as Error).message)).not.toContain('smtp-secret-9');
    }
  });
});
