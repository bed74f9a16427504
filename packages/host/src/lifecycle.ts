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
  cancelled: ['awaiting-payment', 'registering', 'transferring', 'awaiting-manual'],
  expired: ['registered', 'awaiting-payment', 'awaiting-manual', 'cancelled', 'registering'],
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

/** The domain status after an operation finished, or `undefined` when the operation leaves it unchanged. */
export function settledDomainStatus(operation: string, outcome: 'done' | 'failed', current: DomainStatus | undefined): DomainStatus | undefined {
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
      return 'cancelled';
    default:
      return current === 'awaiting-manual' ? 'registered' : undefined;
  }
}
