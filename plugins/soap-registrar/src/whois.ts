/**
 * The WHOIS contacts of a domain for `info`: StructDomainInfo names them (`idOwner`, `idAdmin`,
 * `idTech`, `idBilling`), and `contactInfo(idContact)` answers each one's StructContact in a
 * `contact` part (dymmer-code/netim lib/netim/contact.ex and its contact test). Each distinct id is
 * read once. A contact the API does not show us (a fault: another reseller's contact, an unknown
 * id) or whose read fails is left out; the domain's own data never depends on it.
 */
import { isRegistrarError, type Contact, type ContactRole, type ContactSet, type PluginContext } from '@registrar-kit/sdk';
import { call } from './session.js';
import type { SoapRegistrarSettings } from './settings.js';

type Ctx = PluginContext<SoapRegistrarSettings>;

const ROLE_IDS: readonly [ContactRole, string][] = [['registrant', 'idOwner'], ['admin', 'idAdmin'], ['tech', 'idTech'], ['billing', 'idBilling']];

/** The API writes numbers `+CC number` (StructContact); the sdk's form is `+CC.number`. */
function eppPhone(wire: string): string {
  const m = /^\+(\d{1,3})[\s.-]*(.*)$/.exec(wire.trim());
  return m === null ? wire.trim() : `+${m[1]!}.${m[2]!.replace(/\D/g, '')}`;
}

/** StructContact → the sdk Contact; undefined when the API withholds the name or e-mail. */
export function readStructContact(value: unknown): Contact | undefined {
  const c = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const field = (name: string): string => (typeof c[name] === 'string' || typeof c[name] === 'number' ? String(c[name]).trim() : '');
  const [firstName, lastName, email] = [field('firstName'), field('lastName'), field('email')];
  if (lastName === '' || email === '') return undefined;
  const org = field('bodyForm') === 'ORG' && field('bodyName') !== '';
  const fax = field('fax');
  const area = field('area');
  return {
    type: org ? 'organization' : 'person',
    firstName,
    lastName,
    ...(org ? { organization: field('bodyName') } : {}),
    address: [field('address1'), field('address2')].filter((line) => line !== ''),
    postalCode: field('zipCode'),
    city: field('city'),
    country: field('country').toUpperCase(),
    phone: eppPhone(field('phone')),
    ...(fax === '' ? {} : { fax: eppPhone(fax) }),
    email,
    // The province code travels as extra.area, as on the way in (contacts.ts).
    ...(area === '' ? {} : { extra: { area } }),
  };
}

async function contactInfo(ctx: Ctx, domain: string, id: string): Promise<Contact | undefined> {
  try {
    const contact = readStructContact(await call(ctx, 'contactInfo', [['idContact', id]]));
    if (contact === undefined) ctx.log.info('the registrar withholds this contact\'s data: left out of the domain info', { domain, contact: id });
    return contact;
  } catch (error) {
    ctx.log.warn('contactInfo failed: the contact is left out of the domain info', { domain, contact: id, error: isRegistrarError(error) ? `${error.code}${error.registrarCode === undefined ? '' : ` ${error.registrarCode}`}` : String(error) });
    return undefined;
  }
}

/** The domain's contacts by role from a StructDomainInfo, each distinct id read once; undefined when none could be read. */
export async function domainContacts(ctx: Ctx, domain: string, info: unknown): Promise<Partial<ContactSet> | undefined> {
  const d = (typeof info === 'object' && info !== null ? info : {}) as Record<string, unknown>;
  const read = new Map<string, Promise<Contact | undefined>>();
  const set: Partial<ContactSet> = {};
  for (const [role, part] of ROLE_IDS) {
    const id = typeof d[part] === 'string' || typeof d[part] === 'number' ? String(d[part]).trim() : '';
    if (id === '') continue;
    let contact = read.get(id);
    if (contact === undefined) read.set(id, (contact = contactInfo(ctx, domain, id)));
    const value = await contact;
    if (value !== undefined) set[role] = value;
  }
  return Object.keys(set).length === 0 ? undefined : set;
}
