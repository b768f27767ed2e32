/**
 * Statement data → what a statement document prints: the rows with their running balance,
 * the totals and the header texts, all formatted for the layout's language and the
 * customer's currency. Pure, so the documents stay plain templates and this is unit-tested.
 */
import type { StatementLine } from '../../api/schemas';
import { formatDate, formatMoney } from '../format';
import { addressLines } from './address';
import { docLabels, type DocLabels } from './labels';
import type { StatementDocInput, StatementLayout } from './types';

export interface StatementRow {
  key: string;
  kind: StatementLine['type'];
  date: string;
  transaction: string;
  details: string;
  amount: string;
  payment: string;
  balance: string;
}

export interface StatementView {
  labels: DocLabels;
  layout: StatementLayout;
  accent: string;
  customerName: string;
  addressLines: string[];
  period: string;
  currency: string;
  rows: StatementRow[];
  totals: { opening: string; invoiced: string; received: string; balanceDue: string };
}

export const defaultAccent: Record<StatementLayout, string> = {
  standard: '#1f6feb',
  compact: '#2f855a',
  japanese: '#b83280',
};

const HEX = /^#[0-9a-fA-F]{6}$/;

export function layoutLocale(layout: StatementLayout): 'en' | 'ja' {
  return layout === 'japanese' ? 'ja' : 'en';
}

function details(line: StatementLine, labels: DocLabels, date: (iso: string) => string): string {
  if (line.type === 'invoice' && line.due_date) return labels.dueOn(date(line.due_date));
  if (line.type === 'opening') return '';
  return line.type === 'payment' ? labels.paymentDetails(line.details) : line.details;
}

export function statementView({ statement: s, layout, accent_color }: StatementDocInput): StatementView {
  const locale = layoutLocale(layout);
  const labels = docLabels[locale];
  const money = (n: number) => formatMoney(n, s.currency_code, locale);
  const date = (iso: string) => formatDate(iso, locale);
  const blank = (n: number) => (n ? money(n) : '');

  const lines = s.lines.filter((l) => l.type !== 'opening');
  const rows: StatementRow[] = [
    {
      key: 'opening',
      kind: 'opening',
      date: date(s.start_date),
      transaction: labels.opening,
      details: '',
      amount: '',
      payment: '',
      balance: money(s.opening_balance),
    },
    ...lines.map((l, i) => ({
      key: `${i}-${l.type}-${l.number}`,
      kind: l.type,
      date: date(l.date),
      transaction: `${l.type === 'invoice' ? labels.invoice : labels.paymentType} ${l.number}`.trim(),
      details: details(l, labels, date),
      amount: blank(l.amount),
      payment: blank(l.payment),
      balance: money(l.balance),
    })),
  ];

  return {
    labels,
    layout,
    accent: accent_color && HEX.test(accent_color) ? accent_color : defaultAccent[layout],
    customerName: s.contact_name,
    addressLines: addressLines(s.billing_address),
    period: labels.period(date(s.start_date), date(s.end_date)),
    currency: s.currency_code,
    rows,
    totals: {
      opening: money(s.opening_balance),
      invoiced: money(s.invoiced),
      received: money(s.received),
      balanceDue: money(s.balance_due),
    },
  };
}
