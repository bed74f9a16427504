import { deserializeError, toIssues, type MessageResult, type Outcome, type PollUpdate, type ReconcileOutcome, type SerializedRegistrarError } from '@registrar-kit/sdk';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import {
  validateApproveTransferOutResult,
  validateCreateHostResult,
  validateDeleteHostResult,
  validateListDomainsResult,
  validateListTldsResult,
  validateRejectTransferOutResult,
  validateResendTransferConfirmationResult,
  validateRestoreResult,
  validateUpdateHostResult,
  validateDoneOutcome,
  validateFailedOutcome,
  validateMessageUnmatched,
  validateNotReceived,
  validatePendingOutcome,
  validateUnknown,
} from './answer-validators.generated.js';
import { DEFAULT_ANSWER_LIMITS, toPlainJson, type AnswerLimits } from './plain-json.js';

/** A checked answer, or the precise reason it was refused (for the plugin's author). */
export type Checked<T> = { ok: true; value: T; leaked: boolean } | { ok: false; problem: string };

export interface CheckOptions {
  limits?: AnswerLimits;
  /** Redacts secrets from every string (the host's scrubber); `leaked` says whether it changed anything. */
  scrub?: (text: string) => string;
}

function schemaProblem(validate: ValidateFunction, value: unknown, where: string): string | undefined {
  if (validate(value)) return undefined;
  const issues = toIssues(validate.errors);
  return issues
    .slice(0, 5)
    .map((i) => `${where}${i.path === '/' ? '' : ` ${i.path}`} ${i.message}`)
    .join('; ');
}

/** Scrubs every string of plain JSON; returns the copy and whether a secret was found. */
function scrubJson(value: unknown, scrub: ((text: string) => string) | undefined): { value: unknown; leaked: boolean } {
  if (scrub === undefined) return { value, leaked: false };
  let leaked = false;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const clean = scrub(v);
      if (clean !== v) leaked = true;
      return clean;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  const out = walk(value);
  return { value: out, leaked };
}

/** Checks one outcome already in plain JSON and rebuilds it (a genuine RegistrarError for failures). */
function outcomeFromJson(json: unknown, where: string): { ok: true; value: Outcome } | { ok: false; problem: string } {
  const status = typeof json === 'object' && json !== null ? (json as { status?: unknown }).status : undefined;
  const validate = status === 'done' ? validateDoneOutcome : status === 'pending' ? validatePendingOutcome : status === 'failed' ? validateFailedOutcome : undefined;
  if (validate === undefined) {
    return { ok: false, problem: `${where} must be done(result), pending({ ref, await }) or failed(error); got ${status === undefined ? (json === undefined ? 'undefined' : JSON.stringify(json)?.slice(0, 80)) : `status ${JSON.stringify(status)}`}` };
  }
  const problem = schemaProblem(validate, json, where);
  if (problem !== undefined) return { ok: false, problem };
  if (status === 'failed') {
    const error = (json as { error: SerializedRegistrarError }).error;
    return { ok: true, value: { status: 'failed', error: deserializeError(error) } };
  }
  return { ok: true, value: json as Outcome };
}

function plain(value: unknown, where: string, options: CheckOptions): { ok: true; value: unknown; leaked: boolean } | { ok: false; problem: string } {
  const copy = toPlainJson(value, options.limits ?? DEFAULT_ANSWER_LIMITS);
  if (!copy.ok) return { ok: false, problem: `${where} ${copy.problem}` };
  const scrubbed = scrubJson(copy.value, options.scrub);
  return { ok: true, ...scrubbed };
}

/** The result validators of the operations whose result shape is checked (outcome.schema.json#/$defs/results). */
const RESULT_VALIDATORS: Readonly<Record<string, ValidateFunction>> = {
  createHost: validateCreateHostResult,
  updateHost: validateUpdateHostResult,
  deleteHost: validateDeleteHostResult,
  restore: validateRestoreResult,
  approveTransferOut: validateApproveTransferOutResult,
  rejectTransferOut: validateRejectTransferOutResult,
  resendTransferConfirmation: validateResendTransferConfirmationResult,
  listDomains: validateListDomainsResult,
  listTlds: validateListTldsResult,
};

/**
 * The problem of a `done(result)` for `operation`, when the runtime knows the result's shape
 * (the operations added after sdk 0.1: host objects, restore, transfer-out, account listings);
 * `undefined` when the result is acceptable or its shape is not checked.
 */
export function resultProblem(operation: string, result: unknown): string | undefined {
  const validate = Object.hasOwn(RESULT_VALIDATORS, operation) ? RESULT_VALIDATORS[operation] : undefined;
  return validate === undefined ? undefined : schemaProblem(validate, result, `the ${operation} result`);
}

/** Checks what an operation handler answered: serializable, bounded, and an {@link Outcome}. */
export function checkOutcome(value: unknown, options: CheckOptions = {}, operation?: string): Checked<Outcome> {
  const copy = plain(value, 'the outcome', options);
  if (!copy.ok) return copy;
  const checked = outcomeFromJson(copy.value, 'the outcome');
  if (checked.ok && checked.value.status === 'done' && operation !== undefined) {
    const problem = resultProblem(operation, checked.value.result);
    if (problem !== undefined) return { ok: false, problem };
  }
  return checked.ok ? { ...checked, leaked: copy.leaked } : checked;
}

/** Checks what `reconcile` answered: an outcome, `{ status: 'not-received' }` or `{ status: 'unknown', reason }`. */
export function checkReconcile(value: unknown, options: CheckOptions = {}): Checked<ReconcileOutcome> {
  const copy = plain(value, 'the reconcile answer', options);
  if (!copy.ok) return copy;
  const status = typeof copy.value === 'object' && copy.value !== null ? (copy.value as { status?: unknown }).status : undefined;
  if (status === 'not-received' || status === 'unknown') {
    const problem = schemaProblem(status === 'unknown' ? validateUnknown : validateNotReceived, copy.value, 'the reconcile answer');
    return problem === undefined ? { ok: true, value: copy.value as ReconcileOutcome, leaked: copy.leaked } : { ok: false, problem };
  }
  const checked = outcomeFromJson(copy.value, 'the reconcile answer');
  return checked.ok ? { ...checked, leaked: copy.leaked } : checked;
}

/** Checks what `poll` answered: a list of `{ ref, outcome }` for refs that were asked about. */
export function checkPollAnswer(value: unknown, asked: readonly string[], options: CheckOptions = {}): Checked<PollUpdate[]> {
  const copy = plain(value, 'the poll answer', options);
  if (!copy.ok) return copy;
  if (!Array.isArray(copy.value)) return { ok: false, problem: `the poll answer must be a list of { ref, outcome }; got ${copy.value === undefined ? 'undefined' : typeof copy.value}` };
  const wanted = new Set(asked);
  const updates: PollUpdate[] = [];
  for (const [i, item] of copy.value.entries()) {
    const where = `the poll answer /${i}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return { ok: false, problem: `${where} must be { ref, outcome }` };
    const { ref, outcome, ...extra } = item as Record<string, unknown>;
    if (Object.keys(extra).length > 0) return { ok: false, problem: `${where} has unexpected properties ${Object.keys(extra).join(', ')}` };
    if (typeof ref !== 'string' || !wanted.has(ref)) return { ok: false, problem: `${where}/ref ${JSON.stringify(ref)?.slice(0, 80)} is not one of the refs asked about` };
    const checked = outcomeFromJson(outcome, `${where}/outcome`);
    if (!checked.ok) return checked;
    updates.push({ ref, outcome: checked.value });
  }
  return { ok: true, value: updates, leaked: copy.leaked };
}

/** Checks what `handleMessage` answered: `{ matched: false, reason }` or `{ matched: true, ref, outcome }`. */
export function checkMessageResult(value: unknown, options: CheckOptions = {}): Checked<MessageResult> {
  const copy = plain(value, 'the message result', options);
  if (!copy.ok) return copy;
  const v = copy.value as { matched?: unknown; ref?: unknown; outcome?: unknown } | undefined;
  if (typeof v !== 'object' || v === null || (v.matched !== true && v.matched !== false)) {
    return { ok: false, problem: 'the message result must be { matched: false, reason } or { matched: true, ref, outcome }' };
  }
  if (v.matched === false) {
    const problem = schemaProblem(validateMessageUnmatched, v, 'the message result');
    return problem === undefined ? { ok: true, value: v as MessageResult, leaked: copy.leaked } : { ok: false, problem };
  }
  const extra = Object.keys(v).filter((k) => !['matched', 'ref', 'outcome'].includes(k));
  if (extra.length > 0) return { ok: false, problem: `the message result has unexpected properties ${extra.join(', ')}` };
  if (typeof v.ref !== 'string' || v.ref === '' || v.ref.length > 512) return { ok: false, problem: 'the message result /ref must be a non-empty string of at most 512 characters' };
  const checked = outcomeFromJson(v.outcome, 'the message result /outcome');
  return checked.ok ? { ok: true, value: { matched: true, ref: v.ref, outcome: checked.value }, leaked: copy.leaked } : checked;
}
