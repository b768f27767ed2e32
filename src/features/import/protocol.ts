/** Messages between the import wizard (main thread) and import.worker.ts. */
import type { TextEncodingName } from './encoding';
import type { FileKind } from './file-check';
import type { ParsedTable, ParseProblem } from './parse-table';

export type ToImportWorker = { type: 'inspect'; bytes: ArrayBuffer } | { type: 'parse'; bytes: ArrayBuffer; kind: FileKind; encoding: TextEncodingName };

export interface Inspection {
  /** Not a text file at all. */
  binary: boolean;
  validUtf8: boolean;
  suggested: TextEncodingName;
  /** The first lines as each encoding reads them. */
  preview: Record<TextEncodingName, string>;
}

export type FromImportWorker =
  | { type: 'inspected'; inspection: Inspection }
  | { type: 'parsed'; table: ParsedTable }
  | { type: 'error'; problem: ParseProblem; count: number; detail?: string };
