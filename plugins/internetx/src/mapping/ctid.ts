/**
 * Client transaction ids. Every task carries one (`<ctid>`), derived from the host's durable
 * operation id plus a suffix naming the task, so the asynchronous notification of the domain task
 * (`transaction:` in the mail, `job/ctid` in the queue) correlates to exactly one operation and
 * the Action Log shows which task of an operation a message concerns.
 */
export const CTID_SUFFIX = {
  domainCreate: 'domain-create',
  transfer: 'transfer',
  nameservers: 'ns-update',
  contacts: 'contact-update',
  lock: 'status-update',
  inquire: 'inquire',
  authInfo: 'authinfo1',
  cancel: 'cancelation',
  restore: 'restore',
  transferOut: 'transfer-out',
  list: 'list',
} as const;

export function taskCtid(operationId: string, suffix: string): string {
  return `${operationId}-${suffix}`;
}

/** Handle tasks of an operation: one per contact role. */
export function handleCtid(operationId: string, action: 'create' | 'update' | 'inquire', role: string): string {
  return `${operationId}-handle-${action}-${role}`;
}

/** Queue tasks are not part of an operation; the clock keeps them unique and readable. */
export function queueCtid(now: Date, seq: number, action: 'info' | 'ack'): string {
  return `poll-${now.getTime()}-${seq}-${action}`;
}

/** True for a ctid of a contact-handle task (its notification settles nothing on its own). */
export function isHandleCtid(ctid: string): boolean {
  return /-handle-(create|update)-[a-z]+$/.test(ctid);
}
