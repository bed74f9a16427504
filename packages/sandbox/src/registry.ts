import { createEppSimulator } from './epp/simulator.js';
import { createInternetxSimulator } from './internetx/simulator.js';
import { createOnamaeSimulator } from './onamae/simulator.js';
import { createR01Simulator } from './r01ru/simulator.js';
import { createSoapSimulator } from './soap/simulator.js';
import type { SimulatorFactory, SimulatorId } from './types.js';

/** The simulated registrars, by id. */
export const SIMULATORS: Partial<Record<SimulatorId, SimulatorFactory>> = {
  onamae: createOnamaeSimulator,
  internetx: createInternetxSimulator,
  r01ru: createR01Simulator,
  soap: createSoapSimulator,
  epp: createEppSimulator,
};
