import { describe, expect, it } from 'vitest';
import { currencyDigits, sumMoney, unpaidView } from './unpaid-view';
import { org } from './test-fixtures';

describe('sumMoney', () => {
  it('adds in minor units without floating-point drift', () => {
    expect(sumMoney([0.1, 0.2], 'USD')).toBe(0.3);
    expect(sumMoney([1000.25, 0.1, 0.05], 'EUR')).toBe(1000.4);
  });
  it('keeps JPY whole', () => {
    expect(currencyDigits('JPY')).toBe(0);
    expect(sumMoney([100, 200.4], 'JPY')).toBe(300);
  });
});

describe('unpaidView', () => {
  const input = {
    org,
    as_of: '2026-05-01',
    contact: { contact_name: 'Acme Inc.', currency_code: 'USD' },
    invoices: [
      { invoice_number: 'INV-2', date: '2026-02-01', due_date: '2026-03-01', total: 100.1, balance: 100.1, status: 'overdue' },
      { invoice_number: 'INV-1', date: '2026-01-01', due_date: '2026-02-01', total: 50.2, balance: 20.2, status: 'partially_paid' },
      { invoice_number: 'INV-0', date: '2025-12-01', due_date: '2026-01-01', total: 10, balance: 0, status: 'paid' },
    ],
  };
  it('lists only unpaid invoices, oldest due first, with totals', () => {
    const v = unpaidView(input);
    expect(v.rows.map((r) => r.number)).toEqual(['INV-1', 'INV-2']);
    expect(v.rows[0]).toMatchObject({ status: 'Partially paid', total: '$50.20', balance: '$20.20', dueDate: 'Feb 1, 2026' });
    expect(v.totals).toEqual({ total: '$150.30', balance: '$120.30' });
    expect(v.asOf).toBe('As of May 1, 2026');
  });
  it('is in Japanese for a Japanese-speaking customer', () => {
    const v = unpaidView({ ...input, contact: { contact_name: '株式会社さくら商事', currency_code: 'JPY', language_code: 'ja' } });
    expect(v.labels.unpaidTitle).toBe('未払い請求書一覧');
    expect(v.rows[1]!.status).toBe('期限超過');
    expect(v.totals.balance).toMatch(/^[¥￥]120$/);
  });
});
