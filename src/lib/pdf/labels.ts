/**
 * The words printed on the documents. A document's language follows its template (the
 * Japanese 請求明細 layout is in Japanese whatever the UI language), so these live with the
 * documents rather than in the UI catalogue.
 */
import type { Locale } from '../i18n';

export interface DocLabels {
  locale: Locale;
  statementTitle: string;
  unpaidTitle: string;
  to: string;
  period: (start: string, end: string) => string;
  date: string;
  transaction: string;
  details: string;
  amount: string;
  payment: string;
  balance: string;
  opening: string;
  invoice: string;
  paymentType: string;
  dueOn: (date: string) => string;
  /** The API's payment details ("Payment for INV-1, INV-2" / "Payment received") in this language. */
  paymentDetails: (details: string) => string;
  invoiced: string;
  received: string;
  balanceDue: string;
  page: (n: number, total: number | undefined) => string;
  invoiceNumber: string;
  dueDate: string;
  status: string;
  total: string;
  asOf: (date: string) => string;
  noLines: string;
  statusName: (status: string) => string;
  honorific: string;
}

const enStatus: Record<string, string> = { sent: 'Sent', overdue: 'Overdue', partially_paid: 'Partially paid', paid: 'Paid' };
const jaStatus: Record<string, string> = { sent: '送付済み', overdue: '期限超過', partially_paid: '一部入金', paid: '入金済み' };

export const docLabels: Record<Locale, DocLabels> = {
  en: {
    locale: 'en',
    statementTitle: 'Statement of Accounts',
    unpaidTitle: 'Unpaid Invoices',
    to: 'To',
    period: (start, end) => `${start} to ${end}`,
    date: 'Date',
    transaction: 'Transaction',
    details: 'Details',
    amount: 'Amount',
    payment: 'Payments',
    balance: 'Balance',
    opening: 'Opening Balance',
    invoice: 'Invoice',
    paymentType: 'Payment',
    dueOn: (date) => `Due on ${date}`,
    paymentDetails: (d) => d,
    invoiced: 'Invoiced Amount',
    received: 'Amount Received',
    balanceDue: 'Balance Due',
    page: (n, total) => (total ? `Page ${n} of ${total}` : `Page ${n}`),
    invoiceNumber: 'Invoice#',
    dueDate: 'Due Date',
    status: 'Status',
    total: 'Total',
    asOf: (date) => `As of ${date}`,
    noLines: 'No transactions in this period.',
    statusName: (s) => enStatus[s] ?? s,
    honorific: '',
  },
  ja: {
    locale: 'ja',
    statementTitle: '請求明細書',
    unpaidTitle: '未払い請求書一覧',
    to: '請求先',
    period: (start, end) => `${start} 〜 ${end}`,
    date: '日付',
    transaction: '取引',
    details: '摘要',
    amount: 'ご請求額',
    payment: 'ご入金額',
    balance: '残高',
    opening: '前期繰越',
    invoice: '請求書',
    paymentType: '入金',
    dueOn: (date) => `支払期日 ${date}`,
    paymentDetails: (d) => d.replace(/^Payment for (.+)$/, '$1 への入金').replace(/^Payment received$/, '入金'),
    invoiced: 'ご請求額合計',
    received: 'ご入金額合計',
    balanceDue: 'ご請求残高',
    page: (n, total) => (total ? `${n} / ${total} ページ` : `${n} ページ`),
    invoiceNumber: '請求書番号',
    dueDate: '支払期日',
    status: '状態',
    total: '合計',
    asOf: (date) => `${date} 現在`,
    noLines: 'この期間の取引はありません。',
    statusName: (s) => jaStatus[s] ?? s,
    honorific: '御中',
  },
};
