import type { InjectionToken } from 'tsyringe';
import type { Clock, Logger } from '@registrar-kit/sdk';
import type { ActionLog } from './action-log.js';
import type { ResolvedConfig } from './config.js';
import type { Dispatcher } from './dispatch.js';
import type { Engine } from './engine/engine.js';
import type { HostEventBus } from './events.js';
import type { InboundIntake } from './inbound/intake.js';
import type { HostOptions } from './options.js';
import type { PluginInstance } from './plugin-registry.js';
import type { Presence } from './presence.js';
import type { Store } from './store/store.js';
import type { PendingTracker } from './tracker/pending-tracker.js';
import type { WebhookWorker } from './webhooks/worker.js';

/**
 * Explicit DI tokens of the host's composition root (the host never relies on emitted decorator
 * metadata). An embedding platform overrides a service by registering its own under the token in
 * a container it passes as `options.container`: `Store`, `Clock`, `Logger`, `Events` and
 * `ActionLog` are taken from there when present; the rest are built from them.
 */
export const TOKENS = {
  Config: Symbol('registrar-kit.Config') as InjectionToken<ResolvedConfig>,
  Options: Symbol('registrar-kit.Options') as InjectionToken<HostOptions>,
  Store: Symbol('registrar-kit.Store') as InjectionToken<Store>,
  Clock: Symbol('registrar-kit.Clock') as InjectionToken<Clock>,
  Events: Symbol('registrar-kit.Events') as InjectionToken<HostEventBus>,
  /** Host-level diagnostics (tracker failures, heartbeat problems). Defaults to the Action Log. */
  Logger: Symbol('registrar-kit.Logger') as InjectionToken<Logger>,
  ActionLog: Symbol('registrar-kit.ActionLog') as InjectionToken<ActionLog>,
  /** This host process's id: owner of its leases, key of its heartbeat row. */
  HostId: Symbol('registrar-kit.HostId') as InjectionToken<string>,
  Engine: Symbol('registrar-kit.Engine') as InjectionToken<Engine>,
  Plugins: Symbol('registrar-kit.Plugins') as InjectionToken<ReadonlyMap<string, PluginInstance>>,
  Dispatcher: Symbol('registrar-kit.Dispatcher') as InjectionToken<Dispatcher>,
  Presence: Symbol('registrar-kit.Presence') as InjectionToken<Presence>,
  Tracker: Symbol('registrar-kit.Tracker') as InjectionToken<PendingTracker>,
  Intake: Symbol('registrar-kit.Intake') as InjectionToken<InboundIntake>,
  /** Delivers the webhook outbox to the platform's endpoints. */
  Webhooks: Symbol('registrar-kit.Webhooks') as InjectionToken<WebhookWorker>,
  PluginInstance: Symbol('registrar-kit.PluginInstance') as InjectionToken<PluginInstance>,
} as const;
