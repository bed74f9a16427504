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
] as const;

export type OperationName = (typeof OPERATIONS)[number];

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
}

export type OperationInput<K extends OperationName> = OperationInputs[K];
export type OperationResult<K extends OperationName> = OperationResults[K];

/** Operations that change nothing at the registrar and bill nothing: safe to repeat. */
export const READ_ONLY_OPERATIONS: ReadonlySet<OperationName> = new Set(['checkAvailability', 'info']);

/** Operations that may cost money at the registrar: never resent on a guess. */
export const BILLABLE_OPERATIONS: ReadonlySet<OperationName> = new Set(['register', 'transfer', 'renew', 'changeRegistrant']);
