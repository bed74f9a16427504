import type { HttpClient } from './http.js';
import type { EppClient } from './epp/types.js';

/** Time as the host sees it. Tests inject a fake clock; plugins never call `Date.now()` for logic. */
export interface Clock {
  now(): Date;
}

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Character sets outbound registrar mail may need (R01 reads koi8-r or windows-1251). */
export type MailCharset = 'utf-8' | 'koi8-r' | 'windows-1251';

export interface OutboundMail {
  to: string | string[];
  subject: string;
  /** The plain-text body; the host encodes it in `charset`. */
  text: string;
  charset?: MailCharset;
  headers?: Record<string, string>;
}

export interface MailSender {
  /** Sends through the host's SMTP relay; the `From` is the plugin instance's configured address. */
  send(mail: OutboundMail): Promise<{ messageId: string }>;
}

/** JSON-serializable values, what {@link StateStore} keeps. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * A durable key-value store scoped to one plugin instance: registrar contact ids, the R01 client
 * handle of a customer, a cached SOAP session id. Survives restarts.
 */
export interface StateStore {
  get<T extends Json = Json>(key: string): Promise<T | undefined>;
  /** `ttlSeconds` makes the entry disappear after that long (by the host's clock). */
  set(key: string, value: Json, options?: { ttlSeconds?: number }): Promise<void>;
  delete(key: string): Promise<void>;
}

/**
 * What a plugin receives from the host. Plugins never see the host's container or store; two
 * instances of one plugin get two contexts with their own settings and state.
 */
export interface PluginContext<S = Record<string, unknown>> {
  /** The plugin instance name from the host configuration (`netim-main`). */
  readonly instance: string;
  /** Settings validated against the manifest's settings schema. */
  readonly settings: Readonly<S>;
  readonly http: HttpClient;
  /** EPP sessions (RFC 5730–5734) to the servers the plugin's settings name; closed with the instance. */
  readonly epp: EppClient;
  readonly mail: MailSender;
  readonly state: StateStore;
  readonly clock: Clock;
  readonly log: Logger;
  /** The address registrar mail for this instance should be sent to (AutoDNS `reply_to`), when the host has one. */
  readonly inboundAddress: string | undefined;
}

/** Who asked for an operation, and which durable record it is. */
export interface OperationMeta {
  /** The host's operation id: stable across restarts, usable as a client transaction id. */
  readonly id: string;
  readonly name: string;
  readonly domain: string;
  /** The customer account, for registrars that keep a client per customer (R01). */
  readonly customerId: string | undefined;
}

/** The context of one operation call. */
export interface OperationContext<S = Record<string, unknown>> extends PluginContext<S> {
  readonly operation: OperationMeta;
}
