import { describe, expect, it } from 'vitest';
import { invoiceRecord, paymentRecord } from '../db/builders';
import type { InvoiceRecord } from '../db/types';
import { fitsPrecision, planPayment, toPayment } from './payments';

const inv = (id: string, total: number, customer = '1'): InvoiceRecord =>
  invoiceRecord({
    invoice_id: id,
    customer_id: customer,
    date: '2026-06-01',
    due_date: '2026-07-01',
    currency_code: 'USD',
    line_items: [{ name: 'Item', rate: total, quantity: 1 }],
    precision: 2,
  });

const invoices = new Map([
  ['1', inv('1', 100)],
  ['2', inv('2', 50)],
  ['9', inv('9', 10, '2')],
]);
const plan = (amount: number, applications: { invoice_id: string; amount_applied: number }[], precision = 2) =>
  planPayment({ customerId: '1', amount, applications, precision, currencyCode: 'USD', findInvoice: (id) => invoices.get(id) });

describe('planPayment', () => {
  it('applies to invoices and keeps the rest as credit', () => {
    const p = plan(175.5, [
      { invoice_id: '1', amount_applied: 100 },
      { invoice_id: '2', amount_applied: 25.25 },
    ]);
    expect(p.errors).toEqual([]);
    expect(p.amount_minor).toBe(17550);
    expect(p.applications.map((a) => a.amount_applied_minor)).toEqual([10000, 2525]);
    expect(p.unused_minor).toBe(5025);
  });
  it('refuses more than an invoice balance, naming the field', () => {
    const p = plan(200, [{ invoice_id: '2', amount_applied: 50.01 }]);
    expect(p.errors).toEqual([{ field: 'invoices.0.amount_applied', message: expect.stringContaining('INV-000002') }]);
  });
  it('refuses applying more in total than the amount', () => {
    const p = plan(120, [
      { invoice_id: '1', amount_applied: 100 },
      { invoice_id: '2', amount_applied: 30 },
    ]);
    expect(p.errors.map((e) => e.field)).toEqual(['amount']);
  });
  it("refuses another customer's invoice, an unknown one and a repeated one", () => {
    const p = plan(300, [
      { invoice_id: '9', amount_applied: 1 },
      { invoice_id: '404', amount_applied: 1 },
      { invoice_id: '1', amount_applied: 1 },
      { invoice_id: '1', amount_applied: 1 },
    ]);
    expect(p.errors.map((e) => e.field)).toEqual(['invoices.0.invoice_id', 'invoices.1.invoice_id', 'invoices.3.invoice_id']);
  });
  it('refuses decimals the currency does not have', () => {
    expect(plan(100.5, [], 0).errors.map((e) => e.field)).toEqual(['amount']);
    expect(plan(0.29, []).errors).toEqual([]);
    // Exact since the Limits of api.md: 0.1 + 0.2 is 0.30000000000000004, not 0.30 (never rounded to fit).
    expect(fitsPrecision(0.1 + 0.2, 2)).toBe(false);
    expect(fitsPrecision(0.3, 2)).toBe(true);
    expect(fitsPrecision(1.005, 2)).toBe(false);
    expect(fitsPrecision(1e-7, 2)).toBe(false);
  });
});

describe('toPayment', () => {
  it('converts minor units', () => {
    const p = paymentRecord({
      payment_id: '3',
      customer_id: '1',
      date: '2026-06-02',
      amount_minor: 12345,
      currency_code: 'USD',
      invoices: [{ invoice_id: '1', amount_applied_minor: 10000 }],
    });
    expect(toPayment(p, { customerName: 'A', precision: 2 })).toMatchObject({
      amount: 123.45,
      invoices: [{ invoice_id: '1', amount_applied: 100 }],
      customer_name: 'A',
    });
  });
});
