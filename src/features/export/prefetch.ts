/**
 * The export's rows, fetched while the dialog is open: by the time the user has picked a format
 * and fields, the customers are usually already here, and "Export" only has to write the file.
 *
 * Only scopes of at most PREFETCH_MAX_ROWS are fetched ahead (a larger one waits for the click,
 * so merely opening the dialog never pulls a whole large organisation), and a prefetch older
 * than PREFETCH_FRESH_MS is dropped rather than exported. Changing the scope, or picking fields
 * that need details, starts over; closing the dialog cancels it.
 */
import { fetchExportContacts, type ExportSource, type FetchProgress, type RawBatch } from './fetch-contacts';

export const PREFETCH_MAX_ROWS = 20_000;
export const PREFETCH_FRESH_MS = 60_000;

/** What the fetch depends on; equal keys mean the same rows. */
export const prefetchKey = (source: ExportSource, details: boolean): string => JSON.stringify([source, details]);

export class Prefetch {
  private readonly batches: RawBatch[] = [];
  private total = 0;
  private finished = false;
  private failure: unknown = null;
  private waiters: (() => void)[] = [];
  private readonly controller = new AbortController();
  private readonly startedAt = performance.now();

  constructor(
    readonly key: string,
    source: ExportSource,
    details: boolean,
  ) {
    void this.run(source, details);
  }

  private async run(source: ExportSource, details: boolean): Promise<void> {
    const onProgress = (p: FetchProgress) => {
      this.total = p.total;
    };
    try {
      for await (const batch of fetchExportContacts(source, details, this.controller.signal, onProgress)) {
        this.batches.push(batch);
        this.wake();
      }
    } catch (err) {
      this.failure = err;
    }
    this.finished = true;
    this.wake();
  }

  private wake(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) w();
  }

  /** Worth exporting from: not failed, not cancelled, not stale. */
  get usable(): boolean {
    return !this.failure && !this.controller.signal.aborted && performance.now() - this.startedAt < PREFETCH_FRESH_MS;
  }

  cancel(): void {
    this.controller.abort();
  }

  /** The batches fetched so far at once, then each one as it arrives; a fetch error is rethrown. */
  async *replay(signal: AbortSignal, onProgress: (p: FetchProgress) => void): AsyncGenerator<RawBatch> {
    let next = 0;
    let done = 0;
    for (;;) {
      signal.throwIfAborted();
      const batch = this.batches[next];
      if (batch) {
        next++;
        done += batch.length;
        onProgress({ done, total: Math.max(this.total, done) });
        yield batch;
        continue;
      }
      if (this.failure) throw this.failure;
      if (this.finished) return;
      await new Promise<void>((resolve) => {
        const done = () => {
          signal.removeEventListener('abort', done);
          resolve();
        };
        this.waiters.push(done);
        signal.addEventListener('abort', done, { once: true });
      });
    }
  }
}
