import { operationContext, type Dispatcher } from './dispatch.js';
import type { Engine } from './engine/engine.js';
import type { PluginInstance } from './plugin-registry.js';
import type { Presence } from './presence.js';
import type { Store } from './store/store.js';

export interface RecoveryReport {
  reconciled: number;
  resent: number;
  escalated: number;
  /** `submitting` operations left alone because the host sending them is alive. */
  skipped: number;
  /** Registrar answers from the outcome journal of an earlier run, applied. */
  journaled: number;
}

/**
 * Crash recovery: an operation found in `submitting` may or may not have reached the registrar.
 * Only operations whose host is gone are touched, and each is first taken over with a
 * compare-and-set (two hosts recovering at once never both act on one). The plugin's `reconcile`
 * decides where it has one; otherwise — or when it cannot tell — staff get a manual task saying
 * exactly that. A billable request is never resent on a guess: only a plugin that proves the
 * request never arrived (`not-received`) gets it sent again.
 */
export async function recover(deps: { engine: Engine; store: Store; presence: Presence; dispatcher: Dispatcher; instances: ReadonlyMap<string, PluginInstance> }): Promise<RecoveryReport> {
  const { engine, store, presence, dispatcher, instances } = deps;
  const report: RecoveryReport = { reconciled: 0, resent: 0, escalated: 0, skipped: 0, journaled: 0 };
  report.journaled = (await engine.replayJournal()).applied;
  const gone = await presence.judge();
  for (const op of await store.listOperations({ status: 'submitting' })) {
    const why = gone(op.leaseOwner);
    if (why === undefined) {
      report.skipped++;
      continue;
    }
    const taken = await engine.takeOver(op, why);
    if (taken === undefined) continue;
    const { record, lease } = taken;
    const fence = { kind: 'lease' as const, lease };
    const instance = record.pluginInstance === undefined ? undefined : instances.get(record.pluginInstance);
    if (instance === undefined || typeof instance.plugin.reconcile !== 'function') {
      await engine.escalate(record.id, 'the host stopped while this request was being sent: it may or may not have reached the registrar, and the plugin cannot check. Check at the registrar, then complete or reject this task.', fence);
      report.escalated++;
      continue;
    }
    // Through the runtime: a reconcile that hangs, throws or answers nonsense is `unknown`.
    const { outcome: result } = await instance.runtime.reconcile(
      { operationId: record.id, operation: record.operation, domain: record.domain, input: record.input, ...(record.customerId === undefined ? {} : { customerId: record.customerId }) },
      operationContext(instance, record),
    );
    if (result.status === 'unknown') {
      await engine.escalate(record.id, `the host stopped while this request was being sent and the registrar could not say whether it arrived (${result.reason}). Check at the registrar, then complete or reject this task.`, fence);
      report.escalated++;
    } else if (result.status === 'not-received') {
      await engine.log({ level: 'warn', kind: 'recovery', message: `${record.operation} ${record.domain}: the registrar never received the request; sending it now`, domain: record.domain, operationId: record.id });
      await dispatcher.send(record, lease);
      report.resent++;
    } else {
      await engine.applyOutcome(record.id, result, fence, { via: 'reconcile' });
      report.reconciled++;
    }
  }
  return report;
}
