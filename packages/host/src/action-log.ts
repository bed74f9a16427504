import { redactor } from '@registrar-kit/sdk';
import { inject, injectable } from 'tsyringe';
import type { Clock } from '@registrar-kit/sdk';
import type { ActionLogEntry, ActionLogQuery, NewActionLogEntry, Store } from './store/store.js';
import { TOKENS } from './tokens.js';

/** Keys whose values are never written to the Action Log, whatever the plugin or caller passes. */
const SENSITIVE_KEYS = /^(authCode|authInfo|authinfo|password|passwd|apiKey|api_key|secret|token|eppCode)$/i;
const REDACTED = '[redacted]';

/**
 * What the Action Log keeps of a request: enough for an operator to see what was asked
 * (scalars, name-server hosts, each contact role's e-mail), not a copy of every contact field.
 */
export function summarizeRequest(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input as Record<string, unknown>)) {
    if (v === undefined) continue;
    if (k === 'nameservers' && Array.isArray(v)) out[k] = v.map((ns) => (typeof ns === 'object' && ns !== null ? (ns as { host?: unknown }).host : ns));
    else if (k === 'contacts' && typeof v === 'object' && v !== null) {
      out[k] = Object.fromEntries(
        Object.entries(v as Record<string, unknown>).map(([role, c]) => {
          const contact = (typeof c === 'object' && c !== null ? c : {}) as { handle?: unknown; email?: unknown };
          return [role, contact.handle ?? contact.email ?? '(contact)'];
        }),
      );
    } else out[k] = v;
  }
  return out;
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

  /** Redacts a value as the Action Log would: sensitive keys blanked, secret values removed from every string. */
  redact<T>(value: T): T {
    return this.scrub(value) as T;
  }

  // One walk over the value: sensitive keys are blanked and every string loses every form of
  // every plugin instance's secrets (it runs four times per routed operation, so it stays lean).
  private scrub(value: unknown): unknown {
    if (typeof value === 'string') return this.clean(value);
    if (typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) return value.map((v) => this.scrub(v));
    if (value instanceof Date) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      out[k] = SENSITIVE_KEYS.test(k) && v !== null && v !== '' ? REDACTED : this.scrub(v);
    }
    return out;
  }

  async write(entry: Omit<NewActionLogEntry, 'at'> & { at?: Date }, store: Store = this.store): Promise<void> {
    // Free text is scrubbed; the structured fields operators filter on (kind, level, domain, ids)
    // are the host's own values and stay intact, whatever a secret happens to look like.
    const { message, data, registrarCode, at, ...fields } = entry;
    const clean: NewActionLogEntry = {
      ...fields,
      message: this.clean(message),
      ...(data === undefined ? {} : { data: this.scrub(data) }),
      ...(registrarCode === undefined ? {} : { registrarCode: this.clean(registrarCode) }),
      at: at ?? this.clock.now(),
    };
    await store.appendLog(clean);
  }

  query(query: ActionLogQuery = {}): Promise<ActionLogEntry[]> {
    return this.store.queryLog(query);
  }
}
