export interface RetryOptions {
  /** First wait after a failure; each next one doubles, up to `maxDelayMs`. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Whether a failure is worth another try (others end the retries). */
  retryable: (error: unknown) => boolean;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
  onGiveUp?: (error: unknown) => void;
  /** Wait this long before the first attempt (when the caller has just failed one itself). */
  firstDelayMs?: number;
}

export interface BackgroundTask {
  /** Resolves when the task succeeded, gave up, or was stopped. */
  readonly settled: Promise<void>;
  /** Cancels any retry still to come (a running attempt finishes on its own). */
  stop(): void;
}

/**
 * Runs `task` in the background until it succeeds, with exponential backoff and jitter between
 * attempts (so servers restarting together do not retry in step).
 */
export function retryInBackground(task: () => Promise<void>, options: RetryOptions): BackgroundTask {
  const { initialDelayMs = 500, maxDelayMs = 30_000 } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, ms);
    });

  const settled = (async () => {
    if (options.firstDelayMs) await sleep(options.firstDelayMs);
    for (let attempt = 1; !stopped; attempt += 1) {
      try {
        await task();
        return;
      } catch (error) {
        if (stopped) return;
        if (!options.retryable(error)) {
          options.onGiveUp?.(error);
          return;
        }
        const base = Math.min(maxDelayMs, initialDelayMs * 2 ** (attempt - 1));
        const delayMs = Math.round(base / 2 + Math.random() * (base / 2));
        options.onRetry?.(error, attempt, delayMs);
        await sleep(delayMs);
      }
    }
  })();

  return {
    settled,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      wake?.();
    },
  };
}
