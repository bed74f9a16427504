/**
 * Deterministic scenario rules, the same at every simulated registrar. The first label of the
 * domain name decides what happens, so a test or a demo picks its scenario by picking a name:
 *
 * | first label starts with | what the registrar does |
 * | --- | --- |
 * | `taken` | the name is not available: check says so, register is refused |
 * | `reject` | a transfer is accepted, stays pending, then the losing registrar rejects it |
 * | `slow` | every answer is held back `slowReplyMs` (real time) and pending work takes `slowFactor` times longer |
 * | `fail` | the registrar fails: HTTP 503 / a SOAP fault / an error reply by mail |
 *
 * and an auth code that starts with `wrong` (any case) is refused as incorrect.
 * Every other name is available and every operation succeeds.
 */

export type Scenario = 'taken' | 'reject' | 'slow' | 'fail' | 'normal';

export interface ScenarioRulesOptions {
  /** Virtual seconds before pending registrar work completes (SOAP PENDING, AutoDNS mail, R01 reply). Default 600. */
  pendingSeconds?: number;
  /** Multiplier on `pendingSeconds` for `slow…` names. Default 6. */
  slowFactor?: number;
  /** Real milliseconds a `slow…` answer is held back. Default 1500. */
  slowReplyMs?: number;
}

export class ScenarioRules {
  readonly pendingSeconds: number;
  readonly slowFactor: number;
  readonly slowReplyMs: number;

  constructor(options: ScenarioRulesOptions = {}) {
    this.pendingSeconds = options.pendingSeconds ?? 600;
    this.slowFactor = options.slowFactor ?? 6;
    this.slowReplyMs = options.slowReplyMs ?? 1500;
  }

  /** The scenario a domain name selects. */
  scenario(domain: string): Scenario {
    const label = domain.trim().toLowerCase().split('.')[0] ?? '';
    if (label.startsWith('taken')) return 'taken';
    if (label.startsWith('reject')) return 'reject';
    if (label.startsWith('slow')) return 'slow';
    if (label.startsWith('fail')) return 'fail';
    return 'normal';
  }

  isTaken(domain: string): boolean {
    return this.scenario(domain) === 'taken';
  }

  isFailing(domain: string): boolean {
    return this.scenario(domain) === 'fail';
  }

  /** True when the auth code is the scenario's wrong one. */
  isWrongAuthCode(code: string | undefined): boolean {
    return code !== undefined && code.trim().toLowerCase().startsWith('wrong');
  }

  /** Virtual milliseconds before pending work on `domain` completes. */
  pendingMs(domain: string): number {
    const factor = this.scenario(domain) === 'slow' ? this.slowFactor : 1;
    return this.pendingSeconds * 1000 * factor;
  }

  /** Real milliseconds to hold an answer about `domain` back. */
  replyDelayMs(domain: string | undefined): number {
    return domain !== undefined && this.scenario(domain) === 'slow' ? this.slowReplyMs : 0;
  }

  /** A fresh auth code for a domain: deterministic, so recordings are stable. */
  authCodeFor(domain: string, generation = 0): string {
    let h = 2166136261;
    for (const c of `${domain}#${generation}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
    return `Auth-${h.toString(36).toUpperCase().padStart(7, '0')}`;
  }
}
