import { redactDeep, redactor } from '@registrar-kit/sdk';
import { inject, injectable } from 'tsyringe';
import type { Clock } from '@registrar-kit/sdk';
import type { ActionLogEntry, ActionLogQuery, NewActionLogEntry, Store } from './store/store.js';
import { TOKENS } from './tokens.js';

/** Keys whose values are never written to the Action Log, whatever the plugin or caller passes. */
const SENSITIVE_KEYS = /^(authCode|authInfo|authinfo|password|passwd|apiKey|api_key|secret|token|eppCode)$/i;

function scrubKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scrubKeys);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SENSITIVE_KEYS.test(k) && v !== undefined && v !== null && v !== '' ? '[redacted]' : scrubKeys(v)]));
  }
  return value;
}

/**
 * The operator's first stop when something fails: every plugin call, transition and refusal,
 * linked to domain, operation and order. Secrets of every plugin instance and auth codes are
 * removed before anything is written.
 */
@injectable()
export class ActionLog {
  private readonly secrets = new Set<string>();
  private clean: (text: string) => string = (text) => text;

  constructor(
    @inject(TOKENS.Store) private readonly store: Store,
    @inject(TOKENS.Clock) private readonly clock: Clock,
  ) {}

  /** Registers secret values (plugin settings) to redact from every entry. */
  addSecrets(values: readonly string[]): void {
    for (const v of values) if (v.length > 0) this.secrets.add(v);
    this.clean = redactor([...this.secrets]);
  }

  /** Redacts a value as the Action Log would. */
  redact<T>(value: T): T {
    return redactDeep(scrubKeys(value) as T, this.clean);
  }

  async write(entry: Omit<NewActionLogEntry, 'at'> & { at?: Date }, store: Store = this.store): Promise<void> {
    const clean = this.redact({ ...entry, at: undefined });
    await store.appendLog({ ...clean, at: entry.at ?? this.clock.now() } as NewActionLogEntry);
  }

  query(query: ActionLogQuery = {}): Promise<ActionLogEntry[]> {
    return this.store.queryLog(query);
  }
}
