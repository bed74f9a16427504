import { expect } from 'vitest';
import type { Host } from '../host.js';
import { calls } from './harness.js';

/** Both hosts run `sync.run({ domain })` at once, the first `info` held until both claimed; the results in order (the host that asked first, then the other). */
export async function syncOneDomainFromTwoHosts(a: Host, b: Host, domain: string): Promise<{ result: string; reason: string | undefined }[]> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  const gate = globalThis as { __registrarKitFixtureGate?: ((op: string) => Promise<void> | undefined) | undefined };
  gate.__registrarKitFixtureGate = (op) => (op === 'info' ? held : undefined);
  try {
    const runs = [a.sync.run({ domain }), b.sync.run({ domain })];
    // The run that did not get the claim ends while the other's info is held.
    const first = await Promise.race(runs);
    release();
    const [ra, rb] = await Promise.all(runs);
    const asked = first === ra ? rb! : ra!;
    expect(calls().filter((c) => c.operation === 'info' && c.domain === domain)).toHaveLength(1);
    return [asked, first].map((s) => ({ result: s.results[0]!.result, reason: s.results[0]!.reason }));
  } finally {
    release();
    gate.__registrarKitFixtureGate = undefined;
  }
}
