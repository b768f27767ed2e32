/**
 * Recording a customer payment: which parts go to which invoices, and what is left over as
 * unused credit. All checks are made in integer minor units before anything is written, and
 * every problem is reported at once (one field error each) so the form can show them together.
 */
import { decimalPlaces, moneyProblem } from '../../src/api/money';
import type { FieldError, Payment } from '../../src/api/schemas';
import type { InvoiceRecord, PaymentRecord } from '../db/types';
import { formatAmount, toMajor, toMinor } from './money';

export interface PaymentRequest {
  customerId: string;
  amount: number;
  applications: { invoice_id: string; amount_applied: number }[];
  precision: number;
  currencyCode: string;
  findInvoice: (id: string) => InvoiceRecord | undefined;
}

export interface PaymentPlan {
  errors: FieldError[];
  amount_minor: number;
  applications: { invoice: InvoiceRecord; amount_applied_minor: number }[];
  /** What is not applied to any invoice: becomes the customer's unused credit. */
  unused_minor: number;
}

/**
 * True when a major-unit amount has no more decimals than the currency allows, counted exactly
 * in its decimal form: `0.1 + 0.2` (0.30000000000000004) has 17 and is not 0.30.
 */
export function fitsPrecision(major: number, precision: number): boolean {
  return decimalPlaces(major) <= precision;
}

export function planPayment(req: PaymentRequest): PaymentPlan {
  const { precision, currencyCode } = req;
  const errors: FieldError[] = [];
  const amountProblem = moneyProblem(req.amount, precision, currencyCode);
  if (amountProblem) errors.push({ field: 'amount', message: amountProblem });
  const amount_minor = toMinor(req.amount, precision);

  const applications: PaymentPlan['applications'] = [];
  const seen = new Set<string>();
  req.applications.forEach((a, i) => {
    const invoice = req.findInvoice(a.invoice_id);
    // An invoice of another customer is reported as missing: it is not this customer's.
    if (!invoice || invoice.customer_id !== req.customerId) {
      errors.push({ field: `invoices.${i}.invoice_id`, message: 'Invoice does not exist for this customer.' });
      return;
    }
    if (seen.has(a.invoice_id)) {
      errors.push({ field: `invoices.${i}.invoice_id`, message: 'This invoice is listed more than once.' });
      return;
    }
    seen.add(a.invoice_id);
    const appliedProblem = moneyProblem(a.amount_applied, precision, currencyCode);
    if (appliedProblem) {
      errors.push({ field: `invoices.${i}.amount_applied`, message: appliedProblem });
      return;
    }
    const applied = toMinor(a.amount_applied, precision);
    if (applied > invoice.balance_minor) {
      const balance = formatAmount(invoice.balance_minor, precision, currencyCode);
      errors.push({
        field: `invoices.${i}.amount_applied`,
        message: `Cannot apply more than the balance of ${invoice.invoice_number} (${balance}).`,
      });
      return;
    }
    applications.push({ invoice, amount_applied_minor: applied });
  });

  const applied_minor = applications.reduce((s, a) => s + a.amount_applied_minor, 0);
  if (applied_minor > amount_minor) {
    errors.push({ field: 'amount', message: 'The amounts applied to invoices exceed the payment amount.' });
  }
  return { errors, amount_minor, applications, unused_minor: Math.max(0, amount_minor - applied_minor) };
}

/** Stored payment → the API shape in major units. */
export function toPayment(p: PaymentRecord, ctx: { customerName: string; precision: number }): Payment {
  return {
    payment_id: p.payment_id,
    payment_number: p.payment_number,
    customer_id: p.customer_id,
    customer_name: ctx.customerName,
    date: p.date,
    amount: toMajor(p.amount_minor, ctx.precision),
    currency_code: p.currency_code,
    invoices: p.invoices.map((a) => ({
      invoice_id: a.invoice_id,
      amount_applied: toMajor(a.amount_applied_minor, ctx.precision),
    })),
  };
}

export function byNewestPayment(a: PaymentRecord, b: PaymentRecord): number {
  return b.date.localeCompare(a.date) || Number(b.payment_id) - Number(a.payment_id);
}
