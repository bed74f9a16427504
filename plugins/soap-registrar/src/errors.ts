import { redact, RegistrarError, type RegistrarErrorCode } from '@registrar-kit/sdk';
import type { SoapFault } from './protocol/soap.js';

interface FaultMapping {
  code: RegistrarErrorCode;
  /** White-label: shown to customers, so it never names the registrar. */
  message: string;
  retryable?: boolean;
}

/**
 * API fault codes → normalized codes. E01-M0101 (bad login, dymmer-code/netim's session test),
 * E12-M1204 (operation closed for the extension, Netim's wiki), E13 (an invalid argument value,
 * "E13 : Province : Invalid value" in altenwald/soap-elixir's decode test) and the E02 session
 * family (below) have public references; the others are modelled on the `Exx-Mxxxx` form and
 * listed as such in the README. Unknown codes become REMOTE with the code kept.
 */
const FAULTS: Record<string, FaultMapping> = {
  'E01-M0101': { code: 'AUTHENTICATION', message: 'The registrar account credentials were refused' },
  'E01-M0102': { code: 'RATE_LIMITED', message: 'Too many registrar sessions are open; try again later', retryable: true },
  'E12-M1204': { code: 'UNSUPPORTED', message: 'This operation is closed for the extension' },
  E13: { code: 'INVALID_INPUT', message: 'The registrar rejected a value of the request' },
  'E04-M0401': { code: 'INVALID_INPUT', message: 'The registrar rejected a field of the request' },
  'E04-M0402': { code: 'INVALID_INPUT', message: 'The registrar rejected a contact of the request' },
  'E06-M0601': { code: 'NOT_AVAILABLE', message: 'The domain is not available' },
  'E06-M0602': { code: 'OBJECT_NOT_FOUND', message: 'The domain is not in the account' },
  'E06-M0603': { code: 'AUTH_CODE_INVALID', message: 'The transfer code is not correct' },
  'E06-M0604': { code: 'STATUS_PROHIBITS', message: 'The domain status does not allow this change' },
  'E06-M0605': { code: 'OBJECT_EXISTS', message: 'The domain is already in the account' },
  'E07-M0701': { code: 'POLICY', message: 'The registry policy does not allow this request' },
  'E08-M0801': { code: 'BILLING', message: 'The registrar account balance is too low' },
};

/** What a session fault (expired, closed or unknown session id) maps to when reopening did not help. */
const SESSION_FAULT: FaultMapping = { code: 'AUTHENTICATION', message: 'The registrar refused the session' };

/**
 * The session fault family: Netim's own PHP client (2.0/AbstractAPISoap.php) takes any fault whose
 * message contains `E02` as a session that is no longer valid (it ignores it on sessionClose). A
 * call the API refuses for its session was not authorised, so it did not run and can be sent again
 * on a new session (our inference: no public source says so in words).
 */
export function isSessionFault(apiCode: string | undefined): boolean {
  return apiCode !== undefined && /^E02(?:-|$)/.test(apiCode);
}

const mappingOf = (apiCode: string | undefined): FaultMapping | undefined => (apiCode === undefined ? undefined : (FAULTS[apiCode] ?? (isSessionFault(apiCode) ? SESSION_FAULT : undefined)));

/** Registrar fault → RegistrarError; the fault text goes to `detail` (Action Log), secrets removed. */
export function mapFault(fault: SoapFault, fn: string, secrets: readonly string[] = []): RegistrarError {
  const known = mappingOf(fault.apiCode);
  return new RegistrarError({
    code: known?.code ?? 'REMOTE',
    message: known?.message ?? 'The registrar refused the request',
    ...(known?.retryable === undefined ? {} : { retryable: known.retryable }),
    registrarCode: fault.apiCode ?? fault.faultCode,
    detail: redact(`${fn}: ${fault.faultCode} ${fault.faultString}`.trim(), secrets),
  });
}

/** A Failed / Cancelled operation (StructOperationResponse): MESSAGE is the reason. */
export function operationFailed(status: string, message: string, fn: string): RegistrarError {
  const apiCode = /\bE\d{2}-M\d{4}\b/.exec(message)?.[0];
  const known = mappingOf(apiCode);
  const cancelled = status === 'Cancelled';
  return new RegistrarError({
    code: known?.code ?? (cancelled ? 'STATUS_PROHIBITS' : 'REMOTE'),
    message: known?.message ?? `The registrar operation ${cancelled ? 'was cancelled' : 'failed'}`,
    retryable: false,
    registrarCode: apiCode ?? status.toUpperCase(),
    detail: `${fn}: ${status}${message === '' ? '' : `: ${message}`}`,
  });
}
