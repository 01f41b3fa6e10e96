/**
 * Runs imports one at a time in this process, in the order they arrive, so two curators' imports
 * never interleave their reads of the graph with each other's writes. (Across processes, the
 * seed's import lock, taken first in the write transaction, serialises them.)
 */
export class ImportQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  /** Imports queued or running. */
  get size(): number {
    return this.waiting;
  }

  run<T>(work: () => Promise<T>): Promise<T> {
    this.waiting += 1;
    const result = this.tail.then(work);
    // The queue moves on whether this import succeeded or not.
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result.finally(() => {
      this.waiting -= 1;
    });
  }
}
