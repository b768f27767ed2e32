/**
 * The import worker: encoding detection and parsing (SheetJS) off the main thread, so a large
 * or malformed file never freezes the page. SheetJS is imported here only.
 */
import { errorText } from '../../lib/error-text';
import { decodeText, detectEncoding, isValidUtf8, looksBinary, previewLines } from './encoding';
import { ParseError, readWorkbook, toTables } from './parse-table';
import type { FromImportWorker, ToImportWorker } from './protocol';

interface WorkerScope {
  postMessage(message: FromImportWorker): void;
  onmessage: ((e: MessageEvent<ToImportWorker>) => void) | null;
}
const scope = globalThis as unknown as WorkerScope;

/** Enough of the file for a preview without decoding all of it twice. */
const PREVIEW_BYTES = 8 * 1024;

async function handle(msg: ToImportWorker): Promise<FromImportWorker> {
  const bytes = new Uint8Array(msg.bytes);
  if (msg.type === 'inspect') {
    const head = bytes.subarray(0, PREVIEW_BYTES);
    return {
      type: 'inspected',
      inspection: {
        binary: looksBinary(bytes),
        validUtf8: isValidUtf8(bytes),
        suggested: detectEncoding(bytes),
        preview: { 'utf-8': previewLines(decodeText(head, 'utf-8')), shift_jis: previewLines(decodeText(head, 'shift_jis')) },
      },
    };
  }
  const X = await import('@e965/xlsx');
  return { type: 'parsed', table: toTables(X, readWorkbook(X, bytes, msg.kind, msg.encoding)) };
}

scope.onmessage = (e) => {
  handle(e.data)
    .then((reply) => scope.postMessage(reply))
    .catch((err: unknown) => {
      if (err instanceof ParseError) scope.postMessage({ type: 'error', problem: err.problem, count: err.count });
      else scope.postMessage({ type: 'error', problem: 'unreadable', count: 0, detail: errorText(err) });
    });
};
