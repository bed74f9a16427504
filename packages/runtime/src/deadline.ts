/** A plugin call that did not settle in time. The call itself cannot be cancelled; it is abandoned. */
export class DeadlineExceeded extends Error {
  constructor(
    readonly what: string,
    readonly ms: number,
  ) {
    super(`${what} did not finish within ${ms} ms`);
    this.name = 'DeadlineExceeded';
  }
}

export function isDeadlineExceeded(error: unknown): error is DeadlineExceeded {
  return error instanceof DeadlineExceeded;
}

/**
 * Runs `work` (sync throws included) and rejects with {@link DeadlineExceeded} when it has not
 * settled after `ms`. The timer is cleared as soon as the work settles; a late rejection of
 * abandoned work is observed so it never surfaces as an unhandled rejection. `onLate` hears how
 * abandoned work finally ended, for the Action Log.
 */
export function withinDeadline<T>(work: () => Promise<T> | T, ms: number, what: string, onLate?: (settled: { value?: T; error?: unknown }) => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let expired = false;
  const running = Promise.resolve().then(work);
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      expired = true;
      reject(new DeadlineExceeded(what, ms));
    }, ms);
  });
  running.then(
    (value) => {
      clearTimeout(timer);
      if (expired) onLate?.({ value });
    },
    (error: unknown) => {
      clearTimeout(timer);
      if (expired) onLate?.({ error });
    },
  );
  return Promise.race([running, deadline]);
}
