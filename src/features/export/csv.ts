/**
 * CSV writer, RFC 4180: CRLF between records, a field is quoted when it holds a comma, a
 * quote (doubled) or a line break, UTF-8 with a BOM so Excel shows Japanese correctly.
 * Written here rather than by SheetJS, whose writer quotes a field only for the first
 * character of the record separator (a lone LF inside a CRLF file would go unquoted).
 */
import { csvDate } from './cell-format';
import type { Cell, SheetColumn, SheetData } from './row-mapping';

export const CRLF = '\r\n';
export const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cellText(v: Cell, column: SheetColumn, precision: number): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') {
    if (column.kind === 'money' && Number.isFinite(v)) return v.toFixed(precision);
    return String(v);
  }
  if (column.kind === 'date' || column.kind === 'datetime') {
    const d = csvDate(v, column.kind === 'datetime');
    if (d !== null) return d;
  }
  return csvField(v);
}

/** The sheet as CSV text (no BOM). */
export function toCsvText(sheet: SheetData): string {
  const { columns, rows, precisions } = sheet;
  const lines = new Array<string>(rows.length + 1);
  lines[0] = columns.map((c) => csvField(c.header)).join(',');
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const precision = precisions?.[r] ?? 2;
    const out = new Array<string>(columns.length);
    for (let i = 0; i < columns.length; i++) out[i] = cellText(row[i] ?? null, columns[i], precision);
    lines[r + 1] = out.join(',');
  }
  return lines.join(CRLF) + CRLF;
}

/** The file's bytes: BOM + UTF-8 CSV. */
export function toCsvBytes(sheet: SheetData): Uint8Array {
  const body = new TextEncoder().encode(toCsvText(sheet));
  const out = new Uint8Array(UTF8_BOM.length + body.length);
  out.set(UTF8_BOM, 0);
  out.set(body, UTF8_BOM.length);
  return out;
}
