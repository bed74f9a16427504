import 'reflect-metadata';
import { checkDomainName, RegistrarError, type Clock } from '@registrar-kit/sdk';
import type { DependencyContainer } from 'tsyringe';
import type { ActionLog } from './action-log.js';
import { compose, type HostProblem } from './compose.js';
import { loadConfig, resolveConfig, type ResolvedConfig } from './config.js';
import { capabilityMatrix, type Capability, type Connector } from './connectors.js';
import type { Dispatcher } from './dispatch.js';
import type { Engine } from './engine/engine.js';
import { HostError } from './errors.js';
import type { HostEventBus, HostEventName, HostEvents } from './events.js';
import type { InboundIntake } from './inbound/intake.js';
import { startSmtpListener, type SmtpListener } from './inbound/smtp-listener.js';
import { acceptsTransport } from './inbound/transport.js';
import type { DomainStatus } from './lifecycle.js';
import type { HostOptions } from './options.js';
import type { PluginInstance } from './plugin-registry.js';
import type { Presence } from './presence.js';
import { recover, type RecoveryReport } from './recovery.js';
import { Admission } from './policy/admission.js';
import { FollowUps } from './follow-ups/sweep.js';
import { requireId, type SubmitRequest } from './router.js';
import { prepareRetry, type RetryOf } from './retry.js';
import type { ActionLogEntry, ActionLogQuery, DomainQuery, DomainRecord, ManualTask, OperationQuery, OperationRecord, OrderRecord, Page, Store, TaskQuery } from './store/store.js';
import { TOKENS } from './tokens.js';
import { timeOrderedId } from './ids.js';
import { DomainLife } from './domain-life.js';
import type { PendingTracker } from './tracker/pending-tracker.js';
import { submitMany, type BulkItem, type BulkOptions } from './bulk.js';
import { catalogueApi, portfolioApi, type AccountDeps } from './portfolio/portfolio.js';
import type { WebhookWorker } from './webhooks/worker.js';

export type { SubmitRequest } from './router.js';
export type { HostProblem } from './compose.js';
export type { Capability } from './connectors.js';

/**
 * The registrar host a platform embeds. Create it with {@link createHost} or {@link loadHost}.
 * A façade: requests are routed by `router.ts`, every state change is made by the engine
 * (`engine/`), plugins are called by the dispatcher, and the services are built in `compose.ts`.
 */
export class Host {
  private closed = false;
  private smtp: SmtpListener | undefined;
  /** Submits between admission and answer (drained on close). */
  private readonly submits = new Set<Promise<unknown>>();
  readonly store: Store;
  readonly clock: Clock;
  readonly actionLog: ActionLog;
  readonly events: HostEventBus;
  /** The only writer of host state. */
  readonly engine: Engine;
  /** Carries pending operations to their end (poll, backoff, batch, rate limit, escalation). */
  readonly tracker: PendingTracker;
  /** Registrar mail and webhooks: dedupe, sender and DKIM checks, correlation, quarantine. */
  readonly inbound: InboundIntake;
  /** Delivers events to the platform's webhook endpoints (outbox, retries, endpoint health). */
  readonly webhooks: WebhookWorker;
  private readonly dispatcher: Dispatcher;
  private readonly presence: Presence;
  private readonly instances: ReadonlyMap<string, PluginInstance>;
  private readonly admission: Admission;
  /** What completed operations still owe — the lock asked for, a missing expiry (follow-ups/); they skip the closed check, so close() waits for them. */
  private readonly followUps: FollowUps;
  /** Registrar sync, the renewal policy per domain, scheduled renewals: see {@link DomainLife} (domain-life.ts). */
  readonly sync: DomainLife['sync']; readonly renewals: DomainLife['renewals']; readonly domains: DomainLife['domains']; private readonly life: DomainLife;

  private constructor(
    readonly config: ResolvedConfig,
    /** The host's DI container (a child of the platform's, when one was passed). */
    readonly container: DependencyContainer,
    private readonly connectorList: Connector[],
    private readonly problemList: HostProblem[],
    private readonly newKey: () => string,
  ) {
    this.store = container.resolve(TOKENS.Store);
    this.clock = container.resolve(TOKENS.Clock);
    this.actionLog = container.resolve(TOKENS.ActionLog);
    this.events = container.resolve(TOKENS.Events);
    this.engine = container.resolve(TOKENS.Engine);
    this.tracker = container.resolve(TOKENS.Tracker);
    this.inbound = container.resolve(TOKENS.Intake);
    this.webhooks = container.resolve(TOKENS.Webhooks);
    this.dispatcher = container.resolve(TOKENS.Dispatcher);
    this.presence = container.resolve(TOKENS.Presence);
    this.instances = container.resolve(TOKENS.Plugins);
    this.admission = new Admission(config, connectorList, this.instances, this.engine, newKey);
    this.followUps = new FollowUps(container, (r) => this.send(r));
    ({ sync: this.sync, renewals: this.renewals, domains: this.domains } = this.life = new DomainLife(container, () => this.connectorList, (r) => this.send(r)));
  }

  /** @internal Use {@link createHost}. */
  static async create(config: ResolvedConfig, options: HostOptions = {}): Promise<Host> {
    const { container, connectors, problems } = await compose(config, options);
    const host = new Host(config, container, connectors, problems, options.newId ?? timeOrderedId);
    await host.presence.beat();
    host.presence.start();
    return host;
  }

  /** Every configuration, plugin and connector problem found at start-up. */
  problems(): HostProblem[] {
    return [...this.problemList];
  }

  /** The connectors with their effective modes (disabled ones carry the reason). */
  connectors(): readonly Connector[] {
    return this.connectorList;
  }

  /** Loaded plugin instances by name. */
  plugins(): ReadonlyMap<string, PluginInstance> {
    return this.instances;
  }

  /** The capability matrix: connector × operation × mode × completion. */
  capabilities(): Capability[] {
    return capabilityMatrix(this.connectorList, this.instances);
  }

  on<E extends HostEventName>(event: E, listener: (payload: HostEvents[E]) => void): () => void {
    return this.events.on(event, listener);
  }

  // --- reads (filters and limits run in SQL; pages carry a cursor; `customerId` keeps to one tenant) --

  getDomain(name: string): Promise<DomainRecord | undefined> {
    return this.store.getDomain(checkDomainName(name).value?.name ?? name);
  }

  listDomains(query?: DomainQuery): Promise<DomainRecord[]> {
    return this.store.listDomains(query);
  }

  pageDomains(query?: DomainQuery): Promise<Page<DomainRecord>> {
    return this.store.pageDomains(query);
  }

  getOperation(id: string): Promise<OperationRecord | undefined> {
    return this.store.getOperation(id);
  }

  listOperations(query?: OperationQuery): Promise<OperationRecord[]> {
    return this.store.listOperations(query);
  }

  pageOperations(query?: OperationQuery): Promise<Page<OperationRecord>> {
    return this.store.pageOperations(query);
  }

  /** The Action Log, filtered by domain, operation, order, customer (see {@link ActionLogQuery.customerId}), kind, level and time range. */
  log(query?: ActionLogQuery): Promise<ActionLogEntry[]> {
    return this.store.queryLog(query);
  }

  pageLog(query?: ActionLogQuery): Promise<Page<ActionLogEntry>> {
    return this.store.pageLog(query);
  }

  // --- writes (each one a unit of the engine) ---------------------------------------------------

  /**
   * Validates and routes one operation. Returns the durable operation record (done, pending,
   * failed, awaiting-payment or awaiting-manual). Throws a RegistrarError for a refused request
   * (INVALID_INPUT, UNSUPPORTED, STATUS_PROHIBITS, POLICY) with nothing changed but an Action Log
   * entry; a HostError IDEMPOTENCY_CONFLICT when a key is reused for a different request,
   * DOMAIN_BUSY (naming the operation in flight) when the domain has another operation under way,
   * and OVERLOADED when more changes are waiting to be written than the host accepts.
   * The same idempotency key, submitted any number of times at once, returns the one operation.
   */
  async submit<K extends string>(request: SubmitRequest<K>): Promise<OperationRecord> {
    if (this.closed) throw new HostError('HOST_CLOSED', 'the host is closed');
    return this.send(request as SubmitRequest<string>);
  }

  private async send(request: SubmitRequest<string>, retryOf?: RetryOf): Promise<OperationRecord> {
    const work = (async () => {
      const routed = { ...(await this.admission.admit(request)), ...(retryOf === undefined ? {} : { retryOf }) }; // router, DNS test (policy/admission.ts); a refusal is logged and thrown
      this.engine.admit(); // right before the write, nothing awaited between: under overload refused before it costs one
      const { record, dispatch } = await this.engine.submit(routed);
      return dispatch ? this.dispatcher.send(record, { owner: record.leaseOwner!, token: record.leaseToken! }) : record;
    })();
    this.submits.add(work);
    try {
      return await work;
    } finally {
      this.submits.delete(work);
    }
  }

  /** Many requests in one call: one result per request, in order (the operation or its refusal). */
  async submitMany(requests: readonly SubmitRequest<string>[], options?: BulkOptions): Promise<BulkItem[]> {
    if (this.closed) throw new HostError('HOST_CLOSED', 'the host is closed');
    return submitMany((request) => this.submit(request), requests, options);
  }

  /** Staff's retry of a failed operation: a new operation under the key `retry:<id>` (one however often pressed), never the failed one revived (retry.ts). */
  readonly operations = {
    retry: async (id: string, by?: { staff?: string }): Promise<OperationRecord> => this.send(...(await prepareRetry(this.store, id, by, this.closed))),
  };

  /** Orders from the platform's store: requests wait in awaiting-payment until the order is marked paid. */
  readonly orders = {
    get: async (id: string): Promise<OrderRecord | undefined> => this.store.getOrder(requireId('/orderId', id)),
    /**
     * Marks the order paid and sends its waiting requests (auto) or opens their manual tasks.
     * Idempotent: a second call (a retried payment webhook) sends nothing and returns the same
     * operations. Refused with ORDER_STATE for a cancelled order.
     */
    markPaid: async (orderId: string): Promise<OperationRecord[]> => {
      const { operations, dispatch } = await this.engine.markPaid(requireId('/orderId', orderId));
      const sent = new Map((await Promise.all(dispatch.map((r) => this.dispatcher.send(r, { owner: r.leaseOwner!, token: r.leaseToken! })))).map((r) => [r.id, r]));
      return operations.map((r) => sent.get(r.id) ?? r);
    },
    /** Cancels the order and every operation still waiting for its payment; refused with ORDER_STATE once paid. */
    cancel: async (orderId: string): Promise<OperationRecord[]> => this.engine.cancelOrder(requireId('/orderId', orderId)),
  };

  /** Work for staff: manual connector modes, escalations, crash outcomes nobody can know. */
  readonly manualTasks = {
    list: (filter?: TaskQuery): Promise<ManualTask[]> => this.store.listTasks(filter),
    get: (id: string): Promise<ManualTask | undefined> => this.store.getTask(id),
    /** One owner per task: a second staff member gets TASK_STATE naming who has it. */
    claim: async (taskId: string, staff: string): Promise<ManualTask> => this.engine.claimTask(requireId('/taskId', taskId), requireId('/staff', staff)),
    /** Staff did the work: the operation is done with `result` and the domain moves on. */
    complete: async (taskId: string, result: unknown = {}, by?: { staff?: string }): Promise<OperationRecord> =>
      (await this.engine.closeTask(requireId('/taskId', taskId), 'completed', { status: 'done', result }, by?.staff)).record,
    /** Staff refuse: the operation fails with the reason. */
    reject: async (taskId: string, reason: string, by?: { staff?: string }): Promise<OperationRecord> =>
      (await this.engine.closeTask(requireId('/taskId', taskId), 'rejected', { status: 'failed', error: new RegistrarError({ code: 'POLICY', message: reason, detail: `rejected by staff: ${reason}` }) }, by?.staff)).record,
  };

  /** `import(instance)`: the registrar account's domains (`listDomains`) as `registered` rows, idempotently. */
  readonly portfolio = portfolioApi(() => this.accountDeps());
  /** `sync(instance)` stores the TLD catalogue (`listTlds`); `list(query)` reads it. */
  readonly catalogue = catalogueApi(() => this.accountDeps());

  private accountDeps(): AccountDeps {
    if (this.closed) throw new HostError('HOST_CLOSED', 'the host is closed');
    return { engine: this.engine, store: this.store, clock: this.clock, instances: this.instances, connectors: this.connectorList, newId: this.newKey };
  }

  /** Opens a manual task for an operation (an operator's escalation). */
  escalate(operationId: string, reason: string): Promise<ManualTask> {
    return this.engine.escalate(operationId, reason);
  }

  /**
   * Starts the background work of a long-running host: crash recovery first, then the pending
   * tracker on a timer, the webhook delivery worker, and the SMTP listener when configured.
   */
  async start(options: { trackerIntervalMs?: number } = {}): Promise<{ recovered: RecoveryReport; smtpPort: number | undefined }> {
    const recovered = await this.recover();
    await this.followUps.start(options.trackerIntervalMs); // what a crash left owing goes out now, then on the tracker's interval
    // Said once at every start, in the Action Log: an instance anyone can push outcomes to.
    await this.inbound.warnUnauthenticatedWebhooks();
    this.tracker.start(options.trackerIntervalMs);
    this.life.start(this.config.renewals !== undefined);
    this.webhooks.start();
    const smtp = this.config.inbound?.smtp;
    if (smtp !== undefined && this.smtp === undefined) {
      this.smtp = await startSmtpListener({
        port: smtp.port,
        ...(smtp.host === undefined ? {} : { host: smtp.host }),
        // Only instances that take mail: a webhook-only instance's address gets no SMTP delivery.
        allowedRecipients: [...this.instances.values()].flatMap((i) => (i.config.inbound?.address === undefined || !acceptsTransport(i, 'mail').accepted ? [] : [i.config.inbound.address])),
        onMessage: (raw, meta) => this.inbound.deliver(raw, meta),
      });
    }
    return { recovered, smtpPort: this.smtp?.port };
  }

  /**
   * Crash recovery (see `recovery.ts`): applies the outcome journal of an earlier run, then takes
   * over `submitting` operations whose host is gone — never another live host's work.
   */
  recover(): Promise<RecoveryReport> {
    return recover({ engine: this.engine, store: this.store, presence: this.presence, dispatcher: this.dispatcher, instances: this.instances });
  }

  /** Waits for submits in flight, stops the tracker, disposes every plugin instance and closes the store. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([...this.submits]);
    await this.followUps.stop();
    await this.life.stop();
    await this.tracker.stop();
    await this.webhooks.stop();
    await this.smtp?.close();
    await this.dispatcher.drain();
    await this.presence.stop().catch(() => undefined);
    for (const instance of this.instances.values()) {
      const problem = await instance.runtime.dispose(instance.context);
      if (problem !== undefined) await this.engine.log({ level: 'warn', kind: 'plugin-log', message: `dispose of ${instance.name}: ${problem}`, pluginInstance: instance.name }).catch(() => undefined);
      // Logs out of every EPP session the instance opened (RFC 5730 §2.9.1.2).
      await instance.context.epp.close().catch(() => undefined);
      await instance.container.dispose();
    }
    await this.container.dispose();
    await this.store.close();
  }
}

/** Creates a host from a configuration object (what a platform that embeds the host calls). */
export async function createHost(config: unknown, options: HostOptions & { baseDir?: string; file?: string } = {}): Promise<Host> {
  const { baseDir, file, env } = options;
  return Host.create(resolveConfig(config, { ...(baseDir === undefined ? {} : { baseDir }), ...(file === undefined ? {} : { file }), ...(env === undefined ? {} : { env }) }), options);
}

/** Finds the configuration with cosmiconfig from `cwd` and creates the host. */
export async function loadHost(options: HostOptions & { cwd?: string; file?: string } = {}): Promise<Host> {
  const { cwd, file, env } = options;
  return Host.create(await loadConfig({ ...(cwd === undefined ? {} : { cwd }), ...(file === undefined ? {} : { file }), ...(env === undefined ? {} : { env }) }), options);
}

export type { DomainStatus };
