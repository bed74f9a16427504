import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHostError } from './errors.js';
import {
  assertDomainTransition,
  assertOperationTransition,
  canTransitionOperation,
  DOMAIN_STATUSES,
  expiryStatus,
  FINAL_OPERATION_STATUSES,
  OPERATION_STATUSES,
  settledDomainStatus,
  type OperationStatus,
} from './lifecycle.js';

describe('lifecycle state machines', () => {
  it('throws ILLEGAL_TRANSITION for an illegal move', () => {
    expect(() => assertOperationTransition('op-1', 'done', 'pending')).toThrow(/cannot go from done to pending/);
    try {
      assertDomainTransition('x.com', 'registering', 'cancelled');
      expect.unreachable();
    } catch (error) {
      expect(isHostError(error) && error.code).toBe('ILLEGAL_TRANSITION');
    }
  });

  it('property: random event sequences never leave a final operation state and never skip the machine', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...OPERATION_STATUSES), { maxLength: 30 }), fc.constantFrom<OperationStatus>('awaiting-payment', 'submitting', 'awaiting-manual'), (events, start) => {
        let state: OperationStatus = start;
        const visited: OperationStatus[] = [state];
        for (const next of events) {
          if (canTransitionOperation(state, next)) {
            assertOperationTransition('op', state, next);
            state = next;
            visited.push(state);
          } else {
            expect(() => assertOperationTransition('op', state, next)).toThrow();
          }
        }
        // Invariant: once final, nothing follows; a done/failed operation went through submitting or a person.
        const firstFinal = visited.findIndex((s) => FINAL_OPERATION_STATUSES.has(s));
        if (firstFinal >= 0) expect(visited.length - 1).toBe(firstFinal);
        if (state === 'done' || state === 'failed') {
          expect(visited.some((s) => s === 'submitting' || s === 'awaiting-manual' || s === 'pending') || visited[0] === 'awaiting-payment').toBe(true);
        }
      }),
    );
  });

  it('property: domain transitions driven by settled outcomes are always legal from in-flight states', () => {
    fc.assert(
      fc.property(fc.constantFrom('register', 'transfer'), fc.constantFrom<'done' | 'failed'>('done', 'failed'), (operation, outcome) => {
        const from = operation === 'register' ? 'registering' : 'transferring';
        const to = settledDomainStatus(operation, outcome, from);
        expect(to).toBeDefined();
        expect(() => assertDomainTransition('x.com', from, to!)).not.toThrow();
        expect(to).toBe(outcome === 'done' ? 'registered' : 'error');
      }),
    );
  });

  it('time alone: a cancellation at expiry takes effect, a passed expiry or a lapsed registry status expires, a renewal brings it back', () => {
    const now = new Date('2027-01-15T00:00:00.000Z');
    expect(expiryStatus({ status: 'registered', expiresAt: '2027-01-14T00:00:00.000Z', cancelAt: '2027-01-14T00:00:00.000Z' }, now)).toBe('cancelled');
    expect(expiryStatus({ status: 'registered', expiresAt: '2027-01-16T00:00:00.000Z', cancelAt: '2027-01-16T00:00:00.000Z' }, now)).toBeUndefined();
    expect(expiryStatus({ status: 'registered', expiresAt: '2027-01-14T00:00:00.000Z' }, now)).toBe('expired');
    expect(expiryStatus({ status: 'registered', expiresAt: '2028-01-14T00:00:00.000Z' }, now, ['redemptionPeriod'])).toBe('expired');
    expect(expiryStatus({ status: 'expired', expiresAt: '2028-01-14T00:00:00.000Z' }, now)).toBe('registered');
    expect(expiryStatus({ status: 'expired', expiresAt: '2026-01-14T00:00:00.000Z' }, now)).toBeUndefined();
    expect(expiryStatus({ status: 'transferred-away', expiresAt: '2026-01-14T00:00:00.000Z' }, now)).toBeUndefined();
    // Every status the sync or the scheduler can set is a legal move from where it sets it.
    for (const [from, to] of [['registered', 'expired'], ['registered', 'transferred-away'], ['expired', 'transferred-away'], ['expired', 'cancelled'], ['expired', 'registered'], ['registered', 'cancelled']] as const) {
      expect(() => assertDomainTransition('x.com', from, to)).not.toThrow();
    }
  });

  it('a cancellation at a future expiry leaves the domain as it is; without one it is cancelled', () => {
    expect(settledDomainStatus('cancel', 'done', 'registered', '2027-01-01T00:00:00.000Z')).toBe('registered');
    expect(settledDomainStatus('cancel', 'done', 'expired', '2027-01-01T00:00:00.000Z')).toBe('expired');
    expect(settledDomainStatus('cancel', 'done', 'registered')).toBe('cancelled');
  });

  it('every domain status has a way out except none (no dead ends)', () => {
    for (const status of DOMAIN_STATUSES) {
      expect(DOMAIN_STATUSES.some((to) => to !== status && (() => { try { assertDomainTransition('x', status, to); return true; } catch { return false; } })())).toBe(true);
    }
  });
});
