import { describe, expect, it } from 'vitest';
import { translate } from '../../lib/i18n';
import { enAll as en } from '../../lib/i18n/en-all';
import { autoMatch, importFieldKeys, importFields, normalizeHeader, type ImportField } from './import-fields';

const custom = [
  { customfield_id: '1', label: 'Customer Code', data_type: 'text' as const, options: [] },
  { customfield_id: '3', label: 'Credit Limit', data_type: 'number' as const, options: [] },
];
const fields = importFields(custom);
const texts = (f: ImportField) => (f.labelKey ? [translate('en', f.labelKey)] : [f.label ?? '']);
const match = (headers: string[]) => autoMatch(headers, fields, texts);

/** Every header the export writes (from the shared catalogue). */
const exportHeaders = Object.entries(en)
  .filter(([k]) => k.startsWith('export.col.'))
  .map(([k, v]) => ({ key: k.slice('export.col.'.length), header: v }));

describe('header auto-matching', () => {
  it('normalises case, width, spaces and punctuation', () => {
    expect(normalizeHeader(' Billing ZIP Code ')).toBe('billingzipcode');
    expect(normalizeHeader('billing_zip_code')).toBe('billingzipcode');
    expect(normalizeHeader('ＥＭＡＩＬ')).toBe('email');
    expect(normalizeHeader('Payment Terms (Days)')).toBe('paymenttermsdays');
  });

  it('matches every column the export writes back to its field, and leaves read-only ones out', () => {
    const result = match(exportHeaders.map((h) => h.header));
    exportHeaders.forEach((h, i) => {
      const importable = (importFieldKeys as readonly string[]).includes(h.key);
      expect(result[i], h.header).toBe(importable ? h.key : null);
    });
  });

  it('matches custom fields by label and API names', () => {
    expect(match(['Customer Code', 'credit limit', 'contact_name', 'billing_city'])).toEqual(['cf:1', 'cf:3', 'contact_name', 'billing_city']);
  });

  it('knows common aliases, in English and Japanese', () => {
    expect(match(['Customer Name', 'E-mail', 'Phone', 'Notes', 'Owner', 'Price List'])).toEqual([
      'contact_name',
      'email',
      'phone',
      'notes',
      'owner_name',
      'pricebook',
    ]);
    expect(match(['顧客名', 'メールアドレス', '電話番号', '会社名'])).toEqual(['contact_name', 'email', 'phone', 'company_name']);
  });

  it('uses each field once and ignores unknown headers', () => {
    expect(match(['Display Name', 'Name', 'Favourite colour'])).toEqual(['contact_name', null, null]);
  });

  it('an exact header beats an alias ("Payment Terms" is the label, not the days)', () => {
    expect(match(['Payment Terms', 'Payment Terms (Days)'])).toEqual(['payment_terms_label', 'payment_terms']);
  });
});
