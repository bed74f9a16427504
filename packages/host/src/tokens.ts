import type { InjectionToken } from 'tsyringe';
import type { Clock } from '@registrar-kit/sdk';
import type { ResolvedConfig } from './config.js';
import type { HostEventBus } from './events.js';
import type { Store } from './store/store.js';
import type { HostOptions } from './options.js';

/** Explicit DI tokens: the host never relies on emitted decorator metadata. */
export const TOKENS = {
  Config: Symbol('registrar-kit.Config') as InjectionToken<ResolvedConfig>,
  Store: Symbol('registrar-kit.Store') as InjectionToken<Store>,
  Clock: Symbol('registrar-kit.Clock') as InjectionToken<Clock>,
  Events: Symbol('registrar-kit.Events') as InjectionToken<HostEventBus>,
  Options: Symbol('registrar-kit.Options') as InjectionToken<HostOptions>,
  PluginInstance: Symbol('registrar-kit.PluginInstance'),
} as const;
