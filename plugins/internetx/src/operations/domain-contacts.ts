/**
 * The WHOIS contacts of a domain for `info`: the 0105 answer names the handles (`ownerc`, `adminc`,
 * `techc`; `zonec` has no sdk role and AutoDNS keeps no billing contact), and a 0304 handle inquire
 * reads each distinct one once. A handle the gateway does not show us (an error answer: another
 * account's handle) or whose read fails is left out; the domain's own data never depends on it.
 */
import { isRegistrarError, type Contact, type ContactSet } from '@registrar-kit/sdk';
import { contactOfHandle, ROLE_FIELD } from '../mapping/contact.js';
import { handleCtid } from '../mapping/ctid.js';
import { domainHandles } from '../mapping/info.js';
import type { Gateway } from '../protocol/gateway.js';
import { TASK } from '../protocol/tasks.js';
import { child, type XmlElement } from '../protocol/xml.js';
import type { Ctx } from './context.js';

async function inquireHandle(ctx: Ctx, gateway: Gateway, domain: string, role: string, id: string): Promise<Contact | undefined> {
  try {
    const r = await gateway.send({ code: TASK.handleInquire, ctid: handleCtid(ctx.operation.id, 'inquire', role), handle: { id } });
    if (r.status.type === 'error') {
      ctx.log.warn('handle inquire refused: the contact is left out of the domain info', { domain, handle: id, registrarCode: r.msgs[0]?.code ?? r.status.code });
      return undefined;
    }
    const contact = contactOfHandle(child(r.data, 'handle'));
    if (contact === undefined) ctx.log.info('the registrar withholds this handle\'s data: left out of the domain info', { domain, handle: id });
    return contact;
  } catch (error) {
    ctx.log.warn('handle inquire failed: the contact is left out of the domain info', { domain, handle: id, error: isRegistrarError(error) ? error.code : String(error) });
    return undefined;
  }
}

/** The domain's contacts by role, each distinct handle read once; undefined when none could be read. */
export async function domainContacts(ctx: Ctx, gateway: Gateway, name: string, domain: XmlElement | undefined): Promise<Partial<ContactSet> | undefined> {
  const handles = domainHandles(domain);
  const read = new Map<string, Promise<Contact | undefined>>();
  const set: Partial<ContactSet> = {};
  for (const [role, field] of Object.entries(ROLE_FIELD) as [keyof typeof ROLE_FIELD, (typeof ROLE_FIELD)[keyof typeof ROLE_FIELD]][]) {
    const id = handles[field];
    if (id === '') continue;
    let contact = read.get(id);
    if (contact === undefined) read.set(id, (contact = inquireHandle(ctx, gateway, name, role, id)));
    const value = await contact;
    if (value !== undefined) set[role] = value;
  }
  return Object.keys(set).length === 0 ? undefined : set;
}
