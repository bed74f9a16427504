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
    // IDNA2008 letters, including the RFC 5892 exceptions and contextual rules that allow them.
    ['straße.de', 'xn--strae-oqa.de', 'de'],
    ['ελληνικά.gr', 'xn--hxargifdar.gr', 'gr'],
    ['例え.jp', 'xn--r8jz45g.jp', 'jp'],
    ['l·l.cat', 'xn--ll-0ea.cat', 'cat'],
    ['ｅｘａｍｐｌｅ.com', 'example.com', 'com'],
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
    // UTS #46 maps emoji and other symbols to A-labels; IDNA2008 (RFC 5892) disallows them.
    ['💩.com', 'U+1F4A9'],
    ['xn--ls8h.com', 'U+1F4A9'],
    ['i❤.ws', 'U+2764'],
    ['☃.net', 'U+2603'],
    ['x\u3031.jp', 'U+3031'],
    ['a·b.cat', 'contextual rule'],
    ['xn--abc.com', 'not a valid A-label'],
  ])('rejects %j with "%s"', (input, message) => {
    const { value, issues } = checkDomainName(input);
    expect(value).toBeUndefined();
    expect(issues.map((i) => i.message).join('; ')).toContain(message);
  });

  it('quotes at most 100 characters of a refused 10 MB name, and says how long it was', () => {
    const huge = `${'💩'.repeat(5_000_000)}.com`;
    const { value, issues } = checkDomainName(huge);
    expect(value).toBeUndefined();
    expect(issues).toEqual([{ path: '/domain', message: `is ${huge.length} characters long: a domain name has at most 253 octets` }]);
    const odd = checkDomainName(`${Array.from({ length: 10 }, () => '%'.repeat(60)).join('.')}.com`).issues;
    expect(odd[0]?.message.length).toBeLessThan(200);
    expect(odd[0]?.message).toContain('(613 characters)');
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
