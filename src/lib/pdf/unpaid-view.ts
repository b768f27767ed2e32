/** Unpaid invoices → the rows and totals the unpaid-invoices PDF prints. Pure. */
import { formatDate, formatMoney } from '../format';
import { localToday } from '../periods';
import { addressLines } from './address';
import { docLabels, type DocLabels } from './labels';
import type { UnpaidInvoicesPdfInput } from './types';

export interface UnpaidRow {
  key: string;
  number: string;
  date: string;
  dueDate: string;
  status: string;
  total: string;
  balance: string;
}

export interface UnpaidView {
  labels: DocLabels;
  customerName: string;
  addressLines: string[];
  asOf: string;
  rows: UnpaidRow[];
  totals: { total: string; balance: string };
}

/** The currency's minor-unit digits as Intl knows them (JPY 0, USD 2). */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** Sum amounts in minor units, so 0.1 + 0.2 stays 0.3 and JPY stays whole. */
export function sumMoney(amounts: number[], currency: string): number {
  const scale = 10 ** currencyDigits(currency);
  return amounts.reduce((acc, n) => acc + Math.round(n * scale), 0) / scale;
}

export function unpaidView(input: UnpaidInvoicesPdfInput, today = localToday()): UnpaidView {
  const { contact } = input;
  const locale = contact.language_code === 'ja' ? 'ja' : 'en';
  const labels = docLabels[locale];
  const money = (n: number) => formatMoney(n, contact.currency_code, locale);
  const date = (iso: string) => formatDate(iso, locale);
  const unpaid = input.invoices.filter((i) => i.balance > 0).sort((a, b) => a.due_date.localeCompare(b.due_date));
  return {
    labels,
    customerName: contact.contact_name,
    addressLines: addressLines(contact.billing_address),
    asOf: labels.asOf(date(input.as_of ?? today)),
    rows: unpaid.map((i) => ({
      key: i.invoice_number,
      number: i.invoice_number,
      date: date(i.date),
      dueDate: date(i.due_date),
      status: labels.statusName(i.status),
      total: money(i.total),
      balance: money(i.balance),
    })),
    totals: {
      total: money(
        sumMoney(
          unpaid.map((i) => i.total),
          contact.currency_code,
        ),
      ),
      balance: money(
        sumMoney(
          unpaid.map((i) => i.balance),
          contact.currency_code,
        ),
      ),
    },
  };
}
