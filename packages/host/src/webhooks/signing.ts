import { createHmac, timingSafeEqual } from 'node:crypto';

// Standard Webhooks (https://www.standardwebhooks.com, "symmetric" signatures): the signed
// content is `<webhook-id>.<webhook-timestamp>.<body>`, signed with HMAC-SHA256 and sent base64
// encoded as `v1,<signature>` in `webhook-signature` (several, space-separated, during a key
// rotation). A `whsec_` secret is base64: its decoded bytes are the key.

const PREFIX = 'whsec_';

/** The HMAC key of a secret: a `whsec_<base64>` secret's decoded bytes, any other string's UTF-8 bytes. */
export function webhookKey(secret: string): Buffer {
  return secret.startsWith(PREFIX) ? Buffer.from(secret.slice(PREFIX.length), 'base64') : Buffer.from(secret, 'utf8');
}

export interface SignInput {
  /** The `webhook-id` (the outbox id). */
  id: string;
  /** The `webhook-timestamp`: unix seconds, or a Date. */
  timestamp: number | Date;
  /** The request body exactly as sent. */
  body: string | Buffer;
  secret: string;
}

const seconds = (t: number | Date): number => (typeof t === 'number' ? t : Math.floor(t.getTime() / 1000));

/** The `webhook-signature` value of one message: `v1,<base64 HMAC-SHA256(key, "<id>.<timestamp>.<body>")>`. */
export function signWebhookEvent(input: SignInput): string {
  const mac = createHmac('sha256', webhookKey(input.secret))
    .update(`${input.id}.${seconds(input.timestamp)}.`)
    .update(input.body)
    .digest('base64');
  return `v1,${mac}`;
}

export interface VerifyInput {
  /** The request body exactly as received (not re-serialised JSON). */
  body: string | Buffer;
  /** The request headers (names in any case; Node's lower-cased `IncomingHttpHeaders` fit). */
  headers: Record<string, string | string[] | undefined> | Headers;
  secret: string;
  /** Largest distance between `webhook-timestamp` and now (default 300 s), against replays. */
  toleranceSeconds?: number;
  /** Now (default the system clock). */
  now?: Date;
}

export type VerifyResult = { ok: true; id: string; timestamp: number } | { ok: false; reason: 'MISSING_HEADERS' | 'BAD_TIMESTAMP' | 'TIMESTAMP_OUT_OF_TOLERANCE' | 'BAD_SIGNATURE' };

function header(headers: VerifyInput['headers'], name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value.join(' ') : value;
}

/**
 * Checks a received webhook the way a platform should: the three headers present, the timestamp
 * within the tolerance, and one of the `v1` signatures equal (compared in constant time) to the
 * one computed from the body as received.
 */
export function verifyWebhookEvent(input: VerifyInput): VerifyResult {
  const id = header(input.headers, 'webhook-id');
  const stamp = header(input.headers, 'webhook-timestamp');
  const signatures = header(input.headers, 'webhook-signature');
  if (id === undefined || stamp === undefined || signatures === undefined) return { ok: false, reason: 'MISSING_HEADERS' };
  if (!/^\d{1,12}$/.test(stamp)) return { ok: false, reason: 'BAD_TIMESTAMP' };
  const timestamp = Number(stamp);
  const now = seconds(input.now ?? new Date());
  if (Math.abs(now - timestamp) > (input.toleranceSeconds ?? 300)) return { ok: false, reason: 'TIMESTAMP_OUT_OF_TOLERANCE' };
  const expected = Buffer.from(signWebhookEvent({ id, timestamp, body: input.body, secret: input.secret }).slice(3), 'base64');
  for (const candidate of signatures.split(' ')) {
    const [version, value] = candidate.split(',', 2);
    if (version !== 'v1' || value === undefined) continue;
    const given = Buffer.from(value, 'base64');
    if (given.length === expected.length && timingSafeEqual(given, expected)) return { ok: true, id, timestamp };
  }
  return { ok: false, reason: 'BAD_SIGNATURE' };
}
