import type { LogDraft } from '../engine/plan.js';
import type { SubmitRequest } from '../router.js';
import type { OperationRecord } from '../store/store.js';

/**
 * One thing a completed operation may still owe (a registrar lock asked for at registration, an
 * `info` for an expiry the completion did not report). The follow-up sweep (`sweep.ts`) sends it
 * under the key `<operation id>:<name>`, so however often it is tried — by the listener, a sweep
 * after a crash, two hosts at once — it goes out once.
 */
export interface FollowUp {
  /** The key's suffix, and the follow-up's name in the Action Log. */
  readonly name: string;
  /** The request `record` owes (without its key), or undefined when it owes none. */
  request(record: OperationRecord): Omit<SubmitRequest<string>, 'idempotencyKey'> | undefined;
  /** The Action Log entry once the follow-up is an operation (`sent`). */
  sent(record: OperationRecord, sent: OperationRecord): LogDraft;
  /** The Action Log entry when the host refused the follow-up for good (`why`: the refusal). */
  refused(record: OperationRecord, why: string): LogDraft;
  /** The Action Log entry when it waits for another operation on the domain (`busy`) to end. */
  waits(record: OperationRecord, busy: string): LogDraft;
}
