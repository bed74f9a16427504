import type { Clock, DomainInfo, Logger, OperationContext } from '@registrar-kit/sdk';
import { operationSpec, serializeError } from '@registrar-kit/sdk';
import type { SyncConfig } from '../config.js';
import type { Engine } from '../engine/engine.js';
import { HostError } from '../errors.js';
import { problemStatus, type HostEventBus } from '../events.js';
import type { PluginInstance } from '../plugin-registry.js';
import type { DomainRecord, Store } from '../store/store.js';
import { Every } from '../every.js';
import { RateLimiters } from '../tracker/rate-limiter.js';
import { planSync, type Observation, type SyncResult } from './plan.js';

/** Defaults of an instance's sweep (`plugins[].sync`). */
export const SYNC_DEFAULTS = { intervalHours: 24, ratePerSecond: 1, batch: 50 } as const;

/** How long another host's claim of a domain keeps a single-domain sync (`run({ domain })`) off it, unless that claim was written back sooner. */
export const SYNC_CLAIM_LEASE_MS = 5 * 60_000;

export interface SyncSweeperOptions {
  /** How the sweep waits for the rate limiter; tests pass one that advances a fake clock. */
  sleep?: (ms: number) => Promise<void>;
  logger?: Logger;
  events?: HostEventBus;
  newId: () => string;
}

export interface SyncRunOptions {
  /** Only this domain, due or not. */
  domain?: string;
  /** Called after each domain (the CLI prints progress with it). */
  onProgress?: (result: SyncResult & { instance: string }) => void;
}

/** What a sync run did, per result and per status found. */
export interface SyncSummary {
  checked: number;
  updated: number;
  unchanged: number;
  skipped: number;
  /** No usable answer (transport, timeout, …): the domain was left as it was. */
  unknown: number;
  expired: number;
  transferredAway: number;
  cancelled: number;
  redemption: number;
  /** Instances swept, and those that could not be (no `info`, not loaded), with the reason. */
  instances: string[];
  notSwept: { instance: string; reason: string }[];
  results: (SyncResult & { instance: string })[];
}

/**
 * The registrar sync (issue 19): a rate-limited `info` sweep per plugin instance. Domains are
 * claimed from the store in batches (the claim moves each domain's next due time forward, so
 * hosts sharing the store never read the same domain in one sweep); each answer is written by the
 * engine, decided on the row read inside the committing transaction (sync/plan.ts).
 */
export class SyncSweeper {
  private readonly limiters: RateLimiters;
  private readonly timer: Every;

  constructor(
    private readonly engine: Engine,
    private readonly store: Store,
    private readonly instances: ReadonlyMap<string, PluginInstance>,
    private readonly clock: Clock,
    private readonly options: SyncSweeperOptions,
  ) {
    this.limiters = new RateLimiters(clock);
    this.timer = new Every(
      () => this.run({ configuredOnly: true }),
      (error) => this.options.logger?.error(`sync sweep failed: ${String(error)}`),
    );
  }

  private config(instance: PluginInstance): Required<Omit<SyncConfig, 'expiringWithinDays'>> & Pick<SyncConfig, 'expiringWithinDays'> {
    const c = instance.config.sync;
    return {
      intervalHours: c?.intervalHours ?? SYNC_DEFAULTS.intervalHours,
      ratePerSecond: c?.ratePerSecond ?? instance.manifest.polling?.rateLimitPerSecond ?? SYNC_DEFAULTS.ratePerSecond,
      batch: c?.batch ?? SYNC_DEFAULTS.batch,
      ...(c?.expiringWithinDays === undefined ? {} : { expiringWithinDays: c.expiringWithinDays }),
    };
  }

  /** Why an instance cannot be swept, if it cannot. */
  private unsweepable(instance: PluginInstance | undefined, name: string): string | undefined {
    if (instance === undefined) return `plugin instance ${name} is not loaded`;
    const { mode } = operationSpec(instance.manifest, 'info');
    return mode === 'auto' ? undefined : `its plugin declares info ${mode}`;
  }

  /**
   * One sweep: with `domain`, that domain now; otherwise every due domain of every instance that
   * can answer `info` (the timer sweeps only the instances configured with `sync`).
   */
  async run(options: SyncRunOptions & { configuredOnly?: boolean } = {}): Promise<SyncSummary> {
    const summary: SyncSummary = { checked: 0, updated: 0, unchanged: 0, skipped: 0, unknown: 0, expired: 0, transferredAway: 0, cancelled: 0, redemption: 0, instances: [], notSwept: [], results: [] };
    if (options.domain !== undefined) {
      const row = await this.store.getDomain(options.domain);
      if (row === undefined) throw new HostError('NOT_FOUND', `domain ${options.domain} is not in the store`);
      const name = row.pluginInstance ?? '';
      const why = this.unsweepable(this.instances.get(name), name);
      if (why !== undefined) summary.notSwept.push({ instance: name, reason: why });
      else await this.sweep(this.instances.get(name)!, summary, options, row.name);
      return summary;
    }
    for (const [name, instance] of this.instances) {
      if (options.configuredOnly === true && instance.config.sync === undefined) continue;
      const why = this.unsweepable(instance, name);
      if (why !== undefined) summary.notSwept.push({ instance: name, reason: why });
      else await this.sweep(instance, summary, options, undefined);
    }
    return summary;
  }

  private async sweep(instance: PluginInstance, summary: SyncSummary, options: SyncRunOptions, domain: string | undefined): Promise<void> {
    const config = this.config(instance);
    summary.instances.push(instance.name);
    const limiter = this.limiters.for(instance.name, config.ratePerSecond);
    // A refusal of one domain is evidence only once the same account answered for another.
    const proof = { accountAnswers: false };
    const seen = new Set<string>();
    for (;;) {
      const now = this.clock.now();
      const claimed = await this.engine.claimSync({
        pluginInstance: instance.name,
        now,
        nextDueAt: new Date(now.getTime() + config.intervalHours * 3_600_000),
        limit: config.batch,
        ...(config.expiringWithinDays === undefined || domain !== undefined ? {} : { expiringBefore: new Date(now.getTime() + config.expiringWithinDays * 86_400_000).toISOString() }),
        ...(domain === undefined ? {} : { domain, leaseMs: SYNC_CLAIM_LEASE_MS }),
      });
      const fresh = claimed.filter((d) => !seen.has(d.name));
      if (fresh.length === 0) {
        if (domain !== undefined && seen.size === 0) await this.heldElsewhere(instance, summary, options, domain);
        break;
      }
      for (const row of fresh) {
        seen.add(row.name);
        const wait = limiter.reserve();
        if (wait > 0) await (this.options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms))))(wait);
        const observation = await this.observe(instance, row, proof);
        const ctx = { now: this.clock.now(), newId: this.options.newId };
        const result = await this.engine.commit(async (tx) => planSync(row.name, await tx.getDomain(row.name), row.version, observation, ctx));
        this.count(summary, result, row);
        const item = { ...result, instance: instance.name };
        summary.results.push(item);
        options.onProgress?.(item);
      }
      if (domain !== undefined) break;
    }
  }

  /** A single-domain sync that claimed nothing: says so when the reason is another host's claim (the domain is live and idle). */
  private async heldElsewhere(instance: PluginInstance, summary: SyncSummary, options: SyncRunOptions, domain: string): Promise<void> {
    const row = await this.store.getDomain(domain);
    if (row === undefined || row.pendingOperation !== undefined || (row.status !== 'registered' && row.status !== 'expired')) return;
    const item = { domain, result: 'skipped' as const, drift: [], status: row.status, reason: 'being synced elsewhere', instance: instance.name };
    summary.checked++;
    summary.skipped++;
    summary.results.push(item);
    options.onProgress?.(item);
  }

  private count(summary: SyncSummary, result: SyncResult, before: DomainRecord): void {
    summary.checked++;
    summary[result.result]++;
    if (result.status !== before.status) {
      if (result.status === 'expired') summary.expired++;
      if (result.status === 'transferred-away') summary.transferredAway++;
      if (result.status === 'cancelled') summary.cancelled++;
    }
    if (result.drift.some((d) => d.field === 'redemption' && d.to === true)) summary.redemption++;
  }

  /** Asks the registrar, through the instance's runtime (deadline, checked answer, secrets scrubbed). */
  private async observe(instance: PluginInstance, row: DomainRecord, proof: { accountAnswers: boolean }): Promise<Observation> {
    const ctx: OperationContext<unknown> = {
      ...instance.context,
      log: instance.logger({ domain: row.name }),
      operation: { id: `sync:${row.name}:${this.clock.now().toISOString()}`, name: 'info', domain: row.name, customerId: row.customerId },
    };
    const started = performance.now();
    const invocation = await instance.runtime.invoke('info', { domain: row.name }, ctx);
    const outcome = invocation.outcome;
    this.options.events?.emit('plugin.call', { instance: instance.name, call: 'info', durationMs: performance.now() - started, status: invocation.problem === undefined ? outcome.status : problemStatus(invocation.problem.kind) });
    if (invocation.problem !== undefined) return { kind: 'unknown', reason: `${invocation.problem.kind}: ${invocation.problem.detail}` };
    if (outcome.status === 'pending') return { kind: 'unknown', reason: 'info answered pending' };
    if (outcome.status === 'failed') {
      const e = outcome.error;
      // A transport failure, a timeout, a rate limit, a registrar error is never evidence. Only
      // "no such object on our account" is — or a refusal for this one domain while the same
      // credentials answered for another domain in this sweep (so it is not our login failing).
      if (!e.retryable && (e.code === 'OBJECT_NOT_FOUND' || (e.code === 'AUTHENTICATION' && proof.accountAnswers))) return { kind: 'gone', error: serializeError(e) };
      return { kind: 'unknown', reason: `${e.code}: ${e.message}` };
    }
    const info = outcome.result as Partial<DomainInfo> | undefined;
    if (info === undefined || !Array.isArray(info.statuses) || !Array.isArray(info.nameservers) || (info.domain !== undefined && info.domain.toLowerCase() !== row.name)) {
      return { kind: 'unknown', reason: 'info answered something that is not this domain’s information' };
    }
    proof.accountAnswers = true;
    // Another client sponsors it: only a plain `false` counts (anything else is read as no word on it).
    const sponsor = info.sponsor as { ours?: unknown; id?: unknown } | undefined;
    if (typeof sponsor === 'object' && sponsor !== null && sponsor.ours === false) {
      return { kind: 'elsewhere', ...(typeof sponsor.id === 'string' && sponsor.id !== '' ? { sponsor: sponsor.id.slice(0, 128) } : {}) };
    }
    return { kind: 'info', info: info as DomainInfo };
  }

  /** Sweeps the configured instances on a timer (real time) until {@link stop}; one sweep at a time. */
  start(intervalMs = 60 * 60_000): void {
    if ([...this.instances.values()].some((i) => i.config.sync !== undefined)) this.timer.start(intervalMs);
  }

  stop(): Promise<void> {
    return this.timer.stop();
  }
}
