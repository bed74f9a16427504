import { calls } from './harness.js';

// Helpers of the race tests (SQLite and PostgreSQL): count registrar calls, collect answers and
// coded refusals of concurrent callers, hold a registrar call in flight.

type Gate = (operation: string, subject: unknown) => Promise<void> | undefined;
const globals = globalThis as { __registrarKitFixtureGate?: Gate };

/** Registrar calls the fixture plugin recorded for a domain. */
export const callsFor = (domain: string, operation = 'register'): number => calls().filter((c) => c.domain === domain && c.operation === operation).length;

export async function settled<T>(promises: Promise<T>[]): Promise<{ ok: T[]; errors: { code?: string; operationId?: string; message: string }[] }> {
  const results = await Promise.allSettled(promises);
  return {
    ok: results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])),
    errors: results.flatMap((r) => (r.status === 'rejected' ? [r.reason as { code?: string; operationId?: string; message: string }] : [])),
  };
}

/** Holds the registrar's answer for `domain` (a call or a poll) until `release` is called. */
export function holdRegistrar(domain: string): { entered: Promise<void>; release: () => void } {
  let release!: () => void;
  let entered!: () => void;
  const held = new Promise<void>((r) => (release = r));
  const inside = new Promise<void>((r) => (entered = r));
  globals.__registrarKitFixtureGate = (_op, subject) => {
    const d = Array.isArray(subject) ? subject.map((s: { domain: string }) => s.domain).join(',') : (subject as { domain?: string }).domain;
    if (d !== domain) return undefined;
    entered();
    return held;
  };
  return { entered: inside, release };
}

/** Lets every registrar call through again. */
export function releaseGates(): void {
  delete globals.__registrarKitFixtureGate;
}
