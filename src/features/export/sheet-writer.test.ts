/** XLS and XLSX written from mapped rows and read back with SheetJS: types, dates, sheets. */
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { dateSerial } from './cell-format';
import { SheetBuilder, personColumnKeys, type PersonColumnKey } from './row-mapping';
import { safeSheetName, writeWorkbook } from './sheet-writer';
import { columnsOf, everyField, fullContact, refs, summaryContact } from './test-fixtures';

const cols = columnsOf(everyField);
const personHeaders = Object.fromEntries(personColumnKeys.map((k) => [k, k])) as Record<PersonColumnKey, string>;

describe('cell formats', () => {
  it('dates become serials in the 1900 system, wall clock kept', () => {
    expect(dateSerial('2024-01-01', false)).toBe(45292);
    expect(dateSerial('2024-01-01T12:00:00+09:00', true)).toBe(45292.5);
    expect(dateSerial('2024-13-01', false)).toBeNull();
    expect(dateSerial('soon', false)).toBeNull();
  });

  it('sheet names follow Excel rules', () => {
    expect(safeSheetName('Contact Persons', 'S')).toBe('Contact Persons');
    expect(safeSheetName('a/b:c?[d]', 'S')).toBe('a b c  d');
    expect(safeSheetName('顧'.repeat(40), 'S')).toHaveLength(31);
    expect(safeSheetName('::', 'Sheet1')).toBe('Sheet1');
  });
});

describe.each(['xls', 'xlsx'] as const)('%s', (format) => {
  const b = new SheetBuilder(cols, refs, { customers: '顧客', persons: 'Contact Persons' }, personHeaders);
  b.add([fullContact(), summaryContact()]);
  const wb = XLSX.read(writeWorkbook(XLSX, b.sheets(), format), { type: 'array', dense: true, cellDates: true, cellNF: true });
  const at = (row: number, key: string) => wb.Sheets['顧客']['!data']?.[row]?.[cols.findIndex((c) => c.key === key)];

  it('has both sheets with Japanese names and text intact', () => {
    expect(wb.SheetNames).toEqual(['顧客', 'Contact Persons']);
    expect(at(1, 'contact_name')?.v).toBe('株式会社さくら商事');
    expect(at(1, 'notes')?.v).toBe('毎月20日締め\n翌月末払い');
    expect(wb.Sheets['Contact Persons']['!data']).toHaveLength(3);
  });

  it('keeps numbers numeric, money formatted with its currency precision', () => {
    expect(at(1, 'outstanding_receivable_amount')).toMatchObject({ t: 'n', v: 123456, z: '#,##0' });
    expect(at(2, 'outstanding_receivable_amount')).toMatchObject({ t: 'n', v: -1200.5, z: '#,##0.00' });
    expect(at(1, 'payment_terms')).toMatchObject({ t: 'n', v: 30 });
    expect(at(1, 'cf:3')).toMatchObject({ t: 'n', v: 500000 });
    expect(at(1, 'cf:1')).toMatchObject({ t: 's', v: '000123' });
  });

  it('keeps dates as dates and booleans as booleans', () => {
    const date = at(1, 'cf:4');
    expect(date?.t).toBe('d');
    expect((date?.v as Date).toISOString()).toBe('2024-04-01T00:00:00.000Z');
    expect((at(1, 'created_time')?.v as Date).toISOString()).toBe('2024-01-15T09:30:00.000Z');
    expect(at(1, 'is_portal_enabled')).toMatchObject({ t: 'b', v: true });
  });

  it('neutralises formula-looking text and leaves empty cells empty', () => {
    expect(at(2, 'contact_name')).toMatchObject({ t: 's', v: "'@Home Interiors" });
    expect(at(2, 'contact_name')?.f).toBeUndefined();
    expect(at(2, 'cf:3')).toBeUndefined();
  });
});
