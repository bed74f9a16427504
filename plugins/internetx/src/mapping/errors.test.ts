import { describe, expect, it } from 'vitest';
import { registrarFailure } from './errors.js';

const fail = (codes: string[], statusText = 'failed', context = 'task 0101') => registrarFailure({ statusCode: 'E0101', statusText, codes, context }, ['s3cret']);

describe('AutoDNS error mapping', () => {
  it.each([
    ['EF10116', 'NOT_AVAILABLE'],
    ['EF10124', 'AUTH_CODE_INVALID'],
    ['EF01004', 'AUTHENTICATION'],
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

  it.each([
    ['EF01030', 'STATUS_PROHIBITS'],
    ['EF0103101', 'OBJECT_EXISTS'],
    ['EF0103106', 'INVALID_INPUT'],
    ['EF01132', 'STATUS_PROHIBITS'],
    ['EF01133', 'STATUS_PROHIBITS'],
    ['EF011316', 'OBJECT_EXISTS'],
  ])('maps the documented %s to %s (APIXMLEN "Cancelation Create" / "AuthInfo1 create")', (ef, code) => {
    expect(fail(['E0103101', ef])).toMatchObject({ code, registrarCode: ef });
  });

  it('decides from the codes: an EF code the table does not know is REMOTE, whatever the text says', () => {
    // "AuthInfo1 could not be created." would match the auth-code hint; the EF code rules it out.
    expect(fail(['EF011399'], 'AuthInfo1 could not be created.')).toMatchObject({ code: 'REMOTE', registrarCode: 'EF011399' });
    expect(fail(['E0113001', 'EF011316'], 'AuthInfo1 could not be created.')).toMatchObject({ code: 'OBJECT_EXISTS', registrarCode: 'EF011316' });
  });

  it('does not read EF02022 as a login failure (a public client reads it as a duplicate zone record)', () => {
    expect(fail(['EF02022'], 'failed')).toMatchObject({ code: 'REMOTE', registrarCode: 'EF02022' });
  });

  it('keeps messages white-label and secrets out of the detail', () => {
    const e = fail(['EF01004'], 'AutoDNS login s3cret failed', 'InterNetX gateway');
    expect(e.message).not.toMatch(/autodns|internetx|s3cret/i);
    expect(e.detail).toContain('EF01004');
    expect(e.detail).not.toContain('s3cret');
  });
});
