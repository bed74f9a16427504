import type { Clock, EppClientOptions, MailSender } from '@registrar-kit/sdk';
import type { DNSResolver } from 'mailauth';
import type { DependencyContainer } from 'tsyringe';
import type { Store } from './store/store.js';

/** How an embedding platform wires the host to its world (all optional). */
export interface HostOptions {
  /** Defaults to the system clock; tests pass a fake one. */
  clock?: Clock;
  /** The fetch plugins' HTTP goes through (defaults to the global fetch, which msw intercepts). */
  fetch?: typeof fetch;
  /** How plugins' EPP sessions connect (defaults to TLS to the profile's host); tests redirect or trust a test CA. */
  epp?: Pick<EppClientOptions, 'connect' | 'tls'>;
  /** Outbound registrar mail per plugin instance; without it, plugins that send mail fail with TRANSPORT. */
  mail?: (instance: string) => MailSender;
  /** Environment for `$env` references (defaults to process.env). */
  env?: NodeJS.ProcessEnv;
  /** Persist plugin debug log lines in the Action Log (default: info and above). */
  debugLog?: boolean;
  /** Id generator for operations, tasks and messages (tests make it deterministic). */
  newId?: () => string;
  /** DNS lookups for DKIM keys (defaults to the system resolver). */
  dnsResolver?: DNSResolver;
  /** This host's id: owner of its leases and key of its heartbeat row (defaults to a random id). */
  hostId?: string;
  /** @deprecated Use {@link HostOptions.hostId}. */
  trackerOwner?: string;
  /**
   * A tsyringe container of the platform's: services registered there under the host's
   * {@link TOKENS} (Store, Clock, Logger, Events, ActionLog) replace the host's own.
   */
  container?: DependencyContainer;
  /** A store to use instead of opening the configured one (the host closes it on close). */
  store?: Store;
  /** How long a write waits for another process's SQLite write lock (default 10,000 ms). */
  busyTimeoutMs?: number;
  /** Seconds between heartbeats of this host in the store (default 10; gone after 3 missed). */
  heartbeatSeconds?: number;
  /** Group commit and backpressure. */
  engine?: {
    /** Most changes written in one transaction (default 64). */
    maxBatch?: number;
    /** Changes waiting to be written beyond which submits get OVERLOADED (default 1024). */
    maxQueue?: number;
    /** Submits get OVERLOADED while the oldest waiting change has waited longer than this (ms, default 100). */
    maxQueueDelayMs?: number;
    /** Transactions written at once (default: SQLite 1, PostgreSQL its pool size less one). */
    lanes?: number;
  };
  /** Jitter source for polling backoff. */
  random?: () => number;
  /** How the tracker waits for a rate limit (tests advance a fake clock instead). */
  sleep?: (ms: number) => Promise<void>;
}

export const systemClock: Clock = { now: () => new Date() };
