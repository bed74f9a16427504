import { domainToASCII, domainToUnicode } from 'node:url';
import { invalidInput, type ErrorIssue } from './errors.js';
import { clipText, INPUT_LIMITS } from './limits.js';

/** A validated domain name. `name` is the A-label form the registrar receives. */
export interface DomainName {
  /** Lower-case A-label form without trailing dot, e.g. `xn--mnchen-3ya.de`. */
  readonly name: string;
  /** The Unicode (U-label) form for display, e.g. `münchen.de`. */
  readonly unicode: string;
  /** The public suffix as the registrar sees it: everything after the first label (`de`, `co.uk`). */
  readonly tld: string;
  /** The registrable label (`xn--mnchen-3ya`). */
  readonly sld: string;
  readonly labels: readonly string[];
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const PLAIN = /^[a-z0-9.-]+$/;

/**
 * RFC 5892 §2.1–2.2: letters, marks and digits are the code points IDNA2008 can make PVALID
 * (after UTS #46 mapping has lower-cased them). Everything else (symbols such as emoji,
 * punctuation, upper case) is DISALLOWED, although UTS #46 maps and keeps emoji.
 */
const LETTER_DIGIT = /^[\p{Ll}\p{Lo}\p{Lm}\p{Mn}\p{Mc}\p{Nd}]$/u;
/** RFC 5892 §2.3 (ignorable properties) and §2.9 (old Hangul jamo): DISALLOWED although letters or marks. */
const IGNORABLE_OR_JAMO = /^[\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff]$/u;
/** RFC 5892 §2.6 exceptions (F): PVALID whatever their category. */
const EXCEPTION_PVALID = new Set([0x00df, 0x03c2, 0x06fd, 0x06fe, 0x0f0b, 0x3007]);
/** RFC 5892 §2.6 exceptions (F): DISALLOWED whatever their category. */
const EXCEPTION_DISALLOWED = new Set([0x0640, 0x07fa, 0x302e, 0x302f, 0x3031, 0x3032, 0x3033, 0x3034, 0x3035, 0x303b]);
/** The joiners: CONTEXTJ (RFC 5892 A.1, A.2), checked by the URL parser's UTS #46 CheckJoiners step. */
const JOINERS = new Set([0x200c, 0x200d]);

const hex = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** RFC 5892 Appendix A.3–A.9: the CONTEXTO rules, each a check on the rest of the label. */
function contextO(cp: number, chars: readonly string[], i: number): boolean | undefined {
  const before = chars[i - 1] ?? '';
  const after = chars[i + 1] ?? '';
  switch (cp) {
    case 0x00b7: // MIDDLE DOT: only between two "l" (Catalan "l·l").
      return before === 'l' && after === 'l';
    case 0x0375: // GREEK LOWER NUMERAL SIGN: followed by a Greek character.
      return /^\p{Script=Greek}$/u.test(after);
    case 0x05f3: // HEBREW PUNCTUATION GERESH / GERSHAYIM: preceded by a Hebrew character.
    case 0x05f4:
      return /^\p{Script=Hebrew}$/u.test(before);
    case 0x30fb: // KATAKANA MIDDLE DOT: the label has Hiragana, Katakana or Han.
      return chars.some((c) => c !== '\u30fb' && /^[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]$/u.test(c));
    default:
      // ARABIC-INDIC and EXTENDED ARABIC-INDIC digits must not be mixed in one label.
      if (cp >= 0x0660 && cp <= 0x0669) return !chars.some((c) => /^[\u06f0-\u06f9]$/u.test(c));
      if (cp >= 0x06f0 && cp <= 0x06f9) return !chars.some((c) => /^[\u0660-\u0669]$/u.test(c));
      return undefined;
  }
}

/**
 * Checks one U-label (the Unicode form of an `xn--` label) against IDNA2008 (RFC 5891 §4.2,
 * RFC 5892). The Bidi rule and the joiners are already checked by the URL parser. The
 * "unstable" rule (§2.5) is approximated by NFKC plus lower-casing: UTS #46 mapping already
 * produced the label, so only an `xn--` label given directly can fail it.
 */
function uLabelIssue(label: string): string | undefined {
  const chars = [...label];
  if (label.startsWith('-') || label.endsWith('-')) return `label "${label}" must not start or end with a hyphen`;
  if (label.slice(2, 4) === '--') return `label "${label}" has hyphens in the 3rd and 4th position`;
  if (/^\p{M}/u.test(label)) return `label "${label}" must not start with a combining mark`;
  if (label.normalize('NFKC').toLowerCase() !== label) return `label "${label}" is not in its normalized lower-case form`;
  for (const [i, c] of chars.entries()) {
    const cp = c.codePointAt(0) ?? 0;
    if (c === '-' || EXCEPTION_PVALID.has(cp) || JOINERS.has(cp)) continue;
    const context = contextO(cp, chars, i);
    if (context === false) return `label "${label}" uses ${hex(cp)} where IDNA2008 does not allow it (RFC 5892 contextual rule)`;
    if (context === true) continue;
    if (EXCEPTION_DISALLOWED.has(cp) || IGNORABLE_OR_JAMO.test(c) || !LETTER_DIGIT.test(c)) {
      return `label "${label}" contains ${hex(cp)} "${c}", which IDNA2008 does not allow in a domain name (only letters, marks, digits and hyphens)`;
    }
  }
  return undefined;
}

/**
 * Checks an A-label (`xn--…`): it must decode, hold at least one non-ASCII character, encode back
 * to itself, and its Unicode form must pass {@link uLabelIssue}.
 */
function aLabelIssue(label: string): string | undefined {
  const unicode = domainToUnicode(label);
  if (unicode === '' || domainToASCII(unicode) !== label || /^[\x00-\x7f]*$/.test(unicode)) return `label "${label}" is not a valid A-label (punycode)`;
  return uLabelIssue(unicode);
}

/**
 * Checks a domain name without throwing. Accepts Unicode (mapped to A-labels with UTS #46, the
 * mapping browsers use, then checked against IDNA2008: emoji and other symbols are refused),
 * upper case and one trailing dot. Returns every problem found, each with the path given; a
 * value the caller sent is quoted at most {@link INPUT_LIMITS.shownChars} characters long.
 */
export function checkDomainName(input: unknown, path = '/domain'): { value?: DomainName; issues: ErrorIssue[] } {
  if (typeof input !== 'string') return { issues: [{ path, message: 'must be a string' }] };
  if (input.length > INPUT_LIMITS.domainInputChars) {
    return { issues: [{ path, message: `is ${input.length} characters long: a domain name has at most ${INPUT_LIMITS.domainOctets} octets` }] };
  }
  let raw = input.trim();
  if (raw.endsWith('.')) raw = raw.slice(0, -1);
  if (raw === '') return { issues: [{ path, message: 'must not be empty' }] };
  if (/\s/.test(raw)) return { issues: [{ path, message: 'must not contain spaces' }] };
  if (raw.includes('..') || raw.startsWith('.')) return { issues: [{ path, message: 'has an empty label' }] };
  const issues: ErrorIssue[] = [];
  // Check label lengths on the raw ASCII input first: domainToASCII rejects long labels with
  // an empty string and no reason, and the user deserves the reason.
  for (const label of raw.split('.')) {
    // An ASCII label's length in octets is its length in characters.
    if (label.length > INPUT_LIMITS.labelOctets && /^[\x00-\x7f]*$/.test(label)) {
      issues.push({ path, message: `label "${label.slice(0, 20)}…" is longer than ${INPUT_LIMITS.labelOctets} octets` });
    }
  }
  // WHATWG URL parsing reads an all-digit last label as an IPv4 address and gives no reason.
  if (/^[0-9]+$/.test(raw.split('.').pop() ?? '')) issues.push({ path, message: 'the top-level domain cannot be numeric' });
  if (issues.length > 0) return { issues };
  const lower = raw.toLowerCase();
  // Plain lower-case letters, digits, hyphens and dots map to themselves under UTS #46: the
  // URL parser (ICU) is only needed for other characters. The label rules below still run.
  const ascii = PLAIN.test(lower) ? lower : domainToASCII(lower);
  if (ascii === '') return { issues: [{ path, message: `"${clipText(input)}" contains characters that are not allowed in a domain name` }] };
  const labels = ascii.split('.');
  if (labels.length < 2) issues.push({ path, message: 'needs a top-level domain (e.g. "example.com")' });
  for (const label of labels) {
    if (label.length === 0) issues.push({ path, message: 'has an empty label' });
    else if (label.length > INPUT_LIMITS.labelOctets) issues.push({ path, message: `label "${label.slice(0, 20)}…" is longer than ${INPUT_LIMITS.labelOctets} octets` });
    else if (!LABEL.test(label)) {
      issues.push({ path, message: `label "${label}" may contain only letters, digits and inner hyphens` });
    } else if (label.startsWith('xn--')) {
      const problem = aLabelIssue(label);
      if (problem !== undefined) issues.push({ path, message: problem });
    } else if (label.slice(2, 4) === '--') {
      issues.push({ path, message: `label "${label}" has hyphens in the 3rd and 4th position, reserved for IDN` });
    }
  }
  if (ascii.length > INPUT_LIMITS.domainOctets) issues.push({ path, message: `is longer than ${INPUT_LIMITS.domainOctets} octets` });
  if (issues.length > 0) return { issues };
  const [sld = '', ...rest] = labels;
  return {
    value: { name: ascii, unicode: ascii.includes('xn--') ? domainToUnicode(ascii) : ascii, tld: rest.join('.'), sld, labels },
    issues: [],
  };
}

/** Parses a domain name or throws an INVALID_INPUT {@link RegistrarError} naming every problem. */
export function parseDomainName(input: unknown, path = '/domain'): DomainName {
  const { value, issues } = checkDomainName(input, path);
  if (value === undefined) throw invalidInput(issues);
  return value;
}

/** Checks a host name (a name server): same rules as a domain name, at least two labels. */
export function checkHostName(input: unknown, path: string): ErrorIssue[] {
  return checkDomainName(input, path).issues;
}
