import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Logger } from '@registrar-kit/sdk';
import { container as rootContainer, instanceCachingFactory, type DependencyContainer, type InjectionToken } from 'tsyringe';
import { ActionLog } from './action-log.js';
import { journalPath, postgresUrl, storePath, type ResolvedConfig } from './config.js';
import { buildConnector, manualReason, type Connector, type ConnectorProblem } from './connectors.js';
import { Dispatcher } from './dispatch.js';
import { Engine } from './engine/engine.js';
import { OutcomeJournal } from './engine/journal.js';
import { HostEventBus } from './events.js';
import { InboundIntake } from './inbound/intake.js';
import { createSmtpMailSender } from './mail/smtp-sender.js';
import { systemClock, type HostOptions } from './options.js';
import { loadPluginInstances, type InstanceProblem, type PluginInstance } from './plugin-registry.js';
import { Presence } from './presence.js';
import { openSqliteStore } from './store/sqlite-store.js';
import { TOKENS } from './tokens.js';
import { PendingTracker } from './tracker/pending-tracker.js';
import { DEFAULT_MAX_PENDING_DAYS } from './tracker/policy.js';
import { timeOrderedId } from './ids.js';
import { outboxWriter } from './webhooks/outbox.js';
import { WebhookWorker } from './webhooks/worker.js';

/**
 * The host's composition root: every service is registered here under its token and built from
 * the others by tsyringe. A platform overrides one by registering it in the container it passes
 * as `options.container` (its own clock, logger or store); the host works in a child of that
 * container and disposes the child on close. Each plugin instance gets a child container of its own.
 */
/** Everything wrong with the configuration and the plugins, for operators. */
export type HostProblem = (InstanceProblem & { kind: 'plugin' }) | (ConnectorProblem & { kind: 'connector' });

export async function compose(config: ResolvedConfig, options: HostOptions): Promise<{ container: DependencyContainer; connectors: Connector[]; problems: HostProblem[] }> {
  const c = (options.container ?? rootContainer).createChildContainer();
  const given = <T>(token: InjectionToken<T>): boolean => options.container !== undefined && options.container.isRegistered(token, true);
  c.register(TOKENS.Config, { useValue: config });
  c.register(TOKENS.Options, { useValue: options });
  if (!given(TOKENS.Clock)) c.register(TOKENS.Clock, { useValue: options.clock ?? systemClock });
  if (!given(TOKENS.Store)) {
    const pg = postgresUrl(config);
    // PostgreSQL is loaded only when configured: a SQLite host never loads pg.
    const open = async () =>
      pg === undefined
        ? openSqliteStore(storePath(config), options.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: options.busyTimeoutMs })
        : (await import('./store/postgres/postgres-store.js')).openPostgresStore(pg, {
            migrate: config.store?.migrate === true,
            ...(config.store?.schema === undefined ? {} : { schema: config.store.schema }),
            ...(config.store?.poolSize === undefined ? {} : { poolSize: config.store.poolSize }),
          });
    c.register(TOKENS.Store, { useValue: options.store ?? (await open()) });
  }
  if (!given(TOKENS.Events)) c.register(TOKENS.Events, { useValue: new HostEventBus() });
  if (!given(TOKENS.ActionLog)) c.register(TOKENS.ActionLog, { useFactory: instanceCachingFactory((d) => new ActionLog(d.resolve(TOKENS.Store), d.resolve(TOKENS.Clock))) });
  c.register(TOKENS.HostId, { useValue: options.hostId ?? options.trackerOwner ?? `host-${randomUUID()}` });
  const newId = options.newId ?? timeOrderedId;
  // Only with webhooks configured does a commit write outbox rows.
  const outbox = outboxWriter(config.webhooks ?? [], newId);
  const plugins = new Map<string, PluginInstance>();
  // Built once the plugins are loaded; the engine reads it when an order releases a manual operation.
  const connectors: Connector[] = [];
  c.register(TOKENS.Plugins, { useValue: plugins });
  c.register(TOKENS.Engine, {
    useFactory: instanceCachingFactory((d) => {
      const journal = journalPath(config);
      return new Engine(d.resolve(TOKENS.Store), d.resolve(TOKENS.Clock), d.resolve(TOKENS.ActionLog), d.resolve(TOKENS.Events), {
        hostId: d.resolve(TOKENS.HostId),
        newId,
        ...(options.engine?.maxBatch === undefined ? {} : { maxBatch: options.engine.maxBatch }),
        ...(options.engine?.maxQueue === undefined ? {} : { maxQueue: options.engine.maxQueue }),
        ...(options.engine?.maxQueueDelayMs === undefined ? {} : { maxQueueDelayMs: options.engine.maxQueueDelayMs }),
        ...(options.engine?.lanes === undefined ? {} : { lanes: options.engine.lanes }),
        ...(outbox === undefined ? {} : { outbox }),
        journal: new OutcomeJournal(journal),
        pendingTimes: (instance) => {
          const polling = instance === undefined ? undefined : plugins.get(instance)?.manifest.polling;
          return { minIntervalSeconds: polling?.minIntervalSeconds ?? 300, maxPendingDays: polling?.maxPendingDays ?? DEFAULT_MAX_PENDING_DAYS };
        },
        manualReason: (record) => {
          const connector = connectors.find((k) => k.name === record.connector);
          return connector === undefined ? `${record.operation} is handled manually` : manualReason(connector, record.operation);
        },
      });
    }),
  });
  if (!given(TOKENS.Logger)) {
    c.register(TOKENS.Logger, {
      useFactory: instanceCachingFactory((d): Logger => {
        const engine = d.resolve(TOKENS.Engine);
        const write = (level: 'debug' | 'info' | 'warn' | 'error') => (message: string, fields?: Record<string, unknown>) =>
          void engine.log({ level, kind: 'host', message, ...(fields === undefined ? {} : { data: fields }) }).catch(() => undefined);
        return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
      }),
    });
  }
  c.register(TOKENS.Dispatcher, { useFactory: instanceCachingFactory((d) => new Dispatcher(d.resolve(TOKENS.Engine), d.resolve(TOKENS.Plugins), d.resolve(TOKENS.Events))) });
  c.register(TOKENS.Presence, {
    useFactory: instanceCachingFactory((d) => new Presence(d.resolve(TOKENS.Engine), d.resolve(TOKENS.Store), d.resolve(TOKENS.Clock), options.heartbeatSeconds === undefined ? {} : { intervalSeconds: options.heartbeatSeconds })),
  });
  c.register(TOKENS.Tracker, {
    useFactory: instanceCachingFactory(
      (d) =>
        new PendingTracker(d.resolve(TOKENS.Engine), d.resolve(TOKENS.Store), d.resolve(TOKENS.Plugins), d.resolve(TOKENS.Clock), {
          ...(config.tracker?.leaseSeconds === undefined ? {} : { leaseSeconds: config.tracker.leaseSeconds }),
          ...(config.tracker?.batchSize === undefined ? {} : { batchSize: config.tracker.batchSize }),
          ...(options.random === undefined ? {} : { random: options.random }),
          ...(options.sleep === undefined ? {} : { sleep: options.sleep }),
          logger: d.resolve(TOKENS.Logger),
          events: d.resolve(TOKENS.Events),
        }),
    ),
  });
  c.register(TOKENS.Webhooks, {
    useFactory: instanceCachingFactory(
      (d) =>
        new WebhookWorker(d.resolve(TOKENS.Store), d.resolve(TOKENS.Clock), d.resolve(TOKENS.Events), config.webhooks ?? [], {
          hostId: d.resolve(TOKENS.HostId),
          ...(options.random === undefined ? {} : { random: options.random }),
          logger: d.resolve(TOKENS.Logger),
        }),
    ),
  });
  c.register(TOKENS.Intake, {
    useFactory: instanceCachingFactory(
      (d) => new InboundIntake(d.resolve(TOKENS.Engine), d.resolve(TOKENS.Store), d.resolve(TOKENS.Plugins), d.resolve(TOKENS.Clock), { newId, events: d.resolve(TOKENS.Events), ...(options.dnsResolver === undefined ? {} : { dnsResolver: options.dnsResolver }) }),
    ),
  });

  const smtpUrl = config.mail?.smtpUrl;
  const mailOptions: HostOptions =
    options.mail === undefined && typeof smtpUrl === 'string'
      ? { ...options, mail: (instance: string) => createSmtpMailSender({ smtpUrl, from: config.plugins.find((p) => p.name === instance)?.mailFrom ?? config.mail?.from ?? 'registrar-kit@localhost' }) }
      : options;
  const engine = c.resolve(TOKENS.Engine);
  const loaded = await loadPluginInstances({
    config,
    container: c,
    store: c.resolve(TOKENS.Store),
    clock: c.resolve(TOKENS.Clock),
    actionLog: c.resolve(TOKENS.ActionLog),
    log: (entry) => engine.log(entry),
    options: mailOptions,
  });
  for (const [name, instance] of loaded.instances) plugins.set(name, instance);
  const problems: HostProblem[] = loaded.problems.map((p) => ({ ...p, kind: 'plugin' as const }));
  config.connectors.forEach((cc, i) => {
    const failed = loaded.problems.filter((p) => p.instance === cc.plugin);
    const why = failed.length > 0 ? `plugin instance "${cc.plugin}" failed to load (${failed.map((p) => p.code).join(', ')})` : undefined;
    const built = buildConnector(cc, i, plugins.get(cc.plugin)?.manifest, why, config.file);
    connectors.push(built.connector);
    problems.push(...built.problems.map((p) => ({ ...p, kind: 'connector' as const })));
  });
  return { container: c, connectors, problems };
}
