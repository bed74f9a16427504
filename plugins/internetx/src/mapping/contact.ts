/**
 * sdk contacts ↔ AutoDNS handles: the field mapping both ways, the registrar's limits as input issues, and
 * the key under which an identical contact's handle id is remembered in the plugin state.
 */
import { createHash } from 'node:crypto';
import type { Contact, ContactRole, ErrorIssue } from '@registrar-kit/sdk';
import { autodnsPhone, HANDLE_LIMITS, HANDLE_MAX_ADDRESS_LINES, type HandleObject } from '../protocol/handle.js';
import { children, textOf, type XmlElement } from '../protocol/xml.js';

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

/** AutoDNS writes phone numbers `+CC-number`; the sdk's form is `+CC.number`. A number without a country code is kept as given. */
function eppPhone(autodns: string): string {
  const m = /^\+(\d{1,3})[-. ]?(.*)$/.exec(autodns.trim());
  return m === null ? autodns.trim() : `+${m[1]!}.${m[2]!.replace(/\D/g, '')}`;
}

/**
 * The `<handle>` of a 0304 inquire answer → the sdk contact (field names from the tillkahlbrock
 * HandleInquire_response.xml fixture, the same as 0301 / 0302 write). Undefined when the gateway
 * withholds the name or the e-mail address: such a contact is left out, never filled in.
 */
export function contactOfHandle(handle: XmlElement | undefined): Contact | undefined {
  const field = (name: string): string => textOf(handle?.[name]).trim();
  const [lastName, email] = [field('lname'), field('email')];
  if (handle === undefined || lastName === '' || email === '') return undefined;
  const organization = field('organization');
  const region = field('state');
  const fax = field('fax');
  return {
    type: field('type').toUpperCase() === 'ORG' ? 'organization' : 'person',
    firstName: field('fname'),
    lastName,
    ...(organization === '' ? {} : { organization }),
    address: children(handle, 'address').map(textOf).map((line) => line.trim()).filter((line) => line !== ''),
    postalCode: field('pcode'),
    city: field('city'),
    ...(region === '' ? {} : { region }),
    country: field('country').toUpperCase(),
    phone: eppPhone(field('phone')),
    ...(fax === '' ? {} : { fax: eppPhone(fax) }),
    email,
  };
}
