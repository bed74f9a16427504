import { checkDomainName } from '@registrar-kit/sdk';
import type { DependencyContainer } from 'tsyringe';
import type { Connector } from './connectors.js';
import { timeOrderedId } from './ids.js';
import { requireId, type SubmitRequest } from './router.js';
import { planAttachOrder, planSetRenewal } from './renewals/plan.js';
import { RenewalScheduler, type RenewalReport } from './renewals/scheduler.js';
import type { DomainRecord, OperationRecord, RenewalState } from './store/store.js';
import { SyncSweeper, type SyncRunOptions, type SyncSummary } from './sync/sweeper.js';
import { TOKENS } from './tokens.js';

const domainName = (name: string): string => checkDomainName(name).value?.name ?? name;

/**
 * The domain's life after acquisition (issue 19), as the host exposes it: the registrar sync
 * (`sync/`), and the renewal policy per domain and the renewal scheduler (`renewals/`). (The
 * follow-up `info` that fills an expiry a completion did not report is sent by `follow-ups/`.)
 * Every write is an engine unit.
 */
export class DomainLife {
  private readonly sweeper: SyncSweeper;
  private readonly scheduler: RenewalScheduler;

  /** The registrar sync: `run()` sweeps every due domain now, `run({ domain })` one domain. */
  readonly sync: { run: (options?: SyncRunOptions) => Promise<SyncSummary> };
  /** Scheduled renewals: one cycle now, and the platform's order for a domain's next renewal. */
  readonly renewals: { run: () => Promise<RenewalReport>; attachOrder: (domain: string, orderId: string) => Promise<RenewalState> };
  /** The renewal policy of a domain: a local setting (no registrar call). */
  readonly domains: { setRenewal: (domain: string, policy: { autoRenew: boolean }) => Promise<DomainRecord> };

  constructor(container: DependencyContainer, connectors: () => readonly Connector[], submit: (request: SubmitRequest<string>) => Promise<OperationRecord>) {
    const engine = container.resolve(TOKENS.Engine);
    const store = container.resolve(TOKENS.Store);
    const clock = container.resolve(TOKENS.Clock);
    const instances = container.resolve(TOKENS.Plugins);
    const options = container.resolve(TOKENS.Options);
    const logger = container.resolve(TOKENS.Logger);
    const events = container.resolve(TOKENS.Events);
    const newId = options.newId ?? timeOrderedId;
    const ctx = () => ({ now: clock.now(), newId });
    this.sweeper = new SyncSweeper(engine, store, instances, clock, { newId, logger, events, ...(options.sleep === undefined ? {} : { sleep: options.sleep }) });
    this.scheduler = new RenewalScheduler(engine, store, connectors, clock, container.resolve(TOKENS.Config).renewals ?? {}, submit, { newId, logger });
    this.sync = { run: (o = {}) => this.sweeper.run(o.domain === undefined ? o : { ...o, domain: domainName(o.domain) }) };
    this.renewals = {
      run: () => this.scheduler.run(),
      attachOrder: (domain, orderId) => {
        const name = domainName(domain);
        const id = requireId('/orderId', orderId);
        return engine.commit(async (tx) => planAttachOrder(name, await tx.getDomain(name), id, ctx())) as Promise<RenewalState>;
      },
    };
    this.domains = {
      setRenewal: (domain, policy) => {
        const name = domainName(domain);
        return engine.commit(async (tx) => planSetRenewal(name, await tx.getDomain(name), policy.autoRenew === true, ctx())) as Promise<DomainRecord>;
      },
    };
  }

  /** Starts the sync sweep (instances configured with `sync`) and the renewal scheduler (with `renewals` configured). */
  start(renewals: boolean, intervalMs?: { sync?: number; renewals?: number }): void {
    this.sweeper.start(intervalMs?.sync);
    if (renewals) this.scheduler.start(intervalMs?.renewals);
  }

  /** Stops the timers and waits for the cycles under way. */
  async stop(): Promise<void> {
    await Promise.all([this.sweeper.stop(), this.scheduler.stop()]);
  }
}
