import { domainToASCII, domainToUnicode } from 'node:url';
import { invalidInput, type ErrorIssue } from './errors.js';

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
 * Checks a domain name without throwing. Accepts Unicode (converted to A-labels with
 * UTS #46, the same mapping browsers use), upper case and one trailing dot.
 * Returns every problem found, each with the path given.
 */
export function checkDomainName(input: unknown, path = '/domain'): { value?: DomainName; issues: ErrorIssue[] } {
  if (typeof input !== 'string') return { issues: [{ path, message: 'must be a string' }] };
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
    if (label.length > 63 && /^[\x00-\x7f]*$/.test(label)) {
      issues.push({ path, message: `label "${label.slice(0, 20)}…" is longer than 63 octets` });
    }
  }
  // WHATWG URL parsing reads an all-digit last label as an IPv4 address and gives no reason.
  if (/^[0-9]+$/.test(raw.split('.').pop() ?? '')) issues.push({ path, message: 'the top-level domain cannot be numeric' });
  if (issues.length > 0) return { issues };
  const lower = raw.toLowerCase();
  // Plain lower-case letters, digits, hyphens and dots map to themselves under UTS #46: the
  // URL parser (ICU) is only needed for other characters. The label rules below still run.
  const ascii = PLAIN.test(lower) ? lower : domainToASCII(lower);
  if (ascii === '') return { issues: [{ path, message: `"${input}" contains characters that are not allowed in a domain name` }] };
  const labels = ascii.split('.');
  if (labels.length < 2) issues.push({ path, message: 'needs a top-level domain (e.g. "example.com")' });
  for (const label of labels) {
    if (label.length === 0) issues.push({ path, message: 'has an empty label' });
    else if (label.length > 63) issues.push({ path, message: `label "${label.slice(0, 20)}…" is longer than 63 octets` });
    else if (!LABEL.test(label)) {
      issues.push({ path, message: `label "${label}" may contain only letters, digits and inner hyphens` });
    } else if (label.slice(2, 4) === '--' && !label.startsWith('xn--')) {
      issues.push({ path, message: `label "${label}" has hyphens in the 3rd and 4th position, reserved for IDN` });
    }
  }
  if (ascii.length > 253) issues.push({ path, message: 'is longer than 253 octets' });
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
