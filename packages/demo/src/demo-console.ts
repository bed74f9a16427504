/**
 * `startDemoConsole`: the demo console for tests (the console's browser tests among them) — the
 * tour at full speed, the console's data, the server on a free port — and `close()` for all of it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOutput } from '@registrar-kit/cli';
import type { Host } from '@registrar-kit/host';
import type { Sandbox } from '@registrar-kit/sandbox';
import { runTour } from './demo.js';
import { serveConsole, type RunningConsole } from './serve.js';

export interface DemoConsoleOptions {
  /** The working directory (default: a new temporary one, removed on close). */
  dir?: string;
  /** The port (default 0: a free one). */
  port?: number;
  /** Where the tour's lines go (default: nowhere). */
  stdout?: NodeJS.WritableStream;
  env?: NodeJS.ProcessEnv;
}

export interface DemoConsole extends RunningConsole {
  host: Host;
  sandbox: Sandbox;
  /** Stops the server, the host and the registrars; removes a temporary working directory. */
  close(): Promise<void>;
}

/**
 * The demo console for tests: the tour at full speed, the console's data, the server on a free
 * port. Throws when a tour step does not behave as documented.
 */
export async function startDemoConsole(options: DemoConsoleOptions = {}): Promise<DemoConsole> {
  const temporary = options.dir === undefined;
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'registrar-kit-demo-'));
  const sink = options.stdout ?? { write: () => true };
  const out = createOutput(sink as NodeJS.WritableStream, sink as NodeJS.WritableStream, { quiet: options.stdout === undefined });
  const run = await runTour({ dir, fast: true, pauses: false, verbose: false, out, env: options.env ?? process.env, cwd: dir });
  const cleanup = async (): Promise<void> => {
    await run.close();
    if (temporary) rmSync(dir, { recursive: true, force: true });
  };
  let running: RunningConsole;
  try {
    const failed = run.results.filter((r) => !r.ok);
    if (failed.length > 0) throw new Error(`the demo tour failed: ${failed.map((r) => `${r.id}: ${r.error ?? ''}`).join('; ')}`);
    running = await serveConsole(run, options.port === undefined ? {} : { port: options.port });
  } catch (error) {
    await cleanup();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    ...running,
    host: run.host,
    sandbox: run.sandbox,
    close: () =>
      (closing ??= (async () => {
        try {
          await running.close();
        } finally {
          await cleanup();
        }
      })()),
  };
}
