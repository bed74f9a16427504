import { describe, expect, it } from 'vitest';
import { isSessionFault, mapFault, operationFailed } from './errors.js';
import { SoapFault } from './protocol/soap.js';

describe('fault mapping', () => {
  it.each([
    ['E01-M0101', 'AUTHENTICATION'],
    ['E12-M1204', 'UNSUPPORTED'],
    ['E06-M0601', 'NOT_AVAILABLE'],
    ['E06-M0602', 'OBJECT_NOT_FOUND'],
    ['E06-M0603', 'AUTH_CODE_INVALID'],
    ['E06-M0604', 'STATUS_PROHIBITS'],
    ['E07-M0701', 'POLICY'],
    ['E08-M0801', 'BILLING'],
    ['E13', 'INVALID_INPUT'],
  ])('%s → %s, keeping the registrar code', (apiCode, code) => {
    const error = mapFault(new SoapFault(apiCode, 'Netim says no', apiCode), 'domainCreate');
    expect(error.code).toBe(code);
    expect(error.registrarCode).toBe(apiCode);
    expect(error.detail).toContain('domainCreate');
    expect(error.message).not.toMatch(/netim/i);
  });

  it('takes the E02 family as session faults (Netim\'s PHP client), and nothing else', () => {
    expect(['E02', 'E02-M0201'].map(isSessionFault)).toEqual([true, true]);
    expect(['E01-M0103', 'E01-M0101', 'E020', 'SOAP-ENV:Server', undefined].map(isSessionFault)).toEqual([false, false, false, false, false]);
    expect(mapFault(new SoapFault('E02', 'E02 : Session expired', 'E02'), 'domainRenew')).toMatchObject({ code: 'AUTHENTICATION', registrarCode: 'E02' });
  });

  it('keeps an unknown code as REMOTE and redacts secrets from the detail', () => {
    const error = mapFault(new SoapFault('E99-M9999', 'bad password pw-S3cret for NR1', 'E99-M9999'), 'sessionOpen', ['pw-S3cret']);
    expect(error.code).toBe('REMOTE');
    expect(error.registrarCode).toBe('E99-M9999');
    expect(error.detail).not.toContain('pw-S3cret');
  });

  it('turns Failed and Cancelled operations into non-retryable errors with MESSAGE as detail', () => {
    const f = operationFailed('Failed', 'Registry refused', 'domainCreate');
    expect(f).toMatchObject({ code: 'REMOTE', registrarCode: 'FAILED', retryable: false, detail: 'domainCreate: Failed: Registry refused' });
    expect(operationFailed('Cancelled', '', 'domainTransferIn')).toMatchObject({ code: 'STATUS_PROHIBITS', registrarCode: 'CANCELLED' });
    expect(operationFailed('Failed', 'E06-M0603 bad code', 'domainTransferIn').code).toBe('AUTH_CODE_INVALID');
  });
});
