/**
 * `@registrar-kit/sandbox`: local, stateful simulators of the registrars registrar-kit ships
 * plugins for, on loopback and a virtual clock, with deterministic scenario rules.
 * @packageDocumentation
 */
export { startSandbox, MOUNTS, SANDBOX_ADDRESSES, type Sandbox, type SandboxOptions, type SandboxEndpoints, type SandboxEppEndpoint } from './sandbox.js';
export { VirtualClock, type VirtualClockOptions } from './clock.js';
export { ScenarioRules, type Scenario, type ScenarioRulesOptions } from './rules.js';
export { composeMail } from './mail.js';
export { SIMULATORS } from './registry.js';
export type * from './types.js';
export { createOnamaeSimulator } from './onamae/simulator.js';
export { createInternetxSimulator, internetxSimulatorWith, type InternetxSimulatorOptions } from './internetx/simulator.js';
export { createR01Simulator, type R01SimulatorOptions } from './r01ru/simulator.js';
export type { Lang as R01ReplyLanguage } from './r01ru/wording.js';
export { createSoapSimulator } from './soap/simulator.js';
export { createEppSimulator, type EppSimulator } from './epp/simulator.js';
export { DEFAULT_EPP_CLIENT, EPP_SERVER_ID, type EppSandboxClient, type EppSandboxOptions, type EppSandboxServer } from './epp/server.js';
export { EppRegistry, OTHER_REGISTRAR, REDEMPTION_DAYS, TRANSFER_OUT_DAYS } from './epp/registry.js';
