import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, relative } from 'node:path';
import { validateWithSchema, type ErrorIssue } from '@registrar-kit/sdk';

const require = createRequire(import.meta.url);
/** The JSON Schema of a cassette file (also exported as `@registrar-kit/conformance/cassette.schema.json`). */
export const cassetteSchema = require('../cassette.schema.json') as Record<string, unknown>;

/** Where an exchange's shape comes from (see CASSETTES.md, "Provenance"). */
export type Source =
  | { title: string; url: string; section?: string }
  | { repo: string; path: string; url?: string; note?: string }
  | { modelled: string };

export interface HttpExchange {
  source?: Source;
  http: {
    request: { method: string; url: string; headers?: Record<string, string>; body?: unknown; bodyFormat?: 'xml' | 'json' | 'form' | 'text' };
    response: { status: number; headers?: Record<string, string>; body?: unknown };
  };
}
export interface MailOutExchange {
  source?: Source;
  mailOut: { to: string[]; subject?: string; charset?: string; text: string };
}
/**
 * One EPP command and its answer (RFC 5730): the frame the plugin sends and the frame the replay
 * server answers. Matched XML-canonically (whitespace, attribute order and prefix spelling do not
 * matter); `{{clTRID}}` is captured afresh from each request and substituted into its response.
 * Login, logout and hello are answered by the replay server and never recorded.
 */
export interface EppExchange {
  source?: Source;
  epp: { request: string; response: string };
}
export type Exchange = HttpExchange | MailOutExchange | EppExchange;

/** The EPP server of a cassette: its greeting and the login it expects. */
export interface EppServerRecording {
  /** The `<greeting>` document; default: the core objects with RGP and secDNS. */
  greeting?: string;
  source?: Source;
  /**
   * The login the plugin must send: `clID` a value or placeholder, `pw` a `{{secret:NAME}}`
   * placeholder. Default: `clID` is one of the scenario's setting values and `pw` one of its secrets.
   */
  login?: { clID: string; pw: string };
}

export interface ExpectedOutcome {
  status: 'done' | 'pending' | 'failed' | 'not-received' | 'unknown';
  result?: unknown;
  await?: 'poll' | 'message';
  ref?: string;
  step?: string;
  code?: string;
  registrarCode?: string;
  retryable?: boolean;
}

export interface Step {
  call?: { operation: string; input: Record<string, unknown> };
  advance?: { seconds: number };
  poll?: { refs: string[] };
  message?: { eml?: string; webhook?: { headers?: Record<string, string>; body?: unknown }; source?: Source };
  reconcile?: { operation: string; input: Record<string, unknown> };
  exchanges?: Exchange[];
  expect?: Record<string, unknown>;
}

export interface Cassette {
  cassetteVersion: 1;
  operation: string;
  scenario: string;
  kind: 'success' | 'registrar-error' | 'pending-completion' | 'other';
  description?: string;
  settings?: Record<string, unknown>;
  state?: Record<string, unknown>;
  customerId?: string;
  operationId?: string;
  now?: string;
  epp?: EppServerRecording;
  steps: Step[];
}

export interface LoadedCassette {
  file: string;
  dir: string;
  cassette: Cassette;
}

export interface CassetteProblem extends ErrorIssue {
  file: string;
}

/** Lists `<dir>/<operation>/<scenario>.json` files (sorted, synchronous: vitest registers tests synchronously). */
export function listCassetteFiles(dir: string): string[] {
  let operations: string[];
  try {
    operations = readdirSync(dir).filter((d) => statSync(join(dir, d)).isDirectory()).sort();
  } catch {
    return [];
  }
  return operations.flatMap((op) =>
    readdirSync(join(dir, op))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(dir, op, f)),
  );
}

/** Reads and validates every cassette; problems name the file and the JSON path. */
export function loadCassettes(dir: string): { cassettes: LoadedCassette[]; problems: CassetteProblem[] } {
  const cassettes: LoadedCassette[] = [];
  const problems: CassetteProblem[] = [];
  for (const file of listCassetteFiles(dir)) {
    const shown = relative(process.cwd(), file) || file;
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push({ file: shown, path: '/', message: `is not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const issues = validateWithSchema(cassetteSchema, value);
    if (issues.length > 0) {
      problems.push(...issues.map((i) => ({ ...i, file: shown })));
      continue;
    }
    const cassette = value as Cassette;
    const folder = basename(join(file, '..'));
    if (folder !== cassette.operation) problems.push({ file: shown, path: '/operation', message: `is "${cassette.operation}" but the file is in the ${folder}/ folder` });
    if (`${cassette.scenario}.json` !== basename(file)) problems.push({ file: shown, path: '/scenario', message: `is "${cassette.scenario}" but the file is ${basename(file)}` });
    cassettes.push({ file, dir: join(file, '..'), cassette });
  }
  return { cassettes, problems };
}
