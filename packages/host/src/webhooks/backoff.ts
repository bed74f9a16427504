/** Delays before attempts 2, 3, … (seconds): ×5 each time from 5 s, capped at an hour. */
const FIRST_DELAY_S = 5;
const FACTOR = 5;
export const MAX_DELAY_MS = 3_600_000;

/**
 * How long to wait after failed attempt `attempt` (1-based): 5 s, 25 s, ~2 min, ~10 min, ~52 min,
 * then 1 h, each ±20 % at random so endpoints coming back from an outage are not hit by every
 * host at the same instant. A `Retry-After` the endpoint sent wins (capped at the hour too).
 */
export function retryDelayMs(attempt: number, random: () => number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return Math.min(Math.max(0, retryAfterMs), MAX_DELAY_MS);
  const base = Math.min(FIRST_DELAY_S * 1000 * FACTOR ** Math.max(0, attempt - 1), MAX_DELAY_MS);
  return Math.min(Math.round(base * (0.8 + 0.4 * random())), MAX_DELAY_MS);
}

/** A `Retry-After` header (delay seconds or an HTTP date) in milliseconds from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: Date): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}
