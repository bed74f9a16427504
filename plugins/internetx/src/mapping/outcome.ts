/**
 * Gateway answers and job notifications → sdk outcomes: `success` → done, `error` → failed,
 * `notify` → pending until the job's notification (mail) or queue message (poll).
 */
import { done, failed, pending, type Outcome } from '@registrar-kit/sdk';
import type { GatewayResponse } from '../protocol/response.js';
import type { TaskCode } from '../protocol/tasks.js';
import { registrarFailure, responseError } from './errors.js';

export interface PendingPlan {
  /** The ctid of the task whose notification completes the operation. */
  ref: string;
  await: 'message' | 'poll';
  /** `registering`, `transferring`, `updating-nameservers`, ... */
  step: string;
}

export function taskOutcome<R>(response: GatewayResponse, task: TaskCode, plan: PendingPlan, result: R, secrets: readonly string[]): Outcome<R> {
  switch (response.status.type) {
    case 'success':
      return done(result);
    case 'error':
      return failed(responseError(response, task, secrets));
    case 'notify':
      return pending({ ...plan, note: `${response.status.code} ${response.status.text}`.trim(), data: { task } });
  }
}

/**
 * What a finished job reports as the operation's result: the domain, and for a status update
 * the lock it set (the pending step says which way: `locking` / `unlocking`).
 */
function jobResult(pendingRef: { domain: string; operation?: string | undefined; step?: string | undefined }): { domain: string; locked?: boolean } {
  if (pendingRef.operation === 'setRegistrarLock') return { domain: pendingRef.domain, locked: pendingRef.step !== 'unlocking' };
  return { domain: pendingRef.domain };
}

/** The final word of a job (S / E / N code from a mail or the queue) for a pending operation. */
export function jobOutcome(
  job: { kind: 'S' | 'E' | 'N'; code: string; text: string; errorCodes: readonly string[]; nicResponse?: string | undefined },
  pendingRef: { ref: string; domain: string; operation?: string | undefined; step?: string | undefined },
  awaitKind: 'message' | 'poll',
  source: string,
  secrets: readonly string[],
): Outcome {
  if (job.kind === 'S') return done(jobResult(pendingRef));
  if (job.kind === 'E') {
    return failed(
      registrarFailure(
        {
          statusCode: job.code,
          statusText: job.text,
          codes: job.errorCodes,
          context: `${source} for ${pendingRef.ref}${job.nicResponse === undefined ? '' : ` registry: ${job.nicResponse.slice(0, 300)}`}`,
        },
        secrets,
      ),
    );
  }
  return pending({ ref: pendingRef.ref, await: awaitKind, step: pendingRef.step ?? 'running', note: `${job.code} ${job.text}`.trim() });
}
