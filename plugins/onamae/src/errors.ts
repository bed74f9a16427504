import { RegistrarError, type RegistrarErrorCode } from '@registrar-kit/sdk';

/**
 * Result codes of the modelled API → normalized codes (EPP meanings in brackets). Messages are
 * white-label: they never name the registrar.
 */
const MAP: Record<string, { code: RegistrarErrorCode; message: string; retryable?: boolean }> = {
  '1001': { code: 'INVALID_INPUT', message: 'The registrar rejected a field of the request' }, // [2005]
  '2001': { code: 'NOT_AVAILABLE', message: 'The domain is not available for registration' }, // [2302 at create]
  '2002': { code: 'OBJECT_EXISTS', message: 'The domain is already in the account' }, // [2302]
  '2003': { code: 'OBJECT_NOT_FOUND', message: 'The domain is not in the account' }, // [2303]
  '2004': { code: 'AUTH_CODE_INVALID', message: 'The transfer code is not correct' }, // [2202]
  '2005': { code: 'STATUS_PROHIBITS', message: 'The domain status does not allow this change' }, // [2304]
  '3001': { code: 'AUTHENTICATION', message: 'The registrar account credentials were refused' }, // [2200]
  '3002': { code: 'BILLING', message: 'The registrar account balance is too low' }, // [2104]
  '4001': { code: 'POLICY', message: 'The registry policy does not allow this request' }, // [2306]
  '5001': { code: 'RATE_LIMITED', message: 'The registrar asked us to slow down', retryable: true },
  '9000': { code: 'REMOTE', message: 'The registrar had an internal problem', retryable: true }, // [2400]
};

/** Maps a registrar result code, keeping the registrar's code and message for the Action Log. */
export function mapResult(code: string, message: string, command: string): RegistrarError {
  const known = MAP[code];
  return new RegistrarError({
    code: known?.code ?? 'REMOTE',
    message: known?.message ?? 'The registrar refused the request',
    registrarCode: code,
    detail: `${command}: ${code} ${message}`.trim(),
    ...(known?.retryable === undefined ? {} : { retryable: known.retryable }),
  });
}

