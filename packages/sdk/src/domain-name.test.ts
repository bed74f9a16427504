import { describe, expect, it } from 'vitest';
import { checkDomainName, parseDomainName } from './domain-name.js';
import { isRegistrarError } from './errors.js';

describe('domain names', () => {
  it.each([
    ['example.com', 'example.com', 'com'],
    ['EXAMPLE.Com', 'example.com', 'com'],
    ['example.com.', 'example.com', 'com'],
    ['münchen.de', 'xn--mnchen-3ya.de', 'de'],
    ['xn--mnchen-3ya.de', 'xn--mnchen-3ya.de', 'de'],
    ['пример.рф', 'xn--e1afmkfd.xn--p1ai', 'xn--p1ai'],
    ['example.co.uk', 'example.co.uk', 'co.uk'],
    ['a-b.jp', 'a-b.jp', 'jp'],
    [`${'a'.repeat(63)}.com`, `${'a'.repeat(63)}.com`, 'com'],
  ])('accepts %s as %s', (input, name, tld) => {
    const d = parseDomainName(input);
    expect(d.name).toBe(name);
    expect(d.tld).toBe(tld);
  });

  it('keeps the Unicode form for display', () => {
    expect(parseDomainName('xn--mnchen-3ya.de').unicode).toBe('münchen.de');
  });

  it.each([
    ['', 'must not be empty'],
    ['   ', 'must not be empty'],
    ['example', 'needs a top-level domain'],
    ['exa mple.com', 'must not contain spaces'],
    ['example..com', 'empty label'],
    ['.example.com', 'empty label'],
    [`${'a'.repeat(64)}.com`, 'longer than 63 octets'],
    ['-example.com', 'only letters, digits and inner hyphens'],
    ['example-.com', 'only letters, digits and inner hyphens'],
    ['exa_mple.com', 'only letters, digits and inner hyphens'],
    ['exa%mple.com', 'not allowed'],
    ['ab--cd.com', 'reserved for IDN'],
    ['example.123', 'cannot be numeric'],
    [`${Array.from({ length: 5 }, () => 'a'.repeat(60)).join('.')}.com`, 'longer than 253 octets'],
  ])('rejects %j with "%s"', (input, message) => {
    const { value, issues } = checkDomainName(input);
    expect(value).toBeUndefined();
    expect(issues.map((i) => i.message).join('; ')).toContain(message);
  });

  it('throws an INVALID_INPUT RegistrarError naming the path', () => {
    try {
      parseDomainName(42, '/input/domain');
      expect.unreachable();
    } catch (error) {
      expect(isRegistrarError(error)).toBe(true);
      if (!isRegistrarError(error)) return;
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues[0]?.path).toBe('/input/domain');
    }
  });
});
