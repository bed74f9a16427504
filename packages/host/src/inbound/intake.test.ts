import { generateKeyPairSync } from 'node:crypto';
import { dkimSign } from 'mailauth';
import nodemailer from 'nodemailer';
import { afterEach, describe, expect, it } from 'vitest';
import type { Host } from '../host.js';
import { signWebhook } from './webhook-auth.js';
import { baseConfig, fixture, nameservers, registrant, SECRET_KEY, startHost } from '../test-support/harness.js';

const REGISTRAR = 'robot@registrar.example';
let host: Host | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

function config(inbound: Record<string, unknown> = {}, smtpPort?: number) {
  return baseConfig({
    plugins: [
      { name: 'inx', package: fixture('host-by-registrar'), settings: { apiKey: SECRET_KEY }, inbound: { address: 'inx@platform.example', allowedSenders: [REGISTRAR, '@notify.registrar.example'], ...inbound } },
    ],
    connectors: [{ tld: 'com', plugin: 'inx' }],
    ...(smtpPort === undefined ? {} : { inbound: { smtp: { host: '127.0.0.1', port: smtpPort } } }),
  });
}

async function pendingRegistration(h: Host, domain: string) {
  const op = await h.submit({ operation: 'register', input: { domain, period: 1, contacts: { registrant }, nameservers } });
  expect(op).toMatchObject({ status: 'pending', await: 'message' });
  return op;
}

function mail(opts: { from?: string; subject: string; messageId?: string; text?: string }): string {
  return [
    `From: Registrar <${opts.from ?? REGISTRAR}>`,
    'To: inx@platform.example',
    `Subject: ${opts.subject}`,
    `Message-ID: ${opts.messageId ?? `<${Math.random().toString(36).slice(2)}@registrar.example>`}`,
    'Date: Thu, 15 Jan 2026 10:05:00 +0000',
    'Content-Type: text/plain; charset=utf-8',
    '',
    opts.text ?? 'status: S0101',
    '',
  ].join('\r\n');
}

describe('inbound registrar mail', () => {
  it('a real SMTP round trip on loopback completes the pending registration', async () => {
    ({ host } = await startHost(config({}, 0)));
    const { smtpPort } = await host.start({ trackerIntervalMs: 3_600_000 });
    const op = await pendingRegistration(host, 'mailed.com');
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort!, secure: false, ignoreTLS: true });
    await transport.sendMail({ from: REGISTRAR, to: 'inx@platform.example', subject: `${op.ref} OK`, text: 'The domain was registered.' });
    const done = await host.getOperation(op.id);
    expect(done?.status).toBe('done');
    expect((await host.getDomain('mailed.com'))?.status).toBe('registered');
    const [stored] = await host.store.listInbound();
    expect(stored).toMatchObject({ status: 'applied', operationId: op.id, instance: 'inx' });
    expect(stored?.raw).toContain('The domain was registered.');
  });

  it('refuses recipients that are not an instance address at RCPT time', async () => {
    ({ host } = await startHost(config({}, 0)));
    const { smtpPort } = await host.start({ trackerIntervalMs: 3_600_000 });
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort!, secure: false, ignoreTLS: true });
    await expect(transport.sendMail({ from: REGISTRAR, to: 'someone@platform.example', subject: 'hello', text: 'x' })).rejects.toThrow(/550/);
    expect(await host.store.listInbound()).toEqual([]);
  });

  it('a message delivered twice changes nothing the second time', async () => {
    ({ host } = await startHost(config()));
    const op = await pendingRegistration(host, 'twice.com');
    const raw = mail({ subject: `${op.ref} OK`, messageId: '<same@registrar.example>' });
    const first = await host.inbound.deliver(raw);
    expect(first).toMatchObject({ status: 'applied' });
    expect((await host.inbound.deliver(raw)).status).toBe('duplicate');
    expect((await host.store.listInbound())).toHaveLength(1);
  });

  it('quarantines a forged sender: the domain does not move', async () => {
    ({ host } = await startHost(config()));
    const op = await pendingRegistration(host, 'forged.com');
    const result = await host.inbound.deliver(mail({ from: 'attacker@evil.example', subject: `${op.ref} OK` }));
    expect(result).toMatchObject({ status: 'quarantined', reason: 'SENDER_NOT_ALLOWED' });
    expect((await host.getOperation(op.id))?.status).toBe('pending');
    expect((await host.getDomain('forged.com'))?.status).toBe('registering');
    expect((await host.log({ kind: 'inbound' }))[0]?.message).toContain('SENDER_NOT_ALLOWED');
  });

  it('quarantines a message that matches no pending operation, and tells listeners which message it kept', async () => {
    ({ host } = await startHost(config()));
    const heard: unknown[] = [];
    host.on('inbound.quarantined', (e) => heard.push(e));
    const result = await host.inbound.deliver(mail({ from: 'jobs@notify.registrar.example', subject: 'ctid-unknown OK' }));
    expect(result).toMatchObject({ status: 'quarantined', reason: 'UNMATCHED' });
    const held = await host.inbound.quarantined();
    expect(held.map((m) => m.reason)).toEqual(['UNMATCHED']);
    expect(heard).toEqual([{ id: held[0]!.id, messageId: held[0]!.messageId, instance: held[0]!.instance, reason: 'UNMATCHED' }]);
  });

  it('applies a failure notification: Error with the registrar code in the Action Log', async () => {
    ({ host } = await startHost(config()));
    const op = await pendingRegistration(host, 'refused.com');
    await host.inbound.deliver(mail({ subject: `${op.ref} FAILED`, text: 'EF0101: domain taken' }));
    expect((await host.getDomain('refused.com'))?.status).toBe('error');
    expect((await host.log({ operationId: op.id, level: 'error' })).some((e) => e.registrarCode === 'E0101')).toBe(true);
  });

  it('takes signed webhook pushes through the same checks: duplicates ignored, unmatched pushes quarantined, unknown instances refused', async () => {
    ({ host } = await startHost(
      baseConfig({
        plugins: [{ name: 'hooks', package: fixture('host-inbound'), settings: { apiKey: SECRET_KEY }, inbound: { webhook: { secret: 'whsec-intake-0123456789' } } }],
        connectors: [{ tld: 'com', plugin: 'hooks' }],
      }),
    ));
    const body = JSON.stringify({ ref: 'ctid-none', verdict: 'OK' });
    const push = { headers: { 'X-Event': 'job', ...signWebhook('whsec-intake-0123456789', body, new Date('2026-01-15T10:00:00Z')) }, body };
    expect(await host.inbound.deliverWebhook('hooks', push)).toMatchObject({ status: 'quarantined', reason: 'UNMATCHED' });
    expect(await host.inbound.deliverWebhook('hooks', push)).toMatchObject({ status: 'duplicate' });
    expect(await host.inbound.deliverWebhook('nobody', push)).toMatchObject({ status: 'refused', reason: 'NO_INSTANCE' });
    expect((await host.inbound.quarantined()).map((m) => m.reason)).toEqual(['UNMATCHED']);
  });

  describe('DKIM', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const der = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    const resolver = async (name: string, type: string) => {
      if (type === 'TXT' && name === 'sel._domainkey.registrar.example') return [[`v=DKIM1; k=rsa; p=${der}`]];
      const error = new Error(`no ${type} record for ${name}`) as Error & { code: string };
      error.code = 'ENOTFOUND';
      throw error;
    };

    it('a DKIM-required instance rejects unsigned mail and accepts mail signed by the sender domain', async () => {
      ({ host } = await startHost(config({ requireDkim: true }), { dnsResolver: resolver }));
      const op = await pendingRegistration(host, 'signed.com');
      const unsigned = await host.inbound.deliver(mail({ subject: `${op.ref} OK` }));
      expect(unsigned).toMatchObject({ status: 'quarantined', reason: 'DKIM_FAILED' });
      expect((await host.getOperation(op.id))?.status).toBe('pending');
      const raw = mail({ subject: `${op.ref} OK`, text: 'signed body' });
      const signed = await dkimSign(raw, { signatureData: [{ signingDomain: 'registrar.example', selector: 'sel', privateKey: pem }] } as never);
      const result = await host.inbound.deliver(signed.signatures + raw);
      expect(result.status).toBe('applied');
      expect((await host.getDomain('signed.com'))?.status).toBe('registered');
    });
  });
});
