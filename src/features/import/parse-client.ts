/** Run one request in a fresh import worker (it holds a copy of the file only while it works). */
import type { TextEncodingName } from './encoding';
import type { FileKind } from './file-check';
import type { ParsedTable } from './parse-table';
import { ParseError } from './parse-table';
import type { FromImportWorker, Inspection, ToImportWorker } from './protocol';

function ask(msg: ToImportWorker): Promise<FromImportWorker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<FromImportWorker>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      reject(new ParseError('unreadable'));
    };
    const copy = msg.bytes.slice(0);
    worker.postMessage({ ...msg, bytes: copy }, [copy]);
  });
}

export async function inspectText(bytes: ArrayBuffer): Promise<Inspection> {
  const reply = await ask({ type: 'inspect', bytes });
  if (reply.type === 'inspected') return reply.inspection;
  throw new ParseError(reply.type === 'error' ? reply.problem : 'unreadable');
}

export async function parseFile(bytes: ArrayBuffer, kind: FileKind, encoding: TextEncodingName): Promise<ParsedTable> {
  const reply = await ask({ type: 'parse', bytes, kind, encoding });
  if (reply.type === 'parsed') return reply.table;
  throw new ParseError(reply.type === 'error' ? reply.problem : 'unreadable', reply.type === 'error' ? reply.count : 0);
}
