/**
 * `@registrar-kit/cli`: the `registrar-kit` command. {@link main} runs it in-process (what the
 * binary does), for platforms that wrap it.
 * @packageDocumentation
 */
export { main, type CommandIo } from './main.js';
export { CliError, EXIT } from './cli-error.js';
