/**
 * The operation page's data: the operation, each exchange with the registrar the Action Log
 * recorded for it, and what its state lets a caller do now. The actions are the routes that exist
 * for the engine's transitions — a failed operation is retried as a new operation (the host's
 * `operations.retry`, offered only when the host would accept it), and there is no cancellation of
 * a single one (an unpaid order is cancelled whole; manual work ends through its task) — so
 * nothing here offers what the engine cannot do.
 */
import { retryKey, retryRefusal, type ActionLogEntry, type Host, type OperationRecord } from '@registrar-kit/host';
import { operationView } from './views.js';

/** The most Action Log entries read for one operation's calls. */
const MAX_ENTRIES = 500;

type CallKind = 'call' | 'result' | 'poll-error';

interface RegistrarCall {
  at: Date;
  kind: CallKind;
  via?: string;
  request?: unknown;
  outcome: 'done' | 'pending' | 'failed' | 'retrying';
  registrarCode?: string;
  durationMs?: number;
  error?: unknown;
  message: string;
  logId: number;
}

interface OperationAction {
  action: 'cancel-order' | 'pay-order' | 'claim-task' | 'complete-task' | 'fail-task' | 'retry';
  method: 'POST';
  href: string;
  scope: string;
  taskId?: string;
  orderId?: string;
}

const KINDS: Readonly<Record<string, CallKind>> = { 'plugin-call': 'call', 'plugin-result': 'result', poll: 'poll-error' };

function toCall(entry: ActionLogEntry): RegistrarCall | undefined {
  const kind = KINDS[entry.kind];
  if (kind === undefined) return undefined;
  const data = (typeof entry.data === 'object' && entry.data !== null ? entry.data : {}) as { request?: unknown; via?: unknown; outcome?: { status?: unknown; error?: unknown } };
  const status = data.outcome?.status;
  const outcome = kind === 'poll-error' ? 'retrying' : status === 'done' || status === 'pending' || status === 'failed' ? status : undefined;
  if (outcome === undefined) return undefined;
  return {
    at: entry.at,
    kind,
    ...(typeof data.via === 'string' ? { via: data.via } : {}),
    ...(data.request === undefined ? {} : { request: data.request }),
    outcome,
    ...(entry.registrarCode === undefined ? {} : { registrarCode: entry.registrarCode }),
    ...(entry.durationMs === undefined ? {} : { durationMs: entry.durationMs }),
    ...(data.outcome?.error === undefined ? {} : { error: data.outcome.error }),
    message: entry.message,
    logId: entry.id,
  };
}

async function actionsOf(host: Host, record: OperationRecord, retriedAs: OperationRecord | undefined): Promise<OperationAction[]> {
  if (record.status === 'failed') {
    // Once retried, the retry is the operation to act on (retrying again would return it).
    return retriedAs === undefined && retryRefusal(record) === undefined ? [{ action: 'retry', method: 'POST', href: `/v1/operations/${encodeURIComponent(record.id)}/retry`, scope: 'staff' }] : [];
  }
  if (record.status === 'awaiting-payment' && record.orderId !== undefined) {
    const order = encodeURIComponent(record.orderId);
    return [
      { action: 'pay-order', method: 'POST', href: `/v1/orders/${order}/paid`, scope: 'submit', orderId: record.orderId },
      { action: 'cancel-order', method: 'POST', href: `/v1/orders/${order}/cancel`, scope: 'submit', orderId: record.orderId },
    ];
  }
  if (record.status !== 'awaiting-manual') return [];
  const tasks = await host.manualTasks.list({ operationId: record.id, status: ['open', 'claimed'] });
  return tasks.flatMap((task): OperationAction[] => {
    const base = `/v1/tasks/${encodeURIComponent(task.id)}`;
    return [
      ...(task.status === 'open' ? [{ action: 'claim-task' as const, method: 'POST' as const, href: `${base}/claim`, scope: 'staff', taskId: task.id }] : []),
      { action: 'complete-task', method: 'POST', href: `${base}/complete`, scope: 'staff', taskId: task.id },
      { action: 'fail-task', method: 'POST', href: `${base}/fail`, scope: 'staff', taskId: task.id },
    ];
  });
}

/** The operation with its registrar calls (oldest first) and its actions. */
export async function operationDetail(host: Host, record: OperationRecord) {
  const retriedAs = record.status === 'failed' ? await host.store.getOperationByKey(retryKey(record.id)) : undefined;
  const [log, actions] = await Promise.all([host.pageLog({ operationId: record.id, order: 'asc', limit: MAX_ENTRIES }), actionsOf(host, record, retriedAs)]);
  const calls = log.items.map(toCall).filter((c): c is RegistrarCall => c !== undefined);
  return { ...operationView(record), calls, actions, ...(retriedAs === undefined ? {} : { retriedAs: retriedAs.id }) };
}
