/**
 * The AutoDNS message queue (the README's "Wire fidelity", loop as in the dim client): 0905 answers with
 * `data/summary` (messages still queued, 0 = empty) and the oldest `data/message` — a job result
 * or an event notification (`notify/...`); 0906 with `<message><id>` acknowledges it so the next
 * 0905 returns the next one.
 *
 * A job result comes in two shapes, and both are read:
 * - the current Job object (APIXMLEN "Job Object", "Message Object"): `job/id`, `job/status` as a
 *   plain JobStatusConstants value (SUCCESS, FAILED, RUNNING, …), `job/object`, sub-messages;
 *   the ctid is read from `job/ctid` or from the message itself;
 * - the older form dim reads: `job/ctid`, `job/status/{code,type,text}`, `job/nic_response`.
 */
import type { GatewayResponse } from './response.js';
import { TASK, type Task } from './tasks.js';
import { child, isElement, textOf, type XmlElement } from './xml.js';

/** Job status types of a notification (transfers also report `running`). */
export type JobStatusType = 'success' | 'failed' | 'running';

export interface QueueJob {
  ctid: string;
  status: { code: string; type: JobStatusType | string; text: string };
  /** The registry's answer, when the job reached it. */
  nicResponse: string;
  /** EF… / E… codes found anywhere in the job (status, msgs, registry answer). */
  errorCodes: string[];
}

export interface QueueMessage {
  id: string;
  /** Present for job results. */
  job?: QueueJob;
  /** Present for event notifications (`transfer_start`, `domain_away`, ...). */
  event?: { type: string; object: string };
}

export interface QueueRead {
  summary: number;
  message: QueueMessage | undefined;
}

export function pollInfoTask(ctid: string): Task {
  return { code: TASK.pollInfo, ctid };
}

export function pollConfirmTask(ctid: string, messageId: string): Task {
  return { code: TASK.pollConfirm, ctid, message: { id: messageId } };
}

/** EF… and E… codes (registry and sub-order errors) in a subtree, in document order. */
export function errorCodesIn(node: unknown): string[] {
  const found: string[] = [];
  const walk = (n: unknown): void => {
    if (typeof n === 'string') {
      for (const m of n.matchAll(/\b(EF\d{4,8}|E\d{4}(?:\d{3})?)\b/g)) found.push(m[1]!);
    } else if (Array.isArray(n)) n.forEach(walk);
    else if (isElement(n)) Object.values(n).forEach(walk);
  };
  walk(node);
  return [...new Set(found)];
}

/** JobStatusConstants → the notification status types (success / failed / running). */
const JOB_STATUS: Readonly<Record<string, JobStatusType>> = {
  SUCCESS: 'success',
  FAILED: 'failed',
  CANCELED: 'failed',
  RUNNING: 'running',
  WAIT: 'running',
  DEFERRED: 'running',
  SUPPORT: 'running',
  NOT_SET: 'running',
};

/** The status of a job: the `status/{code,type,text}` element, or a plain JobStatusConstants value. */
function jobStatus(job: XmlElement): QueueJob['status'] {
  const status = child(job, 'status');
  if (status !== undefined) return { code: textOf(status.code), type: textOf(status.type).toLowerCase(), text: textOf(status.text) };
  const plain = textOf(job.status).trim().toUpperCase();
  return { code: plain, type: JOB_STATUS[plain] ?? plain.toLowerCase(), text: textOf(job.sub_status) };
}

function jobOf(job: XmlElement, message: XmlElement): QueueJob {
  return {
    ctid: textOf(job.ctid) || textOf(message.ctid),
    status: jobStatus(job),
    nicResponse: textOf(job.nic_response),
    errorCodes: errorCodesIn(job),
  };
}

/** Reads a 0905 answer. */
export function readQueue(response: GatewayResponse): QueueRead {
  const summary = Number.parseInt(textOf(response.data?.summary), 10);
  const node = child(response.data, 'message');
  if (node === undefined || !(summary > 0)) return { summary: Number.isNaN(summary) ? 0 : summary, message: undefined };
  const job = child(node, 'job');
  const notify = child(node, 'notify');
  const message: QueueMessage = { id: textOf(node.id) };
  if (job !== undefined) message.job = jobOf(job, node);
  else if (notify !== undefined) {
    const type = textOf(notify.type) || Object.keys(notify)[0] || 'unknown';
    message.event = { type, object: textOf(child(notify, 'domain')?.name ?? notify.object) };
  }
  return { summary, message };
}
