import { createHmac, timingSafeEqual } from 'node:crypto';

/** Header carrying the signature: `sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>">`. */
export const SIGNATURE_HEADER = 'X-Registrar-Kit-Signature';
/** Header carrying the signing time, in unix seconds. */
export const TIMESTAMP_HEADER = 'X-Registrar-Kit-Timestamp';
/** Optional header carrying the sender's delivery (transaction) id: a second delivery with it is a duplicate. */
export const DELIVERY_HEADER = 'X-Registrar-Kit-Delivery';

/** How far the signing time may be from the host's clock, either way, by default. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

export type WebhookBody = string | Buffer;

const bytes = (body: WebhookBody): Buffer => (typeof body === 'string' ? Buffer.from(body, 'utf8') : body);

function hmac(secret: string, timestamp: string, body: WebhookBody): Buffer {
  return createHmac('sha256', secret).update(`${timestamp}.`, 'utf8').update(bytes(body)).digest();
}

/**
 * The two headers a sender adds to a webhook: the signing time and the HMAC-SHA256, keyed with
 * the instance's webhook secret, of `<timestamp>.<body>` — the body exactly as sent (any change of
 * a byte, even re-serialising the same JSON, breaks the signature).
 */
export function signWebhook(secret: string, body: WebhookBody, timestamp: number | Date): Record<string, string> {
  const seconds = String(typeof timestamp === 'number' ? Math.floor(timestamp) : Math.floor(timestamp.getTime() / 1000));
  return { [TIMESTAMP_HEADER]: seconds, [SIGNATURE_HEADER]: `sha256=${hmac(secret, seconds, body).toString('hex')}` };
}

/** Why a webhook was not accepted: no or a wrong signature, or a signing time outside the window. */
export type WebhookVerdict = { ok: true } | { ok: false; reason: 'WEBHOOK_UNAUTHENTICATED' | 'WEBHOOK_STALE'; detail: string };

/** A header by name, whatever its case (HTTP header names are case-insensitive). */
export function header(headers: Readonly<Record<string, string | string[] | undefined>>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

/**
 * Checks a webhook's signature against `secret` in constant time, then its signing time against
 * `now`. The signature is checked first, so a stale verdict is only ever given to the real sender
 * (a replay); a forger learns nothing but "unauthenticated".
 */
export function verifyWebhook(
  secret: string,
  request: { headers: Readonly<Record<string, string | string[] | undefined>>; body: WebhookBody },
  now: Date,
  toleranceSeconds: number = DEFAULT_TOLERANCE_SECONDS,
): WebhookVerdict {
  const timestamp = header(request.headers, TIMESTAMP_HEADER)?.trim();
  const signature = header(request.headers, SIGNATURE_HEADER)?.trim();
  if (timestamp === undefined || signature === undefined) return { ok: false, reason: 'WEBHOOK_UNAUTHENTICATED', detail: `the webhook has no ${signature === undefined ? SIGNATURE_HEADER : TIMESTAMP_HEADER} header` };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'WEBHOOK_UNAUTHENTICATED', detail: `${TIMESTAMP_HEADER} is not a time in unix seconds` };
  const match = /^sha256=([0-9a-fA-F]{64})$/.exec(signature);
  if (match === null) return { ok: false, reason: 'WEBHOOK_UNAUTHENTICATED', detail: `${SIGNATURE_HEADER} is not "sha256=" and 64 hex digits` };
  if (!timingSafeEqual(Buffer.from(match[1]!, 'hex'), hmac(secret, timestamp, request.body))) {
    return { ok: false, reason: 'WEBHOOK_UNAUTHENTICATED', detail: 'the signature does not match the body and timestamp (wrong secret, or a body changed on the way)' };
  }
  const skew = Math.abs(now.getTime() / 1000 - Number(timestamp));
  if (skew > toleranceSeconds) return { ok: false, reason: 'WEBHOOK_STALE', detail: `signed ${Math.round(skew)} s away from the host's clock (tolerance ${toleranceSeconds} s)` };
  return { ok: true };
}
