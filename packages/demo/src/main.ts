/**
 * `registrar-kit-demo`: the demo package's own command, for trying registrar-kit without the
 * CLI on the path (`npx @registrar-kit/demo --fast`). `registrar-kit-demo [options]` is
 * `registrar-kit demo`, `registrar-kit-demo sandbox [options]` is `registrar-kit sandbox`.
 */
import { runCommand, type CommandIo } from '@registrar-kit/cli';
import { demoCommand } from './demo.js';
import { sandboxCommand } from './sandbox.js';

/** Runs `registrar-kit-demo`; returns the exit code. Never throws. */
export async function main(argv: readonly string[], io: Partial<CommandIo> = {}): Promise<number> {
  const [first, ...rest] = argv;
  if (first === 'sandbox') return runCommand('sandbox', rest, sandboxCommand, io);
  return runCommand('demo', first === 'demo' ? rest : [...argv], demoCommand, io);
}
