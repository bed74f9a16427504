/**
 * The sandbox's virtual clock. Virtual time runs `speed` times faster than real time and can
 * jump forward with {@link VirtualClock.advance}; registrar-side work (a SOAP operation leaving
 * PENDING, an AutoDNS notification mail, an R01 reply) is scheduled on it. Pass the same clock
 * to the host (`createHost(config, { clock })`) and both sides agree on what time it is.
 */

export interface VirtualClockOptions {
  /** Virtual start time (ms since the epoch). Default: the real time at construction. */
  start?: number;
  /** Virtual milliseconds per real millisecond. Default 1. */
  speed?: number;
  /** The real time source (tests pass a fake one). */
  realNow?: () => number;
}

interface Timer {
  due: number;
  seq: number;
  fn: () => void;
}

export class VirtualClock {
  private base: number;
  private realBase: number;
  private currentSpeed: number;
  private readonly realNow: () => number;
  private timers: Timer[] = [];
  private seq = 0;
  private handle: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(options: VirtualClockOptions = {}) {
    this.realNow = options.realNow ?? (() => Date.now());
    this.realBase = this.realNow();
    this.base = options.start ?? this.realBase;
    this.currentSpeed = checkSpeed(options.speed ?? 1);
  }

  /** Virtual now, as the `Clock` the host and plugins take. */
  now(): Date {
    return new Date(this.nowMs());
  }

  nowMs(): number {
    return Math.floor(this.base + (this.realNow() - this.realBase) * this.currentSpeed);
  }

  get speed(): number {
    return this.currentSpeed;
  }

  /** Changes how fast virtual time runs from now on (virtual now does not jump). */
  setSpeed(speed: number): void {
    const now = this.nowMs();
    this.realBase = this.realNow();
    this.base = now;
    this.currentSpeed = checkSpeed(speed);
    this.arm();
  }

  /** Jumps virtual time forward and runs every timer that became due, in order. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`advance() takes a non-negative number of milliseconds, got ${ms}`);
    this.base += ms;
    this.fireDue();
  }

  /** Runs `fn` once virtual time reaches `delayMs` from now. Returns a cancel function. */
  after(delayMs: number, fn: () => void): () => void {
    const timer: Timer = { due: this.nowMs() + Math.max(0, delayMs), seq: this.seq++, fn };
    this.timers.push(timer);
    this.timers.sort((a, b) => a.due - b.due || a.seq - b.seq);
    this.arm();
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
      this.arm();
    };
  }

  /** Resolves once virtual time has moved `ms` forward (however fast the clock runs). */
  wait(ms: number): Promise<void> {
    return new Promise((resolve) => this.after(ms, resolve));
  }

  /** Timers not yet run. */
  get pendingTimers(): number {
    return this.timers.length;
  }

  /** Cancels every timer; the clock still tells time. */
  stop(): void {
    this.stopped = true;
    this.timers = [];
    if (this.handle !== undefined) clearTimeout(this.handle);
    this.handle = undefined;
  }

  private fireDue(): void {
    const now = this.nowMs();
    while (this.timers.length > 0 && this.timers[0]!.due <= now) {
      const timer = this.timers.shift()!;
      timer.fn();
    }
    this.arm();
  }

  private arm(): void {
    if (this.handle !== undefined) clearTimeout(this.handle);
    this.handle = undefined;
    if (this.stopped || this.timers.length === 0) return;
    const realDelay = Math.max(0, Math.ceil((this.timers[0]!.due - this.nowMs()) / this.currentSpeed));
    this.handle = setTimeout(() => this.fireDue(), Math.min(realDelay, 2 ** 31 - 1));
  }
}

function checkSpeed(speed: number): number {
  if (!(speed > 0) || !Number.isFinite(speed)) throw new RangeError(`clock speed must be a positive number, got ${speed}`);
  return speed;
}
