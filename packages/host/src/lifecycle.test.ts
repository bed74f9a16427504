import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHostError } from './errors.js';
import {
  assertDomainTransition,
  assertOperationTransition,
  canTransitionOperation,
  DOMAIN_STATUSES,
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

  it('every domain status has a way out except none (no dead ends)', () => {
    for (const status of DOMAIN_STATUSES) {
      expect(DOMAIN_STATUSES.some((to) => to !== status && (() => { try { assertDomainTransition('x', status, to); return true; } catch { return false; } })())).toBe(true);
    }
  });
});
