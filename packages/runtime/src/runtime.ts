import {
  RegistrarError,
  isRegistrarError,
  redactor,
  type InboundMessage,
  type MessageContext,
  type MessageResult,
  type OperationContext,
  type Outcome,
  type PendingRef,
  type PluginContext,
  type PollUpdate,
  type ReconcileOutcome,
  type ReconcileRequest,
  type RegistrarPlugin,
} from '@registrar-kit/sdk';
import { checkMessageResult, checkOutcome, checkPollAnswer, checkReconcile, type Checked } from './answers.js';
import { DeadlineExceeded, withinDeadline } from './deadline.js';
import { frozenCopy } from './frozen.js';
import { findHandler } from './handlers.js';
import { DEFAULT_ANSWER_LIMITS, type AnswerLimits } from './plain-json.js';
import { describeThrown } from './thrown.js';

/** How long the runtime waits for each kind of plugin call, in milliseconds. */
export interface PluginTimeouts {
  callMs: number;
  pollMs: number;
  reconcileMs: number;
  messageMs: number;
  disposeMs: number;
}

export const DEFAULT_TIMEOUTS: PluginTimeouts = { callMs: 60_000, pollMs: 60_000, reconcileMs: 30_000, messageMs: 30_000, disposeMs: 5_000 };

/**
 * Why a call did not give a usable answer: it did not settle in time, threw something other than
 * a RegistrarError, or answered something the host refuses (the `detail` says what, for the
 * plugin's author).
 */
export type CallProblem = { kind: 'timeout'; ms: number; detail: string } | { kind: 'threw'; detail: string } | { kind: 'invalid'; detail: string };

/** What an operation handler produced, always as an {@link Outcome} the host can store. */
export interface Invocation {
  outcome: Outcome;
  problem?: CallProblem;
  /** A secret was found in the answer (and redacted). */
  leaked: boolean;
  /** Whether a handler exists for the operation. */
  handled: boolean;
}

export type CallResult<T> = { ok: true; value: T; leaked: boolean } | { ok: false; problem: CallProblem; error: RegistrarError };

export interface PluginRuntimeOptions {
  timeouts?: Partial<PluginTimeouts>;
  /** The instance's secret setting values: redacted from every answer. */
  secrets?: readonly string[];
  limits?: Partial<AnswerLimits>;
  /** Hears how an abandoned (timed-out) call finally ended, for the Action Log. */
  onLate?(what: string, settled: { status: string }): void;
}

function protocol(message: string, detail: string): RegistrarError {
  return new RegistrarError({ code: 'PROTOCOL', retryable: false, message, detail });
}

/**
 * The one way plugin code is called — by the host, the conformance suite and record mode alike,
 * so a plugin passes conformance exactly when the host accepts its answers. Every call gets a
 * frozen copy of its input and a deadline; every answer is copied to plain JSON, bounded in size
 * and depth, checked against outcome.schema.json and scrubbed of the instance's secrets. A
 * RegistrarError thrown is the same as `failed(error)`; anything else thrown, or an answer the
 * checks refuse, is a PROTOCOL failure whose detail tells the author what was wrong.
 */
export class PluginRuntime {
  readonly timeouts: PluginTimeouts;
  private readonly limits: AnswerLimits;
  private readonly scrub: ((text: string) => string) | undefined;

  constructor(
    readonly plugin: RegistrarPlugin<unknown>,
    private readonly options: PluginRuntimeOptions = {},
  ) {
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    this.limits = { ...DEFAULT_ANSWER_LIMITS, ...options.limits };
    this.scrub = options.secrets === undefined || options.secrets.length === 0 ? undefined : redactor(options.secrets);
  }

  /** True when the plugin has a handler (standard or custom) for `operation`. */
  handles(operation: string): boolean {
    return findHandler(this.plugin, operation) !== undefined;
  }

  /** Calls an operation handler. Never throws; a missing handler is an UNSUPPORTED failure. */
  async invoke(operation: string, input: unknown, ctx: OperationContext<unknown>): Promise<Invocation> {
    const handler = findHandler(this.plugin, operation);
    if (handler === undefined) {
      return { handled: false, leaked: false, outcome: { status: 'failed', error: new RegistrarError({ code: 'UNSUPPORTED', message: 'The operation is not available', detail: `the plugin has no handler for ${operation}` }) } };
    }
    const frozen = frozenCopy(input);
    const result = await this.call(`${operation}()`, this.timeouts.callMs, () => handler.call(this.plugin, frozen, ctx), (v) => checkOutcome(v, this.checkOptions(), operation));
    if (result.ok) return { handled: true, outcome: result.value, leaked: result.leaked };
    return { handled: true, outcome: { status: 'failed', error: result.error }, problem: result.problem, leaked: false };
  }

  /** Calls `poll` for some refs; the answer must only mention refs that were asked about. */
  async poll(refs: readonly PendingRef[], ctx: PluginContext<unknown>): Promise<CallResult<PollUpdate[]>> {
    const poll = this.plugin.poll;
    if (typeof poll !== 'function') return { ok: false, problem: { kind: 'invalid', detail: 'the plugin has no poll()' }, error: protocol('The registrar connection cannot be polled', 'the plugin has no poll()') };
    const asked = refs.map((r) => r.ref);
    const frozen = frozenCopy(refs);
    return this.call('poll()', this.timeouts.pollMs, () => poll.call(this.plugin, frozen, ctx), (v) => checkPollAnswer(v, asked, this.checkOptions()));
  }

  /**
   * Calls `reconcile` after a crash or a timed-out request. Whatever goes wrong — no reconcile, a
   * timeout, a throw, an invalid answer — the answer is `unknown` with the reason: the host then
   * opens a manual task and never resends on a guess.
   */
  async reconcile(request: ReconcileRequest, ctx: OperationContext<unknown>): Promise<{ outcome: ReconcileOutcome; problem?: CallProblem }> {
    const reconcile = this.plugin.reconcile;
    if (typeof reconcile !== 'function') return { outcome: { status: 'unknown', reason: 'the plugin cannot check what the registrar received (no reconcile)' } };
    const frozen = frozenCopy(request);
    const result = await this.call('reconcile()', this.timeouts.reconcileMs, () => reconcile.call(this.plugin, frozen, ctx), (v) => checkReconcile(v, this.checkOptions()));
    if (result.ok) return { outcome: result.value };
    const reason = result.problem.kind === 'threw' && isRegistrarError(result.error) && result.error.code !== 'PROTOCOL' ? `${result.error.code}: ${result.error.message}` : result.problem.detail;
    return { outcome: { status: 'unknown', reason: this.clean(reason) }, problem: result.problem };
  }

  /** Calls `handleMessage` for one registrar mail or webhook. */
  async handleMessage(message: InboundMessage, ctx: MessageContext<unknown>): Promise<CallResult<MessageResult>> {
    const handle = this.plugin.handleMessage;
    if (typeof handle !== 'function') return { ok: false, problem: { kind: 'invalid', detail: 'the plugin does not read registrar messages (no handleMessage)' }, error: protocol('The registrar message cannot be read', 'no handleMessage()') };
    const frozen = frozenCopy(message);
    return this.call('handleMessage()', this.timeouts.messageMs, () => handle.call(this.plugin, frozen, ctx), (v) => checkMessageResult(v, this.checkOptions()));
  }

  /** Calls `dispose` at shutdown; returns what went wrong, if anything (never throws, never hangs). */
  async dispose(ctx: PluginContext<unknown>): Promise<string | undefined> {
    const dispose = this.plugin.dispose;
    if (typeof dispose !== 'function') return undefined;
    try {
      await withinDeadline(() => dispose.call(this.plugin, ctx), this.timeouts.disposeMs, 'dispose()');
      return undefined;
    } catch (error) {
      return this.clean(error instanceof DeadlineExceeded ? error.message : `dispose() failed: ${describeThrown(error)}`);
    }
  }

  private checkOptions(): { limits: AnswerLimits; scrub?: (text: string) => string } {
    return { limits: this.limits, ...(this.scrub === undefined ? {} : { scrub: this.scrub }) };
  }

  private clean(text: string): string {
    return this.scrub === undefined ? text : this.scrub(text);
  }

  private async call<T>(what: string, ms: number, run: () => unknown, check: (value: unknown) => Checked<T>): Promise<CallResult<T>> {
    let answer: unknown;
    try {
      answer = await withinDeadline(run as () => Promise<unknown>, ms, what, (settled) => this.options.onLate?.(what, { status: 'error' in settled ? `threw ${this.clean(describeThrown(settled.error))}` : 'answered' }));
    } catch (error) {
      if (error instanceof DeadlineExceeded) {
        return {
          ok: false,
          problem: { kind: 'timeout', ms, detail: error.message },
          error: new RegistrarError({ code: 'TRANSPORT', retryable: true, message: 'The registrar did not answer in time', detail: `${what} did not settle within ${ms} ms; the call was abandoned` }),
        };
      }
      if (isRegistrarError(error)) {
        // The thrown error goes through the same checks as a failed() answer.
        const checked = checkOutcome({ status: 'failed', error }, this.checkOptions());
        if (checked.ok && checked.value.status === 'failed') return { ok: false, problem: { kind: 'threw', detail: `${what} threw ${checked.value.error.code}` }, error: checked.value.error };
        const detail = `${what} threw a RegistrarError that cannot be used: ${checked.ok ? 'not a failure' : checked.problem}`;
        return { ok: false, problem: { kind: 'invalid', detail }, error: protocol('The plugin returned an invalid result', detail) };
      }
      const detail = this.clean(`${what} threw ${describeThrown(error)}`);
      return { ok: false, problem: { kind: 'threw', detail }, error: protocol('The plugin failed unexpectedly', detail) };
    }
    const checked = check(answer);
    if (checked.ok) return checked;
    const detail = this.clean(`${what} answered something the host refuses: ${checked.problem}`);
    return { ok: false, problem: { kind: 'invalid', detail }, error: protocol('The plugin returned an invalid result', detail) };
  }
}
