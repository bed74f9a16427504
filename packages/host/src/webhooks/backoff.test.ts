import { describe, expect, it } from 'vitest';
import { MAX_DELAY_MS, parseRetryAfter, retryDelayMs } from './backoff.js';

describe('webhook retry backoff', () => {
  it('grows ×5 from 5 s with ±20 % jitter, capped at an hour', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 12].map((n) => retryDelayMs(n, mid))).toEqual([5_000, 25_000, 125_000, 625_000, 3_125_000, MAX_DELAY_MS, MAX_DELAY_MS]);
    expect(retryDelayMs(1, () => 0)).toBe(4_000);
    expect(retryDelayMs(1, () => 1)).toBe(6_000);
  });

  it("honours the endpoint's Retry-After (seconds or an HTTP date), capped at an hour", () => {
    const now = new Date('2026-01-15T10:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Thu, 15 Jan 2026 10:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(retryDelayMs(1, () => 0.5, 120_000)).toBe(120_000);
    expect(retryDelayMs(1, () => 0.5, 86_400_000)).toBe(MAX_DELAY_MS);
  });
});
