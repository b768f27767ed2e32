/**
 * A file's first sheet → header + data rows, with SheetJS (passed in; only the worker and the
 * tests load it). CSV/TSV are decoded by us (the user picks the encoding) and parsed as text,
 * every cell a string (raw: no guessing of numbers or dates, so "000123" stays "000123"); the
 * separator is fixed by the extension. Workbook cells keep their types; dates become ISO text.
 */
import type * as XLSXTypes from '@e965/xlsx';
import { decodeText, looksBinary, type TextEncodingName } from './encoding';
import { MAX_IMPORT_ROWS } from '../../api/limits';
import { isWorkbook, type FileKind } from './file-check';

type XLSXModule = typeof XLSXTypes;

/** A cell as the import sees it. */
export type ImportCell = string | number | boolean | null;

export interface ParsedRow {
  /** The row's number in the sheet (as a spreadsheet shows it; the header is usually row 1). */
  line: number;
  cells: ImportCell[];
}

export interface ParsedTable {
  headers: string[];
  rows: ParsedRow[];
  /** A workbook's second sheet (the export's contact persons), when it has a header and rows. */
  second?: { name: string; table: ParsedTable } | null;
}

export type ParseProblem = 'binary' | 'notWorkbook' | 'unreadable' | 'noHeader' | 'noRows' | 'tooManyRows';

export class ParseError extends Error {
  constructor(
    readonly problem: ParseProblem,
    readonly count = 0,
  ) {
    super(problem);
    this.name = 'ParseError';
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(d: Date): string {
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = d.getUTCHours() * 3600 + d.getUTCMinutes() * 60 + d.getUTCSeconds();
  return time === 0 ? date : `${date}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

function cellValue(c: XLSXTypes.CellObject | undefined): ImportCell {
  if (!c || c.t === 'z' || c.t === 'e' || c.v === undefined) return null;
  if (c.v instanceof Date) return Number.isNaN(c.v.getTime()) ? null : isoOf(c.v);
  return c.v;
}

const isBlank = (cells: ImportCell[]) => cells.every((v) => v === null || (typeof v === 'string' && v.trim() === ''));

/** The sheet to import, and a workbook's second sheet (CSV/TSV have none). */
export interface ReadSheets {
  first: XLSXTypes.WorkSheet;
  second: { name: string; sheet: XLSXTypes.WorkSheet } | null;
}

export function readWorkbook(X: XLSXModule, bytes: Uint8Array, kind: FileKind, encoding: TextEncodingName): ReadSheets {
  let wb: XLSXTypes.WorkBook;
  if (kind === 'csv' || kind === 'tsv') {
    if (looksBinary(bytes)) throw new ParseError('binary');
    // "sep=" pins the separator and keeps SheetJS from sniffing HTML or SYLK in the text.
    const text = `sep=${kind === 'tsv' ? '\t' : ','}\n${decodeText(bytes, encoding)}`;
    wb = X.read(text, { type: 'string', raw: true, dense: true });
  } else {
    if (!isWorkbook(bytes)) throw new ParseError('notWorkbook');
    try {
      wb = X.read(bytes, { type: 'array', dense: true, cellDates: true, cellFormula: false, cellHTML: false });
    } catch {
      throw new ParseError('unreadable');
    }
  }
  const sheet = wb.SheetNames.length ? wb.Sheets[wb.SheetNames[0]] : undefined;
  if (!sheet) throw new ParseError('noHeader');
  const secondName = wb.SheetNames[1];
  const second = secondName && wb.Sheets[secondName] ? { name: secondName, sheet: wb.Sheets[secondName] } : null;
  return { first: sheet, second };
}

/** The first sheet as a table, with the second one too when it reads as a table. */
export function toTables(X: XLSXModule, sheets: ReadSheets): ParsedTable {
  const table = toTable(X, sheets.first);
  if (!sheets.second) return table;
  try {
    return { ...table, second: { name: sheets.second.name, table: toTable(X, sheets.second.sheet) } };
  } catch {
    return table; // an empty or unreadable second sheet is not the import's business
  }
}

/** The first non-blank row is the header; blank rows after it are skipped. */
export function toTable(X: XLSXModule, sheet: XLSXTypes.WorkSheet): ParsedTable {
  const ref = sheet['!ref'];
  if (!ref) throw new ParseError('noHeader');
  const range = X.utils.decode_range(ref);
  const data = sheet['!data'] ?? [];
  const width = range.e.c + 1;
  const rowAt = (r: number): ImportCell[] => {
    const src = data[r] ?? [];
    const out = new Array<ImportCell>(width);
    for (let c = 0; c < width; c++) out[c] = cellValue(src[c]);
    return out;
  };
  let r = range.s.r;
  while (r <= range.e.r && isBlank(rowAt(r))) r++;
  if (r > range.e.r) throw new ParseError('noHeader');
  const headerCells = rowAt(r);
  let last = headerCells.length;
  while (last > 0 && (headerCells[last - 1] === null || String(headerCells[last - 1]).trim() === '')) last--;
  const headers = headerCells.slice(0, last).map((h, i) => (h === null || String(h).trim() === '' ? `Column ${i + 1}` : String(h).trim()));
  const rows: ParsedRow[] = [];
  for (r = r + 1; r <= range.e.r; r++) {
    const cells = rowAt(r).slice(0, Math.max(headers.length, 1));
    if (isBlank(cells)) continue;
    rows.push({ line: r + 1, cells });
    if (rows.length > MAX_IMPORT_ROWS) break;
  }
  if (rows.length === 0) throw new ParseError('noRows');
  if (rows.length > MAX_IMPORT_ROWS) throw new ParseError('tooManyRows', rows.length);
  return { headers, rows };
}
