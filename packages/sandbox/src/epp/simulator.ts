/**
 * The sandbox's EPP registry as a {@link Simulator}: its state in {@link EppRegistry}, its wire in
 * {@link startEppServer} (TLS on loopback, started by `startSandbox`).
 */
import type { Simulator, SimulatorContext } from '../types.js';
import { EppRegistry } from './registry.js';
import { startEppServer, type EppSandboxOptions, type EppSandboxServer } from './server.js';

export interface EppSimulator extends Simulator {
  readonly id: 'epp';
  readonly registry: EppRegistry;
  /** Starts the TLS listener (the sandbox does this at start). */
  listenEpp(options?: EppSandboxOptions): Promise<EppSandboxServer>;
}

export function createEppSimulator(ctx: SimulatorContext): EppSimulator {
  const registry = new EppRegistry(ctx);
  return {
    id: 'epp',
    registry,
    domains: () => registry.list(),
    listenEpp: (options) => startEppServer(ctx, registry, options),
  };
}
