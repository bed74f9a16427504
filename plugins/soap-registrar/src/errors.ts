import { RegistrarError, type RegistrarErrorCode } from '@registrar-kit/sdk';
import type { SoapFault } from './protocol/soap.js';

/**
 * `Exx-Mxxxx` fault codes → normalized codes. E01-M0101 (bad login) and E12-M1204 (operation
 * closed for the TLD) are documented; the others are modelled from the API's code families
 * (see the README). Unknown codes become REMOTE with the code kept.
 */
const FAULTS: Record<string, { code: RegistrarErrorCode; message: string }> = {
  'E01-M0101': { code: 'AUTHENTICATION', message: 'The registrar account credentials were refused' },
  'E01-M0103': { code: 'AUTHENTICATION', message: 'The registrar session expired' },
  'E12-M1204': { code: 'UNSUPPORTED', message: 'This operation is closed for the extension' },
  'E04-M0401': { code: 'INVALID_INPUT', message: 'The registrar rejected a field of the request' },
  'E06-M0601': { code: 'NOT_AVAILABLE', message: 'The domain is not available' },
  'E06-M0602': { code: 'OBJECT_NOT_FOUND', message: 'The domain is not in the account' },
  'E06-M0603': { code: 'AUTH_CODE_INVALID', message: 'The transfer code is not correct' },
  'E06-M0604': { code: 'STATUS_PROHIBITS', message: 'The domain status does not allow this change' },
  'E08-M0801': { code: 'BILLING', message: 'The registrar account balance is too low' },
  'E07-M0701': { code: 'POLICY', message: 'The registry policy does not allow this request' },
};

/** Session expiry: reopen once and retry. */
export const SESSION_EXPIRED = 'E01-M0103';

export function mapFault(fault: SoapFault, fn: string): RegistrarError {
  const known = fault.apiCode === undefined ? undefined : FAULTS[fault.apiCode];
  return new RegistrarError({
    code: known?.code ?? 'REMOTE',
    message: known?.message ?? 'The registrar refused the request',
    registrarCode: fault.apiCode ?? fault.faultCode,
    detail: `${fn}: ${fault.faultCode} ${fault.faultString}`.trim(),
  });
}

/** A Failed / Cancelled operation: the MESSAGE is the reason. */
export function operationFailed(status: string, message: string, fn: string): RegistrarError {
  const apiCode = /E\d{2}-M\d{4}/.exec(message)?.[0];
  const known = apiCode === undefined ? undefined : FAULTS[apiCode];
  return new RegistrarError({
    code: known?.code ?? (status === 'Cancelled' ? 'STATUS_PROHIBITS' : 'REMOTE'),
    message: known?.message ?? `The registrar operation ${status === 'Cancelled' ? 'was cancelled' : 'failed'}`,
    registrarCode: apiCode ?? status.toUpperCase(),
    detail: `${fn}: ${status} ${message}`.trim(),
  });
}
