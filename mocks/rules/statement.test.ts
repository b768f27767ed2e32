import { describe, expect, it } from 'vitest';
import { invoiceRecord, paymentRecord } from '../db/builders';
import { computeStatement, statementAmounts, thisMonth } from './statement';

const inv = (id: string, date: string, total: number, paid = 0) =>
  invoiceRecord({
    invoice_id: id,
    customer_id: '1',
    date,
    due_date: date,
    currency_code: 'USD',
    line_items: [{ name: 'Item', rate: total, quantity: 1 }],
    precision: 2,
    paid_minor: paid * 100,
  });
const pay = (id: string, date: string, amount: number, invoiceId?: string) =>
  paymentRecord({
    payment_id: id,
    customer_id: '1',
    date,
    amount_minor: amount * 100,
    currency_code: 'USD',
    invoices: invoiceId ? [{ invoice_id: invoiceId, amount_applied_minor: amount * 100 }] : [],
  });

const invoices = [inv('1', '2026-04-10', 100, 100), inv('2', '2026-05-20', 50), inv('3', '2026-06-03', 200, 80), inv('4', '2026-07-01', 9)];
const payments = [pay('1', '2026-05-01', 100, '1'), pay('2', '2026-06-05', 80, '3'), pay('3', '2026-06-10', 5)];
const range = { start: '2026-06-01', end: '2026-06-30' };

describe('computeStatement (all)', () => {
  const s = computeStatement({ invoices, payments, ...range, filter: 'all' });

  it('opens with invoices before the start minus payments before the start', () => {
    expect(s.opening_minor).toBe(100_00 + 50_00 - 100_00);
    expect(s.lines[0]).toMatchObject({ type: 'opening', date: '2026-06-01', balance_minor: 50_00 });
  });
  it('lists invoices and payments in range in date order with a running balance', () => {
    expect(s.lines.map((l) => [l.type, l.number, l.balance_minor])).toEqual([
      ['opening', '', 5000],
      ['invoice', 'INV-000003', 25000],
      ['payment', '2', 17000],
      ['payment', '3', 16500],
    ]);
    expect(s.lines[2].details).toBe('Payment for INV-000003');
    expect(s.lines[3].details).toBe('Payment received');
  });
  it('totals invoiced, received and balance due', () => {
    expect([s.invoiced_minor, s.received_minor, s.balance_due_minor]).toEqual([20000, 8500, 16500]);
  });
  it('includes both boundary days', () => {
    const edge = computeStatement({ invoices, payments, start: '2026-06-03', end: '2026-06-05', filter: 'all' });
    expect(edge.lines.map((l) => l.number)).toEqual(['', 'INV-000003', '2']);
  });
  it('orders same-day entries by creation', () => {
    const sameDay = computeStatement({
      invoices: [inv('5', '2026-06-02', 10)],
      payments: [paymentRecord({ ...pay('9', '2026-06-02', 10), created_time: '2026-06-02T08:00:00.000+00:00' })],
      ...range,
      filter: 'all',
    });
    expect(sameDay.lines.map((l) => l.type)).toEqual(['opening', 'payment', 'invoice']);
  });
});

describe('computeStatement (outstanding)', () => {
  const s = computeStatement({ invoices, payments, ...range, filter: 'outstanding' });

  it('opens with the unpaid balance of older invoices and omits payments', () => {
    expect(s.opening_minor).toBe(50_00);
    expect(s.lines.map((l) => l.type)).toEqual(['opening', 'invoice']);
  });
  it('shows what has been paid on each listed invoice and grows by its balance', () => {
    expect(s.lines[1]).toMatchObject({ number: 'INV-000003', amount_minor: 20000, payment_minor: 8000, balance_minor: 5000 + 12000 });
    expect([s.invoiced_minor, s.received_minor, s.balance_due_minor]).toEqual([20000, 8000, 17000]);
  });
});

describe('statementAmounts', () => {
  it('rounds to the currency precision (JPY whole)', () => {
    const jpy = invoiceRecord({
      invoice_id: '1',
      customer_id: '1',
      date: '2026-06-02',
      due_date: '2026-06-30',
      currency_code: 'JPY',
      line_items: [{ name: 'Tea', rate: 333.5, quantity: 3 }],
      precision: 0,
    });
    const out = statementAmounts(computeStatement({ invoices: [jpy], payments: [], ...range, filter: 'all' }), 0);
    expect(out.balance_due).toBe(1001);
    expect(out.lines[1]).toMatchObject({ amount: 1001, due_date: '2026-06-30' });
  });
});

describe('thisMonth', () => {
  it('spans the whole month', () => {
    expect(thisMonth('2026-06-15')).toEqual({ start: '2026-06-01', end: '2026-06-30' });
    expect(thisMonth('2028-02-10')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
  });
});
