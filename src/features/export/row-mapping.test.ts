import { describe, expect, it } from 'vitest';
import { enAll as en } from '../../lib/i18n/en-all';
import { baseFields, chosenFields, defaultFieldKeys, needsDetails } from './fields';
import { guardFormula } from '../../lib/formula-guard';
import {
  SheetBuilder,
  XLS_MAX_DATA_ROWS,
  contactKeysFor,
  exceedsXlsLimit,
  exportFileName,
  mapContact,
  personColumnKeys,
  personRows,
  pickContactKeys,
  type ExportContact,
  type PersonColumnKey,
} from './row-mapping';
import { columnsOf, everyField, fullContact, refs, summaryContact } from './test-fixtures';

const cols = columnsOf(everyField);
const valueOf = (row: unknown[], key: string) => row[cols.findIndex((c) => c.key === key)];

describe('row mapping', () => {
  it('maps every field of a full contact, typed', () => {
    const row = mapContact(fullContact(), cols, refs);
    expect(row).toHaveLength(cols.length);
    expect(valueOf(row, 'contact_name')).toBe('株式会社さくら商事');
    expect(valueOf(row, 'customer_sub_type')).toBe('Business');
    expect(valueOf(row, 'first_name')).toBe('太郎');
    expect(valueOf(row, 'last_name')).toBe('山田');
    expect(valueOf(row, 'phone')).toBe("'+81-3-1234-5678");
    expect(valueOf(row, 'currency_code')).toBe('JPY');
    expect(valueOf(row, 'payment_terms')).toBe(30);
    expect(valueOf(row, 'pricebook')).toBe('Wholesale');
    expect(valueOf(row, 'owner_name')).toBe('Diego Ruiz');
    expect(valueOf(row, 'status')).toBe('Active');
    expect(valueOf(row, 'is_portal_enabled')).toBe(true);
    expect(valueOf(row, 'payment_reminder_enabled')).toBe(false);
    expect(valueOf(row, 'outstanding_receivable_amount')).toBe(123456);
    expect(valueOf(row, 'notes')).toBe('毎月20日締め\n翌月末払い');
    expect(valueOf(row, 'billing_city')).toBe('千代田区');
    expect(valueOf(row, 'shipping_city')).toBe('港区');
    expect(valueOf(row, 'billing_zip')).toBe('100-0005');
    expect(valueOf(row, 'cf:1')).toBe('000123');
    expect(valueOf(row, 'cf:2')).toBeNull();
    expect(valueOf(row, 'cf:3')).toBe(500000);
    expect(valueOf(row, 'cf:4')).toBe('2024-04-01');
    expect(valueOf(row, 'created_time')).toBe('2024-01-15T09:30:00+09:00');
  });

  it('maps a summary row; detail-only fields are empty', () => {
    const row = mapContact(summaryContact(), cols, refs);
    expect(valueOf(row, 'contact_name')).toBe("'@Home Interiors");
    expect(valueOf(row, 'first_name')).toBe('Ann');
    expect(valueOf(row, 'status')).toBe('Inactive');
    expect(valueOf(row, 'outstanding_receivable_amount')).toBe(-1200.5);
    expect(valueOf(row, 'billing_city')).toBe('');
    expect(valueOf(row, 'cf:3')).toBeNull();
    expect(valueOf(row, 'pricebook')).toBe('');
  });

  it('leaves numbers alone, negative ones included; guards strings only', () => {
    const row = mapContact(summaryContact({ outstanding_receivable_amount: -5 }), cols, refs);
    expect(valueOf(row, 'outstanding_receivable_amount')).toBe(-5);
    expect(valueOf(row, 'phone')).toBe("'-555-0100");
  });

  it('keeps the per-row currency precision and builds the persons sheet', () => {
    const b = new SheetBuilder(
      cols,
      refs,
      { customers: 'Customers', persons: 'Contact Persons' },
      Object.fromEntries(personColumnKeys.map((k) => [k, k])) as Record<PersonColumnKey, string>,
    );
    b.add([fullContact(), summaryContact()]);
    expect(b.customers.precisions).toEqual([0, 2]);
    expect(b.persons?.rows).toHaveLength(2);
    expect(b.sheets()).toHaveLength(2);
    const [primary, other] = personRows(fullContact());
    expect(primary).toEqual(['4', '株式会社さくら商事', '', '太郎', '山田', 'yamada@sakura.example.jp', "'+81-3-1234-5678", '', '経理部長', '経理部', true]);
    expect(other[8]).toBe(`'=HYPERLINK("x")`);
  });

  it('guards headers too (a custom field label may look like a formula)', () => {
    const b = new SheetBuilder([{ key: 'cf:9', kind: 'text', header: '=SUM(A1)' }], refs, { customers: 'C', persons: 'P' }, null);
    expect(b.customers.columns[0].header).toBe("'=SUM(A1)");
    expect(b.sheets()).toHaveLength(1);
  });
});

describe('the fields handed to the worker', () => {
  it('maps picked rows exactly as whole ones, for every field and the persons sheet', () => {
    const keys = contactKeysFor(cols, true);
    for (const c of [fullContact(), summaryContact()]) {
      const [picked] = pickContactKeys([c], keys) as ExportContact[];
      expect(mapContact(picked, cols, refs)).toEqual(mapContact(c, cols, refs));
      expect(personRows(picked)).toEqual(personRows(c));
      expect(Object.keys(picked).length).toBeLessThan(Object.keys(c).length);
    }
  });

  it('leaves out what no chosen column reads, and passes non-objects through', () => {
    const keys = contactKeysFor(columnsOf(chosenFields(baseFields, new Set(['contact_name', 'email']))), false);
    expect(keys.sort()).toEqual(['contact_id', 'contact_name', 'currency_code', 'email']);
    const s = summaryContact();
    expect(pickContactKeys([s, null, 'x'], keys)).toEqual([
      { contact_id: s.contact_id, contact_name: s.contact_name, currency_code: s.currency_code, email: s.email },
      null,
      'x',
    ]);
  });
});

describe('fields', () => {
  it('every fixed field has an English header', () => {
    for (const f of baseFields) expect(en[f.labelKey as keyof typeof en], f.key).toBeTruthy();
    for (const k of personColumnKeys) expect(en[`export.persons.col.${k}` as keyof typeof en], k).toBeTruthy();
  });

  it('the default set needs no detail calls; persons or addresses do', () => {
    const defaults = chosenFields(everyField, new Set(defaultFieldKeys));
    expect(defaults.map((f) => f.key)).toEqual(defaultFieldKeys);
    expect(needsDetails(defaults, false)).toBe(false);
    expect(needsDetails(defaults, true)).toBe(true);
    expect(needsDetails(chosenFields(everyField, new Set(['billing_city'])), false)).toBe(true);
    expect(needsDetails(chosenFields(everyField, new Set(['cf:1'])), false)).toBe(true);
  });
});

describe('XLS limit', () => {
  it('refuses more than 65,535 data rows for XLS only', () => {
    expect(XLS_MAX_DATA_ROWS).toBe(65_535);
    expect(exceedsXlsLimit('xls', 65_535)).toBe(false);
    expect(exceedsXlsLimit('xls', 65_536)).toBe(true);
    expect(exceedsXlsLimit('xlsx', 1_000_000)).toBe(false);
    expect(exceedsXlsLimit('csv', 1_000_000)).toBe(false);
  });
});

describe('file names', () => {
  it('customers_<scope>_<YYYY-MM-DD>.<ext>, in local time', () => {
    const d = new Date(2026, 0, 5, 23, 59);
    expect(exportFileName('all', 'csv', d)).toBe('customers_all_2026-01-05.csv');
    expect(exportFileName('view', 'xls', d)).toBe('customers_current_view_2026-01-05.xls');
    expect(exportFileName('selected', 'xlsx', d)).toBe('customers_selected_2026-01-05.xlsx');
  });
});

describe('guardFormula', () => {
  it('is idempotent on safe text', () => {
    expect(guardFormula('Acme')).toBe('Acme');
    expect(guardFormula('')).toBe('');
  });
});
