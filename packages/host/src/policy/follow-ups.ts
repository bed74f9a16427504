import type { FollowUp } from '../follow-ups/follow-up.js';

/** Acquisitions that may ask for the lock. */
const ACQUISITIONS = new Set(['register', 'transfer']);

/**
 * Options the host applies itself once an acquisition is done (docs/host-guide.md#options-on-register-and-transfer):
 * `registrarLock: true` on a register or transfer becomes a `setRegistrarLock { locked: true }`
 * operation of the host's own, under the key `<operation id>:registrarLock` — so a completion
 * heard twice (a duplicate mail, two hosts) still sends one lock. The domain counts as locked
 * when that operation completes: the registrar confirmed it, whatever the plugin did at registration.
 * The follow-up sweep (follow-ups/sweep.ts) sends it, whichever way the acquisition completed
 * (answer, poll, mail, staff), and again after a crash until it is sent. When the platform got to
 * the domain first (a name-server change right after the registration: DOMAIN_BUSY), the lock is
 * sent once that operation has ended.
 */
export const registrarLockFollowUp: FollowUp = {
  name: 'registrarLock',
  request: (record) =>
    ACQUISITIONS.has(record.operation) && (record.input as { registrarLock?: unknown } | undefined)?.registrarLock === true
      ? { operation: 'setRegistrarLock', input: { domain: record.domain, locked: true }, ...(record.customerId === undefined ? {} : { customerId: record.customerId }) }
      : undefined,
  sent: (record, lock) => ({
    level: 'info',
    kind: 'transition',
    message: `${record.operation} ${record.domain}: registrar lock requested at ${record.operation}, sent as operation ${lock.id} (${lock.status})`,
    domain: record.domain,
    operationId: record.id,
  }),
  refused: (record, why) => ({
    level: 'error',
    kind: 'refusal',
    message: `${record.operation} ${record.domain}: the registrar lock asked for at ${record.operation} was not sent: ${why}. Lock the domain with setRegistrarLock.`,
    domain: record.domain,
    operationId: record.id,
  }),
  waits: (record, busy) => ({
    level: 'info',
    kind: 'transition',
    message: `${record.operation} ${record.domain}: the registrar lock asked for at ${record.operation} waits for operation ${busy} to end`,
    domain: record.domain,
    operationId: record.id,
  }),
};
