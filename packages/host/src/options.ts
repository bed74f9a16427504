import type { Clock, MailSender } from '@registrar-kit/sdk';
import type { DNSResolver } from 'mailauth';

/** How an embedding platform wires the host to its world (all optional). */
export interface HostOptions {
  /** Defaults to the system clock; tests pass a fake one. */
  clock?: Clock;
  /** The fetch plugins' HTTP goes through (defaults to the global fetch, which msw intercepts). */
  fetch?: typeof fetch;
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
  /** The pending tracker's lease owner (defaults to a random id per process). */
  trackerOwner?: string;
  /** Jitter source for polling backoff. */
  random?: () => number;
  /** How the tracker waits for a rate limit (tests advance a fake clock instead). */
  sleep?: (ms: number) => Promise<void>;
}

export const systemClock: Clock = { now: () => new Date() };
