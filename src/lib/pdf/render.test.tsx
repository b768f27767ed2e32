// @vitest-environment node
/**
 * Render real PDFs in Node with the same documents the worker renders, and read them back
 * with pdftotext (poppler-utils) when it is installed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderToBuffer } from '@react-pdf/renderer';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerFonts } from './fonts';
import { documentFor } from './render';
import { longStatement, muellerStatement, org, sakuraStatement } from './test-fixtures';
import type { PdfJob } from './types';

const hasPdfToText = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const dir = mkdtempSync(join(tmpdir(), 'stmt-pdf-'));
let n = 0;

async function render(job: PdfJob): Promise<{ bytes: Buffer; text: string; pages: number }> {
  const bytes = await renderToBuffer(documentFor(job));
  const file = join(dir, `doc-${n++}.pdf`);
  writeFileSync(file, bytes);
  const text = hasPdfToText ? execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }) : '';
  const pages = hasPdfToText ? text.split('\f').filter((p) => p.trim()).length : 0;
  return { bytes, text, pages };
}

beforeAll(() => registerFonts(`${resolve('public/fonts')}/`));

describe('statement PDFs', () => {
  it('renders a Japanese statement with the customer, every line and the balance due', async () => {
    const { bytes, text } = await render({ kind: 'statements', input: { org, statements: [{ statement: sakuraStatement, layout: 'japanese' }] } });
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // The font is subset: a one-page statement stays small although the TTF is 5.5 MB.
    expect(bytes.length).toBeLessThan(80_000);
    if (!hasPdfToText) return;
    for (const s of [
      '株式会社さくら商事',
      '請求明細書',
      'INV-000013',
      'INV-000031',
      'PMT-000004',
      '385,000',
      '〒100-0005',
      'Sakura Trading Co.',
      '1 / 1 ページ',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).not.toMatch(/385,000\.\d/);
  });

  it('renders the standard and compact layouts in English with the currency formatted', async () => {
    for (const layout of ['standard', 'compact'] as const) {
      const { text } = await render({ kind: 'statements', input: { org, statements: [{ statement: muellerStatement, layout }] } });
      if (!hasPdfToText) return;
      for (const s of ['Müller & Söhne GmbH', 'Königstraße 28', 'INV-000020', '€234.25', '€1,234.50', 'Page 1 of 1']) expect(text).toContain(s);
    }
  });

  it('starts every statement on a new page and repeats the header row when one runs over', async () => {
    const { text, pages } = await render({
      kind: 'statements',
      input: {
        org,
        statements: [
          { statement: longStatement(60), layout: 'standard' },
          { statement: sakuraStatement, layout: 'japanese' },
        ],
      },
    });
    if (!hasPdfToText) return;
    const sheets = text.split('\f').filter((p) => p.trim());
    expect(pages).toBeGreaterThanOrEqual(3);
    // The Japanese statement starts on its own (last) page, numbered from 1.
    const ja = sheets.findIndex((p) => p.includes('株式会社さくら商事'));
    expect(ja).toBe(sheets.length - 1);
    expect(sheets[ja]).toContain('1 / 1 ページ');
    // Every page of the long statement carries the header row and counts within the statement.
    sheets.slice(0, ja).forEach((sheet, i) => {
      expect(sheet).toMatch(/Date\s+Transaction\s+Details\s+Amount\s+Payments\s+Balance/);
      expect(sheet).toContain(`Page ${i + 1} of ${ja}`);
    });
  });

  it('renders the unpaid invoices list with its totals', async () => {
    const { text } = await render({
      kind: 'unpaid-invoices',
      input: {
        org,
        as_of: '2026-05-01',
        contact: { contact_name: '株式会社さくら商事', currency_code: 'JPY', language_code: 'ja', billing_address: sakuraStatement.billing_address },
        invoices: [
          { invoice_number: 'INV-000013', date: '2026-02-10', due_date: '2026-03-12', total: 330000, balance: 330000, status: 'overdue' },
          { invoice_number: 'INV-000031', date: '2026-04-05', due_date: '2026-05-05', total: 55000, balance: 5000, status: 'partially_paid' },
          { invoice_number: 'INV-000004', date: '2026-01-05', due_date: '2026-02-04', total: 10000, balance: 0, status: 'paid' },
        ],
      },
    });
    if (!hasPdfToText) return;
    for (const s of ['未払い請求書一覧', 'INV-000013', 'INV-000031', '385,000', '335,000', '期限超過']) expect(text).toContain(s);
    expect(text).not.toContain('INV-000004');
  });
});
