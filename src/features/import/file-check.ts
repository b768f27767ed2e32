/**
 * What can be imported, checked before any parsing: the type (by extension), the size
 * (≤ 10 MB, not empty), and that a workbook really is one (ZIP for XLSX, OLE for XLS).
 */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export const fileKinds = ['csv', 'tsv', 'xls', 'xlsx'] as const;
export type FileKind = (typeof fileKinds)[number];
export const ACCEPT =
  '.csv,.tsv,.xls,.xlsx,text/csv,text/tab-separated-values,application/vnd.ms-excel,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type FileProblem = 'type' | 'empty' | 'tooLarge';

export function kindOf(fileName: string): FileKind | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return (fileKinds as readonly string[]).includes(ext ?? '') ? (ext as FileKind) : null;
}

export function checkFile(fileName: string, size: number): { ok: true; kind: FileKind } | { ok: false; problem: FileProblem } {
  const kind = kindOf(fileName);
  if (!kind) return { ok: false, problem: 'type' };
  if (size === 0) return { ok: false, problem: 'empty' };
  if (size > MAX_IMPORT_BYTES) return { ok: false, problem: 'tooLarge' };
  return { ok: true, kind };
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An Excel workbook in either container (a .xls that is really XLSX, or the reverse, is fine). */
export const isWorkbook = (bytes: Uint8Array): boolean => startsWith(bytes, ZIP) || startsWith(bytes, OLE);

export const isTextKind = (kind: FileKind): kind is 'csv' | 'tsv' => kind === 'csv' || kind === 'tsv';
