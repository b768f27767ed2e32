/**
 * Sheets → an XLS (BIFF8) or XLSX file with SheetJS. The SheetJS module is passed in, so this
 * file never imports it: only the worker loads it (and the tests, in Node). Cells are built
 * directly in SheetJS's dense form, typed: text `s`, numbers and money `n` (money formatted
 * with its currency's decimals), booleans `b`, dates as serials with a date format. No cell is
 * ever a formula (`f`), whatever its text.
 */
import type * as XLSXTypes from '@e965/xlsx';
import { DATE_FORMAT, DATETIME_FORMAT, dateSerial, moneyFormat } from './cell-format';
import type { Cell, SheetColumn, SheetData } from './row-mapping';

type XLSXModule = typeof XLSXTypes;
type CellObject = XLSXTypes.CellObject;

const textCell = (v: string): CellObject => ({ t: 's', v });

function toCell(v: Cell, column: SheetColumn, precision: number, formats: Map<number, string>): CellObject | null {
  if (v === null || v === '') return null;
  if (typeof v === 'boolean') return { t: 'b', v };
  if (typeof v === 'number') {
    if (column.kind !== 'money') return { t: 'n', v };
    let z = formats.get(precision);
    if (!z) formats.set(precision, (z = moneyFormat(precision)));
    return { t: 'n', v, z };
  }
  if (column.kind === 'date' || column.kind === 'datetime') {
    const serial = dateSerial(v, column.kind === 'datetime');
    if (serial !== null) return { t: 'n', v: serial, z: column.kind === 'date' ? DATE_FORMAT : DATETIME_FORMAT };
  }
  return textCell(v);
}

/** Excel's sheet-name rules: at most 31 characters, none of : \ / ? * [ ]. */
export function safeSheetName(name: string, fallback: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, ' ')
    .trim()
    .slice(0, 31);
  return cleaned || fallback;
}

const MAX_COL_WIDTH = 40;

export function toWorksheet(X: XLSXModule, sheet: SheetData): XLSXTypes.WorkSheet {
  const { columns, rows, precisions } = sheet;
  const formats = new Map<number, string>();
  // Dense rows; an empty cell is a hole (SheetJS skips holes, not nulls).
  const data: CellObject[][] = new Array(rows.length + 1);
  data[0] = columns.map((c) => textCell(c.header));
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const precision = precisions?.[r] ?? 2;
    const out = new Array<CellObject>(columns.length);
    for (let i = 0; i < columns.length; i++) {
      const cell = toCell(row[i] ?? null, columns[i], precision, formats);
      if (cell) out[i] = cell;
    }
    data[r + 1] = out;
  }
  const ws: XLSXTypes.WorkSheet = {
    '!data': data,
    '!ref': X.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length, c: Math.max(columns.length - 1, 0) } }),
  };
  ws['!cols'] = columns.map((c) => ({ wch: Math.min(Math.max(c.header.length + 2, 10), MAX_COL_WIDTH) }));
  return ws;
}

export function writeWorkbook(X: XLSXModule, sheets: SheetData[], format: 'xls' | 'xlsx'): Uint8Array {
  const wb = X.utils.book_new();
  sheets.forEach((s, i) => X.utils.book_append_sheet(wb, toWorksheet(X, s), safeSheetName(s.name, `Sheet${i + 1}`)));
  const out: ArrayBuffer = X.write(wb, { bookType: format === 'xls' ? 'biff8' : 'xlsx', type: 'array', compression: true });
  return new Uint8Array(out);
}

export const MIME_TYPES = {
  csv: 'text/csv;charset=utf-8',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
