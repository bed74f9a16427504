import { createHash } from 'node:crypto';
import { RegistrarError, type Contact, type ContactSet, type ErrorIssue, type OperationContext } from '@registrar-kit/sdk';
import { call } from './session.js';
import type { SoapRegistrarSettings } from './settings.js';

type Ctx = OperationContext<SoapRegistrarSettings>;

/**
 * StructContact length limits (documented: Netim wiki "StructContact", see the README's "Wire fidelity"), as [model field, wire field, max].
 * The sdk allows longer values than this registrar, so these are checked before any request.
 */
const LIMITS: readonly [keyof Contact, string, number][] = [
  ['firstName', 'firstName', 30],
  ['lastName', 'lastName', 30],
  ['organization', 'bodyName', 100],
  ['postalCode', 'zipCode', 10],
  ['city', 'city', 30],
  ['email', 'email', 128],
];

/** The wire form of a phone number: `+CC number` ("+xx xxxxxxxxxx"). */
const wirePhone = (phone: string): string => phone.replace('.', ' ');

/** Every StructContact limit a contact breaks, paths under `path`. */
export function contactIssues(c: Contact, path: string): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  for (const [field, wire, max] of LIMITS) {
    const v = c[field];
    if (typeof v === 'string' && v.length > max) issues.push({ path: `${path}/${field}`, message: `must be at most ${max} characters (${wire})` });
  }
  if ((c.address[0] ?? '').length > 80) issues.push({ path: `${path}/address/0`, message: 'must be at most 80 characters (address1)' });
  // address2 has no documented limit; lines 2-3 are joined into it and held to address1's.
  if (c.address.slice(1).join(', ').length > 80) issues.push({ path: `${path}/address/1`, message: 'lines 2 and 3 together must be at most 80 characters (address2)' });
  if (wirePhone(c.phone).length > 25) issues.push({ path: `${path}/phone`, message: 'must be at most 25 characters' });
  if (c.fax !== undefined && wirePhone(c.fax).length > 25) issues.push({ path: `${path}/fax`, message: 'must be at most 25 characters' });
  const area = c.extra?.area;
  if (area !== undefined && (typeof area !== 'string' || area.length > 5)) issues.push({ path: `${path}/extra/area`, message: 'must be a string of at most 5 characters (area)' });
  return issues;
}

/** Limits of every contact of a (partial) contact set. */
export function contactSetIssues(set: Partial<ContactSet>, base: string): ErrorIssue[] {
  return (['registrant', 'admin', 'tech', 'billing'] as const).flatMap((role) => {
    const c = set[role];
    return c === undefined ? [] : contactIssues(c, `${base}/${role}`);
  });
}

/** StructContact for contactCreate. `extra.area` is the .it province; other extras go to `additional`. */
export function structContact(c: Contact, isOwner: boolean, language: string): Record<string, unknown> {
  const { area, ...additional } = c.extra ?? {};
  return {
    firstName: c.firstName,
    lastName: c.lastName,
    bodyForm: c.type === 'organization' ? 'ORG' : 'IND',
    bodyName: c.organization ?? '',
    address1: c.address[0] ?? '',
    address2: c.address.slice(1).join(', '),
    zipCode: c.postalCode,
    area: typeof area === 'string' ? area : '',
    city: c.city,
    country: c.country,
    phone: wirePhone(c.phone),
    fax: c.fax === undefined ? '' : wirePhone(c.fax),
    email: c.email,
    language,
    // Owner contacts can only be registrants; simple contacts only admin / tech / billing.
    isOwner: isOwner ? 1 : 0,
    ...(Object.keys(additional).length === 0 ? {} : { additional }),
  };
}

/**
 * The registrar id of a contact: an identical contact created before is reused (its id is kept
 * in plugin state under a hash of the StructContact), otherwise `contactCreate`.
 */
export async function contactId(ctx: Ctx, c: Contact, isOwner: boolean): Promise<string> {
  const struct = structContact(c, isOwner, ctx.settings.language ?? 'EN');
  const key = `contact:${createHash('sha256').update(JSON.stringify(struct)).digest('hex').slice(0, 32)}`;
  const known = await ctx.state.get<string>(key);
  if (known !== undefined) return known;
  const answer = await call(ctx, 'contactCreate', [['contact', struct]]);
  const id = typeof answer === 'string' || typeof answer === 'number' ? String(answer) : '';
  if (id === '') throw new RegistrarError({ code: 'PROTOCOL', message: 'The registrar sent an answer that could not be read', detail: 'contactCreate: no contact id in the answer' });
  await ctx.state.set(key, id);
  return id;
}

/** The reseller's own contact id, when the settings say to use it. */
export function resellerContact(settings: SoapRegistrarSettings): string | undefined {
  return settings.useResellerContactId === true ? (settings.resellerContactId ?? settings.resellerId.toUpperCase()) : undefined;
}

/**
 * Admin / tech / billing ids (isOwner 0): a contact the request gives, else the reseller's own id
 * where the settings say so, else a simple-contact copy of the registrant.
 */
export async function roleIds(ctx: Ctx, contacts: ContactSet): Promise<[admin: string, tech: string, billing: string]> {
  const reseller = resellerContact(ctx.settings);
  const id = async (c: Contact | undefined): Promise<string> => (c === undefined && reseller !== undefined ? reseller : contactId(ctx, c ?? contacts.registrant, false));
  return [await id(contacts.admin), await id(contacts.tech), await id(contacts.billing)];
}
