/**
 * The demo's invoices and payments, built from the tables in demo-transactions.ts. Ids follow
 * the dates, so INV-000001 is the oldest invoice and numbering reads chronologically.
 */
import { invoiceRecord, paymentRecord } from '../db/builders';
import type { ContactRecord, InvoiceRecord, PaymentRecord } from '../db/types';
import { addDays } from '../rules/dates';
import { toMinor } from '../rules/money';
import type { ResolvedCustomer } from './demo-contacts';
import { CATALOG, type CurrencyCode, type InvoiceSpec, type PaymentSpec } from './demo-spec';
import type { Rng } from './rng';

/** Rough rates to express a USD credit in another currency (only for generated data). */
const PER_USD: Record<CurrencyCode, number> = { USD: 1, EUR: 0.9, GBP: 0.8, JPY: 150 };

export interface LedgerContext {
  rng: Rng;
  anchor: string;
  customers: Map<string, ResolvedCustomer>;
  contacts: Map<string, ContactRecord>;
  precision: (code: string) => number;
}

export interface Ledger {
  invoices: InvoiceRecord[];
  payments: PaymentRecord[];
  /** Invoice spec key → record, so the history can name them. */
  byKey: Map<string, InvoiceRecord>;
}

function customerOf(ctx: LedgerContext, id: string): ResolvedCustomer {
  const r = ctx.customers.get(id);
  if (!r) throw new Error(`Demo data refers to unknown customer ${id}.`);
  return r;
}

function byDate<T extends { date: number; customer: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.date - b.date || Number(a.customer) - Number(b.customer));
}

export function buildLedger(ctx: LedgerContext, invoiceSpecs: InvoiceSpec[], paymentSpecs: PaymentSpec[]): Ledger {
  const byKey = new Map<string, InvoiceRecord>();
  const invoices = byDate(invoiceSpecs).map((spec, i) => {
    const r = customerOf(ctx, spec.customer);
    const date = addDays(ctx.anchor, spec.date);
    const invoice = invoiceRecord({
      invoice_id: String(i + 1),
      customer_id: spec.customer,
      date,
      due_date: addDays(date, r.spec.terms),
      currency_code: r.currency,
      precision: ctx.precision(r.currency),
      line_items: spec.lines.map(([item, min, max]) => ({
        name: r.lang === 'ja' ? CATALOG[item].ja : CATALOG[item].en,
        rate: CATALOG[item][r.currency],
        quantity: ctx.rng.int(min, max),
      })),
    });
    byKey.set(spec.key, invoice);
    return invoice;
  });

  const payments = byDate(paymentSpecs).map((spec, i) => {
    const r = customerOf(ctx, spec.customer);
    const precision = ctx.precision(r.currency);
    const applied = spec.apply.map(([key, share]) => {
      const invoice = byKey.get(key);
      if (!invoice) throw new Error(`Demo payment refers to unknown invoice ${key}.`);
      // Shares are computed on integer minor units, so balances never drift.
      const amount = share >= 1 ? invoice.balance_minor : Math.round(invoice.total_minor * share);
      invoice.balance_minor -= amount;
      return { invoice_id: invoice.invoice_id, amount_applied_minor: amount };
    });
    const credit = spec.credit ? toMinor(spec.credit * PER_USD[r.currency], precision) : 0;
    const contact = ctx.contacts.get(spec.customer);
    if (contact) contact.unused_credits_minor += credit;
    return paymentRecord({
      payment_id: String(i + 1),
      customer_id: spec.customer,
      date: addDays(ctx.anchor, spec.date),
      amount_minor: applied.reduce((s, a) => s + a.amount_applied_minor, 0) + credit,
      currency_code: r.currency,
      invoices: applied,
    });
  });
  return { invoices, payments, byKey };
}
