import { mkdirSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PluginRuntime } from '@registrar-kit/runtime';
import { connectEppTls, containsSecret, loadPluginPackage, secretPaths, type EppTlsOptions, type Outcome, type PendingRef } from '@registrar-kit/sdk';
import { bypass, HttpResponse } from 'msw';
import { loadCassettes, type Cassette, type Exchange, type LoadedCassette, type Step } from './cassette.js';
import { HttpGateway } from './gateway.js';
import { eppCommandName } from './epp-canonical.js';
import { classifyFrame } from './epp-session.js';
import { tapEppStream } from './epp-tap.js';
import { createRuntime, ScenarioClock } from './runtime.js';

export interface RecordOptions {
  pluginDir: string | URL;
  /** The cassettes whose steps are played against the live endpoint (default `<pluginDir>/cassettes`). */
  cassettes?: string | URL;
  /** Base URL of the live endpoint (a registrar test system or the local sandbox). Requests keep their path. */
  endpoint?: string;
  /**
   * The live EPP server for plugins that speak EPP (a registry's test system or the sandbox's):
   * every EPP connection of the plugin goes there, whatever host its settings name, and each
   * command frame with its answer is written as an `epp` exchange. Login, logout and hello are
   * not written (the login carries the password).
   */
  epp?: { host: string; port?: number; tls?: EppTlsOptions };
  /** Real settings, secrets included; they are replaced by `{{secret:NAME}}` before anything is written. */
  settings: Record<string, unknown>;
  /** Where to write (default: over the source cassettes). */
  outDir?: string | URL;
}

export interface RecordResult {
  written: string[];
  refused: { file: string; reason: string }[];
}

const toPath = (p: string | URL): string => resolve(p instanceof URL || p.startsWith('file:') ? fileURLToPath(p) : p);

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Every wire form of a secret, longest first (query strings: percent-encoded and form-encoded). */
function forms(value: string): string[] {
  const query = new URLSearchParams([['k', value]]).toString().slice(2);
  return [...new Set([value, encodeURIComponent(value), query, escapeXml(value), Buffer.from(value).toString('base64')])].sort((a, b) => b.length - a.length);
}

/** Why a cassette is not written: the reason reaches the author as `refused <file>: <reason>`. */
class Refusal extends Error {}

/**
 * Where a secret still appears in a recorded cassette (after scrubbing), in words an author can
 * act on: the request URL, a request header, the request body, the registrar's response, a mail,
 * an outcome. Every encoding the host's scrubber knows counts (an HTTP Basic header too).
 */
export function secretLocation(cassette: Cassette, secrets: Record<string, string>): string | undefined {
  for (const [name, value] of Object.entries(secrets)) {
    const has = (v: unknown): boolean => v !== undefined && containsSecret(typeof v === 'string' ? v : JSON.stringify(v), [value]);
    for (const [i, step] of cassette.steps.entries()) {
      const at = `step ${i + 1}`;
      for (const [j, e] of (step.exchanges ?? []).entries()) {
        const where = `${at} exchange ${j + 1}`;
        if ('mailOut' in e) {
          if (has(e.mailOut)) return `the secret setting "${name}" appears in the outbound mail (${where}); it could not be replaced by {{secret:${name}}}`;
          continue;
        }
        if ('epp' in e) {
          if (has(e.epp.request)) return `the secret setting "${name}" appears in the EPP command (${where}) in a form that could not be replaced by {{secret:${name}}}`;
          if (has(e.epp.response)) return `the secret setting "${name}" is echoed in the EPP server's answer (${where}); remove it from the recording by hand`;
          continue;
        }
        const { request, response } = e.http;
        if (has(request.url)) return `the secret setting "${name}" appears in the request URL (${where}) in a form that could not be replaced by {{secret:${name}}}`;
        const header = Object.entries(request.headers ?? {}).find(([, v]) => has(v));
        if (header !== undefined) return `the secret setting "${name}" appears in the request header "${header[0]}" (${where}), encoded (e.g. HTTP Basic) so it could not be replaced by {{secret:${name}}}`;
        if (has(request.body)) return `the secret setting "${name}" appears in the request body (${where}) in a form that could not be replaced by {{secret:${name}}}`;
        if (has(response.body) || has(response.headers)) return `the secret setting "${name}" is echoed in the registrar's response (${where}); remove it from the recording by hand, or ask the registrar's test system not to echo it`;
      }
      if (has(step.expect)) return `the secret setting "${name}" appears in the plugin's answer at ${at}`;
    }
    if (has(cassette)) return `the secret setting "${name}" still appears in the recording`;
  }
  return undefined;
}

/**
 * A re-recorded exchange keeps the `source` of the exchange it replaces (same position, same kind,
 * same method and path): the recording confirms the cited shape. A new exchange has no source, so
 * the provenance report lists it until someone cites one.
 */
function withSources(recorded: Exchange[], previous: readonly Exchange[]): void {
  const path = (url: string): string => {
    try {
      return new URL(url.replace(/\{\{[^}]*\}\}/g, 'x')).pathname;
    } catch {
      return url;
    }
  };
  recorded.forEach((exchange, i) => {
    const before = previous[i];
    if (before?.source === undefined) return;
    const same =
      'http' in exchange && 'http' in before
        ? exchange.http.request.method === before.http.request.method && path(exchange.http.request.url) === path(before.http.request.url)
        : 'epp' in exchange && 'epp' in before
          ? eppCommandName(exchange.epp.request) === eppCommandName(before.epp.request)
          : 'mailOut' in exchange && 'mailOut' in before;
    if (same) exchange.source = before.source;
  });
}

function scrub(text: string, secrets: Record<string, string>): string {
  let out = text;
  for (const [name, value] of Object.entries(secrets)) for (const f of forms(value)) out = out.split(f).join(`{{secret:${name}}}`);
  return out;
}

/**
 * One recorded EPP exchange: the plugin's clTRID becomes `{{clTRID}}` in the command and in the
 * answer that echoes it (replay captures the plugin's own each time); secrets in the command become
 * their placeholders.
 */
function eppRecording(request: string, response: string, secrets: Record<string, string>): { request: string; response: string } {
  const frame = classifyFrame(request);
  const clTRID = 'clTRID' in frame ? frame.clTRID : undefined;
  const template = (out: string): string => {
    return clTRID === undefined ? out : out.replace(/(<(?:[\w.-]+:)?clTRID>)([^<]*)(<\/)/g, (whole, open: string, value: string, close: string) => (value.trim() === clTRID ? `${open}{{clTRID}}${close}` : whole));
  };
  // The answer is not scrubbed: a server that echoes a secret gets the cassette refused, as for HTTP.
  return { request: template(scrub(request, secrets)), response: template(response) };
}

function describe(outcome: Outcome): Record<string, unknown> {
  if (outcome.status === 'failed') return { status: 'failed', code: outcome.error.code, ...(outcome.error.registrarCode === undefined ? {} : { registrarCode: outcome.error.registrarCode }), retryable: outcome.error.retryable };
  if (outcome.status === 'pending') return { status: 'pending', await: outcome.await, ref: outcome.ref, ...(outcome.step === undefined ? {} : { step: outcome.step }) };
  return { status: 'done' };
}

/**
 * Record mode: plays each cassette's steps against a live endpoint (requests keep their recorded
 * URL in the cassette but are sent to `endpoint`), captures every exchange and outbound mail,
 * writes the observed outcomes as the expectations, and replaces every secret in the recorded
 * requests with its placeholder. A cassette in which a secret value still appears anywhere (a
 * registrar that echoes a credential back, say) is refused, never written.
 * Inbound-mail steps cannot be recorded live and are kept as they were.
 */
export async function recordCassettes(options: RecordOptions): Promise<RecordResult> {
  const pluginDir = toPath(options.pluginDir);
  const source = options.cassettes === undefined ? join(pluginDir, 'cassettes') : toPath(options.cassettes);
  const outDir = options.outDir === undefined ? source : toPath(options.outDir);
  const loaded = await loadPluginPackage(pluginDir, { from: pluginDir });
  if (loaded.plugin === undefined || loaded.manifest === undefined) {
    throw new Error(`the plugin does not load: ${loaded.problems.map((p) => `${p.code} ${p.path} ${p.message}`).join('; ')}`);
  }
  const { plugin, manifest } = loaded;
  const secrets: Record<string, string> = {};
  for (const path of secretPaths(manifest.settings)) {
    const name = path.slice(1);
    const value = options.settings[name];
    if (typeof value === 'string' && value !== '') secrets[name] = value;
  }
  const { cassettes, problems } = loadCassettes(source);
  if (problems.length > 0) throw new Error(`the source cassettes are invalid: ${problems.map((p) => `${p.file} ${p.path} ${p.message}`).join('; ')}`);
  const gateway = new HttpGateway();
  gateway.listen();
  const result: RecordResult = { written: [], refused: [] };
  if (options.endpoint === undefined && options.epp === undefined) throw new Error('record mode needs an endpoint (HTTP) or an EPP server to record against');
  const endpoint = options.endpoint === undefined ? undefined : new URL(options.endpoint);
  try {
    for (const c of cassettes) {
      const rel = join(c.cassette.operation, `${c.cassette.scenario}.json`);
      let out: Cassette;
      try {
        out = await recordOne(c, { plugin, manifest, gateway, endpoint, epp: options.epp, secrets, settings: options.settings });
      } catch (error) {
        // One scenario's trouble (a dead endpoint, a poll() that throws) refuses that cassette only.
        gateway.reset();
        const reason = error instanceof Refusal ? error.message : `recording stopped: ${(error as Error).message}`;
        result.refused.push({ file: rel, reason: scrub(reason, secrets) });
        continue;
      }
      const leaked = secretLocation(out, secrets);
      if (leaked !== undefined) {
        result.refused.push({ file: rel, reason: leaked });
        continue;
      }
      const text = `${JSON.stringify(out, null, 2)}\n`;
      mkdirSync(join(outDir, c.cassette.operation), { recursive: true });
      writeFileSync(join(outDir, rel), text);
      if (outDir !== source) {
        for (const f of readdirSync(c.dir).filter((f) => f.startsWith(`${c.cassette.scenario}.`) && f.endsWith('.eml'))) copyFileSync(join(c.dir, f), join(outDir, c.cassette.operation, f));
      }
      result.written.push(rel);
    }
  } finally {
    gateway.close();
  }
  return result;
}

async function recordOne(
  c: LoadedCassette,
  ctx: {
    plugin: NonNullable<Awaited<ReturnType<typeof loadPluginPackage>>['plugin']>;
    manifest: NonNullable<Awaited<ReturnType<typeof loadPluginPackage>>['manifest']>;
    gateway: HttpGateway;
    endpoint: URL | undefined;
    epp: RecordOptions['epp'];
    secrets: Record<string, string>;
    settings: Record<string, unknown>;
  },
): Promise<Cassette> {
  const cassette = structuredClone(c.cassette);
  const settings = { ...Object.fromEntries(Object.entries(cassette.settings ?? {}).filter(([, v]) => !(typeof v === 'string' && v.includes('{{secret:')))), ...ctx.settings };
  let captured: Exchange[] = [];
  /** The first request the live endpoint did not answer (connection refused, DNS, reset). */
  let unreachable: string | undefined;
  const recordedHeaders = new Set(cassette.steps.flatMap((s) => (s.exchanges ?? []).flatMap((e) => ('http' in e ? Object.keys(e.http.request.headers ?? {}) : []))));
  ctx.gateway.use(async (request) => {
    if (ctx.endpoint === undefined) {
      unreachable ??= `${request.method} ${request.url}: no --endpoint to send HTTP requests to`;
      return HttpResponse.error();
    }
    const target = new URL(request.url);
    target.protocol = ctx.endpoint.protocol;
    target.host = ctx.endpoint.host;
    const body = await request.clone().text();
    let response: Response;
    try {
      response = await fetch(bypass(new Request(target, { method: request.method, headers: request.headers, ...(body === '' ? {} : { body }) })));
    } catch (error) {
      // Recorded as-is this would become a cassette whose steps expect a TRANSPORT failure.
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      unreachable ??= `${request.method} ${target.origin}${target.pathname}: ${(error as Error).message}${cause === undefined ? '' : ` (${cause.code ?? cause.message ?? ''})`}`;
      return HttpResponse.error();
    }
    const text = await response.text();
    const headers = Object.fromEntries([...recordedHeaders, 'soapaction', 'x-api-key', 'authorization'].filter((h) => request.headers.has(h)).map((h) => [h, scrub(request.headers.get(h) ?? '', ctx.secrets)]));
    const contentType = response.headers.get('content-type');
    captured.push({
      http: {
        request: { method: request.method, url: scrub(request.url, ctx.secrets), ...(Object.keys(headers).length === 0 ? {} : { headers }), ...(body === '' ? {} : { body: scrub(body, ctx.secrets) }) },
        response: { status: response.status, ...(contentType === null ? {} : { headers: { 'content-type': contentType } }), body: text },
      },
    });
    return new HttpResponse(text, { status: response.status, headers: contentType === null ? {} : { 'content-type': contentType } });
  });
  let greeting: string | undefined;
  const eppServer = ctx.epp;
  const connectEpp =
    eppServer === undefined
      ? undefined
      : (): ReturnType<typeof tapEppStream> => {
          const port = eppServer.port ?? 700;
          const inner = connectEppTls({ host: eppServer.host, port, tls: eppServer.tls ?? {} });
          inner.on('error', (error: Error) => {
            unreachable ??= `EPP ${eppServer.host}:${port}: ${error.message}`;
          });
          let first = true;
          let request: string | undefined;
          return tapEppStream(inner, (direction, xml) => {
            if (direction === 'sent') {
              // Login (it carries the password), logout and hello are the session's, not the scenario's.
              request = classifyFrame(xml).kind === 'command' ? xml : undefined;
              return;
            }
            if (first) {
              first = false;
              greeting ??= scrub(xml, ctx.secrets);
              return;
            }
            if (request !== undefined) captured.push({ epp: eppRecording(request, xml, ctx.secrets) });
            request = undefined;
          });
        };
  const runtime = createRuntime({
    manifest: ctx.manifest,
    settings,
    secrets: ctx.secrets,
    clock: new ScenarioClock(Date.parse(cassette.now ?? '2026-01-15T10:00:00Z')),
    ...(cassette.state === undefined ? {} : { state: cassette.state }),
    ...(connectEpp === undefined ? {} : { epp: { connect: connectEpp } }),
    timeoutMs: 30_000,
    onMail: (m) => void captured.push({ mailOut: { to: m.to, subject: scrub(m.subject, ctx.secrets), ...(m.charset === undefined ? {} : { charset: m.charset }), text: scrub(m.text, ctx.secrets) } }),
  });
  const operationId = cassette.operationId ?? 'op-0001';
  const calls = new PluginRuntime(ctx.plugin);
  const refs: PendingRef[] = [];
  const steps: Step[] = [];
  const success = cassette.kind === 'success' || cassette.kind === 'pending-completion';
  for (const [index, step] of cassette.steps.entries()) {
    const at = `step ${index + 1}`;
    captured = [];
    const next: Step = { ...step };
    if (step.call !== undefined) {
      const domain = String(step.call.input.domain ?? '');
      // Through the host's runtime, so what is recorded is what the host would have stored.
      const { outcome, problem } = await calls.invoke(step.call.operation, step.call.input, runtime.operationContext({ id: operationId, name: step.call.operation, domain, customerId: cassette.customerId }));
      if (unreachable !== undefined) throw new Refusal(`the endpoint did not answer: TRANSPORT ${unreachable} (${at}, ${step.call.operation}); check --endpoint and that the test system is up`);
      if (problem !== undefined && problem.kind !== 'threw') throw new Refusal(`${at} (${step.call.operation}): the host would not use this answer: ${problem.detail}`);
      if (success && outcome.status === 'failed') {
        throw new Refusal(`a ${cassette.kind} scenario, but ${at} (${step.call.operation}) answered failed ${outcome.error.code}: ${outcome.error.message}; record it against data the endpoint accepts, or make it a registrar-error scenario`);
      }
      if (outcome.status === 'pending') refs.push({ ref: outcome.ref, operationId, operation: step.call.operation, domain, submittedAt: new Date().toISOString() });
      next.expect = describe(outcome);
    } else if (step.poll !== undefined && typeof ctx.plugin.poll === 'function') {
      const asked = refs.length > 0 ? refs : step.poll.refs.map((ref) => ({ ref, operationId, operation: cassette.operation, domain: '', submittedAt: '' }));
      const polled = await calls.poll(asked, runtime.context);
      if (unreachable !== undefined) throw new Refusal(`the endpoint did not answer: TRANSPORT ${unreachable} (${at}, poll); check --endpoint and that the test system is up`);
      // The runtime's detail names the call and what it did ("poll() threw TypeError: …", a hang).
      if (!polled.ok) throw new Refusal(`${at}: ${polled.problem.detail}; the other scenarios are recorded as usual`);
      const updates = polled.value;
      next.poll = { refs: asked.map((r) => r.ref) };
      next.expect = { updates: Object.fromEntries(asked.map((r) => [r.ref, describe(updates.find((u) => u.ref === r.ref)?.outcome ?? { status: 'pending', ref: r.ref, await: 'poll' })])) };
    }
    withSources(captured, step.exchanges ?? []);
    if (step.message === undefined && step.advance === undefined) next.exchanges = captured;
    else if (captured.length > 0) next.exchanges = captured;
    steps.push(next);
  }
  await runtime.close();
  ctx.gateway.reset();
  cassette.steps = steps;
  if (greeting !== undefined) cassette.epp = { ...cassette.epp, greeting };
  cassette.settings = Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, ctx.secrets[k] !== undefined ? `{{secret:${k}}}` : v]));
  const against = [ctx.endpoint?.origin, ctx.epp === undefined ? undefined : `EPP ${ctx.epp.host}:${ctx.epp.port ?? 700}`].filter((x) => x !== undefined).join(' and ');
  cassette.description = `${cassette.description ?? cassette.scenario} (recorded against ${against})`;
  return cassette;
}
