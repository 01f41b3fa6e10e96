import { describe, expect, it, vi } from 'vitest';
import { retryInBackground, type RetryOptions } from './retry';

describe('retryInBackground', () => {
  it('retries what is retryable until it succeeds, with growing delays', async () => {
    let attempts = 0;
    const onRetry = vi.fn<NonNullable<RetryOptions['onRetry']>>();
    const task = retryInBackground(
      async () => {
        attempts += 1;
        if (attempts < 4) throw new Error('down');
      },
      { initialDelayMs: 2, maxDelayMs: 8, retryable: () => true, onRetry },
    );
    await task.settled;
    expect(attempts).toBe(4);
    const bases = onRetry.mock.calls.map(([, attempt, delay]) => [attempt, delay >= 0]);
    expect(bases).toEqual([
      [1, true],
      [2, true],
      [3, true],
    ]);
    // Delays are jittered within [base/2, base], the base doubling up to the maximum.
    for (const [, attempt, delay] of onRetry.mock.calls) {
      const base = Math.min(8, 2 * 2 ** (attempt - 1));
      expect(delay).toBeGreaterThanOrEqual(base / 2);
      expect(delay).toBeLessThanOrEqual(base);
    }
  });

  it('gives up on an error that is not retryable', async () => {
    const onGiveUp = vi.fn();
    const task = retryInBackground(
      async () => {
        throw new Error('invalid data');
      },
      { initialDelayMs: 1, retryable: () => false, onGiveUp },
    );
    await task.settled;
    expect(onGiveUp).toHaveBeenCalledWith(new Error('invalid data'));
  });

  it('stops retrying when stopped', async () => {
    let attempts = 0;
    const task = retryInBackground(
      async () => {
        attempts += 1;
        throw new Error('down');
      },
      { initialDelayMs: 60_000, retryable: () => true },
    );
    await Promise.resolve();
    task.stop();
    await task.settled;
    expect(attempts).toBe(1);
  });
});
