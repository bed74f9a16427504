/**
 * What the plugin keeps in its instance state (docs/registrars/r01ru.md#registration-client-then-domain): the R01 client handle of each customer
 * account, one per registrant kind, and the administrator handle (`admin-o`) of each domain it
 * registered, which contact updates change.
 */

/** The customer key; the provider's own account (no customer id) is one customer too. */
export function customerKey(customerId: string | undefined): string {
  return customerId === undefined ? '@provider' : `customer:${customerId}`;
}

export type ClientKind = 'person' | 'organization';

export function clientHandleKey(customer: string, kind: ClientKind): string {
  return `r01-client:${customer}:${kind}`;
}

export function domainAdminKey(domain: string): string {
  return `r01-admin:${domain}`;
}
