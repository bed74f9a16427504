import { registrarError, type RegistrarError, type RegistrarErrorCode } from '@registrar-kit/sdk';

/**
 * The registrar's error codes in registrar-kit's vocabulary. These are the example's codes:
 * replace them with the list in the registrar's documentation. `message` is shown to customers,
 * so it never names the registrar or repeats its wording; that goes to `detail`, for operators.
 */
const CODES: Record<string, { code: RegistrarErrorCode; message: string; retryable?: boolean }> = {
  AUTH_FAILED: { code: 'AUTHENTICATION', message: 'The registrar refused our credentials' },
  DOMAIN_NOT_FOUND: { code: 'OBJECT_NOT_FOUND', message: 'The domain is not in this registrar account' },
  INVALID_DOMAIN: { code: 'INVALID_INPUT', message: 'The domain name is not valid for this registry' },
  NO_FUNDS: { code: 'BILLING', message: 'The reseller account has insufficient funds' },
  RATE_LIMITED: { code: 'RATE_LIMITED', message: 'Too many requests; try again later' },
  TEMPORARY_FAILURE: { code: 'REMOTE', message: 'The registrar had a temporary problem', retryable: true },
};

/** The normalized error for a refusal; codes not in the table are REMOTE, not retryable. */
export function registrarFailure(registrarCode: string, text: string, command: string): RegistrarError {
  const known = CODES[registrarCode];
  return registrarError(known?.code ?? 'REMOTE', known?.message ?? 'The registrar refused the request', {
    registrarCode,
    detail: `${command}: ${registrarCode}${text === '' ? '' : ` ${text}`}`,
    ...(known?.retryable === undefined ? {} : { retryable: known.retryable }),
  });
}

/** An answer the plugin cannot read: PROTOCOL, with what was wrong for the Action Log. */
export function unreadable(command: string, why: string): RegistrarError {
  return registrarError('PROTOCOL', 'The registrar sent an answer that could not be read', { detail: `${command}: ${why}` });
}
