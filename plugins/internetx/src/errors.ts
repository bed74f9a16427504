import { RegistrarError, type RegistrarErrorCode } from '@registrar-kit/sdk';
import type { GatewayResponse } from './protocol/gateway.js';

/**
 * AutoDNS message codes → normalized codes. The EF code list is not public in full; these are the
 * cases the plugin distinguishes (modelled, see the README), everything else is REMOTE with the
 * registrar's code kept for the Action Log.
 */
const EF: Record<string, RegistrarErrorCode> = {
  EF02022: 'AUTHENTICATION',
  EF10116: 'NOT_AVAILABLE',
  EF10124: 'AUTH_CODE_INVALID',
  EF10101: 'OBJECT_NOT_FOUND',
  EF10118: 'STATUS_PROHIBITS',
  EF01001: 'INVALID_INPUT',
  EF03006: 'BILLING',
};

const MESSAGES: Partial<Record<RegistrarErrorCode, string>> = {
  AUTHENTICATION: 'The registrar account credentials were refused',
  NOT_AVAILABLE: 'The domain is not available',
  AUTH_CODE_INVALID: 'The transfer code is not correct',
  OBJECT_NOT_FOUND: 'The domain is not in the account',
  STATUS_PROHIBITS: 'The domain status does not allow this change',
  INVALID_INPUT: 'The registrar rejected a field of the request',
  BILLING: 'The registrar account cannot pay for this',
};

export function mapCodes(statusCode: string, efCodes: readonly string[], detail: string): RegistrarError {
  const ef = efCodes.find((c) => EF[c] !== undefined);
  const code = ef === undefined ? 'REMOTE' : EF[ef]!;
  return new RegistrarError({ code, message: MESSAGES[code] ?? 'The registrar refused the request', registrarCode: ef ?? statusCode, detail });
}

export function mapError(response: GatewayResponse, task: string): RegistrarError {
  return mapCodes(
    response.status.code,
    response.messages.map((m) => m.code),
    `${task}: ${response.status.code} ${response.status.text}${response.messages.length > 0 ? ` (${response.messages.map((m) => `${m.code} ${m.text}`).join('; ')})` : ''}`,
  );
}
