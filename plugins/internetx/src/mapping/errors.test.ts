import { describe, expect, it } from 'vitest';
import { registrarFailure } from './errors.js';

const fail = (codes: string[], statusText = 'failed', context = 'task 0101') => registrarFailure({ statusCode: 'E0101', statusText, codes, context }, ['s3cret']);

describe('AutoDNS error mapping', () => {
  it.each([
    ['EF10116', 'NOT_AVAILABLE'],
    ['EF10124', 'AUTH_CODE_INVALID'],
    ['EF02022', 'AUTHENTICATION'],
    ['EF10117', 'OBJECT_EXISTS'],
    ['EF10101', 'OBJECT_NOT_FOUND'],
    ['EF10118', 'STATUS_PROHIBITS'],
    ['EF03006', 'BILLING'],
  ])('maps %s to %s and keeps the registrar code', (ef, code) => {
    expect(fail(['E0101001', ef])).toMatchObject({ code, registrarCode: ef, retryable: false });
  });

  it('falls back on the English status text, then on REMOTE with the first code kept', () => {
    expect(fail([], 'The domain is already registered.').code).toBe('NOT_AVAILABLE');
    expect(fail(['EF99999'], 'Something unusual')).toMatchObject({ code: 'REMOTE', registrarCode: 'EF99999' });
    expect(fail([], 'Something unusual')).toMatchObject({ code: 'REMOTE', registrarCode: 'E0101' });
  });

  it('keeps messages white-label and secrets out of the detail', () => {
    const e = fail(['EF02022'], 'AutoDNS login s3cret failed', 'InterNetX gateway');
    expect(e.message).not.toMatch(/autodns|internetx|s3cret/i);
    expect(e.detail).toContain('EF02022');
    expect(e.detail).not.toContain('s3cret');
  });
});
