import { isRegistrarError } from '@registrar-kit/sdk';
import { isHostError } from '../errors.js';
import { FINAL_OPERATION_STATUSES } from '../lifecycle.js';
import type { LogDraft } from '../engine/plan.js';
import type { HostEventBus, HostEvents } from '../events.js';
import type { SubmitRequest } from '../router.js';
import type { OperationRecord, Store } from '../store/store.js';

/**
 * Options the host applies itself once an acquisition is done (docs/host-guide.md#options-on-register-and-transfer):
 * `registrarLock: true` on a register or transfer becomes a `setRegistrarLock { locked: true }`
 * operation of the host's own, under the key `<operation id>:registrarLock` — so a completion
 * heard twice (a duplicate mail, two hosts) still sends one lock. The domain counts as locked
 * when that operation completes: the registrar confirmed it, whatever the plugin did at registration.
 * It listens to the host's own events, whichever way the acquisition completed (answer, poll,
 * mail, staff). When the platform got to the domain first (a name-server change right after the
 * registration: DOMAIN_BUSY), the lock is sent once that operation has ended.
 */
export class FollowUps {
  private readonly inFlight = new Set<Promise<void>>();
  /** Acquisitions whose lock waits for another operation on the domain to end: busy operation id → acquisition event. */
  private readonly waiting = new Map<string, HostEvents['operation.status']>();

  constructor(
    private readonly store: Store,
    events: HostEventBus,
    private readonly send: (request: SubmitRequest<string>) => Promise<OperationRecord>,
    private readonly log: (entry: LogDraft) => Promise<void>,
  ) {
    events.on('operation.status', (event) => {
      const blocked = this.waiting.get(event.operationId);
      if (blocked !== undefined && FINAL_OPERATION_STATUSES.has(event.to)) {
        this.waiting.delete(event.operationId);
        this.start(blocked);
      }
      if (event.to === 'done' && (event.operation === 'register' || event.operation === 'transfer')) this.start(event);
    });
  }

  private start(event: HostEvents['operation.status']): void {
    const work = this.followUp(event);
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  /** Resolves once every follow-up started so far has its answer (the host waits for it on close). */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private async followUp(event: HostEvents['operation.status']): Promise<void> {
    try {
      const record = await this.store.getOperation(event.operationId);
      if ((record?.input as { registrarLock?: unknown } | undefined)?.registrarLock !== true || record === undefined) return;
      const lock = await this.send({
        operation: 'setRegistrarLock',
        input: { domain: record.domain, locked: true },
        idempotencyKey: `${record.id}:registrarLock`,
        ...(record.customerId === undefined ? {} : { customerId: record.customerId }),
      });
      await this.log({ level: 'info', kind: 'transition', message: `${record.operation} ${record.domain}: registrar lock requested at ${record.operation}, sent as operation ${lock.id} (${lock.status})`, domain: record.domain, operationId: record.id });
    } catch (error) {
      const busy = isHostError(error) && error.code === 'DOMAIN_BUSY' ? error.operationId : undefined;
      if (busy !== undefined) {
        // Not awaited by close(): the other operation may pend for days; its end (in this process) sends the lock.
        this.waiting.set(busy, event);
        // It may have ended between the refusal and now: then its event was already heard.
        const other = await this.store.getOperation(busy);
        if (other !== undefined && FINAL_OPERATION_STATUSES.has(other.status) && this.waiting.delete(busy)) return this.followUp(event);
        await this.log({ level: 'info', kind: 'transition', message: `${event.operation} ${event.domain}: the registrar lock asked for at ${event.operation} waits for operation ${busy} to end`, domain: event.domain, operationId: event.operationId }).catch(() => undefined);
        return;
      }
      const why = isRegistrarError(error) || error instanceof Error ? error.message : String(error);
      await this.log({ level: 'error', kind: 'refusal', message: `${event.operation} ${event.domain}: the registrar lock asked for at ${event.operation} was not sent: ${why}. Lock the domain with setRegistrarLock.`, domain: event.domain, operationId: event.operationId }).catch(() => undefined);
    }
  }
}
