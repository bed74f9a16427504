import iconv from 'iconv-lite';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { isRegistrarError, type RegistrarError } from '@registrar-kit/sdk';
import { encodeHeaderValue } from './mime.js';
import { createSmtpMailSender, type SentMailRecord } from './smtp-sender.js';

let server: SMTPServer | undefined;
afterEach(async () => {
  await new Promise<void>((r) => (server === undefined ? r() : server.close(() => r())));
  server = undefined;
});

interface Received {
  raw: Buffer;
  from: string;
  to: string[];
}

async function listen(received: Received[], rejectRcpt?: (address: SMTPServerAddress) => string | undefined): Promise<number> {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const reason = rejectRcpt?.(address);
      if (reason === undefined) return callback();
      const error = new Error(reason) as Error & { responseCode: number };
      error.responseCode = 550;
      callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ raw: Buffer.concat(chunks), from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address, to: session.envelope.rcptTo.map((r) => r.address) });
        callback();
      });
    },
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
  const address = server.server.address();
  return typeof address === 'object' && address !== null ? address.port : 0;
}

function split(raw: Buffer): { head: string; body: Buffer } {
  const at = raw.indexOf('\r\n\r\n');
  return { head: raw.subarray(0, at).toString('latin1'), body: raw.subarray(at + 4) };
}

async function sendFailure(promise: Promise<unknown>): Promise<RegistrarError> {
  try {
    await promise;
  } catch (error) {
    if (isRegistrarError(error)) return error;
    throw error;
  }
  throw new Error('expected the send to fail');
}

const FORM = 'action: NEW\npassword: mail-pass-77\nperson-r: Иванов Иван Иванович\nадрес: Москва, ул. Тверская, 1\n';

describe('createSmtpMailSender', () => {
  it('delivers a koi8-r text/plain body as 8bit bytes that decode back to the Cyrillic text, and reports it redacted', async () => {
    const received: Received[] = [];
    const port = await listen(received);
    const sent: SentMailRecord[] = [];
    const sender = createSmtpMailSender({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: 'Hosting <hosting@platform.example>',
      secrets: ['mail-pass-77'],
      clock: { now: () => new Date('2026-03-01T12:00:00Z') },
      onSent: (r) => void sent.push(r),
    });
    const { messageId } = await sender.send({ to: 'requests@r01.example', subject: 'Заявка NEW [RK:op-1]', text: FORM, charset: 'koi8-r', headers: { 'X-Registrar-Ref': 'op-1' } });

    expect(received).toHaveLength(1);
    const { raw, from, to } = received[0]!;
    expect([from, to]).toEqual(['hosting@platform.example', ['requests@r01.example']]);
    const { head, body } = split(raw);
    expect(head).toMatch(/^Content-Type: text\/plain; charset=koi8-r$/m);
    expect(head).toMatch(/^Content-Transfer-Encoding: 8bit$/m);
    expect(head).toContain(`Message-ID: ${messageId}`);
    expect(head).toContain('Date: Sun, 01 Mar 2026 12:00:00 +0000');
    expect(head).toContain('X-Registrar-Ref: op-1');
    // The body on the wire is exactly the koi8-r bytes of the form (CRLF line ends), not UTF-8.
    expect(body.equals(iconv.encode(FORM.replace(/\n/g, '\r\n'), 'koi8-r'))).toBe(true);
    expect(body.includes(Buffer.from('Иванов', 'utf8'))).toBe(false);
    expect(iconv.decode(body, 'koi8-r')).toContain('person-r: Иванов Иван Иванович');

    const parsed = await simpleParser(raw);
    expect(parsed.subject).toBe('Заявка NEW [RK:op-1]');
    expect(parsed.text).toContain('адрес: Москва, ул. Тверская, 1');
    expect(parsed.messageId).toBe(messageId);

    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ messageId, charset: 'koi8-r', transferEncoding: '8bit', to: ['requests@r01.example'], subject: 'Заявка NEW [RK:op-1]' });
    expect(sent[0]!.text).toContain('password: [redacted]');
    expect(JSON.stringify(sent)).not.toContain('mail-pass-77');
  });

  it('sends utf-8 by default and windows-1251 when asked', async () => {
    const received: Received[] = [];
    const port = await listen(received);
    const sender = createSmtpMailSender({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'hosting@platform.example' });
    await sender.send({ to: ['a@r01.example', 'b@r01.example'], subject: 'plain', text: 'Привет' });
    await sender.send({ to: 'a@r01.example', subject: 'cp', text: 'Привет', charset: 'windows-1251' });
    await sender.send({ to: 'a@r01.example', subject: 'ascii', text: 'hello' });
    const [utf8, cp1251, ascii] = received.map((r) => split(r.raw));
    expect(received[0]!.to).toEqual(['a@r01.example', 'b@r01.example']);
    expect(utf8!.head).toContain('charset=utf-8');
    expect(utf8!.body.toString('utf8')).toBe('Привет\r\n');
    expect(cp1251!.head).toContain('charset=windows-1251');
    expect(cp1251!.body.equals(iconv.encode('Привет\r\n', 'win1251'))).toBe(true);
    expect(ascii!.head).toMatch(/^Content-Transfer-Encoding: 7bit$/m);
  });

  it('turns a relay refusal into a retryable TRANSPORT error with the SMTP code and no secret', async () => {
    const received: Received[] = [];
    const port = await listen(received, (a) => `mailbox ${a.address} unknown (token api-key-3141)`);
    const sender = createSmtpMailSender({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'hosting@platform.example', secrets: ['api-key-3141'] });
    const error = await sendFailure(sender.send({ to: 'nobody@r01.example', subject: 'x', text: 'y' }));
    expect([error.code, error.retryable, error.registrarCode]).toEqual(['TRANSPORT', true, 'SMTP 550']);
    expect(error.detail).toContain('[redacted]');
    expect(`${error.message} ${error.detail} ${JSON.stringify(error)}`).not.toContain('api-key-3141');
    expect(received).toHaveLength(0);
  });

  it('keeps the relay password of the SMTP URL out of errors when the relay is down', async () => {
    const sender = createSmtpMailSender({ smtpUrl: 'smtp://user:smtp-secret-9@127.0.0.1:1', from: 'hosting@platform.example' });
    const error = await sendFailure(sender.send({ to: 'requests@r01.example', subject: 'x', text: 'y' }));
    expect([error.code, error.retryable]).toEqual(['TRANSPORT', true]);
    expect(`${error.message} ${error.detail} ${JSON.stringify(error)}`).not.toContain('smtp-secret-9');
  });

  it('refuses text the charset cannot carry and header injection, before anything is sent', async () => {
    let calls = 0;
    const sender = createSmtpMailSender({ transport: { sendMail: async () => void calls++ }, from: 'hosting@platform.example' });
    const lossy = await sendFailure(sender.send({ to: 'a@r01.example', subject: 's', text: 'domain: 例え.jp', charset: 'koi8-r' }));
    expect([lossy.code, lossy.retryable]).toEqual(['INVALID_INPUT', false]);
    expect(lossy.detail).toContain('U+4F8B');
    const injected = await sendFailure(sender.send({ to: 'a@r01.example', subject: 's', text: 't', headers: { 'X-Ref': 'a\r\nBcc: evil@example.com' } }));
    expect(injected.code).toBe('INVALID_INPUT');
    const overridden = await sendFailure(sender.send({ to: 'a@r01.example', subject: 's', text: 't', headers: { From: 'boss@registrar.example' } }));
    expect(overridden.code).toBe('INVALID_INPUT');
    expect(calls).toBe(0);
  });

  it('encodes a long Cyrillic subject in folded encoded words of at most 75 characters', () => {
    const subject = 'Регистрация домена пример.рф для клиента Иванов Иван Иванович';
    const encoded = encodeHeaderValue(subject, 'koi8-r');
    const words = encoded.split('\r\n ');
    expect(words.length).toBeGreaterThan(1);
    expect(words.every((w) => w.length <= 75 && /^=\?koi8-r\?B\?[A-Za-z0-9+/=]+\?=$/.test(w))).toBe(true);
    const decoded = words.map((w) => iconv.decode(Buffer.from(w.slice(11, -2), 'base64'), 'koi8-r')).join('');
    expect(decoded).toBe(subject);
  });
});
