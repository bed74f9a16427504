import type { Contact, ContactSet } from './contact.js';
import type { DnssecData, EppStatus, Nameserver } from './model.js';

/** The standard operation vocabulary every manifest declares a mode for. */
export const OPERATIONS = [
  'checkAvailability',
  'register',
  'transfer',
  'renew',
  'cancel',
  'updateNameservers',
  'updateContacts',
  'changeRegistrant',
  'setRegistrarLock',
  'getAuthCode',
  'setWhoisPrivacy',
  'setAutoRenew',
  'setDnssec',
  'info',
  'createHost',
  'updateHost',
  'deleteHost',
  'restore',
  'approveTransferOut',
  'rejectTransferOut',
  'resendTransferConfirmation',
  'listDomains',
  'listTlds',
] as const;

export type OperationName = (typeof OPERATIONS)[number];

/**
 * The operations every manifest v1 must declare (the vocabulary of sdk 0.1). The others were
 * added later and are optional: a manifest that leaves one out declares it `unsupported`, so a
 * manifest written before they existed stays valid.
 */
export const CORE_OPERATIONS = OPERATIONS.slice(0, OPERATIONS.indexOf('info') + 1) as readonly OperationName[];

/** The optional operations (see {@link CORE_OPERATIONS}). */
export const OPTIONAL_OPERATIONS: readonly OperationName[] = OPERATIONS.slice(OPERATIONS.indexOf('info') + 1);

/**
 * Operations about the registrar account rather than one domain: their input has no `domain`,
 * the host calls them itself (portfolio import, TLD catalogue) instead of routing a domain's
 * request.
 */
export const ACCOUNT_OPERATIONS: ReadonlySet<OperationName> = new Set(['listDomains', 'listTlds']);

export function isOperationName(value: unknown): value is OperationName {
  return typeof value === 'string' && (OPERATIONS as readonly string[]).includes(value);
}

/** Plugin-specific options (a DNS template number, a registrar flag), declared in the manifest's settings or docs. */
export type OperationOptions = Record<string, unknown>;

/** Typed inputs. `domain` is always the validated A-label form. */
export interface OperationInputs {
  checkAvailability: { domain: string };
  register: {
    domain: string;
    /** Years. */
    period: number;
    contacts: ContactSet;
    nameservers: Nameserver[];
    whoisPrivacy?: boolean;
    autoRenew?: boolean;
    registrarLock?: boolean;
    dnssec?: DnssecData;
    options?: OperationOptions;
  };
  transfer: {
    domain: string;
    authCode?: string;
    contacts?: ContactSet;
    nameservers?: Nameserver[];
    /** Connector flag `transferUsesProviderNameservers` (docs/host-guide.md#connectors-and-modes): replace the name servers with the provider's. */
    useProviderNameservers?: boolean;
    period?: number;
    whoisPrivacy?: boolean;
    autoRenew?: boolean;
    registrarLock?: boolean;
    dnssec?: DnssecData;
    options?: OperationOptions;
  };
  renew: { domain: string; period: number; currentExpiry?: string };
  cancel: { domain: string; when?: 'now' | 'expiry' };
  updateNameservers: { domain: string; nameservers: Nameserver[] };
  updateContacts: { domain: string; contacts: Partial<ContactSet> };
  changeRegistrant: { domain: string; registrant: Contact };
  setRegistrarLock: { domain: string; locked: boolean };
  getAuthCode: { domain: string };
  setWhoisPrivacy: { domain: string; enabled: boolean };
  setAutoRenew: { domain: string; enabled: boolean };
  setDnssec: { domain: string; dnssec: DnssecData };
  info: { domain: string };
  /**
   * A child name server (host object, RFC 5732) under `domain`, with its glue addresses.
   * `host` is a subordinate name of `domain` (ns1.example.com under example.com); at least one
   * address.
   */
  createHost: { domain: string; host: string; ipv4?: string[]; ipv6?: string[] };
  /** Replaces the glue addresses of a child name server: the lists given are the new sets. */
  updateHost: { domain: string; host: string; ipv4?: string[]; ipv6?: string[] };
  /** Deletes a child name server; registries refuse while another domain still delegates to it. */
  deleteHost: { domain: string; host: string };
  /** Restores a deleted domain from its redemption period (RFC 3915). Billable. */
  restore: { domain: string; options?: OperationOptions };
  /** Approves a pending transfer of the domain away to another registrar. */
  approveTransferOut: { domain: string };
  /** Refuses a pending transfer of the domain away to another registrar. */
  rejectTransferOut: { domain: string; reason?: string };
  /** Asks the registrar to send the transfer / IRTP confirmation mail again. */
  resendTransferConfirmation: { domain: string };
  /** One page of the domains of the registrar account. Account-level: no `domain`. */
  listDomains: { cursor?: string; limit?: number };
  /** One page of the TLD catalogue with periods and prices. Account-level: no `domain`. */
  listTlds: { cursor?: string; currency?: string };
}

/** One domain of a registrar account, as `listDomains` reports it. */
export interface AccountDomain {
  /** A-label form. */
  domain: string;
  expiresAt?: string;
  createdAt?: string;
  statuses?: EppStatus[];
  registrarStatus?: string;
  nameservers?: Nameserver[];
  autoRenew?: boolean;
  locked?: boolean;
}

/**
 * A price of one TLD action in one currency, per year unless `period` says the price is for
 * that many years. Amounts are decimal strings ("12.50"): never floats.
 */
export interface TldPrice {
  /** ISO 4217 code, upper case. */
  currency: string;
  action: 'register' | 'renew' | 'transfer' | 'restore';
  amount: string;
  period?: number;
}

/** One TLD of the registrar's catalogue (`listTlds`). */
export interface TldInfo {
  /** Without the leading dot, A-label form, lower case ("com", "co.uk"). */
  tld: string;
  registerPeriods?: number[];
  renewPeriods?: number[];
  prices: TldPrice[];
}

/** What the registrar reports about a domain (for `info` and synchronisation). */
export interface DomainInfo {
  domain: string;
  /** Normalized EPP statuses. */
  statuses: EppStatus[];
  /** The registrar's own status text, kept for the operator. */
  registrarStatus?: string;
  createdAt?: string;
  expiresAt?: string;
  nameservers: Nameserver[];
  locked?: boolean;
  whoisPrivacy?: boolean;
  autoRenew?: boolean;
  dnssec?: DnssecData;
  /** The WHOIS contacts, where the registrar gives them (the host keeps them with the domain at each sync). */
  contacts?: Partial<ContactSet>;
  /**
   * Who the registry says sponsors the domain, where the registrar tells: `ours` is false when
   * another client (another registrar, or another account) holds it — the host's sync then marks
   * the domain transferred-away. `id` is the registry's id of the sponsoring client, when given.
   */
  sponsor?: { ours: boolean; id?: string };
}

/** Typed results carried by `done(result)`. Dates are ISO 8601 strings. */
export interface OperationResults {
  checkAvailability: { domain: string; available: boolean; premium?: boolean; reason?: string };
  register: { domain: string; expiresAt?: string };
  transfer: { domain: string; expiresAt?: string };
  renew: { domain: string; expiresAt?: string };
  cancel: { domain: string };
  updateNameservers: { domain: string };
  updateContacts: { domain: string };
  changeRegistrant: { domain: string };
  setRegistrarLock: { domain: string; locked: boolean };
  /** `authCode` when the registrar returns it; `sentTo` when it mails it to the registrant instead. */
  getAuthCode: { domain: string; authCode?: string; sentTo?: 'registrant' | 'admin' };
  setWhoisPrivacy: { domain: string; enabled: boolean };
  setAutoRenew: { domain: string; enabled: boolean };
  setDnssec: { domain: string };
  info: DomainInfo;
  createHost: { domain: string; host: string; ipv4?: string[]; ipv6?: string[] };
  updateHost: { domain: string; host: string; ipv4?: string[]; ipv6?: string[] };
  deleteHost: { domain: string; host: string };
  /** `expiresAt` when the registrar reports the new expiry (a restore usually renews). */
  restore: { domain: string; expiresAt?: string };
  approveTransferOut: { domain: string };
  rejectTransferOut: { domain: string };
  resendTransferConfirmation: { domain: string };
  /** `nextCursor` is present while more pages remain; pass it back as `cursor`. */
  listDomains: { domains: AccountDomain[]; nextCursor?: string };
  listTlds: { tlds: TldInfo[]; nextCursor?: string };
}

export type OperationInput<K extends OperationName> = OperationInputs[K];
export type OperationResult<K extends OperationName> = OperationResults[K];

/** Operations that change nothing at the registrar and bill nothing: safe to repeat. */
export const READ_ONLY_OPERATIONS: ReadonlySet<OperationName> = new Set(['checkAvailability', 'info', 'listDomains', 'listTlds']);

/** Operations that may cost money at the registrar: never resent on a guess. */
export const BILLABLE_OPERATIONS: ReadonlySet<OperationName> = new Set(['register', 'transfer', 'renew', 'changeRegistrant', 'restore']);
