/**
 * Statement of accounts for one customer and a date range, computed in integer minor units.
 *
 * Filter `all` (a ledger of the period):
 *   - opening balance = totals of invoices dated before `start` − amounts of payments dated
 *     before `start` (unapplied payment amounts count too: they are money the customer paid);
 *   - lines = an `opening` line dated `start`, then every invoice and payment dated within
 *     [start, end] (both inclusive), in date order (same day: creation time, then id), each
 *     with the running balance (invoice: amount = total; payment: payment = amount);
 *   - invoiced = Σ invoice totals in range, received = Σ payment amounts in range,
 *     balance_due = opening + invoiced − received (= the last running balance).
 *
 * Filter `outstanding` (what is still unpaid, using balances as they are today):
 *   - opening balance = Σ current balances of invoices dated before `start` that are unpaid;
 *   - lines = the `opening` line, then only invoices dated within [start, end] whose current
 *     balance is > 0; payments are omitted. Each invoice line has amount = total, payment =
 *     what has been paid on it so far (total − balance), and the running balance grows by the
 *     invoice's balance;
 *   - invoiced = Σ totals of the listed invoices, received = Σ paid-so-far of the listed
 *     invoices, balance_due = opening + invoiced − received.
 *   Unused credits are not subtracted here: this view lists unpaid invoices, not the ledger.
 */
import type { Statement, StatementFilter, StatementLine } from '../../src/api/schemas';
import type { InvoiceRecord, PaymentRecord } from '../db/types';
import { toMajor } from './money';

export interface StatementLineMinor {
  date: string;
  type: StatementLine['type'];
  number: string;
  details: string;
  amount_minor: number;
  payment_minor: number;
  balance_minor: number;
  due_date?: string;
}

export interface StatementMinor {
  opening_minor: number;
  lines: StatementLineMinor[];
  invoiced_minor: number;
  received_minor: number;
  balance_due_minor: number;
}

export interface StatementInput {
  /** The customer's invoices and payments (any dates; the range is applied here). */
  invoices: InvoiceRecord[];
  payments: PaymentRecord[];
  start: string;
  end: string;
  filter: StatementFilter;
}

type Entry =
  | { kind: 'invoice'; date: string; created: string; id: number; inv: InvoiceRecord }
  | { kind: 'payment'; date: string; created: string; id: number; pay: PaymentRecord };

const inRange = (date: string, start: string, end: string) => date >= start && date <= end;

function byDate(a: Entry, b: Entry): number {
  return a.date.localeCompare(b.date) || a.created.localeCompare(b.created) || a.id - b.id;
}

function paymentDetails(p: PaymentRecord, numbers: Map<string, string>): string {
  const applied = p.invoices.map((a) => numbers.get(a.invoice_id) ?? a.invoice_id);
  return applied.length ? `Payment for ${applied.join(', ')}` : 'Payment received';
}

export function computeStatement(input: StatementInput): StatementMinor {
  const { start, end, filter } = input;
  const outstanding = filter === 'outstanding';
  const numbers = new Map(input.invoices.map((i) => [i.invoice_id, i.invoice_number]));

  let opening = 0;
  const entries: Entry[] = [];
  for (const inv of input.invoices) {
    if (outstanding && inv.balance_minor <= 0) continue;
    if (inv.date < start) opening += outstanding ? inv.balance_minor : inv.total_minor;
    else if (inv.date <= end) {
      entries.push({ kind: 'invoice', date: inv.date, created: inv.created_time, id: Number(inv.invoice_id), inv });
    }
  }
  if (!outstanding) {
    for (const pay of input.payments) {
      if (pay.date < start) opening -= pay.amount_minor;
      else if (inRange(pay.date, start, end)) {
        entries.push({ kind: 'payment', date: pay.date, created: pay.created_time, id: Number(pay.payment_id), pay });
      }
    }
  }
  entries.sort(byDate);

  const lines: StatementLineMinor[] = [
    { date: start, type: 'opening', number: '', details: 'Opening Balance', amount_minor: opening, payment_minor: 0, balance_minor: opening },
  ];
  let balance = opening;
  let invoiced = 0;
  let received = 0;
  for (const e of entries) {
    if (e.kind === 'invoice') {
      const paid = outstanding ? e.inv.total_minor - e.inv.balance_minor : 0;
      invoiced += e.inv.total_minor;
      received += paid;
      balance += e.inv.total_minor - paid;
      lines.push({
        date: e.date,
        type: 'invoice',
        number: e.inv.invoice_number,
        details: `Due on ${e.inv.due_date}`,
        amount_minor: e.inv.total_minor,
        payment_minor: paid,
        balance_minor: balance,
        due_date: e.inv.due_date,
      });
    } else {
      received += e.pay.amount_minor;
      balance -= e.pay.amount_minor;
      lines.push({
        date: e.date,
        type: 'payment',
        number: e.pay.payment_number,
        details: paymentDetails(e.pay, numbers),
        amount_minor: 0,
        payment_minor: e.pay.amount_minor,
        balance_minor: balance,
      });
    }
  }
  return { opening_minor: opening, lines, invoiced_minor: invoiced, received_minor: received, balance_due_minor: balance };
}

/** Minor units → the API's numbers, each rounded to the currency's precision. */
export function statementAmounts(s: StatementMinor, precision: number): Pick<Statement, 'opening_balance' | 'lines' | 'invoiced' | 'received' | 'balance_due'> {
  const m = (minor: number) => toMajor(minor, precision);
  return {
    opening_balance: m(s.opening_minor),
    lines: s.lines.map((l) => ({
      date: l.date,
      type: l.type,
      number: l.number,
      details: l.details,
      amount: m(l.amount_minor),
      payment: m(l.payment_minor),
      balance: m(l.balance_minor),
      ...(l.due_date ? { due_date: l.due_date } : {}),
    })),
    invoiced: m(s.invoiced_minor),
    received: m(s.received_minor),
    balance_due: m(s.balance_due_minor),
  };
}

/** The default period, "This Month": the first to the last day of today's month. */
export function thisMonth(today: string): { start: string; end: string } {
  const [y, mo] = today.split('-').map(Number);
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const mm = String(mo).padStart(2, '0');
  return { start: `${y}-${mm}-01`, end: `${y}-${mm}-${String(last).padStart(2, '0')}` };
}
