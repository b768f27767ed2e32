/** Files → header + rows with SheetJS in Node: CSV/TSV as text, workbooks typed, bad files refused. */
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { MAX_IMPORT_ROWS } from '../../api/limits';
import { ParseError, readWorkbook, toTable } from './parse-table';

const enc = (s: string) => new TextEncoder().encode(s);
const parse = (bytes: Uint8Array, kind: 'csv' | 'tsv' | 'xls' | 'xlsx', encoding: 'utf-8' | 'shift_jis' = 'utf-8') =>
  toTable(XLSX, readWorkbook(XLSX, bytes, kind, encoding).first);
const problem = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof ParseError ? e.problem : String(e);
  }
  return 'no error';
};

describe('parsing', () => {
  it('CSV: quoted fields, CRLF inside quotes, everything stays text', () => {
    const t = parse(enc('\ufeffDisplay Name,Phone,Code\r\n"Say ""hi"", ok","+81-3",000123\r\n"two\r\nlines",\'=1+1,-5\r\n\r\n'), 'csv');
    expect(t.headers).toEqual(['Display Name', 'Phone', 'Code']);
    expect(t.rows).toEqual([
      { line: 2, cells: ['Say "hi", ok', '+81-3', '000123'] },
      { line: 3, cells: ['two\r\nlines', "'=1+1", '-5'] },
    ]);
  });

  it('TSV by extension; a header-only or blank file is refused', () => {
    expect(parse(enc('Name\tPhone\na,b\t1\n'), 'tsv').rows[0].cells).toEqual(['a,b', '1']);
    expect(problem(() => parse(enc('Name,Phone\r\n'), 'csv'))).toBe('noRows');
    expect(problem(() => parse(enc('\r\n\r\n'), 'csv'))).toBe('noHeader');
  });

  it('Shift_JIS text decodes with the chosen encoding', () => {
    const sjis = new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x8e, 0x52, 0x93, 0x63, 0x0a]);
    expect(parse(sjis, 'csv', 'shift_jis').rows[0].cells).toEqual(['山田']);
  });

  it('XLSX keeps numbers, booleans and dates (as ISO text)', () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['Name', 'Amount', 'Portal', 'Date'],
      ['株式会社', -12.5, true, new Date(Date.UTC(2024, 3, 1))],
    ]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    const bytes = new Uint8Array(XLSX.write(wb, { bookType: 'xlsx', type: 'array' }) as ArrayBuffer);
    expect(parse(bytes, 'xlsx').rows[0].cells).toEqual(['株式会社', -12.5, true, '2024-04-01']);
  });

  it('refuses garbage with a reason instead of crashing', () => {
    expect(problem(() => parse(new Uint8Array([1, 2, 3, 0, 255, 254, 9, 9]), 'csv'))).toBe('binary');
    expect(problem(() => parse(enc('Name,Phone\r\na,b\r\n'), 'xlsx'))).toBe('notWorkbook');
    expect(problem(() => parse(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5]), 'xlsx'))).toBe('unreadable');
    expect(problem(() => parse(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'xls'))).toBe('unreadable');
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows`, () => {
    const text = `Name\r\n${Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `c${i}`).join('\r\n')}\r\n`;
    expect(problem(() => parse(enc(text), 'csv'))).toBe('tooManyRows');
  });
});
