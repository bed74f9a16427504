/**
 * `registrar-kit demo` and `registrar-kit sandbox` live in `@registrar-kit/demo`, with the
 * simulated registrars and the four plugins they drive, so that installing the CLI for
 * `validate`, `plugins` and the read commands brings in the host only. The CLI loads the demo
 * package when one of its commands runs, and says how to install it when it is not there.
 */
import { CliError, EXIT } from './cli-error.js';
import type { CommandIo } from './main.js';

export const DEMO_PACKAGE = '@registrar-kit/demo';

/** What the CLI calls in the demo package. */
export interface DemoCommands {
  demoCommand(args: string[], io: CommandIo): Promise<number>;
  sandboxCommand(args: string[], io: CommandIo): Promise<number>;
}

/**
 * Whether the demo package can be found from here. Asked before importing it, so that a missing
 * package is told apart from an installed one that fails to load (that error is shown as it is).
 * `package.json` is always exported, built or not.
 */
function installed(): boolean {
  try {
    import.meta.resolve(`${DEMO_PACKAGE}/package.json`);
    return true;
  } catch {
    return false;
  }
}

export async function loadDemo(): Promise<DemoCommands> {
  if (!installed()) throw new CliError(`this command comes with the demo package — install it: npm install ${DEMO_PACKAGE} (or pnpm add ${DEMO_PACKAGE}), then run it again`, EXIT.usage);
  return (await import(DEMO_PACKAGE)) as DemoCommands;
}
