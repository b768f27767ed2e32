/**
 * Ordering writes: within a tab, one queue for its own writes and what other tabs tell it
 * (so a late message never lands in the middle of a write); across the tabs of an origin, an
 * exclusive Web Lock around every write, so two tabs never hand out the same id. Where Web
 * Locks do not exist (Node: vitest, the standalone server) the tab's own queue is the order.
 */

/** Runs queued work one item at a time, in the order queued; a failure does not stop the queue. */
export class TabQueue {
  private tail: Promise<unknown>;

  /** `after`: nothing queued runs before it settles (e.g. until the data is restored). */
  constructor(after: Promise<unknown> = Promise.resolve()) {
    this.tail = after.catch(() => undefined);
  }

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

export const WRITE_LOCK = 'customers-mock-write';

/** Run `work` holding the origin-wide write lock (navigator.locks), or directly where there is none. */
export function withWriteLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks?.request) return work();
  // The lock is held until `work` settles, and request() resolves with what `work` resolves
  // with (its typing says a promise of the promise).
  const held: Promise<unknown> = locks.request(WRITE_LOCK, { mode: 'exclusive' }, work);
  return held as Promise<T>;
}
