import { RegistrarError } from '@registrar-kit/sdk';

/**
 * Seed 003 (connector settings, "Registrar lock"): "Locking prevents any changes in the NS records
 * and automatically rejects any requests to transmit data to the Registrar. Unlocking the domain
 * is required for transferring the domain to another Registrar."
 *
 * So the rule is an allow-list, not a list of prohibitions: a new operation (a plugin's custom
 * operation, a host object, a transfer-out approval) is refused while locked until someone decides
 * it does not send the domain's data. What goes out while locked:
 * - reads (`checkAvailability`, `info`): they transmit nothing about the domain;
 * - `renew` and `restore`: they keep the domain alive and change none of its data — a lock that
 *   let the domain expire would lose it, the opposite of what the lock is for (EPP's
 *   clientUpdateProhibited / clientTransferProhibited do not block renewals either);
 * - `rejectTransferOut`: it refuses to let the domain go, which is what the lock protects;
 * - `setRegistrarLock { locked: false }`: unlocking, the one way out.
 * `getAuthCode` is refused: the transfer code exists to move the domain to another registrar.
 */
export const ALLOWED_WHILE_LOCKED: ReadonlySet<string> = new Set(['checkAvailability', 'info', 'renew', 'restore', 'rejectTransferOut']);

/** Statuses in which the domain is no longer with us: a lock recorded earlier protects nothing (a new registration or transfer-in may go out). */
const GONE: ReadonlySet<string> = new Set(['cancelled', 'transferred-away']);

/** The refusal of `operation` on a locked domain, or undefined when it may go out. Pure: called on the row read inside the engine's transaction. */
export function lockRefusal(operation: string, input: Record<string, unknown>, domain: { locked: boolean; status: string } | undefined, unicode: string): RegistrarError | undefined {
  if (domain?.locked !== true || GONE.has(domain.status)) return undefined;
  if (ALLOWED_WHILE_LOCKED.has(operation)) return undefined;
  if (operation === 'setRegistrarLock') {
    if (input.locked === false) return undefined;
    return new RegistrarError({ code: 'STATUS_PROHIBITS', message: `${unicode} is already locked`, detail: 'registrar lock is set; only unlocking is sent while locked' });
  }
  return new RegistrarError({
    code: 'STATUS_PROHIBITS',
    message: `${unicode} is locked: unlock it before this change`,
    detail: `registrar lock is set; ${operation} sends data to the registrar and is prohibited while locked (only unlocking, renewal and reads go out)`,
  });
}
