import type { VirtualClock } from './clock.js';
import type { ScenarioRules } from './rules.js';
import type { EppSandboxOptions, EppSandboxServer } from './epp/server.js';

/** One HTTP request as a simulator sees it (the body already read as text). */
export interface SimRequest {
  method: string;
  /** Path without the simulator's mount prefix, e.g. `/domain/create`. */
  path: string;
  query: URLSearchParams;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  body: string;
}

export interface SimResponse {
  status: number;
  headers?: Record<string, string>;
  body: string;
  /** Real milliseconds to hold the answer back (the "slow registrar" rule). */
  delayMs?: number;
}

/** A message the sandbox's SMTP server accepted, parsed. */
export interface SimInboundMail {
  from: string;
  to: string[];
  subject: string;
  /** The body decoded from its charset. */
  text: string;
  messageId: string | undefined;
  /** The raw message as received. */
  raw: Buffer;
}

/** A message a simulator sends (to the host's inbound SMTP listener). */
export interface SimOutboundMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  /** Default utf-8; R01 answers in koi8-r. */
  charset?: 'utf-8' | 'koi8-r';
  inReplyTo?: string;
  headers?: Record<string, string>;
}

/** Something that happened at a simulated registrar, for the journal the CLI and tests read. */
export interface SandboxEvent {
  registrar: SimulatorId;
  /** Virtual time (ISO). */
  at: string;
  kind: 'request' | 'reply' | 'mail-in' | 'mail-out' | 'state';
  /** A short summary, e.g. `domainCreate batch.fr → PENDING 7001`. Never a secret. */
  summary: string;
  domain?: string;
}

export type SimulatorId = 'onamae' | 'internetx' | 'r01ru' | 'soap' | 'epp';

/** What every simulator gets from the sandbox. */
export interface SimulatorContext {
  clock: VirtualClock;
  rules: ScenarioRules;
  /** Sends a message through the sandbox's outbound relay (queued until a relay is set). */
  sendMail(mail: SimOutboundMail): Promise<void>;
  /** Writes to the sandbox journal. */
  record(event: Omit<SandboxEvent, 'registrar' | 'at'>): void;
}

/** One simulated registrar. */
export interface Simulator {
  readonly id: SimulatorId;
  /** Answers HTTP requests (Onamae, AutoDNS, SOAP). */
  handleHttp?(request: SimRequest): Promise<SimResponse>;
  /** Handles mail sent to one of {@link Simulator.mailboxes} (R01's request mailbox). */
  handleMail?(mail: SimInboundMail): Promise<void>;
  /** Addresses whose mail goes to this simulator. */
  readonly mailboxes?: readonly string[];
  /** The registrar's view of its domains, for tests and the CLI. */
  domains(): SimDomain[];
  /**
   * Registrar-side: the domain leaves this registrar (its holder transferred it to another one),
   * so the account no longer finds it. False when the registrar does not have it. For tests and the demo.
   */
  transferAway?(domain: string): boolean;
  /**
   * Registrar-side: another registrar asks for the domain, so the account has a transfer away to
   * approve or refuse (`approveTransferOut` / `rejectTransferOut`). False when the registrar does
   * not have it. For tests and the demo.
   */
  requestTransferOut?(domain: string): boolean;
  /**
   * Registrar-side: the account holder registers the domain without the host (in the registrar's
   * own control panel, say), so the account lists a domain the host's store does not know.
   * `account` is the registrar account it lands in (the SOAP API's reseller id). False when the
   * registrar already has the domain. For tests and the demo.
   */
  registerOutside?(domain: string, account: string): boolean;
  /** Starts the simulator's own listener (the EPP registry's TLS server); the sandbox calls it at start. */
  listenEpp?(options?: EppSandboxOptions): Promise<EppSandboxServer>;
}

export interface SimDomain {
  name: string;
  status: string;
  expiresAt?: string;
  authCode?: string;
}

export type SimulatorFactory = (ctx: SimulatorContext) => Simulator;
