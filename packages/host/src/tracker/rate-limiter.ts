import type { Clock } from '@registrar-kit/sdk';

/**
 * A token bucket driven by the host clock (InterNetX: 3 requests per second per account). It holds
 * no timers: `reserve()` says how long to wait before the request may go out, and the caller waits
 * through its injected sleep, so tests advance a fake clock instead of sleeping.
 */
export class RateLimiter {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly clock: Clock,
    // A burst of one spaces requests evenly, so no one-second window ever holds more than the limit.
    private readonly burst = 1,
  ) {
    this.tokens = this.burst;
    this.last = clock.now().getTime();
  }

  /** Takes one token; returns the milliseconds to wait before using it (0 when one is free). */
  reserve(): number {
    const now = this.clock.now().getTime();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    this.tokens -= 1;
    return this.tokens >= 0 ? 0 : Math.ceil((-this.tokens / this.perSecond) * 1000);
  }
}

/** One {@link RateLimiter} per plugin instance, made on first use at that instance's rate. */
export class RateLimiters {
  private readonly byInstance = new Map<string, RateLimiter>();

  constructor(private readonly clock: Clock) {}

  for(instance: string, perSecond: number): RateLimiter {
    let limiter = this.byInstance.get(instance);
    if (limiter === undefined) {
      limiter = new RateLimiter(perSecond, this.clock);
      this.byInstance.set(instance, limiter);
    }
    return limiter;
  }
}
