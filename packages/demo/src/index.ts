/**
 * `@registrar-kit/demo`: the demo tour and the sandbox command. `@registrar-kit/cli` runs
 * {@link demoCommand} for `registrar-kit demo` and {@link sandboxCommand} for
 * `registrar-kit sandbox` when this package is installed; {@link main} is this package's own
 * `registrar-kit-demo` command.
 * @packageDocumentation
 */
export { demoCommand, demoConfig } from './demo.js';
export { sandboxCommand } from './sandbox.js';
export { main } from './main.js';
