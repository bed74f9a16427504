import { isRegistrarError } from '@registrar-kit/sdk';
import type { LogDraft } from '../engine/plan.js';
import { isHostError } from '../errors.js';
import type { HostEventBus, HostEvents } from '../events.js';
import type { SubmitRequest } from '../router.js';
import type { OperationRecord, Store } from '../store/store.js';

/** Operations after which the host must know the domain's expiry. */
const EXPIRY_SETTING = new Set(['register', 'transfer', 'renew']);

/**
 * After a register, transfer or renew completes without an `expiresAt` (SOAP and InterNetX answer
 * by poll or mail without one), the host asks the registrar with an `info` operation of its own —
 * through the router and the engine, like any request — under the key `<operation id>:expiry`, so
 * a completion heard twice (duplicate mail, two hosts) sends one `info`. Its result fills the
 * domain's expiry (engine/plan.ts settles `info` like any operation).
 */
export class ExpiryFollowUp {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly store: Store,
    private readonly send: (request: SubmitRequest<string>) => Promise<OperationRecord>,
    private readonly log: (entry: LogDraft) => Promise<void>,
    /** Whether the domain's plugin instance answers `info` automatically. */
    private readonly answersInfo: (pluginInstance: string | undefined) => boolean,
  ) {}

  listen(events: HostEventBus): () => void {
    return events.on('operation.status', (event) => {
      if (event.to !== 'done' || !EXPIRY_SETTING.has(event.operation)) return;
      const work = this.followUp(event);
      this.inFlight.add(work);
      void work.finally(() => this.inFlight.delete(work));
    });
  }

  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private async followUp(event: HostEvents['operation.status']): Promise<void> {
    try {
      const record = await this.store.getOperation(event.operationId);
      if (record === undefined || record.mode !== 'auto') return;
      const reported = (record.result as { expiresAt?: unknown } | undefined)?.expiresAt;
      if (typeof reported === 'string' || !this.answersInfo(record.pluginInstance)) return;
      const info = await this.send({ operation: 'info', input: { domain: record.domain }, idempotencyKey: `${record.id}:expiry` });
      await this.log({ level: 'info', kind: 'transition', message: `${record.operation} ${record.domain}: done without an expiry date; asked the registrar (info operation ${info.id}, ${info.status})`, domain: record.domain, operationId: record.id });
    } catch (error) {
      const why = isHostError(error) || isRegistrarError(error) ? `${error.code}: ${error.message}` : String(error);
      await this.log({ level: 'warn', kind: 'sync', message: `${event.operation} ${event.domain}: the expiry date could not be asked for (${why}); the next sync reads it`, domain: event.domain, operationId: event.operationId }).catch(() => undefined);
    }
  }
}
