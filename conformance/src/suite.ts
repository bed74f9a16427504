import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PluginRuntime } from '@registrar-kit/runtime';
import {
  ACCOUNT_OPERATIONS,
  containsSecret,
  isOperationName,
  loadPluginPackage,
  OPERATIONS,
  operationSpec,
  type ConformanceCheck,
  type OperationSpec,
  type RegistrarPlugin,
  type RegistrarPluginManifest,
} from '@registrar-kit/sdk';
import { HttpResponse } from 'msw';
import { staleBuild } from './build.js';
import { listCassetteFiles, loadCassettes, type Cassette, type LoadedCassette } from './cassette.js';
import { namedInMessage, namesRegistrarMessage, registrarNames } from './customer-message.js';
import { EPP_FAULT_EXPECTATIONS, EPP_FAULT_LABELS, EPP_FAULTS, FAULT_EXPECTATIONS, FAULTS, faultResponse, SMTP_FAILURE_EXPECTATION, type Fault, type FaultExpectation } from './faults.js';
import { EppReplayServer } from './epp-server.js';
import { DEFAULT_GREETING, eppSession } from './epp-session.js';
import { HttpGateway } from './gateway.js';
import { collectProvenance, strictProvenanceFailures, type ProvenanceReport } from './provenance.js';
import { replayCassette, type Failure, type ScenarioResult } from './replay.js';
import { createRuntime, ScenarioClock, sentinels, smtpFailure } from './runtime.js';

export interface ConformanceOptions {
  /** The plugin package directory (a path or a file URL), loaded exactly as a host loads it. */
  pluginDir: string | URL;
  /** Cassette directory; defaults to `<pluginDir>/cassettes`. */
  cassettes?: string | URL;
  /** Base settings for every scenario (a cassette's own `settings` win). */
  settings?: Record<string, unknown>;
  /** HTTP timeout used for the timeout fault (ms). */
  faultTimeoutMs?: number;
  /** How long one plugin call may take before it counts as a hang (ms, default 10 000). */
  stepTimeoutMs?: number;
  /** Fail on any modelled or unsourced exchange (CLI `--strict-provenance`); without it they are only counted. */
  strictProvenance?: boolean;
}

export interface PlannedCheck {
  title: string;
  check: ConformanceCheck;
  operation?: string;
  scenario?: string;
  /** The manifest's reason when this check is bypassed. */
  bypass?: string;
  /** The strict-provenance check (planned only with `strictProvenance`). */
  provenance?: true;
}

export interface Plan {
  pluginDir: string;
  cassetteDir: string;
  manifest: RegistrarPluginManifest | undefined;
  checks: PlannedCheck[];
}

export interface CheckResult extends PlannedCheck {
  /** `skipped`: not run because something it needs is missing (the plugin did not load); see `skipped`. */
  status: 'passed' | 'failed' | 'bypassed' | 'skipped';
  failures: Failure[];
  durationMs: number;
  /** Why a skipped check was not run. */
  skipped?: string;
}

export interface ConformanceReport {
  plugin: { id: string | undefined; name: string | undefined; version: string | undefined; dir: string };
  results: CheckResult[];
  passed: number;
  failed: number;
  bypassed: number;
  /** Checks not run because the plugin did not load (the manifest check fails and says why). */
  skipped: number;
  durationMs: number;
  /** How many exchanges cite a public reference, are modelled, or cite nothing; the last two listed. */
  provenance: ProvenanceReport;
}

/** The one line every check that needs the plugin shows when it did not load. */
export const NOT_LOADED = 'not run: the plugin did not load (see "manifest and cassettes are valid")';

const toPath = (p: string | URL): string => resolve(p instanceof URL || p.startsWith('file:') ? fileURLToPath(p) : p);

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function specs(manifest: RegistrarPluginManifest): [string, { mode: string; completion?: string; reason?: string }][] {
  // A standard operation the manifest leaves out (one added after it was written) is unsupported:
  // it is checked to refuse without traffic like a declared one.
  return [...OPERATIONS.map((op) => [op, operationSpec(manifest, op)] as [string, OperationSpec]), ...Object.entries(manifest.customOperations ?? {})];
}

/**
 * Plans the checks from the manifest and the cassette files, synchronously (vitest registers
 * tests synchronously). Capabilities come from the manifest: auto operations get scenario,
 * completion and fault checks; unsupported ones the refusal check; manual ones nothing.
 */
export function planConformance(options: ConformanceOptions): Plan {
  const pluginDir = toPath(options.pluginDir);
  const cassetteDir = options.cassettes === undefined ? join(pluginDir, 'cassettes') : toPath(options.cassettes);
  const manifest = readJson(join(pluginDir, 'registrar-plugin.json')) as RegistrarPluginManifest | undefined;
  const checks: PlannedCheck[] = [{ title: 'manifest and cassettes are valid', check: 'manifest' }];
  if (options.strictProvenance === true) checks.push({ title: 'every exchange cites a public reference (strict provenance)', check: 'manifest', provenance: true });
  if (manifest?.operations === undefined) return { pluginDir, cassetteDir, manifest, checks };
  const bypasses = manifest.conformance?.bypass ?? [];
  const bypassFor = (check: ConformanceCheck, operation?: string): string | undefined =>
    bypasses.find((b) => b.check === check && (b.operation === undefined || b.operation === operation))?.reason;
  // HTTP faults for the web transports, EPP faults (same check names) for the epp transport.
  const network = (manifest.transports ?? []).some((t) => t !== 'email' && t !== 'epp');
  const epp = (manifest.transports ?? []).includes('epp');
  const files = listCassetteFiles(cassetteDir).map((file) => ({ file, c: readJson(file) as Partial<Cassette> | undefined }));
  for (const [op, spec] of specs(manifest)) {
    if (spec.mode === 'auto') {
      checks.push({ title: `${op}: has a success and a registrar-error scenario`, check: 'scenarios', operation: op, ...opt(bypassFor('scenarios', op)) });
      for (const { c } of files.filter((f) => f.c?.operation === op)) {
        checks.push({ title: `${op}: scenario ${c?.scenario ?? '?'} replays`, check: 'scenarios', operation: op, scenario: c?.scenario ?? '?', ...opt(bypassFor('scenarios', op)) });
      }
      checks.push({ title: `${op}: completes as declared (${spec.completion ?? '?'})`, check: 'completion', operation: op, ...opt(bypassFor('completion', op)) });
      const faults: readonly Fault[] = network ? FAULTS : epp ? EPP_FAULTS : ['fault-reset'];
      for (const fault of faults) {
        const eppLabel = epp && (EPP_FAULTS as readonly Fault[]).includes(fault) ? EPP_FAULT_LABELS[fault as (typeof EPP_FAULTS)[number]] : undefined;
        const label = network ? (eppLabel === undefined ? fault : `${fault} (HTTP; ${eppLabel})`) : eppLabel !== undefined ? `${fault} (${eppLabel})` : 'fault-reset (SMTP failure)';
        checks.push({ title: `${op}: ${label} becomes a registrar error`, check: fault, operation: op, ...opt(bypassFor(fault, op)) });
      }
    } else if (spec.mode === 'unsupported') {
      checks.push({ title: `${op}: unsupported, refuses without traffic`, check: 'unsupported-refuses', operation: op, ...opt(bypassFor('unsupported-refuses', op)) });
    }
  }
  return { pluginDir, cassetteDir, manifest, checks };
}

function opt(reason: string | undefined): { bypass?: string } {
  return reason === undefined ? {} : { bypass: reason };
}

/** Shared state of one run: the loaded plugin, the msw gateway, sentinels and replay results. */
export class ConformanceRun {
  private plugin: RegistrarPlugin<unknown> | undefined;
  private manifest: RegistrarPluginManifest | undefined;
  private loadFailures: Failure[] = [];
  private cassettes: LoadedCassette[] = [];
  private gateway: HttpGateway | undefined;
  /** The run's EPP server (plugins whose manifest lists the epp transport). */
  private epp: EppReplayServer | undefined;
  private secrets: Record<string, string> = {};
  private readonly replays = new Map<string, Promise<ScenarioResult>>();
  /** Replays share one msw gateway, so they run one at a time. */
  private lane: Promise<unknown> = Promise.resolve();

  constructor(
    readonly plan: Plan,
    private readonly options: ConformanceOptions,
  ) {}

  async setup(): Promise<void> {
    const loaded = await loadPluginPackage(this.plan.pluginDir, { from: this.plan.pluginDir });
    // Loader and cassette problems belong to the manifest check, the one that reports them.
    this.loadFailures = loaded.problems.map((p) => ({ check: 'manifest' as const, message: `${p.code} ${p.file ?? ''} ${p.path}: ${p.message}` }));
    const stale = loaded.manifest === undefined ? undefined : staleBuild(this.plan.pluginDir, loaded.manifest.entry);
    if (stale !== undefined) this.loadFailures.push({ check: 'manifest', message: stale });
    const { cassettes, problems } = loadCassettes(this.plan.cassetteDir);
    this.loadFailures.push(...problems.map((p) => ({ check: 'manifest' as const, message: `cassette ${p.file} ${p.path}: ${p.message}` })));
    this.cassettes = cassettes;
    this.plugin = loaded.plugin;
    this.manifest = loaded.manifest;
    if (this.manifest !== undefined) this.secrets = sentinels(this.manifest);
    this.gateway = new HttpGateway();
    this.gateway.listen();
    if (this.manifest?.transports.includes('epp') === true) this.epp = await EppReplayServer.start();
  }

  /** The cassettes' provenance counts (after setup). */
  provenance(): ProvenanceReport {
    return collectProvenance(this.cassettes, this.plan.cassetteDir);
  }

  async teardown(): Promise<void> {
    this.gateway?.close();
    await this.epp?.close();
  }

  private settingsWithSentinels(extra: Record<string, unknown> | undefined): Record<string, unknown> {
    const base = { ...(this.options.settings ?? {}), ...(extra ?? {}) };
    for (const name of Object.keys(this.secrets)) {
      if (!name.includes('.')) base[name] = `{{secret:${name}}}`;
    }
    return base;
  }

  /** The plugin as the host calls it (the shared runtime), with this run's step deadline. */
  private calls(): PluginRuntime {
    const ms = this.options.stepTimeoutMs ?? 10_000;
    return new PluginRuntime(this.plugin!, { timeouts: { callMs: ms, pollMs: ms, reconcileMs: ms, messageMs: ms } });
  }

  private replay(c: LoadedCassette): Promise<ScenarioResult> {
    let p = this.replays.get(c.file);
    if (p === undefined) {
      const run = (): Promise<ScenarioResult> =>
        replayCassette(c, {
          plugin: this.plugin!,
          manifest: this.manifest!,
          settings: this.settingsWithSentinels(undefined),
          secrets: this.secrets,
          gateway: this.gateway!,
          ...(this.epp === undefined ? {} : { epp: this.epp }),
          ...(this.options.stepTimeoutMs === undefined ? {} : { stepTimeoutMs: this.options.stepTimeoutMs }),
        });
      p = this.lane.then(run, run);
      this.lane = p.catch(() => undefined);
      this.replays.set(c.file, p);
    }
    return p;
  }

  /**
   * Why a check cannot run (after setup), or undefined. A plugin that did not load fails the
   * manifest check once; every check that needs the plugin is skipped with one short reason
   * instead of repeating the load failure.
   */
  skipReason(check: PlannedCheck): string | undefined {
    if (check.check === 'manifest') return undefined;
    return this.plugin === undefined || this.manifest === undefined ? NOT_LOADED : undefined;
  }

  /** Runs one planned check and returns its failures (empty = passed). */
  async run(check: PlannedCheck): Promise<Failure[]> {
    if (check.provenance === true) return strictProvenanceFailures(this.provenance());
    if (check.check === 'manifest') return this.loadFailures;
    if (this.plugin === undefined || this.manifest === undefined) return [{ check: check.check, message: NOT_LOADED }];
    const op = check.operation ?? '';
    const ofOp = this.cassettes.filter((c) => c.cassette.operation === op);
    if (check.check === 'scenarios' && check.scenario === undefined) {
      const kinds = new Set(ofOp.map((c) => c.cassette.kind));
      const out: Failure[] = [];
      if (!kinds.has('success') && !kinds.has('pending-completion')) out.push({ check: 'scenarios', message: `${op} is auto but has no success scenario (cassettes/${op}/<scenario>.json with "kind": "success")` });
      if (!kinds.has('registrar-error')) out.push({ check: 'scenarios', message: `${op} is auto but has no registrar-error scenario ("kind": "registrar-error")` });
      return out;
    }
    if (check.check === 'scenarios') {
      const c = ofOp.find((x) => x.cassette.scenario === check.scenario);
      if (c === undefined) return [{ check: 'scenarios', message: `cassette ${op}/${check.scenario ?? ''} could not be read` }];
      return (await this.replay(c)).failures;
    }
    if (check.check === 'completion') return this.completion(op, ofOp);
    if (check.check === 'unsupported-refuses') return this.unsupported(op);
    return this.fault(check.check as Fault, op, ofOp);
  }

  private async completion(op: string, ofOp: LoadedCassette[]): Promise<Failure[]> {
    const spec = specs(this.manifest!).find(([name]) => name === op)?.[1];
    const results = await Promise.all(ofOp.map((c) => this.replay(c)));
    const finished = results.filter((r) => r.kind !== 'registrar-error');
    const out: Failure[] = [];
    const via = new Set(finished.map((r) => r.completedBy));
    if (spec?.completion === 'sync') {
      const late = results.filter((r) => r.completedBy !== 'sync' && r.completedBy !== undefined);
      if (late.length > 0 || via.has('pending')) out.push({ check: 'completion', message: `${op} is declared sync but scenario ${late[0]?.scenario ?? '?'} finished through ${late[0]?.completedBy ?? 'pending'}` });
      const pendingFirst = results.filter((r) => r.completedBy === undefined);
      if (pendingFirst.length > 0) out.push({ check: 'completion', message: `${op} is declared sync but scenario ${pendingFirst[0]!.scenario} left it pending` });
    } else if (spec?.completion === 'poll' || spec?.completion === 'message') {
      if (!via.has(spec.completion)) {
        out.push({ check: 'completion', message: `${op} is declared ${spec.completion} but no scenario completes it through ${spec.completion === 'poll' ? 'poll()' : 'handleMessage()'}` });
      }
      if (spec.completion === 'poll' && this.manifest!.polling?.batch === true) {
        const batched = (await Promise.all(this.cassettes.map((c) => this.replay(c)))).some((r) => r.batchPolls > 0);
        if (!batched) out.push({ check: 'completion', message: `the manifest declares batch polling but no scenario polls several refs in one call` });
      }
    }
    return out;
  }

  /** Settings for a call outside a replay: the scenario's settings with the secret sentinels filled in. */
  private liveSettings(source: LoadedCassette | undefined): Record<string, unknown> {
    return Object.fromEntries(
      Object.entries({ ...this.settingsWithSentinels(undefined), ...(source?.cassette.settings ?? {}) }).map(([k, v]) => [k, typeof v === 'string' ? v.replace(/\{\{secret:([^}]+)\}\}/g, (_m, n: string) => this.secrets[n] ?? '') : v]),
    );
  }

  private async unsupported(op: string): Promise<Failure[]> {
    const calls = this.calls();
    if (!calls.handles(op)) return [];
    const before = this.gateway!.requests.length;
    const eppBefore = this.epp?.frames.length ?? 0;
    const runtime = createRuntime({ manifest: this.manifest!, settings: this.liveSettings(this.cassettes[0]), secrets: this.secrets, clock: new ScenarioClock(Date.parse('2026-01-15T10:00:00Z')), timeoutMs: 1_000, onMail: () => undefined, ...(this.epp === undefined ? {} : { epp: this.epp.clientOptions() }) });
    this.gateway!.use(() => HttpResponse.error());
    const account = isOperationName(op) && ACCOUNT_OPERATIONS.has(op);
    const { outcome } = await calls.invoke(op, account ? {} : { domain: 'example.com' }, runtime.operationContext({ id: 'op-unsupported', name: op, domain: account ? '' : 'example.com', customerId: undefined }));
    await runtime.close();
    this.gateway!.reset();
    const out: Failure[] = [];
    const traffic = [...this.gateway!.requests.slice(before), ...(this.epp?.frames.slice(eppBefore).map(() => 'an EPP connection') ?? [])];
    if (traffic.length > 0 || runtime.capture.mails.length > 0) {
      out.push({ check: 'unsupported-refuses', message: `${op} is declared unsupported but the plugin sent ${traffic[0] ?? `mail to ${runtime.capture.mails[0]?.to.join(', ')}`}` });
    }
    if (outcome.status !== 'failed' || outcome.error.code !== 'UNSUPPORTED') {
      out.push({ check: 'unsupported-refuses', message: `${op} is declared unsupported but its handler answered ${outcome.status === 'failed' ? outcome.error.code : outcome.status} instead of UNSUPPORTED` });
    }
    const named = namedInMessage(outcome, registrarNames(this.manifest!));
    if (named !== undefined) out.push({ check: 'unsupported-refuses', message: namesRegistrarMessage(op, outcome, named) });
    return out;
  }

  private async fault(fault: Fault, op: string, ofOp: LoadedCassette[]): Promise<Failure[]> {
    const source = ofOp.find((c) => c.cassette.kind === 'success' || c.cassette.kind === 'pending-completion') ?? ofOp[0];
    const call = source?.cassette.steps.find((s) => s.call !== undefined)?.call;
    if (source === undefined || call === undefined) return [{ check: fault, message: `${op}: no scenario with a call step to take the input from` }];
    const network = this.manifest!.transports.some((t) => t !== 'email');
    const eppFault = this.epp !== undefined && (EPP_FAULTS as readonly Fault[]).includes(fault) ? (fault as (typeof EPP_FAULTS)[number]) : undefined;
    // The fault's own deadline (a short one: the timeout fault waits for it). An EPP fault other than
    // the greeting timeout is settled by what the server sends, so its session gets a deadline a busy
    // machine's TLS handshake and login cannot miss.
    const faultTimeoutMs = this.options.faultTimeoutMs ?? 100;
    const timeoutMs = eppFault !== undefined && eppFault !== 'fault-timeout' ? Math.max(faultTimeoutMs, 10_000) : faultTimeoutMs;
    const settings = this.liveSettings(source);
    const runtime = createRuntime({
      manifest: this.manifest!,
      settings,
      secrets: this.secrets,
      clock: new ScenarioClock(Date.parse(source.cassette.now ?? '2026-01-15T10:00:00Z')),
      ...(source.cassette.state === undefined ? {} : { state: source.cassette.state }),
      timeoutMs,
      onMail: () => {
        if (!network) throw smtpFailure();
      },
      ...(this.epp === undefined ? {} : { epp: this.epp.clientOptions() }),
    });
    this.gateway!.use(() => faultResponse(fault, timeoutMs));
    if (eppFault !== undefined) {
      this.epp!.use(
        eppSession({
          greeting: source.cassette.epp?.greeting ?? DEFAULT_GREETING,
          checkLogin: () => undefined,
          // Every EPP fault strikes at the greeting, the login or the first command.
          command: (_xml, conn) => conn.destroy(),
          fault: eppFault,
        }),
      );
    }
    const invocation = await this.calls().invoke(op, call.input, runtime.operationContext({ id: source.cassette.operationId ?? 'op-0001', name: op, domain: String(call.input.domain ?? ''), customerId: source.cassette.customerId }));
    await runtime.close();
    this.gateway!.reset();
    this.epp?.reset();
    if (invocation.problem?.kind === 'timeout') return [{ check: fault, message: `${op}: the plugin hung on the fault (${invocation.problem.detail})` }];
    if (invocation.problem?.kind === 'invalid') return [{ check: fault, message: `${op}: the host would refuse the answer to ${fault}: ${invocation.problem.detail}` }];
    const outcome = invocation.outcome;
    const want = eppFault !== undefined ? eppExpectation(eppFault, this.manifest!.transports.some((t) => t !== 'email' && t !== 'epp')) : network ? FAULT_EXPECTATIONS[fault] : SMTP_FAILURE_EXPECTATION;
    const label = eppFault !== undefined ? `${fault} (${EPP_FAULT_LABELS[eppFault]})` : network ? fault : 'an SMTP failure';
    const out: Failure[] = [];
    if (outcome.status !== 'failed') {
      out.push({ check: fault, message: `${op}: ${label} must give a registrar error, but the plugin answered ${outcome.status}` });
    } else {
      if (!want.codes.includes(outcome.error.code)) out.push({ check: fault, message: `${op}: ${label} gave ${outcome.error.code} (${outcome.error.message}${outcome.error.detail ? `: ${outcome.error.detail}` : ""}); expected ${want.codes.join(' or ')}` });
      if (want.retryable !== undefined && outcome.error.retryable !== want.retryable) {
        out.push({ check: fault, message: `${op}: ${label} gave ${outcome.error.code} with retryable=${outcome.error.retryable}; expected retryable=${want.retryable} (${want.retryable ? 'a transient fault: the host must be told to try again' : 'a final fault'})` });
      }
      const named = namedInMessage(outcome, registrarNames(this.manifest!));
      if (named !== undefined) out.push({ check: fault, message: namesRegistrarMessage(`${op} (${label})`, outcome, named) });
      const text = `${outcome.error.message} ${outcome.error.detail ?? ''} ${runtime.capture.logs.join(' ')}`;
      for (const [name, value] of Object.entries(this.secrets)) {
        if (containsSecret(text, [value])) out.push({ check: 'secrets', message: `${op}: the secret setting "${name}" appears in the error or logs after ${fault}` });
      }
    }
    return out;
  }
}

/** An EPP fault's expectation; a plugin that also speaks HTTP may meet the same fault over HTTP, so either answer passes. */
function eppExpectation(fault: (typeof EPP_FAULTS)[number], alsoHttp: boolean): FaultExpectation {
  const epp = EPP_FAULT_EXPECTATIONS[fault];
  if (!alsoHttp) return epp;
  const http = FAULT_EXPECTATIONS[fault];
  return { codes: [...new Set([...epp.codes, ...http.codes])], ...(epp.retryable === http.retryable && epp.retryable !== undefined ? { retryable: epp.retryable } : {}) };
}

/** Runs every planned check programmatically (the CLI and the suite's own tests use it). */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const started = performance.now();
  const plan = planConformance(options);
  const run = new ConformanceRun(plan, options);
  await run.setup();
  const results: CheckResult[] = [];
  try {
    for (const check of plan.checks) {
      const t = performance.now();
      if (check.bypass !== undefined) {
        results.push({ ...check, status: 'bypassed', failures: [], durationMs: 0 });
        continue;
      }
      const skipped = run.skipReason(check);
      if (skipped !== undefined) {
        results.push({ ...check, status: 'skipped', failures: [], durationMs: 0, skipped });
        continue;
      }
      const failures = await run.run(check);
      results.push({ ...check, status: failures.length === 0 ? 'passed' : 'failed', failures, durationMs: Math.round(performance.now() - t) });
    }
  } finally {
    await run.teardown();
  }
  return {
    plugin: { id: plan.manifest?.id, name: plan.manifest?.name, version: plan.manifest?.version, dir: plan.pluginDir },
    results,
    passed: results.filter((r) => r.status === 'passed').length,
    failed: results.filter((r) => r.status === 'failed').length,
    bypassed: results.filter((r) => r.status === 'bypassed').length,
    skipped: results.filter((r) => r.status === 'skipped').length,
    durationMs: Math.round(performance.now() - started),
    provenance: run.provenance(),
  };
}

/** The parts of vitest the suite needs, passed in by the caller (one vitest instance). */
export interface VitestApi {
  describe(name: string, fn: () => void): void;
  it: ((name: string, fn: (context: { skip(note?: string): never }) => Promise<void>, timeout?: number) => void) & { skip(name: string, fn: () => void): void };
  beforeAll(fn: () => Promise<void>, timeout?: number): void;
  afterAll(fn: () => void): void;
}

/**
 * Registers the conformance suite for one plugin in the caller's vitest:
 * `describeRegistrarConformance(vitest, { pluginDir: new URL('..', import.meta.url) })`.
 * Bypassed checks (declared in the manifest with a reason) show as skipped with the reason.
 */
export function describeRegistrarConformance(vitest: VitestApi, options: ConformanceOptions): void {
  const plan = planConformance(options);
  vitest.describe(`registrar conformance: ${plan.manifest?.id ?? plan.pluginDir}`, () => {
    const run = new ConformanceRun(plan, options);
    vitest.beforeAll(() => run.setup(), 60_000);
    vitest.afterAll(() => run.teardown());
    for (const check of plan.checks) {
      if (check.bypass !== undefined) {
        vitest.it.skip(`${check.title} (bypassed: ${check.bypass})`, () => undefined);
        continue;
      }
      vitest.it(
        check.title,
        async (context) => {
          const skipped = run.skipReason(check);
          if (skipped !== undefined) context.skip(skipped);
          const failures = await run.run(check);
          if (failures.length > 0) throw new Error(failures.map((f) => `[${f.check}] ${f.message}`).join('\n'));
        },
        30_000,
      );
    }
  });
}

export { OPERATIONS };
