import { redact, RegistrarError, type RegistrarErrorCode } from '@registrar-kit/sdk';
import type { SoapFault } from './protocol/soap.js';

interface FaultMapping {
  code: RegistrarErrorCode;
  /** White-label: shown to customers, so it never names the registrar. */
  message: string;
  retryable?: boolean;
}

/**
 * `Exx-Mxxxx` fault codes → normalized codes. E01-M0101 (bad login) and E12-M1204 (operation
 * closed for the extension) are documented; the others are modelled on the API's code families
 * (E01 session, E04 arguments, E06 domain, E07 registry policy, E08 account) and listed as such in
 * the README. Unknown codes become REMOTE with the code kept.
 */
const FAULTS: Record<string, FaultMapping> = {
  'E01-M0101': { code: 'AUTHENTICATION', message: 'The registrar account credentials were refused' },
  'E01-M0102': { code: 'RATE_LIMITED', message: 'Too many registrar sessions are open; try again later', retryable: true },
  'E01-M0103': { code: 'AUTHENTICATION', message: 'The registrar session expired' },
  'E12-M1204': { code: 'UNSUPPORTED', message: 'This operation is closed for the extension' },
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

/** The expired-session fault: the session is reopened once and the call retried. */
export const SESSION_EXPIRED = 'E01-M0103';

/** Registrar fault → RegistrarError; the fault text goes to `detail` (Action Log), secrets removed. */
export function mapFault(fault: SoapFault, fn: string, secrets: readonly string[] = []): RegistrarError {
  const known = fault.apiCode === undefined ? undefined : FAULTS[fault.apiCode];
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
  const apiCode = /E\d{2}-M\d{4}/.exec(message)?.[0];
  const known = apiCode === undefined ? undefined : FAULTS[apiCode];
  const cancelled = status === 'Cancelled';
  return new RegistrarError({
    code: known?.code ?? (cancelled ? 'STATUS_PROHIBITS' : 'REMOTE'),
    message: known?.message ?? `The registrar operation ${cancelled ? 'was cancelled' : 'failed'}`,
    retryable: false,
    registrarCode: apiCode ?? status.toUpperCase(),
    detail: `${fn}: ${status}${message === '' ? '' : `: ${message}`}`,
  });
}
