/**
 * `@registrar-kit/demo`: the demo tour and the sandbox command. `@registrar-kit/cli` runs
 * {@link demoCommand} for `registrar-kit demo` and {@link sandboxCommand} for
 * `registrar-kit sandbox` when this package is installed; {@link main} is this package's own
 * `registrar-kit-demo` command.
 * @packageDocumentation
 */
export { demoCommand, demoConfig, runTour, type TourRun, type TourOptions } from './demo.js';
export { serveConsole, seedConsoleData, DEMO_TENANT, DEMO_OTHER_TENANT, type RunningConsole, type ConsoleData } from './serve.js';
export { startDemoConsole, type DemoConsole, type DemoConsoleOptions } from './demo-console.js';
export { sandboxCommand } from './sandbox.js';
export { main } from './main.js';
