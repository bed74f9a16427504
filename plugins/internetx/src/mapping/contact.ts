/**
 * sdk contacts ↔ AutoDNS handles: the field mapping, the registrar's limits as input issues, and
 * the key under which an identical contact's handle id is remembered in the plugin state.
 */
import { createHash } from 'node:crypto';
import type { Contact, ContactRole, ErrorIssue } from '@registrar-kit/sdk';
import { autodnsPhone, HANDLE_LIMITS, HANDLE_MAX_ADDRESS_LINES, type HandleObject } from '../protocol/handle.js';

export function handleOf(c: Contact): HandleObject {
  return {
    type: c.type === 'organization' ? 'ORG' : 'PERSON',
    fname: c.firstName,
    lname: c.lastName,
    ...(c.organization === undefined ? {} : { organization: c.organization }),
    address: [...c.address],
    pcode: c.postalCode,
    city: c.city,
    ...(c.region === undefined ? {} : { state: c.region }),
    country: c.country,
    phone: autodnsPhone(c.phone),
    ...(c.fax === undefined ? {} : { fax: autodnsPhone(c.fax) }),
    email: c.email,
  };
}

/** Every field of a contact the registrar's handle limits refuse, with its input path. */
export function handleIssues(c: Contact | undefined, path: string): ErrorIssue[] {
  if (c === undefined) return [];
  const issues: ErrorIssue[] = [];
  const check = (field: string, value: string | undefined, max: number): void => {
    if (value !== undefined && value.length > max) issues.push({ path: `${path}/${field}`, message: `must be at most ${max} characters for this registrar` });
  };
  check('firstName', c.firstName, HANDLE_LIMITS.fname);
  check('lastName', c.lastName, HANDLE_LIMITS.lname);
  check('organization', c.organization, HANDLE_LIMITS.organization);
  check('postalCode', c.postalCode, HANDLE_LIMITS.pcode);
  check('city', c.city, HANDLE_LIMITS.city);
  check('region', c.region, HANDLE_LIMITS.state);
  check('email', c.email, HANDLE_LIMITS.email);
  if (c.address.length > HANDLE_MAX_ADDRESS_LINES) issues.push({ path: `${path}/address`, message: `must have at most ${HANDLE_MAX_ADDRESS_LINES} lines for this registrar` });
  c.address.forEach((line, i) => check(`address/${i}`, line, HANDLE_LIMITS.address));
  return issues;
}

/**
 * The state key of an identical contact's handle: a hash of the normalized handle fields, scoped
 * to the customer so that two customers never share (and never change each other's) handles.
 */
export function handleKey(handle: HandleObject, customerId: string | undefined): string {
  const normalized = Object.entries({ ...handle, email: handle.email.toLowerCase() })
    .filter(([k]) => k !== 'id' && k !== 'alias')
    .sort(([a], [b]) => a.localeCompare(b));
  const hash = createHash('sha256').update(JSON.stringify([customerId ?? '', normalized])).digest('hex');
  return `handle:${hash}`;
}

/** A short alias for the handle, stable for identical contacts (shown in the registrar's UI). */
export function handleAlias(key: string): string {
  return `rk-${key.slice('handle:'.length, 'handle:'.length + 16)}`;
}

/** The domain object's handle field of each sdk role (AutoDNS keeps no billing contact). */
export const ROLE_FIELD: Readonly<Record<Exclude<ContactRole, 'billing'>, 'ownerc' | 'adminc' | 'techc'>> = {
  registrant: 'ownerc',
  admin: 'adminc',
  tech: 'techc',
};
