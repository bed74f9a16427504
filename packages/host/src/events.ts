import { EventEmitter } from 'node:events';
import type { DomainStatus, OperationStatus } from './lifecycle.js';
import type { ManualTask } from './store/store.js';

/** Typed events for the embedding platform. */
export interface HostEvents {
  'operation.status': { operationId: string; operation: string; domain: string; from: OperationStatus | undefined; to: OperationStatus; step?: string };
  'domain.status': { domain: string; from: DomainStatus | undefined; to: DomainStatus; operationId?: string };
  'task.opened': { task: ManualTask };
  'task.closed': { task: ManualTask };
  /**
   * A scheduled renewal of an auto-renew domain is due (renewals/scheduler.ts): it is released at
   * `releaseAt` (`renewals.holdHours` later); until then the platform may attach an order to it
   * (`host.renewals.attachOrder`), and the renewal then waits for that order's payment.
   */
  'renewal.due': { domain: string; expiry: string; releaseAt: string; orderId?: string };
  /**
   * After each call into a plugin: an operation handler (by its name), `poll`, `reconcile` or
   * `handleMessage`. `status` is how the call ended — the operation's outcome, or `done` for a
   * usable poll / reconcile / message answer; `timeout` and `invalid` are the runtime's verdicts.
   */
  'plugin.call': { instance: string; call: string; durationMs: number; status: 'done' | 'pending' | 'failed' | 'timeout' | 'invalid' };
  /** After each registrar mail or webhook the intake answered (SMTP, webhooks, any caller). */
  'inbound.result': { kind: 'mail' | 'webhook'; status: 'applied' | 'duplicate' | 'quarantined' | 'refused' };
  /** A registrar message was kept for staff (after its commit): `id` is the stored message's id. */
  'inbound.quarantined': { id: string; messageId: string; instance?: string; reason: string };
}

/** How one plugin call ended. */
export type PluginCallStatus = HostEvents['plugin.call']['status'];

/** The status of a call the runtime answered with a problem (`threw` is a failure). */
export function problemStatus(kind: 'timeout' | 'threw' | 'invalid'): PluginCallStatus {
  return kind === 'threw' ? 'failed' : kind;
}

export type HostEventName = keyof HostEvents;

/** A small typed wrapper over EventEmitter; a throwing listener never breaks an operation. */
export class HostEventBus {
  private readonly emitter = new EventEmitter();

  on<E extends HostEventName>(event: E, listener: (payload: HostEvents[E]) => void): () => void {
    this.emitter.on(event, listener);
    return () => this.emitter.off(event, listener);
  }

  emit<E extends HostEventName>(event: E, payload: HostEvents[E]): void {
    for (const listener of this.emitter.listeners(event)) {
      try {
        (listener as (p: HostEvents[E]) => void)(payload);
      } catch {
        // A platform listener's bug must not undo a registrar operation that already happened.
      }
    }
  }
}
