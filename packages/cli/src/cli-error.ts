/** Exit codes: 0 success, 1 the work failed (problems found, a demo step failed), 2 a bad invocation. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * An error the user can act on: printed as one line (`registrar-kit: …`), never with a stack
 * trace unless `--debug`.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failed,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string): CliError => new CliError(message, EXIT.usage);
