/**
 * EPP result codes (RFC 5730 §3) mapped to the contract's {@link RegistrarErrorCode}s.
 * @module
 */
import { RegistrarError, type RegistrarErrorCode } from '../errors.js';
import type { EppResponse } from './types.js';

interface Mapping {
  code: RegistrarErrorCode;
  message: string;
  retryable?: boolean;
}

/**
 * One entry per RFC 5730 §3 error code. Decisions the RFC leaves open:
 * - 2201 (authorization error) is AUTHENTICATION when it answers `<login>` (the account may not
 *   log in) and POLICY otherwise (the object is not this client's to touch).
 * - 2001/2003/2004/2005/2306 are INVALID_INPUT: the values sent broke the server's rules.
 * - 2400 and 2500–2502 are REMOTE and retryable: the server failed, not the request.
 */
const MAPPINGS: Readonly<Record<number, Mapping>> = {
  2000: { code: 'PROTOCOL', message: 'The registry did not recognise the command' },
  2001: { code: 'INVALID_INPUT', message: 'The registry rejected the request as malformed' },
  2002: { code: 'PROTOCOL', message: 'The command is not allowed at this point of the session' },
  2003: { code: 'INVALID_INPUT', message: 'A required value is missing' },
  2004: { code: 'INVALID_INPUT', message: 'A value is outside the range the registry accepts' },
  2005: { code: 'INVALID_INPUT', message: 'A value does not have the form the registry accepts' },
  2100: { code: 'UNSUPPORTED', message: 'The registry does not support this protocol version' },
  2101: { code: 'UNSUPPORTED', message: 'The registry does not support this command' },
  2102: { code: 'UNSUPPORTED', message: 'The registry does not support this option' },
  2103: { code: 'UNSUPPORTED', message: 'The registry does not support this extension' },
  2104: { code: 'BILLING', message: 'The registry refused the request for billing reasons' },
  2105: { code: 'STATUS_PROHIBITS', message: 'The domain is not eligible for renewal' },
  2106: { code: 'STATUS_PROHIBITS', message: 'The domain is not eligible for transfer' },
  2200: { code: 'AUTHENTICATION', message: 'The registry refused the credentials' },
  2201: { code: 'POLICY', message: 'This account is not authorized for the object' },
  2202: { code: 'AUTH_CODE_INVALID', message: 'The authorization code is invalid' },
  2300: { code: 'STATUS_PROHIBITS', message: 'A transfer is already pending' },
  2301: { code: 'STATUS_PROHIBITS', message: 'No transfer is pending' },
  2302: { code: 'OBJECT_EXISTS', message: 'The object already exists' },
  2303: { code: 'OBJECT_NOT_FOUND', message: 'The object does not exist' },
  2304: { code: 'STATUS_PROHIBITS', message: 'The object status prohibits this operation' },
  2305: { code: 'STATUS_PROHIBITS', message: 'The object is still associated with other objects' },
  2306: { code: 'INVALID_INPUT', message: 'A value breaks the registry policy' },
  2307: { code: 'UNSUPPORTED', message: 'The registry does not offer this object service' },
  2308: { code: 'POLICY', message: 'The request breaks the registry data management policy' },
  2400: { code: 'REMOTE', message: 'The registry failed to process the command', retryable: true },
  2500: { code: 'REMOTE', message: 'The registry failed and closed the session', retryable: true },
  2501: { code: 'REMOTE', message: 'The registry closed the session after an authentication error', retryable: true },
  2502: { code: 'REMOTE', message: 'The registry session limit is exceeded', retryable: true },
};

/** True for the result codes after which the server closes the connection (RFC 5730 §3: 25xx). */
export function eppClosesSession(code: number): boolean {
  return code >= 2500 && code <= 2599;
}

/** True for a success code (1000–1999). */
export function isEppSuccess(code: number): boolean {
  return code >= 1000 && code < 2000;
}

/**
 * The {@link RegistrarError} for an EPP error response. `registrarCode` is the 4-digit result
 * code; `detail` carries the server's message, `<reason>` and svTRID, passed through `clean` so
 * the instance's secrets never reach it. `during: 'login'` maps 2201 to AUTHENTICATION.
 */
export function eppResultError(
  response: Pick<EppResponse, 'code' | 'message' | 'reason' | 'svTRID'>,
  options: { during?: 'login' | 'command'; clean?: (text: string) => string } = {},
): RegistrarError {
  const clean = options.clean ?? ((text: string): string => text);
  const known = MAPPINGS[response.code];
  const mapping: Mapping =
    response.code === 2201 && options.during === 'login'
      ? { code: 'AUTHENTICATION', message: 'The registry refused the login' }
      : (known ?? { code: 'REMOTE', message: 'The registry refused the command' });
  const parts = [`EPP ${response.code} ${JSON.stringify(response.message)}`];
  if (response.reason !== undefined) parts.push(`reason ${JSON.stringify(response.reason)}`);
  if (response.svTRID !== undefined) parts.push(`svTRID ${response.svTRID}`);
  return new RegistrarError({
    code: mapping.code,
    message: mapping.message,
    registrarCode: String(response.code),
    detail: clean(parts.join(', ')),
    ...(mapping.retryable === undefined ? {} : { retryable: mapping.retryable }),
  });
}
