/**
 * Invoice status is derived on every read rather than stored, so it can never disagree with
 * the balance or with the calendar (an invoice turns overdue at midnight without a write).
 */
import type { Currency, Invoice } from '../../src/api/schemas';
import type { InvoiceRecord } from '../db/types';
import { toMajor } from './money';

export type InvoiceStatus = Invoice['status'];
type StatusFacts = Pick<InvoiceRecord, 'total_minor' | 'balance_minor' | 'due_date'>;

/**
 * paid: nothing left to pay. overdue: something left and the due date has passed (wins over
 * partially_paid, because being late is what the user must act on). partially_paid: some
 * but not all paid. sent: nothing paid yet and not late.
 */
export function invoiceStatus(inv: StatusFacts, today: string): InvoiceStatus {
  if (inv.balance_minor <= 0) return 'paid';
  if (inv.due_date < today) return 'overdue';
  if (inv.balance_minor < inv.total_minor) return 'partially_paid';
  return 'sent';
}

/** Stored invoice → the API shape: major units at the currency's precision, status derived. */
export function toInvoice(inv: InvoiceRecord, ctx: { customerName: string; precision: number; today: string }): Invoice {
  return {
    invoice_id: inv.invoice_id,
    invoice_number: inv.invoice_number,
    customer_id: inv.customer_id,
    customer_name: ctx.customerName,
    date: inv.date,
    due_date: inv.due_date,
    currency_code: inv.currency_code,
    line_items: inv.line_items.map((l) => ({ ...l })),
    total: toMajor(inv.total_minor, ctx.precision),
    balance: toMajor(inv.balance_minor, ctx.precision),
    status: invoiceStatus(inv, ctx.today),
  };
}

/** Newest first: by date, then by number of creation (ids are increasing digit strings). */
export function byNewestInvoice(a: InvoiceRecord, b: InvoiceRecord): number {
  return b.date.localeCompare(a.date) || Number(b.invoice_id) - Number(a.invoice_id);
}

/** INV-000001 … from the `invoice_number` counter. */
export function formatInvoiceNumber(n: string): string {
  return `INV-${n.padStart(6, '0')}`;
}

/** Decimals of a currency by its code (an invoice stores the code); 2 when unknown. */
export function precisionForCode(currencies: Iterable<Currency>, code: string): number {
  for (const c of currencies) if (c.currency_code === code) return c.price_precision;
  return 2;
}
