/**
 * The WHOIS contacts of a domain for `info`: the ids `domain:info` names (RFC 5731 §3.1.2,
 * `domain:registrant` and `domain:contact type=…`), each read once with `contact:info`
 * (RFC 5733 §3.1.2). A contact the registry does not show us (2201, a foreign contact) or whose
 * read fails is left out; the domain's own data never depends on it.
 */
import { isRegistrarError, type Contact, type ContactRole, type ContactSet } from '@registrar-kit/sdk';
import type { DomainView } from './read.js';
import { ns, send, type AnyCtx } from './wire.js';
import { attr, child, children, text } from './xml.js';

/** `contact:infData` → the sdk Contact; undefined when the registry withholds the name, e-mail or country. */
export function readContact(data: unknown): Contact | undefined {
  const inf = child(data, 'contact:infData');
  const postal = children(inf, 'contact:postalInfo');
  // RFC 5733 §2.4: an "int" (ASCII) form and/or a "loc" one; the int form is the one every client can show.
  const info = postal.find((p) => attr(p, 'type') === 'int') ?? postal[0];
  const name = text(child(info, 'contact:name'));
  const addr = child(info, 'contact:addr');
  const country = text(child(addr, 'contact:cc')).toUpperCase();
  const email = text(child(inf, 'contact:email'));
  if (name === '' || email === '' || country === '') return undefined;
  const space = name.lastIndexOf(' ');
  const org = text(child(info, 'contact:org'));
  const region = text(child(addr, 'contact:sp'));
  const fax = text(child(inf, 'contact:fax'));
  return {
    type: org === '' ? 'person' : 'organization',
    firstName: space === -1 ? '' : name.slice(0, space).trim(),
    lastName: space === -1 ? name : name.slice(space + 1),
    ...(org === '' ? {} : { organization: org }),
    address: children(addr, 'contact:street').map(text).filter((s) => s !== ''),
    postalCode: text(child(addr, 'contact:pc')),
    city: text(child(addr, 'contact:city')),
    ...(region === '' ? {} : { region }),
    country,
    phone: text(child(inf, 'contact:voice')),
    ...(fax === '' ? {} : { fax }),
    email,
  };
}

/** One `contact:info`; undefined (and a log line) when the registry refuses or the read fails. */
async function contactInfo(ctx: AnyCtx, domain: string, id: string): Promise<Contact | undefined> {
  try {
    const r = await send(ctx, { verb: 'info', body: { 'contact:info': { ...ns('contact'), 'contact:id': id } } }, { allowError: true });
    if (r.code === 2201) {
      ctx.log.info('the registry does not show this contact to us (2201): left out of the domain info', { domain, contact: id });
      return undefined;
    }
    if (r.code >= 2000) {
      ctx.log.warn('contact:info failed: the contact is left out of the domain info', { domain, contact: id, registrarCode: String(r.code) });
      return undefined;
    }
    const contact = readContact(r.data);
    if (contact === undefined) ctx.log.info('the registry withholds this contact\'s data: left out of the domain info', { domain, contact: id });
    return contact;
  } catch (error) {
    ctx.log.warn('contact:info failed: the contact is left out of the domain info', { domain, contact: id, error: isRegistrarError(error) ? error.code : String(error) });
    return undefined;
  }
}

/** The domain's contacts by role, each distinct id read once; undefined when none could be read. */
export async function domainContacts(ctx: AnyCtx, view: DomainView): Promise<Partial<ContactSet> | undefined> {
  const ids: [ContactRole, string][] = [['registrant', view.registrant]];
  for (const role of ['admin', 'tech', 'billing'] as const) {
    // A registry may list several contacts of one type: the first stands for the role.
    const first = view.contacts.find((c) => c.type === role);
    if (first !== undefined) ids.push([role, first.id]);
  }
  const read = new Map<string, Promise<Contact | undefined>>();
  const set: Partial<ContactSet> = {};
  for (const [role, id] of ids) {
    if (id === '') continue;
    let contact = read.get(id);
    if (contact === undefined) read.set(id, (contact = contactInfo(ctx, view.info.domain, id)));
    const value = await contact;
    if (value !== undefined) set[role] = value;
  }
  return Object.keys(set).length === 0 ? undefined : set;
}
