import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type Vars } from '../../lib/i18n';
import type { ImportFieldKey } from './import-fields';
import type { ParsedTable } from './parse-table';
import { mergeResults } from './results';
import { unguard } from '../../lib/formula-guard';
import { buildRows, cellText, parseBool, type ImportRefs } from './row-builder';

const t = (key: MessageKey, vars?: Vars) => translate('en', key, vars);
const labelOf = (key: ImportFieldKey) => key;
const refs: ImportRefs = {
  currencies: [
    { currency_id: '1', currency_code: 'USD', currency_symbol: '$', price_precision: 2 },
    { currency_id: '3', currency_code: 'JPY', currency_symbol: '¥', price_precision: 0 },
  ],
  paymentTerms: [
    { payment_terms: 0, payment_terms_label: 'Due on Receipt' },
    { payment_terms: 30, payment_terms_label: 'Net 30' },
  ],
  pricebooks: [{ pricebook_id: '2', name: 'Wholesale' }],
  users: [{ user_id: '4', name: 'Diego Ruiz', email: 'diego@example.com', role: 'staff_assigned', status: 'active' }],
  customFields: [
    { customfield_id: '3', label: 'Credit Limit', data_type: 'number', options: [] },
    { customfield_id: '4', label: 'Contract Date', data_type: 'date', options: [] },
  ],
  typeWords: { business: ['Business'], individual: ['Individual'] },
};

const mapping: ImportFieldKey[] = [
  'contact_name',
  'customer_sub_type',
  'email',
  'phone',
  'currency_code',
  'payment_terms_label',
  'pricebook',
  'owner_name',
  'is_portal_enabled',
  'billing_city',
  'cf:3',
  'cf:4',
];
const table = (rows: (string | number | boolean | null)[][]): ParsedTable => ({
  headers: mapping.map(String),
  rows: rows.map((cells, i) => ({ line: i + 2, cells })),
});

describe('building contact inputs', () => {
  it('resolves names to ids, strips the export guard, keeps only mapped keys', () => {
    const [row] = buildRows(
      table([
        ["'@Home Interiors", 'Business', 'a@example.com', "'+81-3-1234", 'JPY', 'Net 30', 'Wholesale', 'Diego Ruiz', true, '千代田区', 5000, '2024-04-01'],
      ]),
      mapping,
      refs,
      t,
      labelOf,
    );
    expect(row.errors).toEqual([]);
    expect(row.name).toBe('@Home Interiors');
    expect(row.input).toEqual({
      contact_name: '@Home Interiors',
      customer_sub_type: 'business',
      email: 'a@example.com',
      phone: '+81-3-1234',
      currency_id: '3',
      payment_terms: 30,
      payment_terms_label: 'Net 30',
      pricebook_id: '2',
      owner_id: '4',
      is_portal_enabled: true,
      billing_address: { city: '千代田区' },
      custom_fields: [
        { customfield_id: '3', value: 5000 },
        { customfield_id: '4', value: '2024-04-01' },
      ],
    });
    expect(Object.keys(row.input ?? {})).not.toContain('company_name');
  });

  it('empty cells clear price list and owner, and leave booleans and currency unsent', () => {
    const [row] = buildRows(table([['Acme', '', '', '', '', '', '', '', '', '', null, null]]), mapping, refs, t, labelOf);
    expect(row.errors).toEqual([]);
    expect(row.input).toMatchObject({ pricebook_id: '', owner_id: null });
    expect(row.input).not.toHaveProperty('currency_id');
    expect(row.input).not.toHaveProperty('is_portal_enabled');
  });

  it('lists every reason a row is invalid', () => {
    const [row] = buildRows(
      table([['', 'Company', 'not-an-email', '', 'XYZ', 'Someday', 'Gold', 'Nobody', 'maybe', '', null, null]]),
      mapping,
      refs,
      t,
      labelOf,
    );
    expect(row.input).toBeNull();
    expect(row.errors).toEqual([
      'customer_sub_type must be Business or Individual.',
      'Currency “XYZ” does not exist.',
      'Payment terms “Someday” are not known. Use a label such as Net 30, or a number of days.',
      'Price list “Gold” does not exist.',
      'User “Nobody” does not exist.',
      'is_portal_enabled must be TRUE or FALSE, not “maybe”.',
      'contact_name: Display name is required.',
      'email: Enter a valid email address.',
    ]);
  });

  it('a days column wins over a terms label; Net N is understood', () => {
    const m: ImportFieldKey[] = ['contact_name', 'payment_terms', 'payment_terms_label'];
    const [row] = buildRows({ headers: m, rows: [{ line: 2, cells: ['A', '45', 'Net 30'] }] }, m, refs, t, labelOf);
    expect(row.input).toMatchObject({ payment_terms: 45 });
    const [net] = buildRows({ headers: m, rows: [{ line: 2, cells: ['A', null, 'Net 17'] }] }, m, refs, t, labelOf);
    expect(net.input).toMatchObject({ payment_terms: 17, payment_terms_label: 'Net 17' });
  });
});

describe('cell helpers', () => {
  it('unguard removes only the export guard', () => {
    expect(unguard("'=1+1")).toBe('=1+1');
    expect(unguard("'  @x")).toBe('  @x');
    expect(unguard("'\tx")).toBe('\tx');
    expect(unguard("'quoted")).toBe("'quoted");
    expect(unguard("O'Brien")).toBe("O'Brien");
  });

  it('reads booleans in many spellings', () => {
    expect([true, 'TRUE', 'yes', 'はい', '1'].map(parseBool)).toEqual([true, true, true, true, true]);
    expect([false, 'False', 'no', '0'].map(parseBool)).toEqual([false, false, false, false]);
    expect(parseBool('')).toBeUndefined();
    expect(parseBool('perhaps')).toBeNull();
    expect(cellText(12.5)).toBe('12.5');
  });
});

describe('results', () => {
  it('merges rows kept back with the server answer, by file row', () => {
    const built = buildRows(
      table([
        ['A', '', '', '', '', '', '', '', '', '', null, null],
        ['', '', '', '', '', '', '', '', '', '', null, null],
        ['B', '', '', '', '', '', '', '', '', '', null, null],
      ]),
      mapping,
      refs,
      t,
      labelOf,
    );
    const sent = built.filter((b) => b.input);
    const merged = mergeResults(built, sent, {
      message: 'Import completed.',
      written: true,
      results: [
        { row: 1, contact_name: 'A', status: 'created' },
        { row: 2, contact_name: 'B', status: 'skipped', message: 'A customer with this display name already exists.' },
      ],
      summary: { created: 1, updated: 0, overwritten: 0, skipped: 1, invalid: 0 },
    });
    expect(merged.summary).toEqual({ created: 1, updated: 0, overwritten: 0, skipped: 1, invalid: 1 });
    expect(merged.rows.map((r) => [r.line, r.status])).toEqual([
      [2, 'created'],
      [3, 'invalid'],
      [4, 'skipped'],
    ]);
  });
});
