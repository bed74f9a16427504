import type { RegistrarPluginManifest } from '@registrar-kit/sdk';

export type PollingPolicy = NonNullable<RegistrarPluginManifest['polling']>;

/** When nothing is declared: a conservative default, never under 5 minutes, 10 is best (docs/registrars/soap-registrar.md#polling-pending-operations). */
export const DEFAULT_POLICY: PollingPolicy = { minIntervalSeconds: 300, recommendedIntervalSeconds: 600, maxPendingDays: 30 };

/** How long message-awaited operations may wait before staff are asked to look. */
export const DEFAULT_MAX_PENDING_DAYS = 30;

/**
 * Seconds until the next poll after `attempts` polls that found the operation still pending:
 * doubling from the minimum toward the recommended interval, with ±10 % jitter so that many
 * operations do not poll in step, and never sooner than the minimum interval.
 */
export function nextPollDelaySeconds(policy: PollingPolicy, attempts: number, random: () => number): number {
  const min = policy.minIntervalSeconds;
  const cap = Math.max(min, policy.recommendedIntervalSeconds);
  const base = Math.min(cap, min * 2 ** Math.max(0, attempts));
  const jittered = base * (0.9 + 0.2 * random());
  return Math.max(min, Math.round(jittered));
}

/** Seconds to wait after a retryable poll failure: the backoff, or the registrar's Retry-After when longer. */
export function retryDelaySeconds(policy: PollingPolicy, attempts: number, random: () => number, retryAfterSeconds?: number): number {
  return Math.max(nextPollDelaySeconds(policy, attempts + 1, random), retryAfterSeconds ?? 0);
}

/** True when a pending operation has waited longer than the policy allows. */
export function isOverdue(submittedAt: Date | undefined, now: Date, maxPendingDays: number | undefined): boolean {
  if (submittedAt === undefined) return false;
  return now.getTime() - submittedAt.getTime() >= (maxPendingDays ?? DEFAULT_MAX_PENDING_DAYS) * 86_400_000;
}
