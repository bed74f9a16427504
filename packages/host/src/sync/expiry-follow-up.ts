import type { FollowUp } from '../follow-ups/follow-up.js';

/** Operations after which the host must know the domain's expiry. */
const EXPIRY_SETTING = new Set(['register', 'transfer', 'renew']);

/**
 * After a register, transfer or renew completes without an `expiresAt` (SOAP and InterNetX answer
 * by poll or mail without one), the host asks the registrar with an `info` operation of its own —
 * through the router and the engine, like any request — under the key `<operation id>:expiry`, so
 * a completion heard twice (duplicate mail, two hosts, a sweep after a crash) sends one `info`.
 * Its result fills the domain's expiry (engine/plan.ts settles `info` like any operation). Sent by
 * the follow-up sweep (follow-ups/sweep.ts); `answersInfo` tells whether the domain's plugin
 * instance answers `info` automatically.
 */
export function expiryFollowUp(answersInfo: (pluginInstance: string | undefined) => boolean): FollowUp {
  return {
    name: 'expiry',
    request: (record) => {
      if (!EXPIRY_SETTING.has(record.operation) || record.mode !== 'auto') return undefined;
      const reported = (record.result as { expiresAt?: unknown } | undefined)?.expiresAt;
      if (typeof reported === 'string' || !answersInfo(record.pluginInstance)) return undefined;
      return { operation: 'info', input: { domain: record.domain } };
    },
    sent: (record, info) => ({
      level: 'info',
      kind: 'transition',
      message: `${record.operation} ${record.domain}: done without an expiry date; asked the registrar (info operation ${info.id}, ${info.status})`,
      domain: record.domain,
      operationId: record.id,
    }),
    refused: (record, why) => ({
      level: 'warn',
      kind: 'sync',
      message: `${record.operation} ${record.domain}: the expiry date could not be asked for (${why}); the next sync reads it`,
      domain: record.domain,
      operationId: record.id,
    }),
    // `info` holds no domain, so it never waits; said for completeness of the contract.
    waits: (record, busy) => ({
      level: 'info',
      kind: 'sync',
      message: `${record.operation} ${record.domain}: the expiry date is asked for once operation ${busy} has ended`,
      domain: record.domain,
      operationId: record.id,
    }),
  };
}
