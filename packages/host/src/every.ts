/**
 * Background work on a real-time timer: runs `work` at start and every `intervalMs` after, never two
 * runs at once (a tick while one runs is skipped), the timer unref'd so it never holds the process
 * open. A failed run is reported to `onError` and the next tick runs as usual. `stop()` waits for
 * the run in progress.
 */
export class Every {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly work: () => Promise<unknown>,
    private readonly onError: (error: unknown) => void,
  ) {}

  get started(): boolean {
    return this.timer !== undefined;
  }

  start(intervalMs: number): void {
    if (this.timer !== undefined) return;
    const tick = (): void => {
      this.running ??= this.work()
        .catch((error: unknown) => this.onError(error))
        .finally(() => (this.running = undefined));
    };
    this.timer = setInterval(tick, intervalMs).unref();
    tick();
  }

  async stop(): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
