import { isRegistrarError, operationSpec, type Clock, type Logger } from '@registrar-kit/sdk';
import type { DependencyContainer } from 'tsyringe';
import type { LogDraft } from '../engine/plan.js';
import { isHostError } from '../errors.js';
import type { HostEventBus } from '../events.js';
import { Every } from '../every.js';
import { FINAL_OPERATION_STATUSES } from '../lifecycle.js';
import { registrarLockFollowUp } from '../policy/follow-ups.js';
import type { SubmitRequest } from '../router.js';
import type { OperationRecord, Store } from '../store/store.js';
import { expiryFollowUp } from '../sync/expiry-follow-up.js';
import { TOKENS } from '../tokens.js';
import type { FollowUp } from './follow-up.js';

/** Operations that may owe a follow-up (the partial index `operations_follow_up` covers exactly these). */
const OWING = new Set(['register', 'transfer', 'renew']);
/** How long a claim is held: a host that dies mid-follow-up leaves it to another after this. */
const LEASE_MS = 10 * 60_000;
/** When a follow-up the host could not send for now (overload, store trouble) is tried again. */
const RETRY_MS = 60_000;
/** When a follow-up waiting for another operation on the domain is tried again by any host (this one hears the end at once). */
const BUSY_RETRY_MS = 5 * 60_000;
/** Rows claimed at a time, batches per sweep (the rest waits for the next sweep), rows worked on at once. */
const BATCH = 100;
const MAX_BATCHES = 10;
const CONCURRENCY = 4;
/** A claim's `now` that makes any row with follow-ups left due (the operation it waited for has ended). */
const ANY_TIME = new Date(8.64e15);
/** Refusals that say "not now" rather than "never". */
const TRANSIENT = new Set(['OVERLOADED', 'CONFLICT', 'STORE_UNAVAILABLE', 'HOST_CLOSED']);

/** What one sweep did. */
export interface FollowUpReport {
  /** Completed operations whose follow-ups were looked at. */
  claimed: number;
  /** Follow-up operations created now. */
  sent: number;
  /** Operations left due for a later sweep (a busy domain, a transient refusal). */
  retried: number;
}

/**
 * Follow-ups that survive a crash. What a completed register, transfer or renew still owes (see
 * {@link FollowUp}: the registrar lock, the expiry `info`) is durable from the commit that completed
 * it: its row is due for follow-ups (`follow_up_due_at`, migration 0012_follow_ups) until a sweep
 * has settled them. The completion's event starts a sweep of that one row at once; a full sweep
 * runs at host start (after recovery) and on the tracker's interval, so what a crashed host, a
 * closed host or a busy domain left behind goes out later. Claims are leases in the store (hosts
 * sweeping at once take different rows), and each follow-up goes out under its idempotency key
 * after checking that the key has no operation yet: it is sent once.
 */
export class FollowUps {
  private readonly inFlight = new Set<Promise<unknown>>();
  /** Follow-ups waiting for another operation on the domain to end: busy operation id → owing operation id. */
  private readonly waiting = new Map<string, string>();
  private readonly unlisten: () => void;
  private readonly timer: Every;
  private readonly store: Store;
  private readonly clock: Clock;
  private readonly logger: Logger | undefined;
  private readonly log: (entry: LogDraft) => Promise<void>;
  private readonly kinds: readonly FollowUp[];

  constructor(
    container: DependencyContainer,
    private readonly send: (request: SubmitRequest<string>) => Promise<OperationRecord>,
  ) {
    this.store = container.resolve(TOKENS.Store);
    this.clock = container.resolve(TOKENS.Clock);
    this.logger = container.resolve(TOKENS.Logger);
    const engine = container.resolve(TOKENS.Engine);
    this.log = (entry) => engine.log(entry);
    const instances = container.resolve(TOKENS.Plugins);
    this.kinds = [
      registrarLockFollowUp,
      expiryFollowUp((name) => {
        const instance = name === undefined ? undefined : instances.get(name);
        return instance !== undefined && operationSpec(instance.manifest, 'info').mode === 'auto';
      }),
    ];
    this.timer = new Every(
      () => this.run(),
      (error) => this.logger?.error(`follow-up sweep failed: ${String(error)}`),
    );
    this.unlisten = (container.resolve(TOKENS.Events) as HostEventBus).on('operation.status', (event) => {
      const owing = this.waiting.get(event.operationId);
      if (owing !== undefined && FINAL_OPERATION_STATUSES.has(event.to)) {
        this.waiting.delete(event.operationId);
        this.track(this.sweep({ operationId: owing, anyTime: true }));
      }
      if (event.to === 'done' && OWING.has(event.operation)) this.track(this.sweep({ operationId: event.operationId }));
    });
  }

  /** One full sweep now: every completed operation whose follow-ups are due (bounded per call). */
  run(): Promise<FollowUpReport> {
    return this.track(this.sweep({}));
  }

  /** Sweeps once now (awaited: what a crash left behind goes out before start returns), then every `intervalMs`. */
  async start(intervalMs = 30_000): Promise<void> {
    if (this.timer.started) return;
    this.timer.start(intervalMs);
    await this.settled();
  }

  /** Stops the timer and the listener, and waits for the follow-ups under way (the host calls it on close). */
  async stop(): Promise<void> {
    this.unlisten();
    await this.timer.stop();
    await this.settled();
  }

  /** Resolves once every follow-up started so far has its answer. */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    void work.catch((error: unknown) => this.logger?.error(`follow-up failed: ${String(error)}`)).finally(() => this.inFlight.delete(work));
    return work;
  }

  private async sweep(only: { operationId?: string; anyTime?: boolean }): Promise<FollowUpReport> {
    const report: FollowUpReport = { claimed: 0, sent: 0, retried: 0 };
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      const now = this.clock.now();
      const claimedUntil = new Date(now.getTime() + LEASE_MS);
      const claimed = await this.store.claimFollowUps({
        now: only.anyTime === true ? ANY_TIME : now,
        nextDueAt: claimedUntil,
        limit: only.operationId === undefined ? BATCH : 1,
        ...(only.operationId === undefined ? {} : { operationId: only.operationId }),
      });
      report.claimed += claimed.length;
      for (let i = 0; i < claimed.length; i += CONCURRENCY) {
        await Promise.all(claimed.slice(i, i + CONCURRENCY).map((record) => this.followUp(record, claimedUntil, report)));
      }
      if (claimed.length < BATCH || only.operationId !== undefined) break;
    }
    return report;
  }

  /** Sends what `record` owes and has not been sent yet, then settles its row (or leaves it due again). */
  private async followUp(record: OperationRecord, claimedUntil: Date, report: FollowUpReport): Promise<void> {
    let retryAt: number | undefined;
    const again = (ms: number): void => {
      retryAt = Math.min(retryAt ?? Number.POSITIVE_INFINITY, this.clock.now().getTime() + ms);
    };
    let ended: string | undefined;
    for (const kind of this.kinds) {
      const request = kind.request(record);
      if (request === undefined) continue;
      const idempotencyKey = `${record.id}:${kind.name}`;
      try {
        if ((await this.store.getOperationByKey(idempotencyKey)) !== undefined) continue;
        const sent = await this.send({ ...request, idempotencyKey });
        report.sent++;
        await this.log(kind.sent(record, sent));
      } catch (error) {
        const busy = isHostError(error) && error.code === 'DOMAIN_BUSY' ? error.operationId : undefined;
        if (busy !== undefined) {
          again(BUSY_RETRY_MS);
          if (this.waiting.get(busy) === record.id) continue;
          this.waiting.set(busy, record.id);
          await this.log(kind.waits(record, busy)).catch(() => undefined);
          // It may have ended between the refusal and now: then its event was already heard.
          const other = await this.store.getOperation(busy);
          if (other !== undefined && FINAL_OPERATION_STATUSES.has(other.status) && this.waiting.delete(busy)) ended = busy;
        } else if ((isHostError(error) && TRANSIENT.has(error.code)) || (isRegistrarError(error) && error.retryable) || !(isHostError(error) || isRegistrarError(error))) {
          again(RETRY_MS);
          this.logger?.warn(`follow-up ${idempotencyKey} not sent yet (${describe(error)}); tried again later`);
        } else {
          await this.log(kind.refused(record, describe(error))).catch(() => undefined);
        }
      }
    }
    if (retryAt !== undefined) report.retried++;
    const settled = await this.store.settleFollowUps(record.id, claimedUntil, retryAt === undefined ? undefined : new Date(retryAt));
    if (settled && ended !== undefined) this.track(this.sweep({ operationId: record.id, anyTime: true }));
  }
}

function describe(error: unknown): string {
  if (isHostError(error) || isRegistrarError(error)) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
