/**
 * The main thread's side of an export: fetch the scope page by page, stream it to the worker,
 * and get the file back. `writeExportFile` (rows you already have → file) is also what
 * `npm run bench` calls to time the mapping + write against a bare SheetJS write.
 */
import type { FetchProgress, ExportSource } from './fetch-contacts';
import { fetchExportContacts } from './fetch-contacts';
import type { Prefetch } from './prefetch';
import type { ExportJob, FromWorker, ToWorker } from './protocol';
import { exceedsXlsLimit, pickContactKeys, type ExportContact, type ExportFormat } from './row-mapping';
import { MIME_TYPES } from './sheet-writer';

export type ExportProgress = ({ phase: 'fetching' } & FetchProgress) | { phase: 'writing' };

export class ExportError extends Error {
  constructor(
    readonly code: 'xls_limit' | 'failed' | 'cancelled',
    message: string,
    readonly rows = 0,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

export interface ExportResult {
  blob: Blob;
  rows: number;
  persons: number;
  /** Time the worker spent writing the file (after mapping), in ms. */
  writeMs: number;
}

export function startExportWorker(): Worker {
  return new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
}

/** A worker started ahead (while the dialog is open), taken by the next export. */
let spare: Worker | null = null;
let spareWarm = false;

/** Start the next export's worker now, and load SheetJS in it when the format needs it. */
export function prewarmExportWorker(format: ExportFormat): void {
  if (!spare) {
    const worker = startExportWorker();
    // A worker that fails to start is dropped, so the export starts a fresh one (and reports).
    worker.addEventListener('error', () => {
      if (spare === worker) releaseSpareWorker();
    });
    spare = worker;
  }
  if (format !== 'csv' && !spareWarm) {
    spare.postMessage({ type: 'warm' } satisfies ToWorker);
    spareWarm = true;
  }
}

/** The dialog closed without exporting: stop the spare worker. */
export function releaseSpareWorker(): void {
  spare?.terminate();
  spare = null;
  spareWarm = false;
}

function takeWorker(): Worker {
  const worker = spare ?? startExportWorker();
  spare = null;
  spareWarm = false;
  return worker;
}

/** Let the page breathe between batches (no long task while prefetched rows are handed over). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** A worker session: `send` rows, then `finish()` resolves with the file. */
function session(job: ExportJob, onWriting: () => void) {
  const worker = takeWorker();
  let settle: { resolve: (r: ExportResult) => void; reject: (e: ExportError) => void } | null = null;
  const done = new Promise<ExportResult>((resolve, reject) => (settle = { resolve, reject }));
  done.catch(() => undefined);
  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    const m = e.data;
    if (m.type === 'writing') onWriting();
    else if (m.type === 'done') {
      settle?.resolve({ blob: new Blob([m.bytes], { type: MIME_TYPES[job.format] }), rows: m.rows, persons: m.persons, writeMs: m.writeMs });
      worker.terminate();
    } else {
      settle?.reject(new ExportError(m.code, m.message, m.rows));
      worker.terminate();
    }
  };
  worker.onerror = (e) => {
    e.preventDefault();
    settle?.reject(new ExportError('failed', e.message || 'The export worker could not start.'));
    worker.terminate();
  };
  const post = (m: ToWorker) => worker.postMessage(m);
  post({ type: 'begin', job });
  return {
    send: (contacts: ExportContact[] | unknown[]) => post({ type: 'rows', contacts: pickContactKeys(contacts, job.contactKeys) }),
    finish: () => {
      post({ type: 'end' });
      return done;
    },
    abort: () => {
      worker.terminate();
      settle?.reject(new ExportError('cancelled', 'The export was cancelled.'));
    },
  };
}

function abortable<T>(p: Promise<T>, signal: AbortSignal | undefined, abort: () => void): Promise<T> {
  if (!signal) return p;
  if (signal.aborted) abort();
  signal.addEventListener('abort', abort, { once: true });
  return p.finally(() => signal.removeEventListener('abort', abort));
}

/** Contacts already in hand → the file (mapped and written in the worker). For the bench too. */
export function writeExportFile(
  job: ExportJob,
  batches: ExportContact[][],
  opts: { signal?: AbortSignal; onProgress?: (p: ExportProgress) => void } = {},
): Promise<ExportResult> {
  const s = session(job, () => opts.onProgress?.({ phase: 'writing' }));
  for (const b of batches) s.send(b);
  return abortable(s.finish(), opts.signal, s.abort);
}

/**
 * The whole export: fetch the scope and write the file. An XLS export larger than the format
 * holds is refused as soon as the total is known, before any more pages are fetched. Rows the
 * dialog prefetched for this very scope (`prefetched`, see prefetch.ts) are used instead of a
 * new fetch, including the pages still arriving.
 */
export async function runExport(
  job: ExportJob,
  source: ExportSource,
  opts: { signal: AbortSignal; onProgress: (p: ExportProgress) => void; prefetched?: Prefetch | null },
): Promise<ExportResult> {
  const s = session(job, () => opts.onProgress({ phase: 'writing' }));
  const onAbort = () => s.abort();
  opts.signal.addEventListener('abort', onAbort, { once: true });
  try {
    let over = 0;
    const onFetch = (p: FetchProgress) => {
      if (exceedsXlsLimit(job.format, p.total)) over = p.total;
      opts.onProgress({ phase: 'fetching', ...p });
    };
    const batches = opts.prefetched
      ? opts.prefetched.replay(opts.signal, onFetch)
      : fetchExportContacts(source, job.details, opts.signal, onFetch, job.contactKeys);
    for await (const batch of batches) {
      if (over) throw new ExportError('xls_limit', 'Too many rows for XLS.', over);
      s.send(batch);
      await nextTask();
    }
    return await s.finish();
  } catch (err) {
    s.abort();
    opts.prefetched?.cancel();
    if (opts.signal.aborted) throw new ExportError('cancelled', 'The export was cancelled.');
    throw err;
  } finally {
    opts.signal.removeEventListener('abort', onAbort);
  }
}
