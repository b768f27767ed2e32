import { describe, expect, it } from 'vitest';
import { invoiceRecord } from '../db/builders';
import { formatInvoiceNumber, invoiceStatus, precisionForCode, toInvoice } from './invoice-status';

const TODAY = '2026-06-15';
const facts = (total: number, balance: number, due = '2026-06-30') => ({ total_minor: total, balance_minor: balance, due_date: due });

describe('invoiceStatus', () => {
  it('is paid when nothing is left, even past due', () => {
    expect(invoiceStatus(facts(1000, 0, '2026-01-01'), TODAY)).toBe('paid');
  });
  it('is overdue when something is left and the due date has passed', () => {
    expect(invoiceStatus(facts(1000, 1000, '2026-06-14'), TODAY)).toBe('overdue');
    expect(invoiceStatus(facts(1000, 400, '2026-06-14'), TODAY)).toBe('overdue');
  });
  it('is not overdue on the due date itself', () => {
    expect(invoiceStatus(facts(1000, 1000, TODAY), TODAY)).toBe('sent');
  });
  it('is partially_paid when some but not all is paid and not late', () => {
    expect(invoiceStatus(facts(1000, 1, TODAY), TODAY)).toBe('partially_paid');
  });
  it('is sent when nothing is paid and not late', () => {
    expect(invoiceStatus(facts(1000, 1000), TODAY)).toBe('sent');
  });
});

describe('toInvoice', () => {
  it('converts minor units at the currency precision and adds the customer name', () => {
    const rec = invoiceRecord({
      invoice_id: '7',
      customer_id: '1',
      date: '2026-06-01',
      due_date: '2026-07-01',
      currency_code: 'JPY',
      line_items: [{ name: 'Tea', rate: 333.5, quantity: 3 }],
      precision: 0,
      paid_minor: 1,
    });
    const out = toInvoice(rec, { customerName: 'Kyoto Cha', precision: 0, today: TODAY });
    expect(out).toMatchObject({ total: 1001, balance: 1000, status: 'partially_paid', customer_name: 'Kyoto Cha' });
  });
  it('numbers invoices INV-000001…', () => {
    expect(formatInvoiceNumber('1')).toBe('INV-000001');
    expect(formatInvoiceNumber('1234567')).toBe('INV-1234567');
  });
  it('finds a precision by currency code', () => {
    const currencies = [{ currency_id: '3', currency_code: 'JPY', currency_symbol: '¥', price_precision: 0 }];
    expect(precisionForCode(currencies, 'JPY')).toBe(0);
    expect(precisionForCode(currencies, 'XXX')).toBe(2);
  });
});
