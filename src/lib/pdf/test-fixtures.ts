/** Statements for the PDF tests: a Japanese JPY customer and a German EUR one. */
import type { Statement } from '../../api/schemas';

export const sakuraStatement: Statement = {
  contact_id: '4',
  contact_name: '株式会社さくら商事',
  currency_code: 'JPY',
  start_date: '2026-01-01',
  end_date: '2026-12-31',
  filter: 'all',
  opening_balance: 120000,
  lines: [
    { date: '2026-01-01', type: 'opening', number: '', details: 'Opening Balance', amount: 120000, payment: 0, balance: 120000 },
    {
      date: '2026-02-10',
      type: 'invoice',
      number: 'INV-000013',
      details: 'Due on 2026-03-12',
      amount: 330000,
      payment: 0,
      balance: 450000,
      due_date: '2026-03-12',
    },
    { date: '2026-03-01', type: 'payment', number: 'PMT-000004', details: 'Payment for INV-000004', amount: 0, payment: 120000, balance: 330000 },
    {
      date: '2026-04-05',
      type: 'invoice',
      number: 'INV-000031',
      details: 'Due on 2026-05-05',
      amount: 55000,
      payment: 0,
      balance: 385000,
      due_date: '2026-05-05',
    },
  ],
  invoiced: 385000,
  received: 120000,
  balance_due: 385000,
  template_id: '3',
  billing_address: { address: '丸の内1-6-5', street2: 'さくらビル8階', city: '千代田区', state: '東京都', zip: '100-0005', country: '日本' },
};

export const muellerStatement: Statement = {
  contact_id: '14',
  contact_name: 'Müller & Söhne GmbH',
  currency_code: 'EUR',
  start_date: '2026-01-01',
  end_date: '2026-12-31',
  filter: 'all',
  opening_balance: 0,
  lines: [
    { date: '2026-01-01', type: 'opening', number: '', details: 'Opening Balance', amount: 0, payment: 0, balance: 0 },
    {
      date: '2026-01-15',
      type: 'invoice',
      number: 'INV-000020',
      details: 'Due on 2026-02-14',
      amount: 1234.5,
      payment: 0,
      balance: 1234.5,
      due_date: '2026-02-14',
    },
    { date: '2026-02-01', type: 'payment', number: 'PMT-000009', details: 'Payment for INV-000020', amount: 0, payment: 1000.25, balance: 234.25 },
  ],
  invoiced: 1234.5,
  received: 1000.25,
  balance_due: 234.25,
  template_id: '2',
  billing_address: { address: 'Königstraße 28', city: 'Stuttgart', state: 'Baden-Württemberg', zip: '70173', country: 'Germany' },
};

export const org = { name: 'Sakura Trading Co.', address: '1-2-3 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan' };

/** A statement with `n` invoice lines (to check paging and the repeated header row). */
export function longStatement(n: number, base: Statement = muellerStatement): Statement {
  const lines: Statement['lines'] = [{ ...base.lines[0]! }];
  let balance = base.opening_balance;
  for (let i = 1; i <= n; i++) {
    balance += 100;
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push({
      date: `2026-03-${day}`,
      type: 'invoice',
      number: `INV-${String(i).padStart(6, '0')}`,
      details: '',
      amount: 100,
      payment: 0,
      balance,
      due_date: '2026-04-30',
    });
  }
  return { ...base, lines, invoiced: n * 100, received: 0, balance_due: balance };
}
