import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook } from './webhook-auth.js';

const SECRET = 'whsec-0123456789abcdef';
const NOW = new Date('2026-01-15T10:00:00Z');
const BODY = '{"job":"ctid-1","status":"success"}';

describe('webhook signatures', () => {
  it('signs "<unix seconds>.<raw body>" with HMAC-SHA256, as a sender can reproduce with any HMAC library', () => {
    const headers = signWebhook(SECRET, BODY, NOW);
    const expected = createHmac('sha256', SECRET).update(`1768471200.${BODY}`).digest('hex');
    expect(headers).toEqual({ 'X-Registrar-Kit-Timestamp': '1768471200', 'X-Registrar-Kit-Signature': `sha256=${expected}` });
    expect(signWebhook(SECRET, Buffer.from(BODY), 1768471200)).toEqual(headers);
  });

  it('accepts header names in any case and a Buffer body, byte for byte', () => {
    const body = Buffer.from([0xe4, 0xf6, 0x7b, 0x7d]);
    const lower = Object.fromEntries(Object.entries(signWebhook(SECRET, body, NOW)).map(([k, v]) => [k.toLowerCase(), v]));
    expect(verifyWebhook(SECRET, { headers: lower, body }, NOW)).toEqual({ ok: true });
    expect(verifyWebhook(SECRET, { headers: lower, body: Buffer.from([0xe4, 0xf6, 0x7b, 0x7e]) }, NOW)).toMatchObject({ ok: false, reason: 'WEBHOOK_UNAUTHENTICATED' });
  });

  it.each([
    ['a timestamp that is not unix seconds', { 'X-Registrar-Kit-Timestamp': '2026-01-15T10:00:00Z' }],
    ['a signature of another scheme', { 'X-Registrar-Kit-Signature': 'sha1=abc' }],
    ['a truncated signature', { 'X-Registrar-Kit-Signature': 'sha256=abcd' }],
  ])('refuses %s', (_case, override) => {
    expect(verifyWebhook(SECRET, { headers: { ...signWebhook(SECRET, BODY, NOW), ...override }, body: BODY }, NOW)).toMatchObject({ ok: false, reason: 'WEBHOOK_UNAUTHENTICATED' });
  });

  it('honours the tolerance: inside accepted, outside stale', () => {
    const headers = signWebhook(SECRET, BODY, NOW);
    expect(verifyWebhook(SECRET, { headers, body: BODY }, new Date(NOW.getTime() + 60_000), 60)).toEqual({ ok: true });
    expect(verifyWebhook(SECRET, { headers, body: BODY }, new Date(NOW.getTime() + 61_000), 60)).toMatchObject({ ok: false, reason: 'WEBHOOK_STALE' });
  });
});
