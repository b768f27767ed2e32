/**
 * The PDF worker: renders jobs one at a time with @react-pdf/renderer, off the main thread so
 * the page stays responsive, and posts progress and the finished Blob back.
 */
import './worker-prelude';
import { errorText } from '../error-text';
import { registerFonts } from './fonts';
import { renderJobToBlob } from './render';
import type { WorkerRequest, WorkerResponse } from './types';

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
}
const scope = self as unknown as WorkerScope;
const post = (message: WorkerResponse) => scope.postMessage(message);

let queue: Promise<void> = Promise.resolve();

async function run({ id, fontBase, job }: WorkerRequest): Promise<void> {
  try {
    registerFonts(fontBase);
    const blob = await renderJobToBlob(job, (done, total) => post({ id, type: 'progress', done, total }));
    post({ id, type: 'done', blob });
  } catch (err) {
    post({ id, type: 'error', message: errorText(err) });
  }
}

scope.onmessage = (e) => {
  queue = queue.then(() => run(e.data));
};
