/**
 * The demo's invoices, payments and sent emails. Dates are days relative to the anchor date and
 * due dates follow each customer's payment terms, so whichever day the demo is generated on,
 * the same invoices are overdue, unpaid-not-yet-due, partially paid or paid.
 */
import type { EmailSpec, InvoiceSpec, PaymentSpec } from './demo-spec';

export const INVOICES: InvoiceSpec[] = [
  // 1 Acme Inc. (Net 30): paid, overdue, partially paid and not yet due.
  {
    key: 'acme-1',
    customer: '1',
    date: -95,
    lines: [
      ['consulting', 8, 16],
      ['shipping', 1, 1],
    ],
  },
  {
    key: 'acme-2',
    customer: '1',
    date: -45,
    lines: [
      ['support', 1, 1],
      ['training', 4, 8],
    ],
  },
  { key: 'acme-3', customer: '1', date: -12, lines: [['license', 10, 25]] },
  // 4 株式会社さくら商事 (Net 30): paid, overdue, not yet due.
  {
    key: 'sakura-0',
    customer: '4',
    date: -130,
    lines: [
      ['coffee', 3, 6],
      ['shipping', 1, 1],
    ],
  },
  {
    key: 'sakura-1',
    customer: '4',
    date: -70,
    lines: [
      ['coffee', 4, 8],
      ['shipping', 1, 1],
    ],
  },
  {
    key: 'sakura-2',
    customer: '4',
    date: -10,
    lines: [
      ['coffee', 2, 5],
      ['shipping', 1, 1],
    ],
  },
  { key: 'sakura-dup-1', customer: '5', date: -5, lines: [['catering', 1, 2]] },
  // 6 Blue Harbor Trading (Net 45): overdue by 5 days, so reminders are still upcoming.
  {
    key: 'harbor-1',
    customer: '6',
    date: -50,
    lines: [
      ['parts', 2, 4],
      ['shipping', 1, 2],
    ],
  },
  { key: 'harbor-lc-1', customer: '7', date: -80, lines: [['parts', 1, 2]] },
  // 9 Northwind Traders: northwind-1 came from 10 when it was merged.
  { key: 'northwind-1', customer: '9', date: -120, lines: [['hosting', 3, 6]] },
  {
    key: 'northwind-2',
    customer: '9',
    date: -12,
    lines: [
      ['hosting', 1, 3],
      ['support', 1, 1],
    ],
  },
  // 11 Globex (Net 60, reminders stopped): two overdue.
  { key: 'globex-1', customer: '11', date: -150, lines: [['consulting', 20, 40]] },
  {
    key: 'globex-2',
    customer: '11',
    date: -75,
    lines: [
      ['training', 6, 12],
      ['license', 5, 10],
    ],
  },
  {
    key: 'initech-1',
    customer: '12',
    date: -40,
    lines: [
      ['license', 20, 40],
      ['support', 1, 1],
    ],
  },
  { key: 'garcia-1', customer: '13', date: -3, lines: [['design', 3, 8]] },
  // 14 Müller & Söhne: overdue and partially paid; plus one not yet due.
  { key: 'mueller-1', customer: '14', date: -60, lines: [['parts', 3, 5]] },
  {
    key: 'mueller-2',
    customer: '14',
    date: -15,
    lines: [
      ['parts', 1, 2],
      ['shipping', 1, 1],
    ],
  },
  { key: 'yamada-1', customer: '16', date: -30, lines: [['design', 2, 4]] },
  { key: 'mirai-1', customer: '17', date: -100, lines: [['design', 30, 50]] },
  {
    key: 'mirai-2',
    customer: '17',
    date: -20,
    lines: [
      ['design', 10, 20],
      ['hosting', 1, 1],
    ],
  },
  { key: 'oceanic-1', customer: '19', date: -200, lines: [['catering', 2, 4]] },
  {
    key: 'stark-1',
    customer: '20',
    date: -8,
    lines: [
      ['parts', 10, 20],
      ['support', 1, 1],
    ],
  },
  { key: 'wayne-1', customer: '21', date: -90, lines: [['consulting', 10, 20]] },
  { key: 'wayne-2', customer: '21', date: -60, lines: [['training', 8, 16]] },
  { key: 'piedpiper-1', customer: '25', date: -6, lines: [['hosting', 2, 4]] },
  {
    key: 'tyrell-1',
    customer: '27',
    date: -80,
    lines: [
      ['consulting', 12, 24],
      ['training', 2, 4],
    ],
  },
  { key: 'fuji-1', customer: '30', date: -75, lines: [['parts', 2, 3]] },
  {
    key: 'fuji-2',
    customer: '30',
    date: -5,
    lines: [
      ['parts', 1, 2],
      ['shipping', 1, 1],
    ],
  },
  {
    key: 'tokyofood-1',
    customer: '31',
    date: -14,
    lines: [
      ['coffee', 5, 10],
      ['catering', 1, 1],
    ],
  },
  { key: 'osaka-1', customer: '32', date: -70, lines: [['shipping', 20, 40]] },
  { key: 'osaka-2', customer: '32', date: -50, lines: [['shipping', 15, 30]] },
  { key: 'green-1', customer: '34', date: -65, lines: [['coffee', 2, 4]] },
  {
    key: 'green-2',
    customer: '34',
    date: -40,
    lines: [
      ['coffee', 3, 6],
      ['shipping', 1, 1],
    ],
  },
  { key: 'lindqvist-1', customer: '36', date: -20, lines: [['design', 12, 20]] },
  { key: 'sunrise-1', customer: '37', date: -55, lines: [['catering', 3, 6]] },
  { key: 'oldmill-1', customer: '38', date: -180, lines: [['parts', 1, 1]] },
];

export const PAYMENTS: PaymentSpec[] = [
  { customer: '1', date: -60, apply: [['acme-1', 1]] },
  { customer: '1', date: -5, apply: [['acme-3', 0.4]] },
  { customer: '4', date: -98, apply: [['sakura-0', 1]] },
  { customer: '7', date: -36, apply: [['harbor-lc-1', 1]] },
  { customer: '9', date: -88, apply: [['northwind-1', 1]] },
  { customer: '12', date: -12, apply: [['initech-1', 1]], credit: 250 },
  { customer: '14', date: -35, apply: [['mueller-1', 0.5]] },
  { customer: '16', date: -30, apply: [['yamada-1', 1]] },
  { customer: '17', date: -45, apply: [['mirai-1', 0.3]] },
  { customer: '19', date: -172, apply: [['oceanic-1', 1]] },
  { customer: '21', date: -46, apply: [['wayne-1', 1]] },
  { customer: '31', date: -7, apply: [], credit: 350 },
  {
    customer: '32',
    date: -19,
    apply: [
      ['osaka-1', 1],
      ['osaka-2', 1],
    ],
  },
  { customer: '34', date: -33, apply: [['green-1', 1]] },
  { customer: '36', date: -3, apply: [['lindqvist-1', 0.25]] },
];

export const EMAILS: EmailSpec[] = [
  {
    customer: '1',
    kind: 'email',
    daysAgo: 3,
    to: [0, 1],
    subject: 'Your unpaid invoices',
    body: 'Hello,\n\nOne of your invoices is past due. The list of unpaid invoices is attached.\n\nRegards,\nSakura Trading Co.',
    attachment: {
      file_name: 'unpaid-invoices.txt',
      text: 'Unpaid invoices\n- the invoice due 15 days ago\n- the invoice partially paid this week\n',
    },
  },
  {
    customer: '4',
    kind: 'statement',
    daysAgo: 1,
    to: [0],
    subject: '取引明細書のご案内',
    body: '株式会社さくら商事 様\n\n今月の取引明細書をお送りします。ご確認のほどよろしくお願いいたします。\n\nSakura Trading Co.',
    attachment: { file_name: '取引明細メモ.txt', text: '株式会社さくら商事 様\n取引明細の補足です。\n' },
  },
];
