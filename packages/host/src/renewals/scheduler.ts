import { isRegistrarError, type Clock, type Logger } from '@registrar-kit/sdk';
import { Every } from '../every.js';
import type { RenewalsConfig } from '../config.js';
import type { Connector } from '../connectors.js';
import type { Engine } from '../engine/engine.js';
import type { PlanContext } from '../engine/plan.js';
import { isHostError } from '../errors.js';
import type { SubmitRequest } from '../router.js';
import type { DomainRecord, OperationRecord, Store } from '../store/store.js';
import { planAnnounce, planCancelAtExpiry, planRefused, planReleased, planVerifyTask } from './plan.js';

/** How long after an expiry a registrar that renews by itself gets before staff are asked to check. */
export const VERIFY_GRACE_MS = 24 * 3_600_000;

export interface RenewalReport {
  /** Cancellations at expiry that took effect. */
  cancelled: number;
  /** `renewal.due` events sent (the renewal is released `holdHours` later). */
  announced: number;
  /** Renewals released: auto ones sent (or waiting for their order's payment), manual ones as staff tasks. */
  released: OperationRecord[];
  /** Manual tasks opened because a registrar that renews by itself did not move the expiry. */
  verifyTasks: number;
  /** Renewals the host refused or could not release now, with why (a busy domain is retried next cycle). */
  notReleased: { domain: string; reason: string }[];
}

export interface RenewalSchedulerOptions {
  newId: () => string;
  logger?: Logger;
}

/**
 * The renewal scheduler (issue 19). Each cycle walks the live domains and, for each whose expiry is
 * within `daysBefore` (per TLD):
 * - renewal policy auto, connector renew auto or manual: announces `renewal.due`, waits `holdHours`
 *   for the platform to attach an order, then submits `renew` under the key
 *   `renewal:<domain>:<expiry>` — two schedulers, two hosts or two runs submit one renewal;
 *   a manual connector turns it into a staff task ahead of time; an attached order makes it wait
 *   for payment;
 * - registrar renews by itself (renew unsupported, `renewed-by-registrar`): nothing is sent; the
 *   sync reads the new expiry, and a manual task is opened when the expiry passed unmoved;
 * - a cancellation at expiry whose time came: the domain becomes `cancelled`.
 */
export class RenewalScheduler {
  private readonly timer = new Every(
    () => this.run(),
    (error) => this.options.logger?.error(`renewal cycle failed: ${String(error)}`),
  );

  constructor(
    private readonly engine: Engine,
    private readonly store: Store,
    private readonly connectors: () => readonly Connector[],
    private readonly clock: Clock,
    private readonly config: RenewalsConfig,
    private readonly submit: (request: SubmitRequest<string>) => Promise<OperationRecord>,
    private readonly options: RenewalSchedulerOptions,
  ) {}

  private ctx(): PlanContext {
    return { now: this.clock.now(), newId: this.options.newId };
  }

  /** One pass over the live domains. */
  async run(): Promise<RenewalReport> {
    const report: RenewalReport = { cancelled: 0, announced: 0, released: [], verifyTasks: 0, notReleased: [] };
    let cursor: string | undefined;
    do {
      const page = await this.store.pageDomains({ status: ['registered', 'expired'], limit: 500, ...(cursor === undefined ? {} : { cursor }) });
      for (const domain of page.items) await this.consider(domain, report);
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return report;
  }

  private async consider(d: DomainRecord, report: RenewalReport): Promise<void> {
    const now = this.clock.now().getTime();
    if (d.cancelAt !== undefined) {
      if (Date.parse(d.cancelAt) <= now && (await this.engine.commit(async (tx) => planCancelAtExpiry(d.name, await tx.getDomain(d.name), this.ctx())))) report.cancelled++;
      return;
    }
    const expiry = d.expiresAt;
    if (expiry === undefined || d.pendingOperation !== undefined || !Number.isFinite(Date.parse(expiry))) return;
    const days = this.config.perTld?.[d.tld] ?? this.config.daysBefore ?? 30;
    if (now < Date.parse(expiry) - days * 86_400_000) return;
    const connector = this.connectors().find((c) => c.name === d.connector);
    const mode = connector?.disabled === undefined ? connector?.modes.renew : undefined;
    const state = d.renewal?.expiry === expiry ? d.renewal : undefined;
    if (mode !== 'auto' && mode !== 'manual') {
      const byRegistrar = connector?.reasons.renew?.includes('renewed-by-registrar') === true;
      if (byRegistrar && d.autoRenew !== false && now > Date.parse(expiry) + VERIFY_GRACE_MS && state?.verifyTaskId === undefined) {
        if ((await this.engine.commit(async (tx) => planVerifyTask(await tx.getDomain(d.name), expiry, this.ctx()))) !== undefined) report.verifyTasks++;
      }
      return;
    }
    if (d.autoRenew !== true || state?.operationId !== undefined) return;
    // Refused before (a customer's renewal needs an order): again only under another order.
    if (state?.refused !== undefined && state.refused.orderId === state.orderId) return;
    const holdMs = (this.config.holdHours ?? 0) * 3_600_000;
    if (holdMs > 0) {
      if (state?.announcedAt === undefined) {
        const releaseAt = new Date(now + holdMs);
        if ((await this.engine.commit(async (tx) => planAnnounce(d.name, await tx.getDomain(d.name), expiry, releaseAt, this.ctx()))) !== undefined) report.announced++;
        return;
      }
      if (now < Date.parse(state.announcedAt) + holdMs) return;
    }
    await this.release(d, expiry, state?.orderId, report);
  }

  private async release(d: DomainRecord, expiry: string, orderId: string | undefined, report: RenewalReport): Promise<void> {
    try {
      const record = await this.submit({
        operation: 'renew',
        input: { domain: d.name, period: this.config.period ?? 1, currentExpiry: expiry },
        // The key makes the release idempotent across cycles, schedulers and hosts.
        idempotencyKey: `renewal:${d.name}:${expiry}`,
        ...(orderId === undefined ? {} : { orderId }),
        ...(d.customerId === undefined ? {} : { customerId: d.customerId }),
      });
      await this.engine.commit(async (tx) => planReleased(d.name, await tx.getDomain(d.name), expiry, record.id, this.ctx()));
      report.released.push(record);
    } catch (error) {
      const reason = isHostError(error) || isRegistrarError(error) ? `${error.code}: ${error.message}` : String(error);
      report.notReleased.push({ domain: d.name, reason });
      if (isRegistrarError(error)) {
        // Refused by the host's rules (logged by the router): remembered, so it is not asked again each cycle.
        const refused = { reason, ...(orderId === undefined ? {} : { orderId }) };
        await this.engine.commit(async (tx) => planRefused(d.name, await tx.getDomain(d.name), expiry, refused, this.ctx()));
      }
      // A refusal is in the Action Log already (the router and the engine log them); a host error is not.
      if (isHostError(error) && error.code !== 'DOMAIN_BUSY') this.options.logger?.warn(`scheduled renewal of ${d.name} not released: ${reason}`);
    }
  }

  /** Runs cycles on a timer (real time) until {@link stop}; one cycle at a time. */
  start(intervalMs = 60 * 60_000): void {
    this.timer.start(intervalMs);
  }

  stop(): Promise<void> {
    return this.timer.stop();
  }
}
