import 'reflect-metadata';
import { createHash, randomUUID } from 'node:crypto';
import {
  checkDomainName,
  checkOperationInput,
  invalidInput,
  isRegistrarError,
  RegistrarError,
  serializeError,
  settle,
  type Clock,
  type OperationInputs,
  type OperationName,
  type Outcome,
  type SerializedRegistrarError,
} from '@registrar-kit/sdk';
import { container as rootContainer, type DependencyContainer } from 'tsyringe';
import { ActionLog, summarizeRequest } from './action-log.js';
import { loadConfig, resolveConfig, storePath, type ResolvedConfig } from './config.js';
import { buildConnector, connectorFor, type Connector, type ConnectorProblem } from './connectors.js';
import { HostError } from './errors.js';
import { HostEventBus, type HostEventName, type HostEvents } from './events.js';
import {
  assertDomainTransition,
  assertOperationTransition,
  inFlightDomainStatus,
  settledDomainStatus,
  type DomainStatus,
  type OperationStatus,
} from './lifecycle.js';
import { systemClock, type HostOptions } from './options.js';
import { loadPluginInstances, type InstanceProblem, type PluginInstance } from './plugin-registry.js';
import { openSqliteStore } from './store/sqlite-store.js';
import type { ActionLogEntry, ActionLogQuery, DomainRecord, ManualTask, ManualTaskStatus, OperationQuery, OperationRecord, OrderRecord, Store } from './store/store.js';
import { TOKENS } from './tokens.js';
import { timeOrderedId } from './ids.js';
import { InboundIntake } from './inbound/intake.js';
import { startSmtpListener, type SmtpListener } from './inbound/smtp-listener.js';
import { createSmtpMailSender } from './mail/smtp-sender.js';
import { PendingTracker } from './tracker/pending-tracker.js';
import { DEFAULT_MAX_PENDING_DAYS } from './tracker/policy.js';

/** A request to perform one operation on one domain. */
export interface SubmitRequest<K extends string = OperationName> {
  operation: K;
  input: K extends OperationName ? OperationInputs[K] : Record<string, unknown> & { domain: string };
  /** A customer order: the request waits in awaiting-payment until the order is marked paid. */
  orderId?: string;
  customerId?: string;
  /** Same key, same operation: never sent twice. Defaults to orderId + operation + domain for orders. */
  idempotencyKey?: string;
}

/** Everything wrong with the configuration and the plugins, for operators. */
export type HostProblem =
  | (InstanceProblem & { kind: 'plugin' })
  | (ConnectorProblem & { kind: 'connector' });

/** One row of the capability matrix: what a connector does for an operation. */
export interface Capability {
  connector: string;
  tld: string;
  plugin: string;
  operation: string;
  mode: 'auto' | 'manual' | 'unsupported';
  completion: 'sync' | 'poll' | 'message' | undefined;
  reason: string | undefined;
}

// Seed 003: while the registrar lock is set, transferring and removing the domain and
// changing the customer contact information are prohibited.
const LOCK_PROHIBITED = new Set(['transfer', 'getAuthCode', 'cancel', 'updateContacts', 'changeRegistrant']);
const ACTIVE_DOMAIN = new Set<DomainStatus>(['registering', 'transferring', 'registered', 'awaiting-payment', 'awaiting-manual']);

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

const OPERATION_LABEL: Record<string, string> = {
  register: 'Registration',
  transfer: 'Transfer',
  renew: 'Renewal',
  cancel: 'Cancellation',
};

/**
 * The registrar host a platform embeds. Create it with {@link createHost} or {@link loadHost}.
 */
export class Host {
  private closed = false;
  private smtp: SmtpListener | undefined;
  /** Carries pending operations to their end (poll, backoff, batch, rate limit, escalation). */
  readonly tracker: PendingTracker;
  /** Registrar mail and webhooks: dedupe, sender and DKIM checks, correlation, quarantine. */
  readonly inbound: InboundIntake;

  private constructor(
    readonly config: ResolvedConfig,
    readonly store: Store,
    readonly clock: Clock,
    readonly actionLog: ActionLog,
    readonly events: HostEventBus,
    private readonly container: DependencyContainer,
    private readonly instances: Map<string, PluginInstance>,
    private readonly connectorList: Connector[],
    private readonly problemList: HostProblem[],
    private readonly newId: () => string,
    options: HostOptions = {},
  ) {
    this.tracker = new PendingTracker(this, clock, {
      owner: options.trackerOwner ?? `host-${randomUUID()}`,
      ...(config.tracker?.leaseSeconds === undefined ? {} : { leaseSeconds: config.tracker.leaseSeconds }),
      ...(config.tracker?.batchSize === undefined ? {} : { batchSize: config.tracker.batchSize }),
      ...(options.random === undefined ? {} : { random: options.random }),
      ...(options.sleep === undefined ? {} : { sleep: options.sleep }),
    });
    this.inbound = new InboundIntake(this, { newId, ...(options.dnsResolver === undefined ? {} : { dnsResolver: options.dnsResolver }) });
  }

  /** @internal Use {@link createHost}. */
  static async create(config: ResolvedConfig, options: HostOptions = {}): Promise<Host> {
    const clock = options.clock ?? systemClock;
    const store = await openSqliteStore(storePath(config));
    const container = rootContainer.createChildContainer();
    const events = new HostEventBus();
    container.register(TOKENS.Config, { useValue: config });
    container.register(TOKENS.Store, { useValue: store });
    container.register(TOKENS.Clock, { useValue: clock });
    container.register(TOKENS.Events, { useValue: events });
    container.register(TOKENS.Options, { useValue: options });
    container.registerSingleton(ActionLog);
    const actionLog = container.resolve(ActionLog);
    const smtpUrl = config.mail?.smtpUrl;
    const mailOptions: HostOptions =
      options.mail === undefined && typeof smtpUrl === 'string'
        ? {
            ...options,
            mail: (instance: string) =>
              createSmtpMailSender({ smtpUrl, from: config.plugins.find((p) => p.name === instance)?.mailFrom ?? config.mail?.from ?? 'registrar-kit@localhost' }),
          }
        : options;
    const { instances, problems } = await loadPluginInstances({ config, container, store, clock, actionLog, options: mailOptions });
    const problemList: HostProblem[] = problems.map((p) => ({ ...p, kind: 'plugin' as const }));
    const connectors: Connector[] = [];
    config.connectors.forEach((cc, i) => {
      const instance = instances.get(cc.plugin);
      const failed = problems.filter((p) => p.instance === cc.plugin);
      const why = failed.length > 0 ? `plugin instance "${cc.plugin}" failed to load (${failed.map((p) => p.code).join(', ')})` : undefined;
      const built = buildConnector(cc, i, instance?.manifest, why, config.file);
      connectors.push(built.connector);
      problemList.push(...built.problems.map((p) => ({ ...p, kind: 'connector' as const })));
    });
    return new Host(config, store, clock, actionLog, events, container, instances, connectors, problemList, options.newId ?? timeOrderedId, options);
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
    return this.connectorList.flatMap((c) => {
      const manifest = this.instances.get(c.plugin)?.manifest;
      return Object.entries(c.modes).map(([operation, mode]) => {
        const spec = (manifest?.operations as Record<string, { completion?: 'sync' | 'poll' | 'message' }> | undefined)?.[operation] ?? manifest?.customOperations?.[operation];
        return { connector: c.name, tld: c.tld, plugin: c.plugin, operation, mode, completion: mode === 'auto' ? spec?.completion : undefined, reason: c.reasons[operation] };
      });
    });
  }

  on<E extends HostEventName>(event: E, listener: (payload: HostEvents[E]) => void): () => void {
    return this.events.on(event, listener);
  }

  getDomain(name: string): Promise<DomainRecord | undefined> {
    const checked = checkDomainName(name);
    return this.store.getDomain(checked.value?.name ?? name);
  }

  listDomains(filter?: { status?: DomainStatus; limit?: number }): Promise<DomainRecord[]> {
    return this.store.listDomains(filter);
  }

  getOperation(id: string): Promise<OperationRecord | undefined> {
    return this.store.getOperation(id);
  }

  listOperations(query?: OperationQuery): Promise<OperationRecord[]> {
    return this.store.listOperations(query);
  }

  /** The Action Log, filtered by domain, operation, order, kind, level and time range. */
  log(query?: ActionLogQuery): Promise<ActionLogEntry[]> {
    return this.actionLog.query(query);
  }

  /**
   * Validates and routes one operation. Returns the durable operation record (done, pending,
   * failed, awaiting-payment or awaiting-manual). Throws a RegistrarError for a refused request
   * (INVALID_INPUT, UNSUPPORTED, STATUS_PROHIBITS), with nothing changed but an Action Log entry,
   * and a HostError IDEMPOTENCY_CONFLICT when a key is reused for a different request.
   */
  async submit<K extends string>(request: SubmitRequest<K>): Promise<OperationRecord> {
    if (this.closed) throw new HostError('HOST_CLOSED', 'the host is closed');
    const op = request.operation as string;
    const rawDomain = (request.input as { domain?: unknown } | undefined)?.domain;
    const domainCheck = checkDomainName(rawDomain, '/domain');
    if (domainCheck.value === undefined) return this.refuse(request, invalidInput(domainCheck.issues));
    const domain = domainCheck.value;
    const connector = connectorFor(this.connectorList, domain.tld);
    if (connector === undefined) {
      return this.refuse(request, new RegistrarError({ code: 'UNSUPPORTED', message: `.${domain.tld} domains are not offered`, detail: `no connector is configured for .${domain.tld}` }), domain.name);
    }
    const instance = this.instances.get(connector.plugin);
    if (connector.disabled !== undefined || instance === undefined) {
      return this.refuse(
        request,
        new RegistrarError({ code: 'UNSUPPORTED', message: `.${domain.tld} domains are temporarily unavailable`, detail: `connector "${connector.name}" is disabled: ${connector.disabled ?? 'its plugin is not loaded'}` }),
        domain.name,
      );
    }
    const checked = checkOperationInput(instance.manifest, op, request.input);
    if (checked.value === undefined) return this.refuse(request, invalidInput(checked.issues), domain.name);
    const input = checked.value as Record<string, unknown>;
    if (op === 'transfer' && input.useProviderNameservers === true && !connector.flags.transferUsesProviderNameservers) {
      return this.refuse(request, invalidInput([{ path: '/useProviderNameservers', message: `connector "${connector.name}" does not allow transfers onto the provider's name servers` }]), domain.name);
    }
    const mode = connector.modes[op] ?? 'unsupported';
    if (mode === 'unsupported') {
      const reason = connector.reasons[op] ?? 'not-supported';
      const label = OPERATION_LABEL[op] ?? `The ${op} operation`;
      return this.refuse(
        request,
        new RegistrarError({
          code: 'UNSUPPORTED',
          message: `${label} of .${domain.tld} domains is not supported here (${reason})`,
          detail: `connector "${connector.name}" (plugin instance "${connector.plugin}") has ${op} unsupported: ${reason}`,
        }),
        domain.name,
      );
    }

    const payloadHash = createHash('sha256').update(stable({ op, input, orderId: request.orderId, customerId: request.customerId })).digest('hex');
    const key = request.idempotencyKey ?? (request.orderId !== undefined ? `${request.orderId}:${op}:${domain.name}` : this.newId());
    const existing = await this.store.getOperationByKey(key);
    if (existing !== undefined) {
      if (existing.payloadHash !== payloadHash) {
        throw new HostError('IDEMPOTENCY_CONFLICT', `idempotency key "${key}" was already used for a different request (operation ${existing.id}); use a new key`);
      }
      return existing;
    }

    const current = await this.store.getDomain(domain.name);
    if (current?.locked === true && LOCK_PROHIBITED.has(op)) {
      return this.refuse(
        request,
        new RegistrarError({ code: 'STATUS_PROHIBITS', message: `${domain.unicode} is locked: unlock it before this change`, detail: `registrar lock is set; ${op} is prohibited while locked` }),
        domain.name,
      );
    }
    if ((op === 'register' || op === 'transfer') && current !== undefined && ACTIVE_DOMAIN.has(current.status)) {
      return this.refuse(
        request,
        new RegistrarError({ code: 'STATUS_PROHIBITS', message: `${domain.unicode} is already ${current.status}`, detail: `domain status ${current.status} does not allow ${op}` }),
        domain.name,
      );
    }

    const now = this.clock.now();
    let order: OrderRecord | undefined;
    if (request.orderId !== undefined) {
      order = await this.store.getOrder(request.orderId);
      if (order === undefined) {
        order = { id: request.orderId, customerId: request.customerId, status: 'unpaid', createdAt: now, updatedAt: now };
        await this.store.putOrder(order);
      } else if (order.status === 'cancelled') {
        return this.refuse(request, new RegistrarError({ code: 'POLICY', message: 'The order was cancelled', detail: `order ${order.id} is cancelled` }), domain.name);
      }
    }
    const waitsForPayment = order !== undefined && order.status !== 'paid';
    const record: OperationRecord = {
      id: this.newId(),
      idempotencyKey: key,
      payloadHash,
      operation: op,
      domain: domain.name,
      connector: connector.name,
      pluginInstance: connector.plugin,
      orderId: request.orderId,
      customerId: request.customerId ?? order?.customerId,
      mode,
      status: waitsForPayment ? 'awaiting-payment' : mode === 'manual' ? 'awaiting-manual' : 'submitting',
      input,
      result: undefined,
      error: undefined,
      ref: undefined,
      await: undefined,
      step: undefined,
      pendingData: undefined,
      nextCheckAt: undefined,
      leaseOwner: undefined,
      leaseExpiresAt: undefined,
      pollAttempts: 0,
      submittedAt: waitsForPayment || mode === 'manual' ? undefined : now,
      createdAt: now,
      updatedAt: now,
    };
    const emitted: (() => void)[] = [];
    await this.store.transaction(async (tx) => {
      await tx.insertOperation(record);
      emitted.push(() => this.events.emit('operation.status', { operationId: record.id, operation: op, domain: domain.name, from: undefined, to: record.status }));
      await this.actionLog.write(
        { level: 'info', kind: 'transition', message: `${op} ${domain.name}: operation ${record.status}`, domain: domain.name, operationId: record.id, pluginInstance: connector.plugin, ...(record.orderId === undefined ? {} : { orderId: record.orderId }), data: { to: record.status, mode, connector: connector.name } },
        tx,
      );
      const target: DomainStatus | undefined = waitsForPayment
        ? op === 'register' || op === 'transfer' ? 'awaiting-payment' : undefined
        : mode === 'manual'
          ? current !== undefined || op === 'register' || op === 'transfer' ? 'awaiting-manual' : undefined
          : inFlightDomainStatus(op);
      if (target !== undefined) {
        await this.moveDomain(tx, domain.name, target, { record, connector: connector.name, tld: domain.tld, current }, emitted);
      }
      if (!waitsForPayment && mode === 'manual') await this.openTask(tx, record, connector.reasons[op] ?? `connector "${connector.name}" handles ${op} manually`, emitted);
    });
    for (const e of emitted) e();
    if (record.status === 'submitting') return this.callPlugin(record, instance);
    return (await this.store.getOperation(record.id)) ?? record;
  }

  private async refuse(request: SubmitRequest<string>, error: RegistrarError, domain?: string): Promise<never> {
    await this.actionLog.write({
      level: 'warn',
      kind: 'refusal',
      message: `${request.operation} ${domain ?? String((request.input as { domain?: unknown })?.domain ?? '')}: refused (${error.code}) ${error.message}`,
      ...(domain === undefined ? {} : { domain }),
      ...(request.orderId === undefined ? {} : { orderId: request.orderId }),
      data: { error: serializeError(error), input: summarizeRequest(request.input) },
    });
    throw error;
  }

  private async moveDomain(
    tx: Store,
    name: string,
    to: DomainStatus,
    ctx: { record: OperationRecord; connector?: string; tld?: string; current?: DomainRecord | undefined; patch?: Partial<DomainRecord> },
    emitted: (() => void)[],
  ): Promise<void> {
    const current = ctx.current === undefined ? await tx.getDomain(name) : ctx.current;
    const now = this.clock.now();
    // Staying in the same status (a failed change on a registered or cancelled domain) is not a transition.
    if (current !== undefined && current.status !== to) assertDomainTransition(name, current.status, to);
    const next: DomainRecord = {
      name,
      tld: current?.tld ?? ctx.tld ?? name.slice(name.indexOf('.') + 1),
      status: to,
      connector: ctx.connector ?? current?.connector,
      pluginInstance: ctx.record.pluginInstance ?? current?.pluginInstance,
      customerId: ctx.record.customerId ?? current?.customerId,
      locked: current?.locked ?? false,
      expiresAt: current?.expiresAt,
      nameservers: current?.nameservers,
      lastError: to === 'error' ? ctx.record.error : undefined,
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
      ...ctx.patch,
    };
    await tx.putDomain(next);
    if (current?.status !== to) {
      await this.actionLog.write(
        { level: to === 'error' ? 'error' : 'info', kind: 'transition', message: `domain ${name}: ${current?.status ?? 'new'} → ${to}`, domain: name, operationId: ctx.record.id, ...(ctx.record.orderId === undefined ? {} : { orderId: ctx.record.orderId }), data: { from: current?.status, to, ...(to === 'error' && ctx.record.error !== undefined ? { error: ctx.record.error } : {}) } },
        tx,
      );
      emitted.push(() => this.events.emit('domain.status', { domain: name, from: current?.status, to, operationId: ctx.record.id }));
    }
  }

  private async openTask(tx: Store, record: OperationRecord, reason: string, emitted: (() => void)[]): Promise<ManualTask> {
    const now = this.clock.now();
    const task: ManualTask = { id: this.newId(), operationId: record.id, domain: record.domain, operation: record.operation, status: 'open', reason, claimedBy: undefined, result: undefined, createdAt: now, updatedAt: now };
    await tx.insertTask(task);
    await this.actionLog.write({ level: 'info', kind: 'manual-task', message: `manual task opened for ${record.operation} ${record.domain}: ${reason}`, domain: record.domain, operationId: record.id, data: { taskId: task.id } }, tx);
    emitted.push(() => this.events.emit('task.opened', { task }));
    return task;
  }

  /** Marks the operation submitted and calls the plugin (the `submitting` row is durable first). */
  private async callPlugin(record: OperationRecord, instance: PluginInstance): Promise<OperationRecord> {
    const handler =
      (instance.plugin.operations as Record<string, ((input: unknown, ctx: unknown) => Promise<Outcome>) | undefined>)[record.operation] ??
      instance.plugin.custom?.[record.operation];
    const started = performance.now();
    const ctx = {
      ...instance.context,
      log: instance.logger({ operationId: record.id, domain: record.domain }),
      operation: { id: record.id, name: record.operation, domain: record.domain, customerId: record.customerId },
    };
    const outcome =
      handler === undefined
        ? ({ status: 'failed', error: new RegistrarError({ code: 'UNSUPPORTED', message: 'The operation is not available', detail: `plugin instance "${instance.name}" has no handler for ${record.operation}` }) } as const)
        : await settle(() => handler(record.input, ctx));
    const durationMs = Math.round((performance.now() - started) * 1000) / 1000;
    return this.applyOutcomeTo(record.id, record, outcome, { durationMs, call: record.operation });
  }

  /**
   * Applies a plugin outcome to an operation and its domain (done, pending with a new ref or
   * step, failed). The tracker and inbound intake use it for poll and message results.
   */
  async applyOutcome(operationId: string, outcome: Outcome, meta: { durationMs?: number; call?: string; via?: string } = {}): Promise<OperationRecord> {
    return this.applyOutcomeTo(operationId, undefined, outcome, meta);
  }

  /**
   * `known` is the record the router itself just marked `submitting`: nothing else moves an
   * operation out of `submitting` while the host runs (recovery only happens at start-up), so the
   * router's plugin-call path skips re-reading it. The transition is still checked.
   */
  private async applyOutcomeTo(operationId: string, known: OperationRecord | undefined, outcome: Outcome, meta: { durationMs?: number; call?: string; via?: string }): Promise<OperationRecord> {
    const emitted: (() => void)[] = [];
    const updated = await this.store.transaction(async (tx) => {
      const record = known ?? (await tx.getOperation(operationId));
      if (record === undefined) throw new HostError('NOT_FOUND', `operation ${operationId} does not exist`);
      const instance = record.pluginInstance === undefined ? undefined : this.instances.get(record.pluginInstance);
      const now = this.clock.now();
      const error: SerializedRegistrarError | undefined = outcome.status === 'failed' ? serializeError(outcome.error) : undefined;
      const to: OperationStatus = outcome.status;
      assertOperationTransition(record.id, record.status, to);
      const patch: Partial<OperationRecord> = { status: to, updatedAt: now, leaseOwner: undefined, leaseExpiresAt: undefined };
      if (outcome.status === 'done') Object.assign(patch, { result: outcome.result, nextCheckAt: undefined, ref: record.ref });
      if (outcome.status === 'failed') Object.assign(patch, { error, nextCheckAt: undefined });
      if (outcome.status === 'pending') {
        const min = instance?.manifest.polling?.minIntervalSeconds ?? 300;
        Object.assign(patch, {
          ref: outcome.ref,
          await: outcome.await,
          step: outcome.step,
          pendingData: outcome.data,
          // Message-awaited operations get their deadline as next check: the tracker never polls
          // them, it escalates them to staff when no message came in time.
          nextCheckAt:
            outcome.await === 'poll'
              ? new Date(now.getTime() + min * 1000)
              : new Date((record.submittedAt ?? now).getTime() + (instance?.manifest.polling?.maxPendingDays ?? DEFAULT_MAX_PENDING_DAYS) * 86_400_000),
        });
      }
      await tx.updateOperation(record.id, patch);
      const next = { ...record, ...patch } as OperationRecord;
      await this.actionLog.write(
        {
          level: outcome.status === 'failed' ? 'error' : 'info',
          kind: meta.call !== undefined ? 'plugin-call' : 'plugin-result',
          message:
            `${record.operation} ${record.domain}: ${outcome.status}` +
            (outcome.status === 'pending' ? ` (${outcome.step ?? `awaiting ${outcome.await}`})` : '') +
            (outcome.status === 'failed' ? ` — ${outcome.error.code}: ${outcome.error.message}${outcome.error.detail === undefined ? '' : ` (${outcome.error.detail})`}` : ''),
          domain: record.domain,
          operationId: record.id,
          ...(record.orderId === undefined ? {} : { orderId: record.orderId }),
          ...(record.pluginInstance === undefined ? {} : { pluginInstance: record.pluginInstance }),
          ...(error?.registrarCode === undefined ? {} : { registrarCode: error.registrarCode }),
          ...(meta.durationMs === undefined ? {} : { durationMs: meta.durationMs }),
          data: {
            ...(meta.call !== undefined ? { request: summarizeRequest(record.input) } : {}),
            ...(meta.via !== undefined ? { via: meta.via } : {}),
            outcome: outcome.status === 'failed' ? { status: 'failed', error } : outcome.status === 'pending' ? { status: 'pending', ref: outcome.ref, await: outcome.await, step: outcome.step } : { status: 'done', result: outcome.result },
          },
        },
        tx,
      );
      if (record.status !== to || outcome.status === 'pending') {
        emitted.push(() => this.events.emit('operation.status', { operationId: record.id, operation: record.operation, domain: record.domain, from: record.status, to, ...(outcome.status === 'pending' && outcome.step !== undefined ? { step: outcome.step } : {}) }));
      }
      if (outcome.status !== 'pending') await this.settleDomain(tx, next, outcome, emitted);
      return next;
    });
    for (const e of emitted) e();
    return updated;
  }

  private async settleDomain(tx: Store, record: OperationRecord, outcome: Outcome, emitted: (() => void)[]): Promise<void> {
    if (outcome.status === 'pending') return;
    const current = await tx.getDomain(record.domain);
    if (current === undefined && record.operation !== 'register' && record.operation !== 'transfer') return;
    const to = settledDomainStatus(record.operation, outcome.status, current?.status) ?? current?.status;
    if (to === undefined) return;
    const patch: Partial<DomainRecord> = {};
    const input = record.input as Record<string, unknown>;
    if (outcome.status === 'done') {
      const result = (outcome.result ?? {}) as Record<string, unknown>;
      if (typeof result.expiresAt === 'string') patch.expiresAt = result.expiresAt;
      if ((record.operation === 'register' || record.operation === 'updateNameservers' || record.operation === 'transfer') && Array.isArray(input.nameservers)) {
        patch.nameservers = input.nameservers as DomainRecord['nameservers'];
      }
      if (record.operation === 'setRegistrarLock') patch.locked = input.locked === true;
      if (record.operation === 'info') {
        if (Array.isArray(result.nameservers)) patch.nameservers = result.nameservers as DomainRecord['nameservers'];
        if (typeof result.locked === 'boolean') patch.locked = result.locked;
      }
    }
    if (current !== undefined && current.status === to && Object.keys(patch).length === 0 && outcome.status === 'done') return;
    await this.moveDomain(tx, record.domain, to, { record, current, patch }, emitted);
  }

  /** Orders from the platform's store: requests wait in awaiting-payment until paid. */
  readonly orders = {
    get: (id: string): Promise<OrderRecord | undefined> => this.store.getOrder(id),
    /** Marks the order paid and sends its waiting requests (auto) or opens their manual tasks. */
    markPaid: async (orderId: string): Promise<OperationRecord[]> => {
      const order = await this.store.getOrder(orderId);
      if (order === undefined) throw new HostError('NOT_FOUND', `order ${orderId} does not exist`);
      if (order.status === 'cancelled') throw new HostError('TASK_STATE', `order ${orderId} was cancelled and cannot be paid`);
      const now = this.clock.now();
      await this.store.putOrder({ ...order, status: 'paid', updatedAt: now });
      await this.actionLog.write({ level: 'info', kind: 'order', message: `order ${orderId} paid`, orderId });
      const waiting = await this.store.listOperations({ orderId, status: 'awaiting-payment' });
      const out: OperationRecord[] = [];
      for (const record of waiting) out.push(await this.release(record));
      return out;
    },
    /** Cancels the order and every operation still waiting for its payment. */
    cancel: async (orderId: string): Promise<OperationRecord[]> => {
      const order = await this.store.getOrder(orderId);
      if (order === undefined) throw new HostError('NOT_FOUND', `order ${orderId} does not exist`);
      const now = this.clock.now();
      const emitted: (() => void)[] = [];
      const cancelled = await this.store.transaction(async (tx) => {
        await tx.putOrder({ ...order, status: 'cancelled', updatedAt: now });
        await this.actionLog.write({ level: 'info', kind: 'order', message: `order ${orderId} cancelled`, orderId }, tx);
        const waiting = await tx.listOperations({ orderId, status: 'awaiting-payment' });
        for (const record of waiting) {
          assertOperationTransition(record.id, record.status, 'cancelled');
          await tx.updateOperation(record.id, { status: 'cancelled', updatedAt: now });
          emitted.push(() => this.events.emit('operation.status', { operationId: record.id, operation: record.operation, domain: record.domain, from: record.status, to: 'cancelled' }));
          const domain = await tx.getDomain(record.domain);
          if (domain?.status === 'awaiting-payment') await this.moveDomain(tx, record.domain, 'cancelled', { record, current: domain }, emitted);
        }
        return waiting.map((r) => ({ ...r, status: 'cancelled' as const }));
      });
      for (const e of emitted) e();
      return cancelled;
    },
  };

  private async release(record: OperationRecord): Promise<OperationRecord> {
    const instance = record.pluginInstance === undefined ? undefined : this.instances.get(record.pluginInstance);
    const connector = this.connectorList.find((c) => c.name === record.connector);
    const emitted: (() => void)[] = [];
    const now = this.clock.now();
    const to: OperationStatus = record.mode === 'manual' ? 'awaiting-manual' : 'submitting';
    await this.store.transaction(async (tx) => {
      assertOperationTransition(record.id, record.status, to);
      await tx.updateOperation(record.id, { status: to, updatedAt: now, ...(to === 'submitting' ? { submittedAt: now } : {}) });
      emitted.push(() => this.events.emit('operation.status', { operationId: record.id, operation: record.operation, domain: record.domain, from: record.status, to }));
      await this.actionLog.write({ level: 'info', kind: 'transition', message: `${record.operation} ${record.domain}: payment received, operation ${to}`, domain: record.domain, operationId: record.id, ...(record.orderId === undefined ? {} : { orderId: record.orderId }) }, tx);
      const domainTarget = to === 'awaiting-manual' ? 'awaiting-manual' : inFlightDomainStatus(record.operation);
      const current = await tx.getDomain(record.domain);
      if (domainTarget !== undefined && current !== undefined) await this.moveDomain(tx, record.domain, domainTarget, { record: { ...record, status: to }, current }, emitted);
      if (to === 'awaiting-manual') await this.openTask(tx, record, connector?.reasons[record.operation] ?? 'manual mode', emitted);
    });
    for (const e of emitted) e();
    const updated = { ...record, status: to, submittedAt: to === 'submitting' ? now : record.submittedAt };
    if (to === 'submitting') {
      if (instance === undefined) {
        return this.applyOutcome(record.id, { status: 'failed', error: new RegistrarError({ code: 'UNSUPPORTED', message: 'The registrar connection is unavailable', detail: `plugin instance ${record.pluginInstance ?? '?'} is not loaded` }) });
      }
      return this.callPlugin(updated, instance);
    }
    return (await this.store.getOperation(record.id)) ?? updated;
  }

  /** Work for staff: manual connector modes, escalations, crash outcomes nobody can know. */
  readonly manualTasks = {
    list: (filter?: { status?: ManualTaskStatus | ManualTaskStatus[]; domain?: string }): Promise<ManualTask[]> => this.store.listTasks(filter),
    get: (id: string): Promise<ManualTask | undefined> => this.store.getTask(id),
    claim: async (taskId: string, staff: string): Promise<ManualTask> => {
      const task = await this.requireTask(taskId, ['open']);
      const now = this.clock.now();
      await this.store.updateTask(taskId, { status: 'claimed', claimedBy: staff, updatedAt: now });
      await this.actionLog.write({ level: 'info', kind: 'manual-task', message: `manual task for ${task.operation} ${task.domain} claimed by ${staff}`, domain: task.domain, operationId: task.operationId, data: { taskId } });
      return { ...task, status: 'claimed', claimedBy: staff, updatedAt: now };
    },
    /** Staff did the work: the operation is done with `result` and the domain moves on. */
    complete: async (taskId: string, result: unknown = {}): Promise<OperationRecord> => this.closeTask(taskId, 'completed', { status: 'done', result }),
    /** Staff refuse: the operation fails with the reason. */
    reject: async (taskId: string, reason: string): Promise<OperationRecord> =>
      this.closeTask(taskId, 'rejected', { status: 'failed', error: new RegistrarError({ code: 'POLICY', message: reason, detail: `rejected by staff: ${reason}` }) }),
  };

  private async requireTask(id: string, allowed: ManualTaskStatus[]): Promise<ManualTask> {
    const task = await this.store.getTask(id);
    if (task === undefined) throw new HostError('NOT_FOUND', `manual task ${id} does not exist`);
    if (!allowed.includes(task.status)) throw new HostError('TASK_STATE', `manual task ${id} is ${task.status}; it must be ${allowed.join(' or ')}`);
    return task;
  }

  private async closeTask(taskId: string, status: 'completed' | 'rejected', outcome: Outcome): Promise<OperationRecord> {
    const task = await this.requireTask(taskId, ['open', 'claimed']);
    const now = this.clock.now();
    await this.store.updateTask(taskId, { status, updatedAt: now, result: outcome.status === 'done' ? outcome.result : { reason: outcome.status === 'failed' ? outcome.error.message : undefined } });
    const closed = { ...task, status, updatedAt: now };
    await this.actionLog.write({ level: 'info', kind: 'manual-task', message: `manual task for ${task.operation} ${task.domain} ${status}`, domain: task.domain, operationId: task.operationId, data: { taskId } });
    const record = await this.applyOutcome(task.operationId, outcome, { via: 'manual-task' });
    this.events.emit('task.closed', { task: closed });
    return record;
  }

  /** Opens a manual task for an operation (used by escalation and crash recovery). */
  async escalate(operationId: string, reason: string): Promise<ManualTask> {
    const emitted: (() => void)[] = [];
    const task = await this.store.transaction(async (tx) => {
      const record = await tx.getOperation(operationId);
      if (record === undefined) throw new HostError('NOT_FOUND', `operation ${operationId} does not exist`);
      assertOperationTransition(record.id, record.status, 'awaiting-manual');
      await tx.updateOperation(record.id, { status: 'awaiting-manual', updatedAt: this.clock.now(), nextCheckAt: undefined, leaseOwner: undefined, leaseExpiresAt: undefined });
      emitted.push(() => this.events.emit('operation.status', { operationId: record.id, operation: record.operation, domain: record.domain, from: record.status, to: 'awaiting-manual' }));
      const current = await tx.getDomain(record.domain);
      if (current !== undefined && current.status !== 'awaiting-manual') await this.moveDomain(tx, record.domain, 'awaiting-manual', { record, current }, emitted);
      return this.openTask(tx, record, reason, emitted);
    });
    for (const e of emitted) e();
    return task;
  }

  /**
   * Starts the background work of a long-running host: crash recovery first, then the pending
   * tracker on a timer and the SMTP listener when the configuration has one.
   */
  async start(options: { trackerIntervalMs?: number } = {}): Promise<{ recovered: Awaited<ReturnType<Host['recover']>>; smtpPort: number | undefined }> {
    const recovered = await this.recover();
    this.tracker.start(options.trackerIntervalMs);
    const smtp = this.config.inbound?.smtp;
    if (smtp !== undefined && this.smtp === undefined) {
      this.smtp = await startSmtpListener({
        port: smtp.port,
        ...(smtp.host === undefined ? {} : { host: smtp.host }),
        allowedRecipients: [...this.instances.values()].flatMap((i) => (i.config.inbound?.address === undefined ? [] : [i.config.inbound.address])),
        onMessage: (raw, meta) => this.inbound.deliver(raw, meta),
      });
    }
    return { recovered, smtpPort: this.smtp?.port };
  }

  /**
   * Crash recovery: an operation found in `submitting` may or may not have reached the registrar.
   * The plugin's `reconcile` decides where it has one; otherwise — or when it cannot tell — staff
   * get a manual task saying exactly that. A billable request is never resent on a guess: only a
   * plugin that proves the request never arrived (`not-received`) gets it sent again.
   */
  async recover(): Promise<{ reconciled: number; resent: number; escalated: number }> {
    const report = { reconciled: 0, resent: 0, escalated: 0 };
    const stuck = await this.store.listOperations({ status: 'submitting' });
    for (const op of stuck) {
      const instance = op.pluginInstance === undefined ? undefined : this.instances.get(op.pluginInstance);
      const reconcile = instance?.plugin.reconcile;
      if (instance === undefined || typeof reconcile !== 'function') {
        await this.escalate(op.id, 'the host stopped while this request was being sent: it may or may not have reached the registrar, and the plugin cannot check. Check at the registrar, then complete or reject this task.');
        report.escalated++;
        continue;
      }
      const ctx = { ...instance.context, log: instance.logger({ operationId: op.id, domain: op.domain }), operation: { id: op.id, name: op.operation, domain: op.domain, customerId: op.customerId } };
      let result: Awaited<ReturnType<typeof reconcile>>;
      try {
        result = await reconcile.call(instance.plugin, { operationId: op.id, operation: op.operation, domain: op.domain, input: op.input, ...(op.customerId === undefined ? {} : { customerId: op.customerId }) }, ctx);
      } catch (error) {
        result = { status: 'unknown', reason: isRegistrarError(error) ? `${error.code}: ${error.message}` : String(error) };
      }
      if (result.status === 'unknown') {
        await this.escalate(op.id, `the host stopped while this request was being sent and the registrar could not say whether it arrived (${result.reason}). Check at the registrar, then complete or reject this task.`);
        report.escalated++;
      } else if (result.status === 'not-received') {
        await this.actionLog.write({ level: 'warn', kind: 'recovery', message: `${op.operation} ${op.domain}: the registrar never received the request; sending it now`, domain: op.domain, operationId: op.id });
        await this.callPlugin(op, instance);
        report.resent++;
      } else {
        await this.applyOutcome(op.id, result, { via: 'reconcile' });
        report.reconciled++;
      }
    }
    return report;
  }

  /** Disposes every plugin instance (plugin.dispose, child containers) and closes the store. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.tracker.stop();
    await this.smtp?.close();
    for (const instance of this.instances.values()) {
      try {
        await instance.plugin.dispose?.(instance.context);
      } catch (error) {
        await this.actionLog.write({ level: 'warn', kind: 'plugin-log', message: `dispose of ${instance.name} failed: ${isRegistrarError(error) ? error.message : String(error)}`, pluginInstance: instance.name }).catch(() => undefined);
      }
      await instance.container.dispose();
    }
    await this.container.dispose();
    await this.store.close();
  }
}

/** Creates a host from a configuration object (what a platform that embeds the host calls). */
export async function createHost(config: unknown, options: HostOptions & { baseDir?: string; file?: string } = {}): Promise<Host> {
  const resolved = resolveConfig(config, {
    ...(options.baseDir === undefined ? {} : { baseDir: options.baseDir }),
    ...(options.file === undefined ? {} : { file: options.file }),
    ...(options.env === undefined ? {} : { env: options.env }),
  });
  return Host.create(resolved, options);
}

/** Finds the configuration with cosmiconfig from `cwd` and creates the host. */
export async function loadHost(options: HostOptions & { cwd?: string; file?: string } = {}): Promise<Host> {
  const config = await loadConfig({
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    ...(options.file === undefined ? {} : { file: options.file }),
    ...(options.env === undefined ? {} : { env: options.env }),
  });
  return Host.create(config, options);
}
