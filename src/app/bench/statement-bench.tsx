/**
 * Bench hooks for Print Statements (demo build, `?bench` only): our pipeline (the worker the
 * dialog uses) next to a bare @react-pdf/renderer render of the same documents on this page.
 */
import type { Statement } from '../../api/schemas';
import type { StatementsPdfInput } from '../../lib/pdf/client';

/** 25 customers × `lines` lines, half of them Japanese, in all three layouts. */
export function benchStatements(customers = 25, lines = 40): StatementsPdfInput {
  const layouts = ['standard', 'compact', 'japanese'] as const;
  const statements = Array.from({ length: customers }, (_, c) => {
    const rows: Statement['lines'] = [{ date: '2026-03-01', type: 'opening', number: '', details: '', amount: 0, payment: 0, balance: 1000 }];
    let balance = 1000;
    for (let i = 1; i <= lines; i++) {
      const invoice = i % 4 !== 0;
      balance += invoice ? 125 : -80;
      rows.push({
        date: `2026-03-${String((i % 28) + 1).padStart(2, '0')}`,
        type: invoice ? 'invoice' : 'payment',
        number: invoice ? `INV-${String(c * 100 + i).padStart(6, '0')}` : String(c * 100 + i),
        details: invoice ? '' : `Payment for INV-${String(c * 100 + i - 1).padStart(6, '0')}`,
        amount: invoice ? 125 : 0,
        payment: invoice ? 0 : 80,
        balance,
        due_date: '2026-04-30',
      });
    }
    const statement: Statement = {
      contact_id: String(c + 1),
      contact_name: c % 2 ? `株式会社さくら商事 ${c}` : `Acme Trading ${c}`,
      currency_code: c % 2 ? 'JPY' : 'USD',
      start_date: '2026-03-01',
      end_date: '2026-03-31',
      filter: 'all',
      opening_balance: 1000,
      lines: rows,
      invoiced: rows.reduce((s, l) => s + l.amount, 0),
      received: rows.reduce((s, l) => s + l.payment, 0),
      balance_due: balance,
      template_id: '1',
      billing_address: { address: '1-2-3 Marunouchi', city: 'Chiyoda-ku', state: 'Tokyo', zip: '100-0005', country: 'Japan' },
    };
    return { statement, layout: layouts[c % 3]! };
  });
  return { org: { name: 'Sakura Trading Co.', address: '1-2-3 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan' }, statements };
}

/** Our pipeline: the worker client that Print Statements uses. */
export async function printOurs(input: StatementsPdfInput): Promise<number> {
  const { renderStatementsPdf } = await import('../../lib/pdf/client');
  const blob = await renderStatementsPdf(input);
  return blob.size;
}

/** The bare renderer on this page: same documents and fonts, no worker, no progress. */
export async function printBare(input: StatementsPdfInput): Promise<number> {
  const [{ pdf }, { registerFonts }, { StatementsDocument }] = await Promise.all([
    import('@react-pdf/renderer'),
    import('../../lib/pdf/fonts'),
    import('../../lib/pdf/documents/StatementsDocument'),
  ]);
  registerFonts(new URL(`${import.meta.env.BASE_URL}fonts/`, document.baseURI).href);
  const blob = await pdf(<StatementsDocument input={input} />).toBlob();
  return blob.size;
}
