/**
 * The EPP facility of the plugin contract (RFC 5730–5734): how a plugin reaches an EPP server
 * through `ctx.epp`. These types are the single truth shared by the transport, the host, the
 * conformance suite and EPP plugins.
 * @module
 */

/** TLS settings for one EPP server (RFC 5734 §9: TLS is mandatory, client certificates common). */
export interface EppTlsOptions {
  /** PEM CA bundle to trust instead of the system store (a registry's private CA). */
  ca?: string;
  /** PEM client certificate, for registries that authenticate the client by certificate. */
  cert?: string;
  /** PEM private key of {@link EppTlsOptions.cert}. A secret: never logged. */
  key?: string;
  /** The name checked against the server certificate, when it differs from `host`. */
  servername?: string;
  /** Defaults to `true`; `false` only for a test server with a throwaway certificate. */
  rejectUnauthorized?: boolean;
}

/** How one plugin instance reaches one EPP server (built by the plugin from its settings). */
export interface EppServerProfile {
  host: string;
  /** Defaults to 700, the port RFC 5734 §2 assigns to EPP. */
  port?: number;
  /** The login `<clID>`. */
  clientId: string;
  /** The login `<pw>`. A secret: never logged, never in an error. */
  password: string;
  tls?: EppTlsOptions;
  /**
   * Object URIs to log in with (`<svcs><objURI>`). Default: the greeting's objURIs. When given,
   * only those the greeting also announces are used.
   */
  objects?: string[];
  /**
   * Extension URIs to log in with (`<svcExtension><extURI>`). Default: the greeting's extURIs.
   * When given, only those the greeting also announces are used.
   */
  extensions?: string[];
  /**
   * How many sessions (TCP connections) the pool opens at most. Default 1. A 2502 answer
   * ("session limit exceeded") lowers the pool's limit to the number of sessions then open.
   */
  maxConnections?: number;
  /** How long one command may wait for its answer. Default 30000 ms. */
  commandTimeoutMs?: number;
  /** Sends `<hello/>` on a session idle this long, so the server keeps it. Default 300000 ms; 0 = off. */
  keepAliveMs?: number;
  /** The login `<options><lang>`. Default `en`. */
  lang?: string;
}

/** `ctx.epp`: the per-instance EPP facility the host (and the conformance suite) give a plugin. */
export interface EppClient {
  /**
   * The pooled session to one server. The same profile (keyed by host, port and clientId) gives
   * the same pool. Nothing connects until the first call on the session.
   */
  session(profile: EppServerProfile): EppSession;
  /** Logs out and closes every pool of this client (the host calls it when the instance is disposed). */
  close(): Promise<void>;
}

/** Options of one {@link EppSession.command}. */
export interface EppCommandOptions {
  /**
   * The `<clTRID>` (3–64 characters, RFC 5730 §2.5). Default: a unique id made by the transport.
   * Plugins pass the host operation id plus a counter, so the registry's logs can be matched.
   */
  clTRID?: string;
  /** Resolve with the response for result codes 2000–2502 instead of rejecting. */
  allowError?: boolean;
  /** Overrides the profile's `commandTimeoutMs` for this command. */
  timeoutMs?: number;
}

/** A pooled session to one EPP server (connects and logs in on first use). */
export interface EppSession {
  /** The server's greeting (connects and logs in on first use). */
  greeting(): Promise<EppGreeting>;
  /**
   * Sends one command and waits for its answer. The transport wraps `command` in
   * `<epp><command>…<clTRID/></command></epp>`, frames it and matches the answer.
   * Resolves for result codes 1000–1999; rejects with a `RegistrarError` for 2000–2502 (see
   * `eppResultError` for the mapping) unless `allowError` is set. A command whose bytes were
   * written and got no answer (connection lost, timeout) rejects with a retryable TRANSPORT error
   * saying it is unknown whether the server received it; it is never resent automatically.
   */
  command(command: EppCommand, options?: EppCommandOptions): Promise<EppResponse>;
  /** `<poll op="req"/>`: resolves with the message (1301) or `null` when the queue is empty (1300). */
  pollRequest(options?: Omit<EppCommandOptions, 'allowError'>): Promise<EppResponse | null>;
  /** `<poll op="ack" msgID="…"/>`. */
  pollAck(msgId: string, options?: Omit<EppCommandOptions, 'allowError'>): Promise<EppResponse>;
  /** Logs out and closes every pooled connection of this session. */
  close(): Promise<void>;
}

/** The EPP command verbs a plugin sends through {@link EppSession.command} (RFC 5730 §2.9.2–2.9.3). */
export type EppCommandVerb = 'check' | 'info' | 'create' | 'update' | 'delete' | 'renew' | 'transfer';

/**
 * One EPP command as an object tree for fast-xml-parser's `XMLBuilder` (attributes prefixed
 * `@_`, text as `#text`), e.g.
 * `{ verb: 'check', body: { 'domain:check': { '@_xmlns:domain': 'urn:ietf:params:xml:ns:domain-1.0', 'domain:name': ['a.example', 'b.example'] } } }`.
 */
export interface EppCommand {
  verb: EppCommandVerb;
  /** The `op` attribute of `<transfer>` (RFC 5730 §2.9.3.4); required for transfers. */
  op?: 'request' | 'query' | 'approve' | 'reject' | 'cancel';
  /** The object element inside the verb, e.g. `{ 'domain:create': { … } }`. */
  body: Record<string, unknown>;
  /** The `<extension>` content, e.g. `{ 'secDNS:create': { … } }`. */
  extension?: Record<string, unknown>;
}

/** The message queue part of a response (`<msgQ>`, RFC 5730 §2.6). */
export interface EppMessageQueue {
  count: number;
  id: string;
  qDate?: string;
  msg?: string;
}

/** One parsed EPP response (RFC 5730 §2.6). */
export interface EppResponse {
  /** The (first) result code, e.g. 1000, 1001, 1301, 2303. */
  code: number;
  /** The result's `<msg>` text. */
  message: string;
  /** The first `<extValue><reason>` text, if any. */
  reason?: string;
  /** The parsed `<resData>` (fast-xml-parser object; namespace prefixes kept as in the XML). */
  resData?: Record<string, unknown>;
  /** The parsed `<extension>`. */
  extension?: Record<string, unknown>;
  msgQ?: EppMessageQueue;
  clTRID?: string;
  svTRID?: string;
}

/** The server's greeting (RFC 5730 §2.4). */
export interface EppGreeting {
  svID: string;
  svDate?: string;
  versions: string[];
  langs: string[];
  objURIs: string[];
  extURIs: string[];
}

/** Namespaces of the EPP core and the common extensions (RFC 5730–5733, 3915, 5910). */
export const EPP_NS = {
  epp: 'urn:ietf:params:xml:ns:epp-1.0',
  domain: 'urn:ietf:params:xml:ns:domain-1.0',
  contact: 'urn:ietf:params:xml:ns:contact-1.0',
  host: 'urn:ietf:params:xml:ns:host-1.0',
  rgp: 'urn:ietf:params:xml:ns:rgp-1.0',
  secDNS: 'urn:ietf:params:xml:ns:secDNS-1.1',
} as const;
