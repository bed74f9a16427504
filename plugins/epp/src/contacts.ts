/**
 * Contact objects (RFC 5733) for the domain's contact set. The id is derived from the contact's
 * data, so the same person is created once per instance and a lost state entry finds the same id
 * again (2302 "object exists" then means: already ours). Ids are kept in `ctx.state`.
 */
import { createHash, randomBytes } from 'node:crypto';
import { isRegistrarError, type Contact } from '@registrar-kit/sdk';
import { ns, send, type Ctx } from './wire.js';

/** The contact id for a contact: prefix + 12 base-36 characters of a hash of its data (≤ 16, RFC 5730 clIDType). */
export function contactIdFor(contact: Contact, prefix: string): string {
  const fields = Object.keys(contact).sort().map((key) => [key, contact[key as keyof Contact]]);
  const digest = createHash('sha256').update(JSON.stringify(fields)).digest();
  return `${prefix}${BigInt(`0x${digest.subarray(0, 10).toString('hex')}`).toString(36).padStart(12, '0').slice(0, 12).toUpperCase()}`;
}

/** A random authInfo: 16 letters and digits, at least one of each case and a digit. */
export function newAuthInfo(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const bytes = randomBytes(13);
  return `Rk7${[...bytes].map((b) => alphabet[b % alphabet.length]).join('')}`;
}

/** The contact's id at the registry, creating it (contact:create) the first time. */
export async function ensureContact(ctx: Ctx, contact: Contact): Promise<string> {
  const id = contactIdFor(contact, ctx.settings.contactIdPrefix ?? 'RK');
  const key = `contact:${id}`;
  if ((await ctx.state.get<string>(key)) === id) return id;
  const name = `${contact.firstName} ${contact.lastName}`;
  try {
    await send(ctx, {
      verb: 'create',
      body: {
        'contact:create': {
          ...ns('contact'),
          'contact:id': id,
          'contact:postalInfo': {
            '@_type': 'int',
            'contact:name': name,
            ...(contact.organization === undefined ? {} : { 'contact:org': contact.organization }),
            'contact:addr': {
              'contact:street': contact.address.slice(0, 3),
              'contact:city': contact.city,
              ...(contact.region === undefined ? {} : { 'contact:sp': contact.region }),
              'contact:pc': contact.postalCode,
              'contact:cc': contact.country,
            },
          },
          'contact:voice': contact.phone,
          ...(contact.fax === undefined ? {} : { 'contact:fax': contact.fax }),
          'contact:email': contact.email,
          'contact:authInfo': { 'contact:pw': newAuthInfo() },
        },
      },
    });
  } catch (error) {
    // Same data, same id: a contact created before the state entry was written.
    if (!(isRegistrarError(error) && error.code === 'OBJECT_EXISTS')) throw error;
  }
  await ctx.state.set(key, id);
  return id;
}
