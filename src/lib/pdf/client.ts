/**
 * The page's side of the PDF machinery. UI code loads it with `await import('…/lib/pdf/client')`
 * so nothing PDF-related ships with the pages; the worker it starts (on the first PDF) is what
 * loads @react-pdf/renderer and fetches the font. Jobs run one at a time; aborting the running
 * one restarts the worker, aborting a queued one just drops it.
 */
import type { PdfJob, RenderOptions, StatementsPdfInput, UnpaidInvoicesPdfInput, WorkerRequest, WorkerResponse } from './types';

export type { RenderOptions, StatementDocInput, StatementsPdfInput, UnpaidInvoicesPdfInput, OrgInfo, StatementLayout } from './types';

interface Job {
  id: number;
  job: PdfJob;
  opts: RenderOptions;
  resolve: (blob: Blob) => void;
  reject: (err: unknown) => void;
  cleanup: () => void;
}

let worker: Worker | null = null;
let running: Job | null = null;
const queue: Job[] = [];
let nextId = 1;

const abortError = () => new DOMException('Making the PDF was cancelled.', 'AbortError');

/** Where the worker fetches the fonts from: absolute, as a worker resolves URLs against its own script. */
function fontBase(): string {
  return new URL(`${import.meta.env.BASE_URL}fonts/`, document.baseURI).href;
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

function startWorker(): Worker {
  const w = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module', name: 'pdf' });
  w.onmessage = (e: MessageEvent<WorkerResponse>) => {
    const msg = e.data;
    if (!running || msg.id !== running.id) return;
    if (msg.type === 'progress') running.opts.onProgress?.(msg.done, msg.total);
    else finish(msg.type === 'done' ? { blob: msg.blob } : { error: new Error(msg.message) });
  };
  w.onerror = (e) => {
    e.preventDefault();
    stopWorker();
    finish({ error: new Error(e.message || 'The PDF worker failed to start.') });
  };
  return w;
}

function finish(result: { blob: Blob } | { error: unknown }): void {
  const job = running;
  running = null;
  if (job) {
    job.cleanup();
    if ('blob' in result) job.resolve(result.blob);
    else job.reject(result.error);
  }
  pump();
}

function pump(): void {
  if (running) return;
  const job = queue.shift();
  if (!job) return;
  running = job;
  worker ??= startWorker();
  const request: WorkerRequest = { id: job.id, fontBase: fontBase(), job: job.job };
  worker.postMessage(request);
}

function run(job: PdfJob, opts: RenderOptions = {}): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) => {
    const { signal } = opts;
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const entry: Job = { id: nextId++, job, opts, resolve, reject, cleanup: () => signal?.removeEventListener('abort', onAbort) };
    function onAbort() {
      if (running === entry) {
        stopWorker();
        finish({ error: abortError() });
        return;
      }
      const i = queue.indexOf(entry);
      if (i >= 0) queue.splice(i, 1);
      entry.cleanup();
      reject(abortError());
    }
    signal?.addEventListener('abort', onAbort);
    queue.push(entry);
    pump();
  });
}

/** One PDF holding every statement, each starting on a new page. */
export function renderStatementsPdf(input: StatementsPdfInput, opts?: RenderOptions): Promise<Blob> {
  return run({ kind: 'statements', input }, opts);
}

/** The list of a customer's unpaid invoices with their totals. */
export function renderUnpaidInvoicesPdf(input: UnpaidInvoicesPdfInput, opts?: RenderOptions): Promise<Blob> {
  return run({ kind: 'unpaid-invoices', input }, opts);
}

/** The bytes of a Blob as plain base64 (no `data:` prefix), for JSON attachments. */
export function blobToBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The PDF could not be read.'));
    reader.readAsDataURL(blob);
  });
}
