/**
 * `@registrar-kit/cli`: the `registrar-kit` command. {@link main} runs it in-process (what the
 * binary does), for platforms that wrap it. The rest is what a command of its own needs to
 * behave like the built-in ones (how `@registrar-kit/demo` adds `demo` and `sandbox`): the
 * option parser with its one-line errors, the exit codes, and the terminal output.
 * @packageDocumentation
 */
export { main, runCommand, type CommandIo } from './main.js';
export type { OutStream } from './output.js';
export { CliError, EXIT, usageError } from './cli-error.js';
export { COMMON, CONFIG, parse, type OptionSpec, type Values } from './args.js';
export { createOutput, paint, status, table, type Output, type Style } from './output.js';
export { DEMO_PACKAGE, type DemoCommands } from './demo-package.js';
