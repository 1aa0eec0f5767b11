/**
 * An async iterator for one subscriber that keeps only the newest value not yet taken: a slow
 * client skips stale counts instead of queueing them.
 */
export class LatestValueStream<T> implements AsyncIterableIterator<T> {
  private pending: { value: T } | null = null;
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private closed = false;

  constructor(private readonly onClose: () => void) {}

  push(value: T): void {
    if (this.closed) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value, done: false });
    } else {
      this.pending = { value };
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.pending) {
      const { value } = this.pending;
      this.pending = null;
      return Promise.resolve({ value, done: false });
    }
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<T>> {
    this.close();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.pending = null;
    this.waiting?.({ value: undefined, done: true });
    this.waiting = null;
    this.onClose();
  }
}
