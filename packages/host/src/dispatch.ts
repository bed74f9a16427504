import { BILLABLE_OPERATIONS, RegistrarError, type OperationContext, type OperationName, type Outcome } from '@registrar-kit/sdk';
import type { Engine } from './engine/engine.js';
import { problemStatus, type HostEventBus, type PluginCallStatus } from './events.js';
import type { Lease } from './engine/plan.js';
import type { PluginInstance } from './plugin-registry.js';
import { pluginInput } from './policy/options.js';
import type { OperationRecord } from './store/store.js';

/** The context of one operation call (also what `reconcile` gets). */
export function operationContext(instance: PluginInstance, record: OperationRecord): OperationContext<unknown> {
  return {
    ...instance.context,
    log: instance.logger({ operationId: record.id, domain: record.domain }),
    operation: { id: record.id, name: record.operation, domain: record.domain, customerId: record.customerId },
  };
}

/**
 * Sends an operation the engine moved to `submitting` to its plugin (through the instance's
 * runtime: deadline, checked answer, secrets scrubbed) and hands the answer back to the engine
 * under the same lease (so an answer arriving after another host took the operation over is
 * logged, not applied). Every send in flight is tracked, so closing the host waits for the
 * registrar's answers instead of abandoning them.
 *
 * A billable request whose handler did not answer in time may or may not have reached the
 * registrar: it is never failed (the platform would resubmit and pay twice) nor resent. The
 * plugin's `reconcile` is asked at once; when it cannot tell, staff get a manual task.
 */
export class Dispatcher {
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly engine: Engine,
    private readonly instances: ReadonlyMap<string, PluginInstance>,
    /** Hears each plugin call (`plugin.call`: the server's metrics). */
    private readonly events?: HostEventBus,
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
    const started = performance.now();
    let outcome: Outcome;
    if (instance === undefined) {
      outcome = { status: 'failed', error: new RegistrarError({ code: 'UNSUPPORTED', message: 'The registrar connection is unavailable', detail: `plugin instance ${record.pluginInstance ?? '?'} is not loaded` }) };
    } else {
      const ctx = operationContext(instance, record);
      // registrarLock at registration is the host's to apply afterwards (policy/options.ts).
      const invocation = await instance.runtime.invoke(record.operation, pluginInput(record.operation, record.input), ctx);
      outcome = invocation.outcome;
      this.called(instance.name, record.operation, started, invocation.problem === undefined ? outcome.status : problemStatus(invocation.problem.kind));
      if (invocation.leaked) await this.warn(instance, record, `${record.operation}() answered with a secret of the instance in it; it was redacted before anything was stored`);
      if (invocation.problem !== undefined && invocation.problem.kind !== 'timeout') await this.warn(instance, record, invocation.problem.detail);
      if (invocation.problem?.kind === 'timeout' && BILLABLE_OPERATIONS.has(record.operation as OperationName)) {
        return this.unknownAfterTimeout(instance, record, lease, ctx, invocation.problem.detail);
      }
    }
    const durationMs = Math.round((performance.now() - started) * 1000) / 1000;
    const applied = await this.engine.applyOrJournal(record.id, outcome, lease, { durationMs, call: record.operation });
    return applied.record;
  }

  /** A billable request without an answer: reconcile now, else a manual task; never a resend. */
  private async unknownAfterTimeout(instance: PluginInstance, record: OperationRecord, lease: Lease, ctx: OperationContext<unknown>, detail: string): Promise<OperationRecord> {
    await this.warn(instance, record, `${detail}: the request may or may not have reached the registrar; asking the plugin to reconcile`);
    const started = performance.now();
    const { outcome, problem } = await instance.runtime.reconcile({ operationId: record.id, operation: record.operation, domain: record.domain, input: record.input, ...(record.customerId === undefined ? {} : { customerId: record.customerId }) }, ctx);
    this.called(instance.name, 'reconcile', started, problem === undefined ? 'done' : problemStatus(problem.kind));
    const fence = { kind: 'lease' as const, lease };
    // Either write may find the lease lost (another host took over meanwhile): that host decides.
    if (outcome.status === 'unknown' || outcome.status === 'not-received') {
      // not-received after a timeout is still no proof for a resend decided by a machine: the
      // abandoned call may yet complete. Staff decide with the registrar's panel open.
      const why = outcome.status === 'unknown' ? outcome.reason : 'the registrar says it has not received it yet, but the abandoned call may still arrive';
      await this.engine.escalate(record.id, `the plugin did not answer in time (${detail}) and the registrar could not confirm the outcome (${why}). Check at the registrar, then complete or reject this task.`, fence);
    } else {
      return (await this.engine.applyOutcome(record.id, outcome, fence, { via: 'reconcile' })).record;
    }
    return (await this.engine.store.getOperation(record.id)) ?? record;
  }

  private called(instance: string, call: string, started: number, status: PluginCallStatus): void {
    this.events?.emit('plugin.call', { instance, call, durationMs: performance.now() - started, status });
  }

  private warn(instance: PluginInstance, record: OperationRecord, message: string): Promise<void> {
    return this.engine.log({ level: 'warn', kind: 'plugin-log', message, pluginInstance: instance.name, operationId: record.id, domain: record.domain }).catch(() => undefined);
  }
}
