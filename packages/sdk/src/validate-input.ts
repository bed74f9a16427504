import { checkContact, checkContactSet, type Contact } from './contact.js';
import { checkDomainName } from './domain-name.js';
import { invalidInput, type ErrorIssue, type RegistrarError } from './errors.js';
import { validateWithSchema } from './json-schema.js';
import { INPUT_LIMITS, isPrintable, jsonBytes, pointerSegment } from './limits.js';
import { isIP } from 'node:net';
import { tldRulesFor, type RegistrarPluginManifest } from './manifest.js';
import { checkNameservers, checkPeriod, type Nameserver } from './model.js';
import { ACCOUNT_OPERATIONS, isOperationName, type OperationInputs, type OperationName } from './operations.js';

export { clipText, INPUT_LIMITS, isPrintable, jsonBytes, pointerSegment } from './limits.js';

export interface InputValidation<T> {
  /** The input with `domain` normalized to its A-label form; present when there are no issues. */
  value?: T;
  issues: ErrorIssue[];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The fields each standard operation takes. Anything else is refused rather than stored and
 * passed on: plugin-specific values belong in `options` (register, transfer).
 */
const FIELDS: { readonly [K in OperationName]: readonly (keyof OperationInputs[K])[] } = {
  checkAvailability: ['domain'],
  register: ['domain', 'period', 'contacts', 'nameservers', 'whoisPrivacy', 'autoRenew', 'registrarLock', 'dnssec', 'options'],
  transfer: ['domain', 'authCode', 'contacts', 'nameservers', 'useProviderNameservers', 'period', 'whoisPrivacy', 'autoRenew', 'registrarLock', 'dnssec', 'options'],
  renew: ['domain', 'period', 'currentExpiry'],
  cancel: ['domain', 'when'],
  updateNameservers: ['domain', 'nameservers'],
  updateContacts: ['domain', 'contacts'],
  changeRegistrant: ['domain', 'registrant'],
  setRegistrarLock: ['domain', 'locked'],
  getAuthCode: ['domain'],
  setWhoisPrivacy: ['domain', 'enabled'],
  setAutoRenew: ['domain', 'enabled'],
  setDnssec: ['domain', 'dnssec'],
  info: ['domain'],
  createHost: ['domain', 'host', 'ipv4', 'ipv6'],
  updateHost: ['domain', 'host', 'ipv4', 'ipv6'],
  deleteHost: ['domain', 'host'],
  restore: ['domain', 'options'],
  approveTransferOut: ['domain'],
  rejectTransferOut: ['domain', 'reason'],
  resendTransferConfirmation: ['domain'],
  listDomains: ['cursor', 'limit'],
  listTlds: ['cursor', 'currency'],
};

/**
 * The size bound every input passes first: plain JSON data of at most
 * {@link INPUT_LIMITS.inputBytes} bytes. Checked before any field, so an oversized input costs
 * one serialization and nothing more.
 */
export function checkInputSize(input: unknown, path = '/'): ErrorIssue[] {
  const bytes = jsonBytes(input);
  if (bytes === undefined) return [{ path, message: 'must be plain JSON data (no cycles, BigInt values or nesting too deep to serialize)' }];
  if (bytes > INPUT_LIMITS.inputBytes) return [{ path, message: `is ${bytes} bytes as JSON: at most ${INPUT_LIMITS.inputBytes} are accepted` }];
  return [];
}

/**
 * Validates an operation input against the model and the manifest's TLD rules (periods,
 * name-server count, auth code, the registrant's extra fields). Pure: the host runs it before
 * routing, a plugin may run it again, the conformance suite uses it to build inputs.
 * Every issue is returned at once.
 */
export function checkOperationInput<K extends keyof OperationInputs>(
  manifest: Pick<RegistrarPluginManifest, 'tlds' | 'customOperations'>,
  operation: K | string,
  input: unknown,
): InputValidation<K extends keyof OperationInputs ? OperationInputs[K] : unknown> {
  type Out = K extends keyof OperationInputs ? OperationInputs[K] : unknown;
  if (!isObject(input)) return { issues: [{ path: '/', message: 'must be an object' }] };
  const sizeIssues = checkInputSize(input);
  if (sizeIssues.length > 0) return { issues: sizeIssues };
  const issues: ErrorIssue[] = [];
  if (isOperationName(operation)) {
    const known: readonly string[] = FIELDS[operation];
    for (const key of Object.keys(input)) {
      if (!known.includes(key)) {
        const hint = known.includes('options') ? ' (plugin-specific values go in "options")' : '';
        issues.push({ path: `/${pointerSegment(key)}`, message: `is not a field of ${operation}${hint}` });
      }
    }
    for (const key of ['whoisPrivacy', 'autoRenew', 'registrarLock', 'useProviderNameservers'] as const) {
      if (known.includes(key) && input[key] !== undefined && typeof input[key] !== 'boolean') issues.push({ path: `/${key}`, message: 'must be true or false' });
    }
    if (input.options !== undefined && !isObject(input.options)) issues.push({ path: '/options', message: 'must be an object' });
  }
  if (isOperationName(operation) && ACCOUNT_OPERATIONS.has(operation)) {
    issues.push(...checkAccountInput(operation, input));
    return issues.length === 0 ? { value: { ...input } as Out, issues } : { issues };
  }
  const domain = checkDomainName(input.domain, '/domain');
  issues.push(...domain.issues);
  const tld = domain.value?.tld ?? '';
  const rules = tldRulesFor(manifest, tld);
  const out: Record<string, unknown> = { ...input };
  if (domain.value !== undefined) out.domain = domain.value.name;
  if (domain.value !== undefined && rules.idn === false && domain.value.labels.some((l) => l.startsWith('xn--'))) {
    issues.push({ path: '/domain', message: `internationalized names are not allowed under .${tld}` });
  }

  const nameservers = (value: unknown, required: boolean): void => {
    if (value === undefined) {
      if (required && (rules.nameservers?.min ?? 0) > 0) issues.push({ path: '/nameservers', message: 'is required' });
      return;
    }
    const nsIssues = checkNameservers(value, '/nameservers');
    issues.push(...nsIssues);
    if (nsIssues.length === 0) {
      const list = value as Nameserver[];
      const { min, max } = rules.nameservers ?? {};
      if (min !== undefined && list.length < min) issues.push({ path: '/nameservers', message: `needs at least ${min} name servers for .${tld}` });
      if (max !== undefined && list.length > max) issues.push({ path: '/nameservers', message: `allows at most ${max} name servers for .${tld}` });
      out.nameservers = list.map((ns) => ({ ...ns, host: ns.host.toLowerCase().replace(/\.$/, '') }));
    }
  };
  const extra = (registrant: unknown, base: string): void => {
    if (rules.extraFields === undefined || !isObject(registrant)) return;
    issues.push(...validateWithSchema(rules.extraFields, (registrant as Partial<Contact>).extra ?? {}, `${base}/extra`));
  };
  const bool = (key: string): void => {
    if (typeof input[key] !== 'boolean') issues.push({ path: `/${key}`, message: 'must be true or false' });
  };

  switch (operation) {
    case 'register':
      issues.push(...checkPeriod(input.period, '/period', rules.registerPeriods));
      issues.push(...checkContactSet(input.contacts, '/contacts'));
      if (isObject(input.contacts)) extra(input.contacts.registrant, '/contacts/registrant');
      nameservers(input.nameservers, true);
      break;
    case 'transfer':
      if (rules.authCodeRequired === true && (typeof input.authCode !== 'string' || input.authCode === '')) {
        issues.push({ path: '/authCode', message: `is required to transfer a .${tld} domain` });
      } else if (input.authCode !== undefined && (typeof input.authCode !== 'string' || input.authCode.length > 255)) {
        issues.push({ path: '/authCode', message: 'must be a string of at most 255 characters' });
      }
      if (input.contacts !== undefined) {
        issues.push(...checkContactSet(input.contacts, '/contacts'));
        if (isObject(input.contacts)) extra(input.contacts.registrant, '/contacts/registrant');
      }
      nameservers(input.nameservers, false);
      if (input.period !== undefined) issues.push(...checkPeriod(input.period, '/period'));
      break;
    case 'renew':
      issues.push(...checkPeriod(input.period, '/period', rules.renewPeriods));
      break;
    case 'updateNameservers':
      nameservers(input.nameservers, true);
      if (input.nameservers === undefined) issues.push({ path: '/nameservers', message: 'is required' });
      break;
    case 'updateContacts': {
      if (!isObject(input.contacts) || Object.keys(input.contacts).length === 0) {
        issues.push({ path: '/contacts', message: 'must name at least one contact to change' });
        break;
      }
      for (const [role, c] of Object.entries(input.contacts)) {
        if (!['registrant', 'admin', 'tech', 'billing'].includes(role)) issues.push({ path: `/contacts/${role}`, message: 'is not a contact role' });
        else issues.push(...checkContact(c, `/contacts/${role}`));
      }
      extra(input.contacts.registrant, '/contacts/registrant');
      break;
    }
    case 'changeRegistrant':
      issues.push(...checkContact(input.registrant, '/registrant'));
      extra(input.registrant, '/registrant');
      break;
    case 'setRegistrarLock':
      bool('locked');
      break;
    case 'setWhoisPrivacy':
    case 'setAutoRenew':
      bool('enabled');
      break;
    case 'setDnssec':
      if (!isObject(input.dnssec)) issues.push({ path: '/dnssec', message: 'must be an object with ds and/or keys' });
      break;
    case 'cancel':
      if (input.when !== undefined && input.when !== 'now' && input.when !== 'expiry') {
        issues.push({ path: '/when', message: 'must be "now" or "expiry"' });
      }
      break;
    case 'createHost':
    case 'updateHost':
    case 'deleteHost': {
      const host = checkDomainName(input.host, '/host');
      issues.push(...host.issues);
      if (host.value !== undefined) {
        out.host = host.value.name;
        if (domain.value !== undefined && !host.value.name.endsWith(`.${domain.value.name}`)) {
          issues.push({ path: '/host', message: `must be a name under ${domain.value.name} (a child name server of the domain)` });
        }
      }
      if (operation === 'deleteHost') break;
      let count = 0;
      for (const family of [4, 6] as const) {
        const list = input[`ipv${family}`];
        if (list === undefined) continue;
        if (!Array.isArray(list)) {
          issues.push({ path: `/ipv${family}`, message: 'must be a list' });
          continue;
        }
        if (list.length > INPUT_LIMITS.hostAddresses) issues.push({ path: `/ipv${family}`, message: `has ${list.length} addresses: at most ${INPUT_LIMITS.hostAddresses} are accepted` });
        const seen = new Set<string>();
        list.forEach((ip: unknown, i) => {
          if (typeof ip !== 'string' || isIP(ip) !== family) issues.push({ path: `/ipv${family}/${i}`, message: `must be an IPv${family} address` });
          else if (seen.has(ip.toLowerCase())) issues.push({ path: `/ipv${family}/${i}`, message: `"${ip}" is listed twice` });
          else seen.add(ip.toLowerCase());
        });
        count += list.length;
      }
      if (count === 0) issues.push({ path: '/ipv4', message: 'a child name server needs at least one IPv4 or IPv6 address' });
      break;
    }
    case 'rejectTransferOut':
      if (input.reason !== undefined && (typeof input.reason !== 'string' || input.reason.length > INPUT_LIMITS.reasonChars || !isPrintable(input.reason))) {
        issues.push({ path: '/reason', message: `must be printable text of at most ${INPUT_LIMITS.reasonChars} characters` });
      }
      break;
    case 'checkAvailability':
    case 'getAuthCode':
    case 'info':
    case 'restore':
    case 'approveTransferOut':
    case 'resendTransferConfirmation':
      break;
    default: {
      const custom = manifest.customOperations?.[operation];
      if (custom === undefined && !isOperationName(operation)) {
        issues.push({ path: '/', message: `"${operation}" is not an operation of this plugin` });
      } else if (custom !== undefined) {
        issues.push(...validateWithSchema(custom.input, input));
      }
    }
  }
  return issues.length === 0 ? { value: out as Out, issues } : { issues };
}

/** The fields of the account-level operations (no domain). */
function checkAccountInput(operation: OperationName, input: Record<string, unknown>): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  if (input.cursor !== undefined && (typeof input.cursor !== 'string' || input.cursor.length === 0 || input.cursor.length > INPUT_LIMITS.cursorChars || !isPrintable(input.cursor))) {
    issues.push({ path: '/cursor', message: `must be the printable cursor of a previous page (at most ${INPUT_LIMITS.cursorChars} characters)` });
  }
  if (operation === 'listDomains' && input.limit !== undefined && (typeof input.limit !== 'number' || !Number.isInteger(input.limit) || input.limit < 1 || input.limit > INPUT_LIMITS.pageLimit)) {
    issues.push({ path: '/limit', message: `must be a whole number from 1 to ${INPUT_LIMITS.pageLimit}` });
  }
  if (operation === 'listTlds' && input.currency !== undefined && (typeof input.currency !== 'string' || !/^[A-Z]{3}$/.test(input.currency))) {
    issues.push({ path: '/currency', message: 'must be an ISO 4217 code in upper case (e.g. "EUR")' });
  }
  return issues;
}

/** Like {@link checkOperationInput} but throws one INVALID_INPUT error listing every issue. */
export function parseOperationInput<K extends keyof OperationInputs>(
  manifest: Pick<RegistrarPluginManifest, 'tlds' | 'customOperations'>,
  operation: K,
  input: unknown,
): OperationInputs[K] {
  const { value, issues } = checkOperationInput(manifest, operation, input);
  if (value === undefined) throw invalidInput(issues) as RegistrarError;
  return value as OperationInputs[K];
}
