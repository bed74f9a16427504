import type { ErrorIssue } from './errors.js';
import { INPUT_LIMITS, jsonBytes, pointerSegment } from './limits.js';

export type ContactRole = 'registrant' | 'admin' | 'tech' | 'billing';
export const CONTACT_ROLES: readonly ContactRole[] = ['registrant', 'admin', 'tech', 'billing'];

/** A person or an organisation, with the fields registrars commonly require. */
export interface Contact {
  type: 'person' | 'organization';
  firstName: string;
  lastName: string;
  /** Required when `type` is `organization`. */
  organization?: string;
  /** One to three street lines. */
  address: string[];
  postalCode: string;
  city: string;
  region?: string;
  /** ISO 3166-1 alpha-2, upper case (`DE`, `JP`, `RU`). */
  country: string;
  /** EPP form `+CC.number`, e.g. `+49.8912345678`. */
  phone: string;
  fax?: string;
  email: string;
  /**
   * Registry- or registrar-specific fields (`.aero` ids, the Cyrillic names R01 needs, ...).
   * Their schema comes from the plugin manifest's TLD rules.
   */
  extra?: Record<string, unknown>;
}

/** The contacts of a domain. Missing roles default to the registrant or the reseller's own. */
export interface ContactSet {
  registrant: Contact;
  admin?: Contact;
  tech?: Contact;
  billing?: Contact;
}

/** The fields of a {@link Contact}; any other key is refused (registry-specific data goes in `extra`). */
const CONTACT_FIELDS: readonly (keyof Contact)[] = ['type', 'firstName', 'lastName', 'organization', 'address', 'postalCode', 'city', 'region', 'country', 'phone', 'fax', 'email', 'extra'];

const PHONE = /^\+[0-9]{1,3}\.[0-9]{4,14}$/;
// Deliberately loose: registrars validate mailboxes themselves; we only catch typos early.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Created on first use: loading ICU's region names costs tens of milliseconds at start-up.
let regionNames: Intl.DisplayNames | undefined;

/** True for an assigned ISO 3166-1 alpha-2 code. */
export function isCountryCode(value: string): boolean {
  if (!/^[A-Z]{2}$/.test(value)) return false;
  let known = countryCodes.get(value);
  if (known === undefined) {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    const name = regionNames.of(value);
    known = name !== undefined && name !== value && name !== 'Unknown Region';
    // At most 676 two-letter codes: ICU is asked once per code.
    countryCodes.set(value, known);
  }
  return known;
}
const countryCodes = new Map<string, boolean>();

function text(issues: ErrorIssue[], path: string, value: unknown, max: number, required = true): void {
  if (value === undefined || value === null || value === '') {
    if (required) issues.push({ path, message: 'is required' });
    return;
  }
  if (typeof value !== 'string') issues.push({ path, message: 'must be a string' });
  else if (value.trim() !== value) issues.push({ path, message: 'must not start or end with spaces' });
  else if (value.length > max) issues.push({ path, message: `must be at most ${max} characters` });
  else if (/[\u0000-\u001f\u007f]/.test(value)) issues.push({ path, message: 'must not contain control characters' });
}

/** Every problem of one contact, paths under `path` (e.g. `/contacts/registrant`). */
export function checkContact(value: unknown, path: string): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  if (typeof value !== 'object' || value === null) return [{ path, message: 'must be an object' }];
  const c = value as Partial<Record<keyof Contact, unknown>>;
  if (c.type !== 'person' && c.type !== 'organization') {
    issues.push({ path: `${path}/type`, message: 'must be "person" or "organization"' });
  }
  text(issues, `${path}/firstName`, c.firstName, 64);
  text(issues, `${path}/lastName`, c.lastName, 64);
  text(issues, `${path}/organization`, c.organization, 128, c.type === 'organization');
  if (!Array.isArray(c.address) || c.address.length === 0 || c.address.length > 3) {
    issues.push({ path: `${path}/address`, message: 'must have one to three lines' });
  } else {
    c.address.forEach((line, i) => text(issues, `${path}/address/${i}`, line, 128));
  }
  text(issues, `${path}/postalCode`, c.postalCode, 16);
  text(issues, `${path}/city`, c.city, 64);
  text(issues, `${path}/region`, c.region, 64, false);
  if (typeof c.country !== 'string' || !isCountryCode(c.country)) {
    issues.push({ path: `${path}/country`, message: 'must be an ISO 3166-1 alpha-2 code in upper case, e.g. "DE"' });
  }
  if (typeof c.phone !== 'string' || !PHONE.test(c.phone)) {
    issues.push({ path: `${path}/phone`, message: 'must be in the form +CC.number, e.g. "+49.8912345678"' });
  }
  if (c.fax !== undefined && (typeof c.fax !== 'string' || !PHONE.test(c.fax))) {
    issues.push({ path: `${path}/fax`, message: 'must be in the form +CC.number' });
  }
  if (typeof c.email !== 'string' || !EMAIL.test(c.email) || c.email.length > 254) {
    issues.push({ path: `${path}/email`, message: 'must be an e-mail address' });
  }
  if (c.extra !== undefined && (typeof c.extra !== 'object' || c.extra === null || Array.isArray(c.extra))) {
    issues.push({ path: `${path}/extra`, message: 'must be an object' });
  } else if (c.extra !== undefined && (jsonBytes(c.extra) ?? Infinity) > INPUT_LIMITS.contactExtraBytes) {
    issues.push({ path: `${path}/extra`, message: `must be at most ${INPUT_LIMITS.contactExtraBytes} bytes as JSON` });
  }
  for (const key of Object.keys(c)) {
    if (!(CONTACT_FIELDS as readonly string[]).includes(key)) {
      issues.push({ path: `${path}/${pointerSegment(key)}`, message: 'is not a contact field (registry-specific values go in "extra")' });
    }
  }
  return issues;
}

/** Every problem of a contact set; the registrant is required. */
export function checkContactSet(value: unknown, path = '/contacts'): ErrorIssue[] {
  if (typeof value !== 'object' || value === null) return [{ path, message: 'must be an object' }];
  const set = value as Partial<Record<ContactRole, unknown>>;
  const issues: ErrorIssue[] = [];
  if (set.registrant === undefined) issues.push({ path: `${path}/registrant`, message: 'is required' });
  for (const role of CONTACT_ROLES) {
    if (set[role] !== undefined) issues.push(...checkContact(set[role], `${path}/${role}`));
  }
  return issues;
}
