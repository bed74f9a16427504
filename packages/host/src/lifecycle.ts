import { HostError } from './errors.js';

/** Domain statuses (docs/host-guide.md#operations-idempotency-and-states). */
export const DOMAIN_STATUSES = [
  'awaiting-payment',
  'registering',
  'registered',
  'transferring',
  'awaiting-manual',
  'error',
  'cancelled',
  'expired',
  'transferred-away',
] as const;
export type DomainStatus = (typeof DOMAIN_STATUSES)[number];

/** Operation statuses. `done`, `failed` and `cancelled` are final. */
export const OPERATION_STATUSES = ['awaiting-payment', 'submitting', 'pending', 'awaiting-manual', 'done', 'failed', 'cancelled'] as const;
export type OperationStatus = (typeof OPERATION_STATUSES)[number];

const DOMAIN_TRANSITIONS: Record<DomainStatus, readonly DomainStatus[]> = {
  'awaiting-payment': ['registering', 'transferring', 'awaiting-manual', 'registered', 'cancelled', 'error'],
  registering: ['registered', 'error', 'awaiting-manual'],
  transferring: ['registered', 'error', 'awaiting-manual'],
  'awaiting-manual': ['registered', 'registering', 'transferring', 'error', 'cancelled', 'expired', 'transferred-away'],
  registered: ['registered', 'awaiting-payment', 'awaiting-manual', 'cancelled', 'expired', 'transferred-away', 'error'],
  error: ['awaiting-payment', 'registering', 'transferring', 'awaiting-manual', 'registered', 'cancelled'],
  // registered: a deleted domain restored from its redemption period (restore).
  cancelled: ['awaiting-payment', 'registering', 'transferring', 'awaiting-manual', 'registered'],
  // Sync (issue 19): an expired domain may be renewed at the registry (→ registered), taken by
  // another registrar while it lapsed (→ transferred-away) or deleted by the registry (→ cancelled).
  expired: ['expired', 'registered', 'awaiting-payment', 'awaiting-manual', 'cancelled', 'registering', 'transferred-away'],
  'transferred-away': ['awaiting-payment', 'transferring', 'registering', 'awaiting-manual'],
};

const OPERATION_TRANSITIONS: Record<OperationStatus, readonly OperationStatus[]> = {
  'awaiting-payment': ['submitting', 'awaiting-manual', 'cancelled', 'done'],
  submitting: ['done', 'pending', 'failed', 'awaiting-manual'],
  pending: ['pending', 'done', 'failed', 'awaiting-manual'],
  'awaiting-manual': ['done', 'failed', 'cancelled', 'pending'],
  done: [],
  failed: [],
  cancelled: [],
};

export const FINAL_OPERATION_STATUSES: ReadonlySet<OperationStatus> = new Set(['done', 'failed', 'cancelled']);

export function canTransitionDomain(from: DomainStatus, to: DomainStatus): boolean {
  return DOMAIN_TRANSITIONS[from].includes(to);
}

export function canTransitionOperation(from: OperationStatus, to: OperationStatus): boolean {
  return OPERATION_TRANSITIONS[from].includes(to);
}

/** Throws ILLEGAL_TRANSITION: an illegal transition is a bug in the host, never silently ignored. */
export function assertDomainTransition(domain: string, from: DomainStatus, to: DomainStatus): void {
  if (!canTransitionDomain(from, to)) {
    throw new HostError('ILLEGAL_TRANSITION', `domain ${domain} cannot go from ${from} to ${to}`);
  }
}

export function assertOperationTransition(id: string, from: OperationStatus, to: OperationStatus): void {
  if (!canTransitionOperation(from, to)) {
    throw new HostError('ILLEGAL_TRANSITION', `operation ${id} cannot go from ${from} to ${to}`);
  }
}

/** The domain status an operation moves a domain to while it is under way. */
export function inFlightDomainStatus(operation: string): DomainStatus | undefined {
  if (operation === 'register') return 'registering';
  if (operation === 'transfer') return 'transferring';
  return undefined;
}

/**
 * The domain status after an operation finished, or `undefined` when the operation leaves it unchanged.
 * `cancelAt`: a `cancel` with `when: 'expiry'` that takes effect at this (future) time — the domain
 * stays live at the registry, so it stays `registered` until then ({@link expiryStatus}).
 */
export function settledDomainStatus(operation: string, outcome: 'done' | 'failed', current: DomainStatus | undefined, cancelAt?: string): DomainStatus | undefined {
  if (outcome === 'failed') {
    // docs/host-guide.md#operations-idempotency-and-states: a failed registration or transfer leaves the domain in Error with an Action Log record.
    if (operation === 'register' || operation === 'transfer') return 'error';
    return current === 'awaiting-manual' ? 'registered' : undefined;
  }
  switch (operation) {
    case 'register':
    case 'transfer':
    case 'renew':
      return 'registered';
    case 'cancel':
      if (cancelAt === undefined) return 'cancelled';
      return current === 'expired' ? 'expired' : 'registered';
    case 'restore':
      // Back from redemption (RFC 3915): the domain is live again.
      return 'registered';
    case 'approveTransferOut':
      // The losing registrar's approval completes the transfer: the domain has left.
      return 'transferred-away';
    default:
      return current === 'awaiting-manual' ? 'registered' : undefined;
  }
}

/** Registry statuses (RFC 3915) that mean the domain lapsed and is on its way to deletion. */
const LAPSED_STATUSES: ReadonlySet<string> = new Set(['redemptionPeriod', 'pendingRestore', 'pendingDelete']);

/**
 * What the passing of time makes of a live domain: a cancellation at expiry takes effect
 * (`cancelled`); an expiry that passed, or the registry saying the domain lapsed (redemption,
 * pending delete), makes it `expired`; an expired domain whose expiry moved into the future
 * (renewed at the registry) is `registered` again. `undefined`: the status stays. Pure: the
 * sync and the renewal scheduler both decide with it.
 */
export function expiryStatus(
  domain: { status: DomainStatus; expiresAt?: string | undefined; cancelAt?: string | undefined },
  now: Date,
  registryStatuses: readonly string[] = [],
): DomainStatus | undefined {
  if (domain.status !== 'registered' && domain.status !== 'expired') return undefined;
  const passed = (iso: string | undefined): boolean => iso !== undefined && Number.isFinite(Date.parse(iso)) && Date.parse(iso) <= now.getTime();
  if (passed(domain.cancelAt)) return 'cancelled';
  if (passed(domain.expiresAt) || registryStatuses.some((s) => LAPSED_STATUSES.has(s))) return domain.status === 'expired' ? undefined : 'expired';
  if (domain.status === 'expired' && domain.expiresAt !== undefined && Number.isFinite(Date.parse(domain.expiresAt))) return 'registered';
  return undefined;
}
