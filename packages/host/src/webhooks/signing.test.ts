import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhookEvent, verifyWebhookEvent, webhookKey } from './signing.js';

// The Standard Webhooks reference libraries' signing test vector (standard-webhooks/standard-webhooks,
// libraries/javascript/src/webhook.test.ts, "sign function works"): secret, message id, timestamp,
// payload and the signature they must produce.
const VECTOR = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};

const headers = (signature: string, timestamp = VECTOR.timestamp) => ({ 'webhook-id': VECTOR.id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signature });
const at = (seconds: number) => new Date(seconds * 1000);

describe('Standard Webhooks signatures', () => {
  it('signs the specification test vector exactly (a whsec_ secret is base64: its bytes are the key)', () => {
    expect(signWebhookEvent(VECTOR)).toBe(VECTOR.signature);
    expect(webhookKey(VECTOR.secret)).toHaveLength(24);
  });

  it('verifies the vector, and refuses a changed body, a wrong secret, a stale or future timestamp, missing headers', () => {
    const now = at(VECTOR.timestamp + 10);
    expect(verifyWebhookEvent({ body: VECTOR.body, headers: headers(VECTOR.signature), secret: VECTOR.secret, now })).toEqual({ ok: true, id: VECTOR.id, timestamp: VECTOR.timestamp });
    expect(verifyWebhookEvent({ body: '{"test": 2432232315}', headers: headers(VECTOR.signature), secret: VECTOR.secret, now })).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
    expect(verifyWebhookEvent({ body: VECTOR.body, headers: headers(VECTOR.signature), secret: 'whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', now })).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
    expect(verifyWebhookEvent({ body: VECTOR.body, headers: headers(VECTOR.signature), secret: VECTOR.secret, now: at(VECTOR.timestamp + 301) })).toEqual({ ok: false, reason: 'TIMESTAMP_OUT_OF_TOLERANCE' });
    expect(verifyWebhookEvent({ body: VECTOR.body, headers: headers(VECTOR.signature), secret: VECTOR.secret, now: at(VECTOR.timestamp - 301) })).toEqual({ ok: false, reason: 'TIMESTAMP_OUT_OF_TOLERANCE' });
    expect(verifyWebhookEvent({ body: VECTOR.body, headers: { 'webhook-id': VECTOR.id }, secret: VECTOR.secret, now })).toEqual({ ok: false, reason: 'MISSING_HEADERS' });
    expect(verifyWebhookEvent({ body: VECTOR.body, headers: headers('v1,', VECTOR.timestamp), secret: VECTOR.secret, now })).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
  });

  it('accepts any one valid v1 signature among several (a key rotation), in Fetch Headers too', () => {
    const several = `v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= v2,abc ${VECTOR.signature}`;
    const result = verifyWebhookEvent({ body: Buffer.from(VECTOR.body), headers: new Headers(headers(several)), secret: VECTOR.secret, now: at(VECTOR.timestamp) });
    expect(result.ok).toBe(true);
  });

  it('uses the UTF-8 bytes of a secret without the whsec_ prefix', () => {
    const secret = 'a-plain-secret-of-24-chars!';
    const expected = createHmac('sha256', Buffer.from(secret, 'utf8')).update(`${VECTOR.id}.${VECTOR.timestamp}.${VECTOR.body}`).digest('base64');
    expect(signWebhookEvent({ ...VECTOR, secret })).toBe(`v1,${expected}`);
  });
});
