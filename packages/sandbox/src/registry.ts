import { createOnamaeSimulator } from './onamae/simulator.js';
import type { SimulatorFactory, SimulatorId } from './types.js';

/** The simulated registrars, by id. */
export const SIMULATORS: Partial<Record<SimulatorId, SimulatorFactory>> = {
  onamae: createOnamaeSimulator,
};
