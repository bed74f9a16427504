import { RegistrarError, settle, type Outcome } from '@registrar-kit/sdk';
import type { Engine } from './engine/engine.js';
import type { Lease } from './engine/plan.js';
import type { PluginInstance } from './plugin-registry.js';
import type { OperationRecord } from './store/store.js';

/**
 * Sends an operation the engine moved to `submitting` to its plugin and hands the answer back to
 * the engine under the same lease (so an answer arriving after another host took the operation
 * over is logged, not applied). Every send in flight is tracked, so closing the host waits for
 * the registrar's answers instead of abandoning them.
 */
export class Dispatcher {
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly engine: Engine,
    private readonly instances: ReadonlyMap<string, PluginInstance>,
  ) {}

  send(record: OperationRecord, lease: Lease): Promise<OperationRecord> {
    const sending = this.call(record, lease);
    this.inFlight.add(sending);
    void sending.then(
      () => this.inFlight.delete(sending),
      () => this.inFlight.delete(sending),
    );
    return sending;
  }

  /** Resolves once every send in flight has its answer written (or journaled). */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private async call(record: OperationRecord, lease: Lease): Promise<OperationRecord> {
    const instance = record.pluginInstance === undefined ? undefined : this.instances.get(record.pluginInstance);
    const handler =
      instance === undefined
        ? undefined
        : ((instance.plugin.operations as Record<string, ((input: unknown, ctx: unknown) => Promise<Outcome>) | undefined>)[record.operation] ?? instance.plugin.custom?.[record.operation]);
    const started = performance.now();
    let outcome: Outcome;
    if (instance === undefined) {
      outcome = { status: 'failed', error: new RegistrarError({ code: 'UNSUPPORTED', message: 'The registrar connection is unavailable', detail: `plugin instance ${record.pluginInstance ?? '?'} is not loaded` }) };
    } else if (handler === undefined) {
      outcome = { status: 'failed', error: new RegistrarError({ code: 'UNSUPPORTED', message: 'The operation is not available', detail: `plugin instance "${instance.name}" has no handler for ${record.operation}` }) };
    } else {
      const ctx = {
        ...instance.context,
        log: instance.logger({ operationId: record.id, domain: record.domain }),
        operation: { id: record.id, name: record.operation, domain: record.domain, customerId: record.customerId },
      };
      outcome = await settle(() => handler(record.input, ctx));
    }
    const durationMs = Math.round((performance.now() - started) * 1000) / 1000;
    const applied = await this.engine.applyOrJournal(record.id, outcome, lease, { durationMs, call: record.operation });
    return applied.record;
  }
}
