/**
 * AutoDNS error codes → the sdk's normalized codes. The response `status.code` is the task code
 * with an E prefix (`E0101`); the reason is in the `<msg>` entries (`EF…` codes, possibly nested
 * one `<msg>` inside another) or, for jobs, in the notification's registry answer.
 *
 * The decision is made from the codes: when the answer names any EF code, the table below (or
 * REMOTE for a code it does not know) decides, never the status text — "AuthInfo1 could not be
 * created" with EF011316 (an AuthInfo already exists) is not a wrong auth code. A short keyword
 * check of the English text is used only for answers that carry no EF code at all.
 *
 * Messages are white-label: they never name the registrar and never carry its text or a
 * credential; the registrar's text goes to `detail`.
 */
import { RegistrarError, redact, type RegistrarErrorCode } from '@registrar-kit/sdk';
import type { GatewayResponse } from '../protocol/response.js';
import type { TaskCode } from '../protocol/tasks.js';

/**
 * EF codes whose meaning the InterNetX help pages (APIXMLEN) state: "Cancelation Create" lists
 * EF01030, EF0103101, EF0103106, EF01132 and EF01133 as its possible errors; "AuthInfo1 create"
 * answers EF011316 when an AuthInfo already exists.
 */
export const DOCUMENTED_EF_CODES: Readonly<Record<string, RegistrarErrorCode>> = {
  /** An identical task is already being processed. */
  EF01030: 'STATUS_PROHIBITS',
  /** A cancelation request already exists for this domain. */
  EF0103101: 'OBJECT_EXISTS',
  /** The cancelation request type is missing. */
  EF0103106: 'INVALID_INPUT',
  /** A renew request is being processed. */
  EF01132: 'STATUS_PROHIBITS',
  /** A restore request is being processed. */
  EF01133: 'STATUS_PROHIBITS',
  /** An AuthInfo already exists (the existing one is in `status/object`). */
  EF011316: 'OBJECT_EXISTS',
};

/**
 * EF codes with no public statement of their meaning: the cases a platform must tell apart,
 * **modelled** (see the README's wire-fidelity table). EF02022 is deliberately absent: a public
 * AutoDNS DNS client reads it as "duplicate record" on zone updates, so it is no login failure.
 */
export const MODELLED_EF_CODES: Readonly<Record<string, RegistrarErrorCode>> = {
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

export const EF_CODES: Readonly<Record<string, RegistrarErrorCode>> = { ...MODELLED_EF_CODES, ...DOCUMENTED_EF_CODES };

/** Fallback on the gateway's English status text (the plugin asks for `<language>en`), only without EF codes. */
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

const isEf = (code: string): boolean => /^EF\d/.test(code);

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
  /** EF… / E… codes (nested `<msg>` entries included); the first the table knows decides. */
  codes: readonly string[];
  /** What the Action Log should show besides the codes (task, registry answer). */
  context: string;
}

/** Builds the normalized error; `secrets` are removed from the detail whatever the gateway echoed. */
export function registrarFailure(f: RegistrarFailure, secrets: readonly string[]): RegistrarError {
  const known = f.codes.find((c) => EF_CODES[c] !== undefined);
  const firstEf = f.codes.find(isEf);
  const hinted = firstEf === undefined ? TEXT_HINTS.find(([re]) => re.test(`${f.statusText} ${f.context}`))?.[1] : undefined;
  const code: RegistrarErrorCode = known === undefined ? (hinted ?? 'REMOTE') : EF_CODES[known]!;
  const registrarCode = known ?? firstEf ?? f.codes[0] ?? f.statusCode;
  const detail = redact(`${f.context}: ${f.statusCode} ${f.statusText}${f.codes.length > 0 ? ` [${f.codes.join(', ')}]` : ''}`, secrets);
  return new RegistrarError({ code, message: MESSAGES[code], registrarCode, detail, retryable: code === 'RATE_LIMITED' });
}

/** The error of a gateway answer of type `error`; nested `<msg>` codes count like top-level ones. */
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
