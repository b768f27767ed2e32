import { describe, expect, it } from 'vitest';
import { addressLines } from './address';
import { tint } from './colour';
import { statementView } from './statement-view';
import { muellerStatement, sakuraStatement } from './test-fixtures';

describe('statementView', () => {
  it('starts with the opening balance, then every line with its running balance', () => {
    const v = statementView({ statement: muellerStatement, layout: 'standard' });
    expect(v.rows.map((r) => [r.kind, r.transaction, r.amount, r.payment, r.balance])).toEqual([
      ['opening', 'Opening Balance', '', '', '€0.00'],
      ['invoice', 'Invoice INV-000020', '€1,234.50', '', '€1,234.50'],
      ['payment', 'Payment PMT-000009', '', '€1,000.25', '€234.25'],
    ]);
    expect(v.rows[1]!.details).toBe('Due on Feb 14, 2026');
    expect(v.totals).toEqual({ opening: '€0.00', invoiced: '€1,234.50', received: '€1,000.25', balanceDue: '€234.25' });
    expect(v.period).toBe('Jan 1, 2026 to Dec 31, 2026');
  });

  it('prints JPY without decimals, in Japanese for the 請求明細 layout', () => {
    const v = statementView({ statement: { ...sakuraStatement, balance_due: 385000.4 }, layout: 'japanese' });
    expect(v.labels.statementTitle).toBe('請求明細書');
    expect(v.totals.balanceDue).toMatch(/^[¥￥]385,000$/);
    expect(v.rows[0]).toMatchObject({ transaction: '前期繰越', date: '2026/01/01' });
    expect(v.rows[1]).toMatchObject({ transaction: '請求書 INV-000013', details: '支払期日 2026/03/12' });
    expect(v.rows[2]).toMatchObject({ transaction: '入金 PMT-000004', details: 'INV-000004 への入金' });
    expect(v.period).toBe('2026/01/01 〜 2026/12/31');
  });

  it('prints JPY without decimals in the English layouts too', () => {
    const v = statementView({ statement: sakuraStatement, layout: 'compact' });
    expect(v.totals.balanceDue).toBe('¥385,000');
    expect(v.rows.every((r) => !/\.\d/.test(r.balance))).toBe(true);
  });

  it('shows what was paid on each invoice for the outstanding filter', () => {
    const outstanding = {
      ...muellerStatement,
      filter: 'outstanding' as const,
      lines: [
        { date: '2026-01-01', type: 'opening' as const, number: '', details: '', amount: 50, payment: 0, balance: 50 },
        {
          date: '2026-01-15',
          type: 'invoice' as const,
          number: 'INV-000020',
          details: '',
          amount: 1234.5,
          payment: 1000.25,
          balance: 284.25,
          due_date: '2026-02-14',
        },
      ],
      opening_balance: 50,
    };
    const v = statementView({ statement: outstanding, layout: 'standard' });
    expect(v.rows.map((r) => r.kind)).toEqual(['opening', 'invoice']);
    expect(v.rows[1]).toMatchObject({ amount: '€1,234.50', payment: '€1,000.25', balance: '€284.25' });
  });

  it('uses the template accent colour, or the layout default when it is not a colour', () => {
    expect(statementView({ statement: muellerStatement, layout: 'compact', accent_color: '#123456' }).accent).toBe('#123456');
    expect(statementView({ statement: muellerStatement, layout: 'compact', accent_color: 'red' }).accent).toBe('#2f855a');
  });
});

describe('addressLines', () => {
  it('writes a Japanese address in Japanese order', () => {
    expect(addressLines(sakuraStatement.billing_address)).toEqual(['〒100-0005', '東京都千代田区丸の内1-6-5', 'さくらビル8階']);
  });
  it('writes a Western address street first, with city, state and zip on one line', () => {
    expect(addressLines(muellerStatement.billing_address)).toEqual(['Königstraße 28', 'Stuttgart, Baden-Württemberg 70173', 'Germany']);
  });
  it('prints nothing for a missing or empty address', () => {
    expect(addressLines(undefined)).toEqual([]);
    expect(addressLines({ address: ' ', city: '' })).toEqual([]);
  });
});

describe('tint', () => {
  it('mixes with white', () => {
    expect(tint('#000000', 0.5)).toBe('#808080');
    expect(tint('#1f6feb', 0)).toBe('#1f6feb');
    expect(tint('#1f6feb', 1)).toBe('#ffffff');
  });
});
