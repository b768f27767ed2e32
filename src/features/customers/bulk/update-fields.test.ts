import { describe, expect, it } from 'vitest';
import { clearsValue, isValueReady, NONE, toCommand, updateFields, valueLabel, type Reference } from './update-fields';

const ref: Reference = {
  currencies: [
    { currency_id: '1', currency_code: 'USD', currency_name: 'US Dollar', currency_symbol: '$', price_precision: 2 },
    { currency_id: '3', currency_code: 'JPY', currency_symbol: '¥', price_precision: 0 },
  ],
  paymentTerms: [
    { payment_terms: 15, payment_terms_label: 'Net 15' },
    { payment_terms: 60, payment_terms_label: 'Net 60' },
  ],
  pricebooks: [{ pricebook_id: '2', name: 'Wholesale' }],
  customFields: [
    { customfield_id: '1', label: 'Customer Code', data_type: 'text', options: [] },
    { customfield_id: '2', label: 'Region', data_type: 'dropdown', options: ['Europe', 'Kanto'] },
    { customfield_id: '3', label: 'Credit Limit', data_type: 'number', options: [] },
    { customfield_id: '4', label: 'Contract Date', data_type: 'date', options: [] },
  ],
};
const labels = { currency: 'Currency', paymentTerms: 'Payment Terms', priceList: 'Price List', none: 'None' };
const fields = updateFields(ref, labels);
const byLabel = (label: string) => {
  const f = fields.find((x) => x.label === label);
  if (!f) throw new Error(label);
  return f;
};

describe('updateFields', () => {
  it('offers the three customer fields, then each custom field by label, with the right input', () => {
    expect(fields.map((f) => [f.label, f.kind])).toEqual([
      ['Currency', 'select'],
      ['Payment Terms', 'select'],
      ['Price List', 'select'],
      ['Customer Code', 'text'],
      ['Region', 'select'],
      ['Credit Limit', 'number'],
      ['Contract Date', 'date'],
    ]);
    expect(byLabel('Currency').options.map((o) => o.label)).toEqual(['USD - US Dollar', 'JPY']);
    expect(byLabel('Region').options.map((o) => o.label)).toEqual(['Europe', 'Kanto', 'None']);
  });
});

describe('toCommand', () => {
  it('sends payment terms as days', () => {
    expect(toCommand(byLabel('Payment Terms'), '60')).toEqual({ action: 'update', field: 'payment_terms', value: 60 });
  });
  it('removes the price list with "None"', () => {
    expect(toCommand(byLabel('Price List'), NONE)).toEqual({ action: 'update', field: 'pricebook_id', value: '' });
  });
  it('sends custom fields by id, numbers as numbers, and empty as a clear', () => {
    expect(toCommand(byLabel('Credit Limit'), '5000')).toEqual({ action: 'update', field: 'custom_field', customfield_id: '3', value: 5000 });
    expect(toCommand(byLabel('Customer Code'), '  ')).toEqual({ action: 'update', field: 'custom_field', customfield_id: '1', value: null });
    expect(toCommand(byLabel('Region'), NONE)).toEqual({ action: 'update', field: 'custom_field', customfield_id: '2', value: null });
    expect(toCommand(byLabel('Contract Date'), '2026-04-01')).toEqual({
      action: 'update',
      field: 'custom_field',
      customfield_id: '4',
      value: '2026-04-01',
    });
  });
});

describe('value checks', () => {
  it('needs a choice for selects and a number for number fields', () => {
    expect(isValueReady(byLabel('Currency'), '')).toBe(false);
    expect(isValueReady(byLabel('Currency'), '3')).toBe(true);
    expect(isValueReady(byLabel('Credit Limit'), 'abc')).toBe(false);
    expect(isValueReady(byLabel('Credit Limit'), '')).toBe(true);
  });
  it('labels and clears', () => {
    expect(valueLabel(byLabel('Payment Terms'), '15')).toBe('Net 15');
    expect(clearsValue(byLabel('Price List'), NONE)).toBe(true);
    expect(clearsValue(byLabel('Payment Terms'), '15')).toBe(false);
    expect(clearsValue(byLabel('Contract Date'), '')).toBe(true);
  });
});
