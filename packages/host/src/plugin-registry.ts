import {
  checkSettings,
  createEppClient,
  createHttpClient,
  loadPluginPackage,
  RegistrarError,
  secretValues,
  type Clock,
  type Json,
  type Logger,
  type MailSender,
  type PluginContext,
  type PluginProblem,
  type RegistrarPlugin,
  type RegistrarPluginManifest,
  type StateStore,
} from '@registrar-kit/sdk';
import { PluginRuntime, withinDeadline } from '@registrar-kit/runtime';
import type { DependencyContainer } from 'tsyringe';
import type { ActionLog } from './action-log.js';
import { DEFAULT_PLUGIN_TIMEOUTS, type PluginInstanceConfig, type ResolvedConfig } from './config.js';
import type { HostOptions } from './options.js';
import type { LogLevel, NewActionLogEntry, Store } from './store/store.js';
import { TOKENS } from './tokens.js';

/** A loaded plugin instance: its manifest, plugin object, context and DI child container. */
export interface PluginInstance {
  name: string;
  config: PluginInstanceConfig;
  manifest: RegistrarPluginManifest;
  plugin: RegistrarPlugin<unknown>;
  /** Every call into the plugin goes through this: deadlines, checked answers, secrets scrubbed. */
  runtime: PluginRuntime;
  context: PluginContext<unknown>;
  secrets: readonly string[];
  container: DependencyContainer;
  /** Writes a plugin log line linked to an operation. */
  logger(link: { operationId?: string; domain?: string }): Logger;
}

/** A problem found while loading a plugin instance (sdk loader codes plus SETTINGS_INVALID). */
export interface InstanceProblem extends PluginProblem {
  instance: string;
}

const notConfiguredMail: MailSender = {
  send: async () => {
    throw new RegistrarError({ code: 'TRANSPORT', retryable: true, message: 'Outbound registrar mail is not configured', detail: 'configure "mail" in the host configuration' });
  },
};

type WriteLog = (entry: Omit<NewActionLogEntry, 'at'>) => Promise<void>;

/** Records every outbound registrar message in the Action Log (redacted there like everything else). */
function loggedMail(sender: MailSender, instance: string, log: WriteLog): MailSender {
  return {
    async send(mail) {
      const sent = await sender.send(mail);
      await log({ level: 'info', kind: 'mail-out', message: `mail sent to ${[mail.to].flat().join(', ')}: ${mail.subject}`, pluginInstance: instance, data: { messageId: sent.messageId, charset: mail.charset ?? 'utf-8', text: mail.text } });
      return sent;
    },
  };
}

function stateStore(store: Store, instance: string, clock: Clock): StateStore {
  return {
    get: async <T extends Json = Json>(key: string) => (await store.stateGet(instance, key, clock.now())) as T | undefined,
    set: async (key, value, options) => {
      const ttl = options?.ttlSeconds;
      await store.stateSet(instance, key, value, ttl === undefined ? undefined : new Date(clock.now().getTime() + ttl * 1000));
    },
    delete: async (key) => store.stateDelete(instance, key),
  };
}

/**
 * Loads every configured plugin instance with the sdk's loader (manifest first), validates its
 * settings, and builds its context inside its own child container. One broken plugin is reported
 * whole and does not stop the others.
 */
export async function loadPluginInstances(args: {
  config: ResolvedConfig;
  container: DependencyContainer;
  store: Store;
  clock: Clock;
  actionLog: ActionLog;
  /** Writes an Action Log entry (through the engine, like every other write). */
  log: WriteLog;
  options: HostOptions;
}): Promise<{ instances: Map<string, PluginInstance>; problems: InstanceProblem[] }> {
  const { config, container, store, clock, actionLog, log, options } = args;
  const instances = new Map<string, PluginInstance>();
  const problems: InstanceProblem[] = [];
  await Promise.all(
    config.plugins.map(async (pc, index) => {
      const importMs = pc.timeouts?.importMs ?? DEFAULT_PLUGIN_TIMEOUTS.importMs;
      // A plugin whose module never finishes loading (top-level await on a dead server) is
      // reported as a problem of that instance instead of hanging createHost.
      const loaded = await loadPluginPackage(pc.package, { from: config.baseDir, importEntry: (url) => withinDeadline(() => import(url), importMs, `importing ${pc.name}'s entry module`) });
      // A problem the loader cannot place in a file of the package (not found, not installed) is
      // the configuration's: it points at the instance's "package".
      const found: InstanceProblem[] = loaded.problems.map((p) =>
        p.file === undefined && config.file !== undefined ? { ...p, instance: pc.name, file: config.file, path: `/plugins/${index}/package` } : { ...p, instance: pc.name },
      );
      if (loaded.manifest !== undefined && loaded.plugin !== undefined) {
        for (const p of checkSettings(loaded.manifest, pc.settings ?? {}, `/plugins/${index}/settings`)) {
          found.push({ ...p, instance: pc.name, ...(config.file === undefined ? {} : { file: config.file }) });
        }
      }
      if (found.length > 0 || loaded.manifest === undefined || loaded.plugin === undefined) {
        problems.push(...found);
        return;
      }
      const manifest = loaded.manifest;
      const settings = pc.settings ?? {};
      const secrets = secretValues(manifest.settings, settings);
      actionLog.addSecrets(secrets);
      const logger = (link: { operationId?: string; domain?: string }): Logger => {
        const write = (level: LogLevel) => (message: string, fields?: Record<string, unknown>) => {
          if (level === 'debug' && options.debugLog !== true) return;
          void log({ level, kind: 'plugin-log', message, pluginInstance: pc.name, ...link, ...(fields === undefined ? {} : { data: fields }) })
            .catch(() => undefined);
        };
        return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
      };
      const child = container.createChildContainer();
      const context: PluginContext<unknown> = {
        instance: pc.name,
        settings,
        http: createHttpClient({
          secrets,
          allowedHosts: manifest.network?.allowedHosts ?? [],
          log: logger({}),
          ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
        }),
        epp: createEppClient({
          secrets,
          log: logger({}),
          clock,
          ...(options.epp?.connect === undefined ? {} : { connect: options.epp.connect }),
          ...(options.epp?.tls === undefined ? {} : { tls: options.epp.tls }),
        }),
        mail: loggedMail(options.mail?.(pc.name) ?? notConfiguredMail, pc.name, log),
        state: stateStore(store, pc.name, clock),
        clock,
        log: logger({}),
        inboundAddress: pc.inbound?.address,
      };
      const runtime = new PluginRuntime(loaded.plugin, {
        timeouts: { ...DEFAULT_PLUGIN_TIMEOUTS, ...pc.timeouts },
        secrets,
        onLate: (what, settled) => void log({ level: 'warn', kind: 'plugin-log', message: `${what} of ${pc.name} ${settled.status} after its deadline; the answer was not used`, pluginInstance: pc.name }).catch(() => undefined),
      });
      const instance: PluginInstance = { name: pc.name, config: pc, manifest, plugin: loaded.plugin, runtime, context, secrets, container: child, logger };
      child.register(TOKENS.PluginInstance, { useValue: instance });
      instances.set(pc.name, instance);
    }),
  );
  return { instances, problems };
}
