/**
 * AutoDNS error codes → the sdk's normalized codes. The response `status.code` is the task code
 * with an E prefix (`E0101`); the reason is in the `<msg>` entries (`EF…` codes) or, for jobs, in
 * the notification's registry answer. The public documentation does not list every EF code with
 * its meaning, so the table below is **modelled** (see the README): it names the cases a
 * platform must tell apart, and a short keyword check of the gateway's English text backs it up.
 * Anything else is REMOTE with the registrar's own code kept for the Action Log.
 *
 * Messages are white-label: they never name the registrar and never carry its text or a
 * credential; the registrar's text goes to `detail`.
 */
import { RegistrarError, redact, type RegistrarErrorCode } from '@registrar-kit/sdk';
import type { GatewayResponse } from '../protocol/response.js';
import type { TaskCode } from '../protocol/tasks.js';

export const EF_CODES: Readonly<Record<string, RegistrarErrorCode>> = {
  EF02022: 'AUTHENTICATION',
  EF01004: 'AUTHENTICATION',
  EF10116: 'NOT_AVAILABLE',
  EF10117: 'OBJECT_EXISTS',
  EF10124: 'AUTH_CODE_INVALID',
  EF10101: 'OBJECT_NOT_FOUND',
  EF03001: 'OBJECT_NOT_FOUND',
  EF10118: 'STATUS_PROHIBITS',
  EF10119: 'STATUS_PROHIBITS',
  EF01001: 'INVALID_INPUT',
  EF10130: 'POLICY',
  EF03006: 'BILLING',
  EF00429: 'RATE_LIMITED',
};

/** Fallback on the gateway's English status text (the plugin asks for `<language>en`). */
const TEXT_HINTS: [RegExp, RegistrarErrorCode][] = [
  [/authentication|login failed|user.*password|not authori[sz]ed/i, 'AUTHENTICATION'],
  [/auth ?info|auth.?code|transfer (key|code)/i, 'AUTH_CODE_INVALID'],
  [/already (registered|taken)|not available|unavailable/i, 'NOT_AVAILABLE'],
  [/already exists/i, 'OBJECT_EXISTS'],
  [/not found|does not exist|unknown (domain|handle)/i, 'OBJECT_NOT_FOUND'],
  [/status (does not allow|prohibits)|locked/i, 'STATUS_PROHIBITS'],
  [/credit|balance|payment/i, 'BILLING'],
  [/too many requests|rate limit/i, 'RATE_LIMITED'],
];

const MESSAGES: Record<RegistrarErrorCode, string> = {
  INVALID_INPUT: 'The registrar rejected a field of the request',
  NOT_AVAILABLE: 'The domain is not available for registration',
  AUTH_CODE_INVALID: 'The transfer (auth) code is not correct',
  OBJECT_EXISTS: 'The object already exists at the registrar',
  OBJECT_NOT_FOUND: 'The domain or contact was not found in the registrar account',
  STATUS_PROHIBITS: 'The current status of the domain does not allow this change',
  POLICY: 'The registry policy does not allow this request',
  BILLING: 'The registrar account cannot pay for this request',
  AUTHENTICATION: 'The registrar refused the account credentials; check the plugin settings',
  RATE_LIMITED: 'The registrar asked us to slow down',
  TRANSPORT: 'Could not reach the registrar',
  REMOTE: 'The registrar refused the request; see the Action Log for its answer',
  PROTOCOL: 'The registrar sent an answer that could not be read',
  UNSUPPORTED: 'The registrar does not support this request',
};

export interface RegistrarFailure {
  /** The S/E/N status code (`E0101`). */
  statusCode: string;
  statusText: string;
  /** EF… / E… codes, most specific first. */
  codes: readonly string[];
  /** What the Action Log should show besides the codes (task, registry answer). */
  context: string;
}

/** Builds the normalized error; `secrets` are removed from the detail whatever the gateway echoed. */
export function registrarFailure(f: RegistrarFailure, secrets: readonly string[]): RegistrarError {
  const known = f.codes.find((c) => EF_CODES[c] !== undefined);
  const hinted = TEXT_HINTS.find(([re]) => re.test(`${f.statusText} ${f.context}`))?.[1];
  const code: RegistrarErrorCode = known === undefined ? (hinted ?? 'REMOTE') : EF_CODES[known]!;
  const registrarCode = known ?? f.codes[0] ?? f.statusCode;
  const detail = redact(`${f.context}: ${f.statusCode} ${f.statusText}${f.codes.length > 0 ? ` [${f.codes.join(', ')}]` : ''}`, secrets);
  return new RegistrarError({ code, message: MESSAGES[code], registrarCode, detail, retryable: code === 'RATE_LIMITED' });
}

/** The error of a gateway answer of type `error`. */
export function responseError(response: GatewayResponse, task: TaskCode, secrets: readonly string[]): RegistrarError {
  const msgs = response.msgs.filter((m) => m.code !== '');
  return registrarFailure(
    {
      statusCode: response.status.code,
      statusText: response.status.text,
      codes: msgs.map((m) => m.code).filter((c) => /^E/.test(c)),
      context: `task ${task}${response.stid === undefined ? '' : ` stid ${response.stid}`}${msgs.length > 0 ? ` msgs: ${msgs.map((m) => `${m.code} ${m.text}`).join('; ')}` : ''}`,
    },
    secrets,
  );
}
