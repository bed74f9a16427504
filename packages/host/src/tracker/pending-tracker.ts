import type { Clock, Logger, PendingRef } from '@registrar-kit/sdk';
import type { Engine } from '../engine/engine.js';
import { problemStatus, type HostEventBus } from '../events.js';
import type { Lease } from '../engine/plan.js';
import type { PluginInstance } from '../plugin-registry.js';
import type { PendingClaim as OperationRecord, Store } from '../store/store.js';
import { DEFAULT_POLICY, isOverdue, nextPollDelaySeconds, retryDelaySeconds, type PollingPolicy } from './policy.js';
import { RateLimiters } from './rate-limiter.js';

export interface TrackerOptions {
  /** How long a claim is held; an expired lease can be claimed by another tracker. */
  leaseSeconds?: number;
  /** Most operations claimed per cycle. */
  batchSize?: number;
  /** Jitter source; tests make it deterministic. */
  random?: () => number;
  /** How the tracker waits for the rate limiter; tests pass one that advances a fake clock. */
  sleep?: (ms: number) => Promise<void>;
  /** Where a failed cycle is reported (the host passes its Logger). */
  logger?: Logger;
  /** Hears each poll call (`plugin.call`: the server's metrics). */
  events?: HostEventBus;
}

export interface CycleReport {
  claimed: number;
  /** Registrar poll calls made. */
  pollCalls: number;
  completed: number;
  rescheduled: number;
  escalated: number;
  failed: number;
}

/** How the host hands a pending operation back to its plugin (poll, handleMessage). */
export function toPendingRef(op: OperationRecord): PendingRef {
  return {
    ref: op.ref ?? '',
    operationId: op.id,
    operation: op.operation,
    domain: op.domain,
    submittedAt: (op.submittedAt ?? op.createdAt).toISOString(),
    ...(op.step === undefined ? {} : { step: op.step }),
    ...(op.pendingData === undefined ? {} : { data: op.pendingData }),
    ...(op.customerId === undefined ? {} : { customerId: op.customerId }),
  };
}

/**
 * Carries pending operations to their end. Everything it knows is in the store: a cycle claims
 * due operations with a lease, polls them per the plugin's policy (never sooner than the minimum
 * interval, backing off toward the recommended one, one batch call where the manifest says
 * `batch`, the instance's rate limit across all its operations), applies what the registrar
 * answered, reschedules the rest, and escalates what waited past `maxPendingDays`.
 */
/** Notifications closer together than this are one cycle. */
const WAKE_DEBOUNCE_MS = 25;
/** A wake-up this close after another one is served by it. */
const WAKE_COALESCE_MS = 250;
/** Future wake-ups remembered at most (the timer's next cycle serves the rest). */
const MAX_WAKES = 1_000;

export class PendingTracker {
  private readonly limiters: RateLimiters;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<CycleReport> | undefined;
  /** Real time of the timer's next cycle (Infinity while one runs: the timer is set again after it). */
  private nextTickAt = Number.POSITIVE_INFINITY;
  /** Real times work is due before the next tick, ascending (from the store's notifications). */
  private wakes: number[] = [];
  private wakeTimer: NodeJS.Timeout | undefined;
  private wakeTimerAt = Number.POSITIVE_INFINITY;
  /** Work became due while a cycle ran: run another when it ends. */
  private rerun = false;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly engine: Engine,
    private readonly store: Store,
    private readonly instances: ReadonlyMap<string, PluginInstance>,
    private readonly clock: Clock,
    private readonly options: TrackerOptions = {},
  ) {
    this.limiters = new RateLimiters(clock);
  }

  private policy(instance: string | undefined): PollingPolicy {
    return (instance === undefined ? undefined : this.instances.get(instance)?.manifest.polling) ?? DEFAULT_POLICY;
  }

  /** One pass over what is due now. Safe to call concurrently from several hosts sharing a store. */
  async runCycle(): Promise<CycleReport> {
    if (this.running !== undefined) return this.running;
    this.running = this.cycle().finally(() => {
      this.running = undefined;
      if (this.rerun) {
        this.rerun = false;
        if (this.timer !== undefined) this.wakeAt(Date.now());
      }
    });
    return this.running;
  }

  private async cycle(): Promise<CycleReport> {
    const report: CycleReport = { claimed: 0, pollCalls: 0, completed: 0, rescheduled: 0, escalated: 0, failed: 0 };
    const now = this.clock.now();
    const leaseMs = (this.options.leaseSeconds ?? 120) * 1000;
    const { lease, claimed } = await this.engine.claimPending(this.options.batchSize ?? 10_000, leaseMs);
    report.claimed = claimed.length;
    if (claimed.length === 0) return report;
    // A registrar slower than the lease must not let another tracker claim the same operations:
    // the claim is extended while this cycle works on it.
    const extender = setInterval(() => void this.engine.extendLease(lease, leaseMs).catch(() => undefined), Math.max(10, leaseMs / 3));
    extender.unref();
    try {
      await this.work(claimed, lease, now, report);
    } finally {
      clearInterval(extender);
    }
    return report;
  }

  private async work(claimed: OperationRecord[], lease: Lease, now: Date, report: CycleReport): Promise<void> {
    const byInstance = new Map<string, OperationRecord[]>();
    for (const op of claimed) {
      const policy = this.policy(op.pluginInstance);
      if (isOverdue(op.submittedAt, now, policy.maxPendingDays) || op.await === 'message') {
        // A message-awaited operation is only claimed when its deadline passed.
        if (await this.escalateOverdue(op, policy, lease)) report.escalated++;
        continue;
      }
      const key = op.pluginInstance ?? '';
      const list = byInstance.get(key);
      if (list === undefined) byInstance.set(key, [op]);
      else list.push(op);
    }
    for (const [instanceName, ops] of byInstance) {
      // One instance's failure (its store writes, a bug) must not stop the others' work.
      try {
        await this.pollInstance(instanceName, ops, lease, report);
      } catch (error) {
        this.options.logger?.error(`polling ${instanceName} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  private async escalateOverdue(op: OperationRecord, policy: PollingPolicy, lease: Lease): Promise<boolean> {
    const log = await this.store.queryLog({ operationId: op.id });
    const waited = Math.floor((this.clock.now().getTime() - (op.submittedAt ?? op.createdAt).getTime()) / 86_400_000);
    const reason =
      op.await === 'message'
        ? `no registrar message arrived for ${waited} days (limit ${policy.maxPendingDays ?? 30}); last step: ${op.step ?? 'none'}; ${log.length} Action Log entries`
        : `still pending after ${waited} days and ${op.pollAttempts} polls (limit ${policy.maxPendingDays ?? 30} days); last step: ${op.step ?? 'none'}; ${log.length} Action Log entries`;
    try {
      await this.engine.escalate(op.id, reason, { kind: 'lease', lease });
      return true;
    } catch (error) {
      // Settled meanwhile (a message arrived) or taken by another claim: nothing to escalate.
      if ((error as { code?: unknown }).code === 'CONFLICT') return false;
      throw error;
    }
  }

  private async pollInstance(instanceName: string, ops: OperationRecord[], lease: Lease, report: CycleReport): Promise<void> {
    const instance = this.instances.get(instanceName);
    const policy = this.policy(instanceName);
    const random = this.options.random ?? Math.random;
    if (instance === undefined || typeof instance.plugin.poll !== 'function') {
      // The plugin is gone (failed to load after a restart): keep the operations, look again later.
      await this.engine.reschedule(
        ops.map((o) => o.id),
        lease,
        new Date(this.clock.now().getTime() + policy.recommendedIntervalSeconds * 1000),
      );
      report.rescheduled += ops.length;
      return;
    }
    const groups = policy.batch === true ? [ops] : ops.map((o) => [o]);
    const limiter = policy.rateLimitPerSecond === undefined ? undefined : this.limiters.for(instanceName, policy.rateLimitPerSecond);
    for (const group of groups) {
      if (limiter !== undefined) {
        const wait = limiter.reserve();
        if (wait > 0) await (this.options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms))))(wait);
      }
      report.pollCalls++;
      const started = performance.now();
      // Through the runtime: a poll that hangs, throws or answers nonsense is a failed poll of
      // this group only; its operations stay pending and are polled again after a backoff.
      const answer = await instance.runtime.poll(group.map(toPendingRef), instance.context);
      this.options.events?.emit('plugin.call', { instance: instanceName, call: 'poll', durationMs: performance.now() - started, status: answer.ok ? 'done' : problemStatus(answer.problem.kind) });
      if (!answer.ok) {
        const durationMs = Math.round(performance.now() - started);
        const error = answer.error;
        if (error.retryable || answer.problem.kind !== 'threw') {
          const attempts = group.reduce((m, o) => Math.max(m, o.pollAttempts), 0);
          const delay = retryDelaySeconds(policy, attempts, random, error.retryAfterSeconds);
          const why = answer.problem.kind === 'threw' ? `${error.code} ${error.message}` : answer.problem.detail;
          await this.engine.log({ level: 'warn', kind: 'poll', message: `poll of ${group.length} operation(s) failed, retrying in ${delay}s: ${why}`, pluginInstance: instanceName, durationMs, ...(group.length === 1 ? { operationId: group[0]!.id, domain: group[0]!.domain } : {}) });
          await this.engine.reschedule(group.map((o) => o.id), lease, new Date(this.clock.now().getTime() + delay * 1000));
          report.rescheduled += group.length;
        } else {
          for (const op of group) {
            const applied = await this.engine.applyOutcome(op.id, { status: 'failed', error }, { kind: 'lease', lease }, { via: 'poll', durationMs });
            if (!applied.stale) report.failed++;
          }
        }
        continue;
      }
      const updates = answer.value;
      if (answer.leaked) await this.engine.log({ level: 'warn', kind: 'poll', message: `poll() of ${instanceName} answered with a secret of the instance in it; it was redacted`, pluginInstance: instanceName });
      const byRef = new Map(updates.map((u) => [u.ref, u]));
      const still: OperationRecord[] = [];
      for (const op of group) {
        const update = op.ref === undefined ? undefined : byRef.get(op.ref);
        if (update === undefined || (update.outcome.status === 'pending' && update.outcome.ref === op.ref && update.outcome.step === op.step)) {
          still.push(op);
          continue;
        }
        const { record: applied, stale } = await this.engine.applyOutcome(op.id, update.outcome, { kind: 'lease', lease }, { via: 'poll' });
        if (stale) continue;
        if (applied.status === 'done') report.completed++;
        else if (applied.status === 'failed') report.failed++;
      }
      if (still.length > 0) {
        // Operations polled together share their next time: they are answered by one call anyway.
        const attempts = still.reduce((m, o) => Math.min(m, o.pollAttempts), Number.MAX_SAFE_INTEGER) + 1;
        const delay = nextPollDelaySeconds(policy, attempts, random);
        await this.engine.reschedule(still.map((o) => o.id), lease, new Date(this.clock.now().getTime() + delay * 1000));
        report.rescheduled += still.length;
      }
    }
  }

  /**
   * Runs cycles on a timer (every `intervalMs`, real time) until {@link stop}. With a store that
   * notifies when work becomes due ({@link Store.onWorkDue}: PostgreSQL), the tracker also runs a
   * cycle when the notified time comes — debounced, and at once for work due now — so an idle
   * tracker's timer can be long; the timer remains for what nobody notifies (an expired claim of
   * a host that died, notifications lost while the store was unreachable).
   */
  start(intervalMs = 30_000): void {
    if (this.timer !== undefined) return;
    const tick = (): void => {
      this.nextTickAt = Number.POSITIVE_INFINITY;
      this.dropWakes(Date.now());
      void this.runCycle()
        .catch((error: unknown) => this.options.logger?.error(`tracker cycle failed: ${String(error)}`))
        .finally(() => {
          if (this.timer === undefined) return;
          this.timer = setTimeout(tick, intervalMs).unref();
          this.nextTickAt = Date.now() + intervalMs;
          this.dropWakes(this.nextTickAt);
        });
    };
    this.timer = setTimeout(tick, 0).unref();
    this.unsubscribe = this.store.onWorkDue?.((dueAt) => this.onWorkDue(dueAt));
  }

  private onWorkDue(dueAt: Date): void {
    if (this.timer === undefined) return;
    // The store's time (the writer's clock) to this process's timers.
    this.wakeAt(Date.now() + Math.max(0, dueAt.getTime() - this.clock.now().getTime()) + WAKE_DEBOUNCE_MS);
  }

  /** Remembers a wake-up at real time `at`, unless the timer or a wake-up shortly after serves it. */
  private wakeAt(at: number): void {
    if (at >= this.nextTickAt) return;
    // A wake-up serves all work due by its time: one set up to the debounce earlier (a burst of
    // notifications spread over a few milliseconds) or a little later is this one.
    const served = this.wakes.find((w) => w >= at - WAKE_DEBOUNCE_MS);
    if (served !== undefined && served - at <= WAKE_COALESCE_MS) return;
    const i = this.wakes.findIndex((w) => w >= at);
    if (i < 0) this.wakes.push(at);
    else this.wakes.splice(i, 0, at);
    if (this.wakes.length > MAX_WAKES) this.wakes.pop();
    this.arm();
  }

  /** Forgets wake-ups at or before `until`, and those the timer's next cycle serves. */
  private dropWakes(until: number): void {
    this.wakes = this.wakes.filter((w) => w > until && w < this.nextTickAt);
    this.arm();
  }

  private arm(): void {
    const next = this.wakes[0];
    if (next === this.wakeTimerAt) return;
    if (this.wakeTimer !== undefined) clearTimeout(this.wakeTimer);
    this.wakeTimer = undefined;
    this.wakeTimerAt = Number.POSITIVE_INFINITY;
    if (next === undefined) return;
    this.wakeTimerAt = next;
    this.wakeTimer = setTimeout(() => this.woken(), Math.min(Math.max(0, next - Date.now()), 2 ** 31 - 1)).unref();
  }

  private woken(): void {
    this.wakeTimer = undefined;
    this.wakeTimerAt = Number.POSITIVE_INFINITY;
    this.dropWakes(Date.now());
    if (this.timer === undefined) return;
    if (this.running !== undefined) {
      this.rerun = true;
      return;
    }
    void this.runCycle().catch((error: unknown) => this.options.logger?.error(`tracker cycle failed: ${String(error)}`));
  }

  async stop(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (this.wakeTimer !== undefined) clearTimeout(this.wakeTimer);
    this.wakeTimer = undefined;
    this.wakeTimerAt = Number.POSITIVE_INFINITY;
    this.wakes = [];
    this.nextTickAt = Number.POSITIVE_INFINITY;
    this.rerun = false;
    await this.running;
  }
}
