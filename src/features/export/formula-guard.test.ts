/**
 * The injection guard end to end: every trigger character, with and without leading spaces,
 * written as CSV, XLS and XLSX and read back (SheetJS in Node): the text carries the `'`,
 * nothing comes back as a formula, numbers (negative ones too) stay numbers.
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { toCsvBytes } from './csv';
import { FORMULA_TRIGGER, guardFormula } from '../../lib/formula-guard';
import { SheetBuilder, type ColumnSpec } from './row-mapping';
import { writeWorkbook } from './sheet-writer';
import { refs, summaryContact } from './test-fixtures';

const triggers = ['=', '+', '-', '@', '\t', '\r'];
const payloads = triggers.flatMap((c) => [`${c}1+1`, `  ${c}cmd|' /C calc'!A0`]);

describe('guardFormula', () => {
  it.each(triggers.map((c) => [JSON.stringify(c), c]))('prefixes text starting with %s, also after spaces', (_, c) => {
    expect(guardFormula(`${c}SUM(A1)`)).toBe(`'${c}SUM(A1)`);
    expect(guardFormula(`   ${c}SUM(A1)`)).toBe(`'   ${c}SUM(A1)`);
    expect(guardFormula(`\u3000${c}x`)).toBe(`'\u3000${c}x`);
  });

  it('also treats LF and NUL as triggers (ASVS)', () => {
    expect(guardFormula('\nx')).toBe("'\nx");
    expect(guardFormula('\u0000x')).toBe("'\u0000x");
  });

  it('leaves everything else alone', () => {
    for (const s of ['Acme', 'a=b', '1-2', 'x@y.example', "'quoted", '＝全角', '株式会社', ' plain']) {
      expect(guardFormula(s)).toBe(s);
      expect(FORMULA_TRIGGER.test(s)).toBe(false);
    }
  });
});

const columns: ColumnSpec[] = [
  { key: 'contact_name', kind: 'text', header: 'Display Name' },
  { key: 'outstanding_receivable_amount', kind: 'money', header: 'Receivables' },
];

function sheets() {
  const b = new SheetBuilder(columns, refs, { customers: 'Customers', persons: 'Persons' }, null);
  b.add(payloads.map((p, i) => summaryContact({ contact_name: p, outstanding_receivable_amount: -(i + 1) * 100.25 })));
  return b.sheets();
}

function readBack(bytes: Uint8Array): XLSX.CellObject[][] {
  const wb = XLSX.read(bytes, { type: 'array', dense: true });
  return wb.Sheets[wb.SheetNames[0]]['!data'] ?? [];
}

describe('the guard in every format', () => {
  it.each(['csv', 'xls', 'xlsx'] as const)('%s: text is neutralised, numbers stay numeric', (format) => {
    const s = sheets();
    const bytes = format === 'csv' ? toCsvBytes(s[0]) : writeWorkbook(XLSX, s, format);
    const data = readBack(bytes);
    expect(data).toHaveLength(payloads.length + 1);
    payloads.forEach((p, i) => {
      const [name, amount] = data[i + 1];
      expect(name.f, p).toBeUndefined();
      expect(name.t).toBe('s');
      expect(name.v).toBe(`'${p}`);
      expect(amount.t).toBe('n');
      expect(amount.v).toBeCloseTo(-(i + 1) * 100.25, 2);
    });
  });

  it('CSV carries the apostrophe inside the field, quoted only where RFC 4180 needs it', () => {
    const text = new TextDecoder().decode(toCsvBytes(sheets()[0]));
    expect(text).toContain("\r\n'=1+1,-100.25\r\n");
    expect(text).toContain(`"'\r1+1"`);
    expect(text).toContain("\r\n'  =cmd|' /C calc'!A0,");
  });
});
