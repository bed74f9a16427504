import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PluginRuntime, parseRegistrarMail, type CallResult } from '@registrar-kit/runtime';
import {
  containsSecret,
  redact,
  type InboundMessage,
  type Outcome,
  type ConformanceCheck,
  type PendingRef,
  type RegistrarPlugin,
  type RegistrarPluginManifest,
} from '@registrar-kit/sdk';
import { HttpResponse } from 'msw';
import type { Cassette, Exchange, ExpectedOutcome, LoadedCassette } from './cassette.js';
import { namedInMessage, namesRegistrarMessage, registrarNames } from './customer-message.js';
import { canonicalBody, canonicalUrl, formatOf, normalizeText, type BodyFormat } from './normalize.js';
import { matchTemplate, substitute, type Bindings } from './placeholders.js';
import { createRuntime, ScenarioClock, type CapturedMail } from './runtime.js';
import type { HttpGateway } from './gateway.js';
import { canonicalEpp, eppCommandName } from './epp-canonical.js';
import type { EppReplayServer } from './epp-server.js';
import { DEFAULT_GREETING, eppSession } from './epp-session.js';

/** The check a failure belongs to (the manifest's bypass names). */
export type CheckName = ConformanceCheck;

export interface Failure {
  check: CheckName;
  message: string;
}

export interface ScenarioResult {
  operation: string;
  scenario: string;
  kind: Cassette['kind'];
  file: string;
  failures: Failure[];
  /** How the operation finished in this scenario: at once, through poll, or through a message. */
  completedBy: 'sync' | 'poll' | 'message' | 'pending' | undefined;
  /** Registrar requests made by one poll call with more than one ref (batch evidence). */
  batchPolls: number;
}

export interface ReplayOptions {
  plugin: RegistrarPlugin<unknown>;
  manifest: RegistrarPluginManifest;
  settings: Record<string, unknown>;
  secrets: Record<string, string>;
  gateway: HttpGateway;
  /** The run's EPP server, for plugins whose manifest lists the epp transport. */
  epp?: EppReplayServer;
  timeoutMs?: number;
  /** How long one plugin call may take before it counts as a hang (default 10 s). */
  stepTimeoutMs?: number;
}

const STEP_TIMEOUT_MS = 10_000;

/**
 * What a step reports instead of comparing the plugin's answer when one of its requests matched
 * no recording: the gateway answered that request with a network error, so the plugin's
 * TRANSPORT failure says nothing about the plugin (the request's diff is reported above it).
 */
const UNMATCHED = "the plugin's request matched no recording (see above)";

/**
 * The answer of poll / handleMessage, or an Error saying why the host would not use it (a hang,
 * a throw, an answer the runtime refuses) — the step then fails with that message.
 */
function answerOf<T>(result: CallResult<T>, what: string): T {
  if (result.ok) return result.value;
  if (result.problem.kind === 'threw') throw new Error(`${what} threw ${result.error.code}: ${result.error.message}${result.error.detail === undefined ? '' : ` (${result.error.detail})`}`);
  throw new Error(result.problem.kind === 'timeout' ? `${result.problem.detail} (a hang)` : result.problem.detail);
}

function describeExchange(e: Exchange | undefined): string {
  if (e === undefined) return 'nothing';
  if ('epp' in e) return `EPP ${eppCommandName(e.epp.request)}`;
  return 'http' in e ? `${e.http.request.method} ${e.http.request.url}` : `mail to ${e.mailOut.to.join(', ')}`;
}

/** The lines of `recorded` and `sent` that differ, as `-`/`+` lines around common ones (a small LCS diff). */
export function lineDiff(recorded: string, sent: string): string {
  const a = recorded.split('\n');
  const b = sent.split('\n');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(`  ${a[i]!}`);
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) out.push(`+ ${b[j++]!}`);
    else out.push(`- ${a[i++]!}`);
  }
  return out.join('\n');
}

function subset(expected: unknown, actual: unknown): boolean {
  if (typeof expected !== 'object' || expected === null) return JSON.stringify(expected) === JSON.stringify(actual);
  if (Array.isArray(expected)) return Array.isArray(actual) && expected.length === actual.length && expected.every((e, i) => subset(e, actual[i]));
  if (typeof actual !== 'object' || actual === null) return false;
  return Object.entries(expected).every(([k, v]) => subset(v, (actual as Record<string, unknown>)[k]));
}

/** Compares an outcome with its expectation; returns problems and updated bindings. */
export function compareOutcome(
  expected: ExpectedOutcome,
  actual: Outcome | { status: string },
  bindings: Bindings,
  secrets: Record<string, string>,
  where: string,
): { problems: string[]; bindings: Bindings } {
  const problems: string[] = [];
  let next = bindings;
  const describe = (o: Outcome | { status: string }): string =>
    o.status === 'failed' && 'error' in o ? `failed ${o.error.code}${o.error.registrarCode === undefined ? '' : ` (${o.error.registrarCode})`}: ${o.error.message}` : o.status;
  if (expected.status !== actual.status) {
    problems.push(`${where}: expected ${expected.status}${expected.code === undefined ? '' : ` ${expected.code}`}, got ${describe(actual)}`);
    return { problems, bindings };
  }
  if (actual.status === 'failed' && 'error' in actual) {
    if (expected.code !== undefined && actual.error.code !== expected.code) problems.push(`${where}: expected error code ${expected.code}, got ${actual.error.code} (${actual.error.message})`);
    if (expected.registrarCode !== undefined && actual.error.registrarCode !== substitute(expected.registrarCode, bindings, secrets)) {
      problems.push(`${where}: expected registrar code ${expected.registrarCode}, got ${actual.error.registrarCode ?? 'none'}`);
    }
    if (expected.retryable !== undefined && actual.error.retryable !== expected.retryable) problems.push(`${where}: expected retryable ${expected.retryable}, got ${actual.error.retryable}`);
  }
  if (actual.status === 'pending' && 'ref' in actual) {
    if (expected.await !== undefined && actual.await !== expected.await) problems.push(`${where}: expected pending awaiting ${expected.await}, got ${actual.await}`);
    if (expected.step !== undefined && actual.step !== expected.step) problems.push(`${where}: expected step ${expected.step}, got ${actual.step ?? 'none'}`);
    if (expected.ref !== undefined) {
      const m = matchTemplate(expected.ref, actual.ref, next, secrets);
      if (m === undefined) problems.push(`${where}: expected ref ${substitute(expected.ref, next, secrets)}, got ${actual.ref}`);
      else next = m;
    }
  }
  if (actual.status === 'done' && 'result' in actual && expected.result !== undefined) {
    const want = substitute(expected.result, next, secrets);
    if (!subset(want, actual.result)) problems.push(`${where}: result ${JSON.stringify(actual.result)} does not contain ${JSON.stringify(want)}`);
  }
  return { problems, bindings: next };
}

/**
 * Replays one cassette: every step, every recorded exchange in order, every expectation. Any
 * difference is a failure with a message that says what the plugin did and what was recorded.
 */
export async function replayCassette(loaded: LoadedCassette, options: ReplayOptions): Promise<ScenarioResult> {
  const { cassette } = loaded;
  const failures: Failure[] = [];
  const secrets = options.secrets;
  let bindings: Bindings = new Map();
  const settings = substitute({ ...options.settings, ...(cassette.settings ?? {}) }, bindings, secrets);
  const clock = new ScenarioClock(Date.parse(cassette.now ?? '2026-01-15T10:00:00.000Z'));
  let queue: Exchange[] = [];
  const recordedMailTexts: string[] = [];
  const fail = (check: CheckName, message: string): void => void failures.push({ check, message });
  /** Set when a request of the current step matched no recording (the gateway then failed it). */
  let unmatched = false;
  const names = registrarNames(options.manifest);
  /** Customer-facing messages never name the registrar (the message reaches the customer; `detail` may). */
  const checkMessage = (outcome: Outcome | { status: string }, where: string): void => {
    const named = namedInMessage(outcome, names);
    if (named !== undefined) fail('scenarios', namesRegistrarMessage(where, outcome as Outcome, named));
  };
  /** Compares an answer, unless the step's traffic already failed (then one line, not a network-fault story). */
  const compare = (expected: ExpectedOutcome, actual: Outcome | { status: string }, where: string): void => {
    if (unmatched) return;
    checkMessage(actual, where);
    const r = compareOutcome(expected, actual, bindings, secrets, where);
    bindings = r.bindings;
    r.problems.forEach((p) => fail('scenarios', p));
  };

  const onMail = (mail: CapturedMail): void => {
    const next = queue[0];
    if (next === undefined || !('mailOut' in next)) {
      fail('unrecorded-requests', `the plugin sent mail the recording does not have (to ${mail.to.join(', ')}, subject "${mail.subject}"); expected ${describeExchange(next)}`);
      return;
    }
    queue.shift();
    const rec = next.mailOut;
    recordedMailTexts.push(rec.text);
    let b: Bindings | undefined = bindings;
    b = matchTemplate(rec.to.join(','), mail.to.join(','), b, secrets);
    if (b !== undefined && rec.subject !== undefined) b = matchTemplate(rec.subject, mail.subject, b, secrets);
    if (b !== undefined) b = matchTemplate(normalizeText(rec.text), normalizeText(mail.text), b, secrets);
    if (b !== undefined && rec.charset !== undefined && (mail.charset ?? 'utf-8') !== rec.charset) b = undefined;
    if (b === undefined) {
      fail('unrecorded-requests', `the mail to ${mail.to.join(', ')} ("${mail.subject}") differs from the recording:\n--- recorded\n${rec.text}\n--- sent\n${mail.text}`);
      return;
    }
    bindings = b;
  };

  options.gateway.use(async (request) => {
    const next = queue[0];
    const body = await request.text();
    const label = `${request.method} ${request.url}`;
    if (next === undefined || !('http' in next)) {
      fail('unrecorded-requests', `the plugin made a request the recording does not have: ${label}; expected ${describeExchange(next)}`);
      unmatched = true;
      return HttpResponse.error();
    }
    const rec = next.http.request;
    let b: Bindings | undefined = bindings;
    if (rec.method.toUpperCase() !== request.method.toUpperCase()) b = undefined;
    if (b !== undefined) b = matchTemplate(canonicalUrl(rec.url), canonicalUrl(request.url), b, secrets);
    for (const [name, value] of Object.entries(rec.headers ?? {})) {
      if (b === undefined) break;
      b = matchTemplate(value, request.headers.get(name) ?? '', b, secrets);
    }
    const format: BodyFormat = rec.bodyFormat ?? formatOf(request.headers.get('content-type'));
    if (b !== undefined) {
      try {
        b = matchTemplate(canonicalBody(rec.body, format), canonicalBody(body, format), b, secrets);
      } catch (error) {
        fail('unrecorded-requests', `${label}: the body could not be read as ${format}: ${(error as Error).message}`);
        b = undefined;
      }
    }
    if (b === undefined) {
      fail('unrecorded-requests', `the plugin made a request that differs from the recording: ${label}\n--- recorded\n${rec.method} ${rec.url}\n${typeof rec.body === 'string' ? rec.body : JSON.stringify(rec.body ?? '')}\n--- sent\n${body}`);
      queue.shift();
      unmatched = true;
      return HttpResponse.error();
    }
    queue.shift();
    bindings = b;
    const response = next.http.response;
    const out = substitute(response.body, bindings, secrets);
    return new HttpResponse(out === undefined ? null : typeof out === 'string' ? out : JSON.stringify(out), { status: response.status, headers: response.headers ?? {} });
  });

  if (options.epp !== undefined) {
    const hide = (text: string): string => Object.entries(secrets).reduce((t, [name, value]) => t.split(value).join(`{{secret:${name}}}`), text);
    const settingValues = new Set<string>();
    const collect = (v: unknown): void => {
      if (typeof v === 'string') settingValues.add(v);
      else if (typeof v === 'object' && v !== null) Object.values(v).forEach(collect);
    };
    collect(settings);
    const login = cassette.epp?.login;
    options.epp.use(
      eppSession({
        greeting: substitute(cassette.epp?.greeting ?? DEFAULT_GREETING, bindings, secrets),
        checkLogin: (clID, pw) => {
          let problem: string | undefined;
          if (login !== undefined) {
            const b = matchTemplate(login.clID, clID, bindings, secrets);
            const p = b === undefined ? undefined : matchTemplate(login.pw, pw, b, secrets);
            if (b === undefined) problem = `the plugin logged in to EPP as "${hide(clID)}"; the recording expects "${login.clID}"`;
            else if (p === undefined) problem = `the plugin logged in to EPP with a password other than ${login.pw}`;
            else bindings = p;
          } else if (!settingValues.has(clID)) problem = `the plugin logged in to EPP as "${hide(clID)}", which is none of the scenario's settings`;
          else if (!Object.values(secrets).includes(pw)) problem = `the plugin logged in to EPP with a password that is none of its secret settings`;
          if (problem !== undefined) {
            fail('unrecorded-requests', problem);
            unmatched = true;
          }
          return problem;
        },
        unreadable: (xml, error) => {
          fail('unrecorded-requests', `the plugin sent an EPP frame that is not EPP (${error}):\n${hide(xml).slice(0, 500)}`);
          unmatched = true;
        },
        command: (xml, conn) => {
          const next = queue[0];
          const label = `EPP ${eppCommandName(xml)}`;
          if (next === undefined || !('epp' in next)) {
            fail('unrecorded-requests', `the plugin sent an EPP command the recording does not have: ${label}; expected ${describeExchange(next)}`);
            unmatched = true;
            conn.destroy();
            return;
          }
          // The clTRID is the plugin's choice per command: captured afresh for every exchange.
          const fresh: Bindings = new Map(bindings);
          fresh.delete('clTRID');
          let recorded: string;
          let sent: string;
          try {
            recorded = canonicalEpp(next.epp.request);
            sent = canonicalEpp(xml);
          } catch (error) {
            fail('unrecorded-requests', `${label}: the frame could not be read as XML: ${(error as Error).message}`);
            queue.shift();
            unmatched = true;
            conn.destroy();
            return;
          }
          const b = matchTemplate(recorded, sent, fresh, secrets);
          queue.shift();
          if (b === undefined) {
            fail('unrecorded-requests', `the plugin sent an EPP command that differs from the recording: ${label}\n--- recorded, +++ sent\n${hide(lineDiff(recorded, sent))}`);
            unmatched = true;
            conn.destroy();
            return;
          }
          bindings = b;
          conn.send(substitute(next.epp.response, bindings, secrets));
        },
      }),
    );
  }

  const runtime = createRuntime({
    manifest: options.manifest,
    settings,
    secrets,
    clock,
    ...(cassette.state === undefined ? {} : { state: cassette.state }),
    timeoutMs: options.timeoutMs ?? 5_000,
    onMail,
    ...(options.epp === undefined ? {} : { epp: options.epp.clientOptions() }),
  });
  const plugin = options.plugin;
  // No secrets given: the answers are kept as the plugin wrote them, so the secrets check below
  // sees a leak instead of the host's redaction hiding it.
  const stepMs = options.stepTimeoutMs ?? STEP_TIMEOUT_MS;
  const calls = new PluginRuntime(plugin, { timeouts: { callMs: stepMs, pollMs: stepMs, reconcileMs: stepMs, messageMs: stepMs } });
  const operationId = cassette.operationId ?? 'op-0001';
  const pendingRefs: PendingRef[] = [];
  const outcomes: unknown[] = [];
  let completedBy: ScenarioResult['completedBy'];
  let batchPolls = 0;
  let domain = '';

  const settleDone = (outcome: Outcome | { status: string }, via: 'sync' | 'poll' | 'message'): void => {
    if (outcome.status === 'done' || outcome.status === 'failed') completedBy ??= via;
    else if (outcome.status === 'pending' && via === 'sync') completedBy = undefined;
  };

  for (const [index, step] of cassette.steps.entries()) {
    const where = `step ${index + 1}`;
    queue = [...(step.exchanges ?? [])];
    unmatched = false;
    const expect = step.expect;
    try {
      if (step.advance !== undefined) {
        clock.advance(step.advance.seconds);
      } else if (step.call !== undefined) {
        const op = step.call.operation;
        const input = substitute(step.call.input, bindings, secrets);
        domain = String(input.domain ?? '');
        if (!calls.handles(op)) {
          fail('scenarios', `${where}: the plugin has no handler for ${op}`);
          break;
        }
        // Through the host's runtime: a hang, a throw or an answer the host would refuse fails here too.
        const invocation = await calls.invoke(op, input, runtime.operationContext({ id: operationId, name: op, domain, customerId: cassette.customerId }));
        const outcome = invocation.outcome;
        if (invocation.problem?.kind === 'timeout') fail('scenarios', `${where}: ${invocation.problem.detail} (a hang)`);
        else if (invocation.problem?.kind === 'invalid') fail('scenarios', `${where}: the host would refuse this answer: ${invocation.problem.detail}`);
        outcomes.push(outcome);
        if (outcome.status === 'pending') pendingRefs.push({ ref: outcome.ref, operationId, operation: op, domain, submittedAt: clock.now().toISOString(), ...(outcome.step === undefined ? {} : { step: outcome.step }), ...(outcome.data === undefined ? {} : { data: outcome.data }), ...(cassette.customerId === undefined ? {} : { customerId: cassette.customerId }) });
        if (outcome.status !== 'pending') completedBy = 'sync';
        if (expect !== undefined) compare(expect as unknown as ExpectedOutcome, outcome, `${where} (${op})`);
        else if (!unmatched) checkMessage(outcome, `${where} (${op})`);
      } else if (step.poll !== undefined) {
        if (typeof plugin.poll !== 'function') {
          fail('completion', `${where}: the cassette polls but the plugin has no poll()`);
          break;
        }
        const wanted = step.poll.refs.map((r) => substitute(r, bindings, secrets));
        const refs = wanted.map((ref) => pendingRefs.find((p) => p.ref === ref) ?? { ref, operationId, operation: cassette.operation, domain, submittedAt: clock.now().toISOString() });
        if (refs.length > 1) batchPolls++;
        const updates = answerOf(await calls.poll(refs, runtime.context), 'poll()');
        outcomes.push(updates);
        const expectedUpdates = (expect?.updates ?? {}) as Record<string, ExpectedOutcome>;
        for (const [refTemplate, expected] of Object.entries(expectedUpdates)) {
          const ref = substitute(refTemplate, bindings, secrets);
          const update = updates.find((u) => u.ref === ref);
          const actual = update?.outcome ?? { status: 'pending' };
          compare(expected, actual, `${where} (poll ${ref})`);
          settleDone(actual, 'poll');
          if (actual.status === 'pending' && 'ref' in actual) {
            const known = pendingRefs.find((p) => p.ref === ref);
            if (known !== undefined) Object.assign(known, { ref: actual.ref, step: actual.step, ...('data' in actual && actual.data !== undefined ? { data: actual.data } : {}) });
          }
        }
        for (const u of updates) {
          if (!wanted.includes(u.ref)) fail('scenarios', `${where}: poll() answered for ref ${u.ref}, which was not asked for`);
        }
      } else if (step.message !== undefined) {
        if (typeof plugin.handleMessage !== 'function') {
          fail('completion', `${where}: the cassette delivers a message but the plugin has no handleMessage()`);
          break;
        }
        let message: InboundMessage;
        if (step.message.eml !== undefined) {
          const raw = readFileSync(join(loaded.dir, step.message.eml));
          // Recorded mail may carry placeholders ({{ctid}}); substitute them byte for byte.
          // The host's own parser: the plugin reads exactly the message the host would hand it.
          ({ message } = await parseRegistrarMail(Buffer.from(substitute(raw.toString('latin1'), bindings, secrets), 'latin1'), { receivedAt: clock.now(), fallbackId: step.message.eml }));
        } else {
          message = { kind: 'webhook', id: `webhook-${index}`, receivedAt: clock.now().toISOString(), headers: step.message.webhook?.headers ?? {}, body: substitute(step.message.webhook?.body, bindings, secrets) };
        }
        const ctx = {
          ...runtime.context,
          findPending: async (q: { ref?: string; domain?: string; operation?: string }) =>
            pendingRefs.filter((p) => (q.ref === undefined || p.ref === q.ref) && (q.domain === undefined || p.domain === q.domain) && (q.operation === undefined || p.operation === q.operation)),
        };
        const result = answerOf(await calls.handleMessage(message, ctx), 'handleMessage()');
        outcomes.push(result);
        const e = (expect ?? {}) as { matched?: boolean; ref?: string; outcome?: ExpectedOutcome };
        if (e.matched !== undefined && result.matched !== e.matched) {
          fail('scenarios', `${where}: expected the message to be ${e.matched ? 'matched' : 'unmatched'}, got ${result.matched ? `matched to ${result.ref}` : `unmatched (${result.reason})`}`);
        } else if (result.matched) {
          if (e.ref !== undefined) {
            const m = matchTemplate(e.ref, result.ref, bindings, secrets);
            if (m === undefined) fail('scenarios', `${where}: the message was matched to ${result.ref}, expected ${substitute(e.ref, bindings, secrets)}`);
            else bindings = m;
          }
          if (e.outcome !== undefined) compare(e.outcome, result.outcome, `${where} (message)`);
          else if (!unmatched) checkMessage(result.outcome, `${where} (message)`);
          settleDone(result.outcome, 'message');
          const known = pendingRefs.find((p) => p.ref === result.ref);
          // Like the host, keep the new ref, step and data of a pending outcome for later steps.
          if (known !== undefined && result.outcome.status === 'pending') Object.assign(known, { ref: result.outcome.ref, ...(result.outcome.step === undefined ? {} : { step: result.outcome.step }), ...(result.outcome.data === undefined ? {} : { data: result.outcome.data }) });
        }
      } else if (step.reconcile !== undefined) {
        if (typeof plugin.reconcile !== 'function') {
          fail('scenarios', `${where}: the cassette reconciles but the plugin has no reconcile()`);
          break;
        }
        const input = substitute(step.reconcile.input, bindings, secrets);
        const { outcome: result, problem } = await calls.reconcile(
          { operationId, operation: step.reconcile.operation, domain: String(input.domain ?? ''), input },
          runtime.operationContext({ id: operationId, name: step.reconcile.operation, domain: String(input.domain ?? ''), customerId: cassette.customerId }),
        );
        if (problem !== undefined && problem.kind !== 'threw') fail('scenarios', `${where}: the host would treat this reconcile as unknown: ${problem.detail}`);
        outcomes.push(result);
        if (expect !== undefined && !unmatched) {
          checkMessage(result, `${where} (reconcile)`);
          compareOutcome(expect as unknown as ExpectedOutcome, result, bindings, secrets, `${where} (reconcile)`).problems.forEach((p) => fail('scenarios', p));
        }
      }
    } catch (error) {
      if (!unmatched) fail('scenarios', `${where}: ${(error as Error).message}`);
    }
    if (unmatched) fail('scenarios', `${where}: ${UNMATCHED}`);
    if (queue.length > 0) {
      fail('unused-exchanges', `${where}: the plugin skipped a step: ${queue.length} recorded exchange(s) were not used (next: ${describeExchange(queue[0])})`);
    }
  }
  await runtime.close();
  options.gateway.reset();
  options.epp?.reset();

  // Secrets may appear only where the recording has {{secret:NAME}}: requests were matched
  // against the templates already; here everything else the plugin produced is scanned.
  const produced = [JSON.stringify(outcomes, (_k, v: unknown) => (v instanceof Error ? { ...v, message: v.message } : v)), ...runtime.capture.logs];
  const allowedMail = new Set(runtime.capture.mails.filter((_, i) => /\{\{secret:/.test(recordedMailTexts[i] ?? '')).map((m) => m.text));
  for (const m of runtime.capture.mails) if (!allowedMail.has(m.text)) produced.push(m.text, m.subject);
  // Every form the host's scrubber knows: raw, case-folded, URL/XML/JSON-escaped, hex, base64
  // (also inside base64(user:secret)) — a plugin leaking an encoded key fails here.
  for (const [name, value] of Object.entries(secrets)) {
    const leak = produced.find((text) => containsSecret(text, [value]));
    if (leak !== undefined) fail('secrets', `the secret setting "${name}" appears (in some encoding) in what the plugin produced (an error, a log line or a mail): ${redact(leak, [value]).replace(/\[redacted\]/g, `<${name}>`).slice(0, 200)}`);
  }
  return { operation: cassette.operation, scenario: cassette.scenario, kind: cassette.kind, file: loaded.file, failures, completedBy, batchPolls };
}
