/**
 * Invoices and payments for the large scenario: about one customer in six gets one to three
 * invoices in a mix of states (overdue, not yet due, partially paid, paid), so the Overdue and
 * Unpaid views are well populated at any size.
 */
import { invoiceRecord, paymentRecord } from '../db/builders';
import type { LineItem } from '../../src/api/schemas';
import type { ContactRecord, InvoiceRecord, PaymentRecord } from '../db/types';
import { CATALOG, type CatalogItem, type CurrencyCode } from './demo-spec';
import type { Rng } from './rng';

const ITEMS = Object.keys(CATALOG) as CatalogItem[];
export const INVOICED_SHARE = 0.18;

export interface LedgerSink {
  rng: Rng;
  /** Date string for a day offset from the anchor (cached: the hot loop calls it a lot). */
  day: (offset: number) => string;
  invoices: InvoiceRecord[];
  payments: PaymentRecord[];
}

/** Due offset (days from the anchor) and paid share for a random invoice state. */
function pickState(rng: Rng, terms: number): { due: number; paidShare: number } {
  const r = rng.next();
  if (r < 0.35) return { due: -rng.int(1, 120), paidShare: 0 }; // overdue
  if (r < 0.6) return { due: terms > 0 ? rng.int(1, terms) : 0, paidShare: 0 }; // not yet due
  if (r < 0.7) return { due: rng.int(-60, terms), paidShare: rng.int(2, 8) / 10 }; // partially paid
  return { due: -rng.int(0, 300), paidShare: 1 }; // paid
}

export function addInvoices(sink: LedgerSink, contact: ContactRecord, currency: CurrencyCode, precision: number): void {
  const { rng } = sink;
  const japanese = contact.language_code === 'ja';
  const terms = contact.payment_terms;
  const count = rng.int(1, 3);
  for (let n = 0; n < count; n++) {
    const { due, paidShare } = pickState(rng, terms);
    const dateOffset = due - terms;
    // Sized up front: an array grown by push keeps room for 16 more in every invoice.
    const line_items = new Array<LineItem>(rng.int(1, 2));
    for (let l = 0; l < line_items.length; l++) {
      const item = CATALOG[ITEMS[rng.int(0, ITEMS.length - 1)]];
      line_items[l] = { name: japanese ? item.ja : item.en, rate: item[currency], quantity: rng.int(1, 10) };
    }
    const invoice = invoiceRecord({
      invoice_id: String(sink.invoices.length + 1),
      customer_id: contact.contact_id,
      date: sink.day(dateOffset),
      due_date: sink.day(due),
      currency_code: currency,
      line_items,
      precision,
    });
    sink.invoices.push(invoice);
    if (paidShare === 0) continue;
    const amount = paidShare >= 1 ? invoice.total_minor : Math.round(invoice.total_minor * paidShare);
    invoice.balance_minor -= amount;
    // Paid some days after the invoice date, never after the anchor.
    const paidOffset = Math.min(0, dateOffset + rng.int(0, terms + 10));
    // Now and then the customer pays more than owed: the rest is kept as unused credit
    // (1,000 minor units is ¥1,000 or $10.00: both plausible amounts).
    const credit = rng.chance(0.03) ? rng.int(1, 50) * 1_000 : 0;
    contact.unused_credits_minor += credit;
    sink.payments.push(
      paymentRecord({
        payment_id: String(sink.payments.length + 1),
        customer_id: contact.contact_id,
        date: sink.day(paidOffset),
        amount_minor: amount + credit,
        currency_code: currency,
        invoices: [{ invoice_id: invoice.invoice_id, amount_applied_minor: amount }],
      }),
    );
  }
}
