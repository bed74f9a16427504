import { randomBytes } from 'node:crypto';
import {
  createEppClient,
  createHttpClient,
  RegistrarError,
  secretPaths,
  type Clock,
  type EppClientOptions,
  type Json,
  type Logger,
  type MailSender,
  type OperationContext,
  type OutboundMail,
  type PluginContext,
  type RegistrarPluginManifest,
  type StateStore,
} from '@registrar-kit/sdk';

/** A clock scenarios move with `advance` steps. */
export class ScenarioClock implements Clock {
  constructor(private ms: number) {}
  now(): Date {
    return new Date(this.ms);
  }
  advance(seconds: number): void {
    this.ms += seconds * 1000;
  }
}

export interface CapturedMail extends OutboundMail {
  to: string[];
}

/** Everything a plugin emitted during a scenario, for the secret check. */
export interface Capture {
  logs: string[];
  mails: CapturedMail[];
}

/** Sentinel values for every secret setting, random per run so a hard-coded value cannot pass. */
export function sentinels(manifest: RegistrarPluginManifest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const path of secretPaths(manifest.settings)) {
    const name = path.slice(1).replace(/\//g, '.');
    out[name] = `SENTINEL-${name.replace(/\W/g, '')}-${randomBytes(6).toString('hex')}`;
  }
  return out;
}

export interface RuntimeOptions {
  manifest: RegistrarPluginManifest;
  settings: Record<string, unknown>;
  secrets: Record<string, string>;
  clock: ScenarioClock;
  state?: Record<string, unknown>;
  timeoutMs: number;
  /** Called for every outbound mail; throw to simulate an SMTP failure. */
  onMail(mail: CapturedMail): void;
  instance?: string;
  /**
   * Where the plugin's EPP sessions go (the run's replay server, or the recording proxy). Without
   * it every EPP connection is refused: a conformance run never reaches a real server.
   */
  epp?: Pick<EppClientOptions, 'connect'>;
}

export interface Runtime {
  context: PluginContext<unknown>;
  capture: Capture;
  operationContext(meta: { id: string; name: string; domain: string; customerId: string | undefined }): OperationContext<unknown>;
  /** Ends the scenario's EPP sessions (logout), as a host does when it disposes the instance. */
  close(): Promise<void>;
}

/** The context a plugin gets during conformance: the sdk http client, a mail fixture, memory state. */
export function createRuntime(options: RuntimeOptions): Runtime {
  const capture: Capture = { logs: [], mails: [] };
  const line = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    capture.logs.push(`${level} ${message} ${fields === undefined ? '' : JSON.stringify(fields)}`);
  };
  const log: Logger = { debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error') };
  const values = new Map<string, { value: Json; expires: number | undefined }>();
  for (const [k, v] of Object.entries(options.state ?? {})) values.set(k, { value: v as Json, expires: undefined });
  const state: StateStore = {
    get: async <T extends Json = Json>(key: string) => {
      const entry = values.get(key);
      if (entry === undefined || (entry.expires !== undefined && entry.expires <= options.clock.now().getTime())) return undefined;
      return entry.value as T;
    },
    set: async (key, value, opts) => {
      values.set(key, { value, expires: opts?.ttlSeconds === undefined ? undefined : options.clock.now().getTime() + opts.ttlSeconds * 1000 });
    },
    delete: async (key) => {
      values.delete(key);
    },
  };
  const mail: MailSender = {
    send: async (m) => {
      const captured: CapturedMail = { ...m, to: Array.isArray(m.to) ? m.to : [m.to] };
      capture.mails.push(captured);
      options.onMail(captured);
      return { messageId: `<conformance-${capture.mails.length}@registrar-kit.test>` };
    },
  };
  const context: PluginContext<unknown> = {
    instance: options.instance ?? 'conformance',
    settings: options.settings,
    http: createHttpClient({ secrets: Object.values(options.secrets), allowedHosts: options.manifest.network?.allowedHosts ?? [], log, timeoutMs: options.timeoutMs }),
    epp: createEppClient({
      secrets: Object.values(options.secrets),
      log,
      clock: options.clock,
      maxTimeoutMs: options.timeoutMs,
      connect: options.epp?.connect ?? refuseEpp,
    }),
    mail,
    state,
    clock: options.clock,
    log,
    inboundAddress: 'registrar-mail@platform.test',
  };
  return {
    context,
    capture,
    operationContext: (meta) => ({ ...context, operation: meta }),
    close: () => context.epp.close(),
  };
}

/** The `connect` of a run without an EPP server: the plugin gets a TRANSPORT error, nothing leaves. */
const refuseEpp: NonNullable<EppClientOptions['connect']> = () => {
  throw new Error('this conformance run has no EPP server (the manifest does not list the epp transport)');
};

/** A mail sender failure as an SMTP relay would produce it. */
export function smtpFailure(): RegistrarError {
  return new RegistrarError({ code: 'TRANSPORT', retryable: true, message: 'The registrar mail could not be sent', detail: 'SMTP: connection refused (injected by the conformance suite)' });
}
