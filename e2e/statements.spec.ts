/**
 * Statements: one customer's PDF (download checked with pdftotext), Email Statement, bulk Send
 * Statements (a customer without email skipped, the others in the outbox with their PDF), bulk
 * Print Statements, and the 25-customer limit.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, mockControl, openWithScenario, test } from './fixtures';
import { StatementsPage } from './pages/statements';

interface OutboxMail {
  email_id: string;
  contact_id: string;
  kind: string;
  to_mail_ids: string[];
  subject: string;
  attachments: { file_name: string; content_type: string; size: number }[];
}

/** GET a JSON API path from inside the page (the mock's service worker answers it). */
async function api<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => {
    const res = await fetch(`/api/v3${p}`);
    return (await res.json()) as T;
  }, path);
}

const thisYear = () => {
  const y = new Date().getFullYear();
  return { start: `${y}-01-01`, end: `${y}-12-31` };
};

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

test.describe('statements', () => {
  test('downloads the statement PDF of a Japanese JPY customer with every invoice and the balance due', async ({ page }, testInfo) => {
    await openWithScenario(page, '/customers/4/statement', { scenario: 'demo' });
    const invoices = await api<{ invoices: { invoice_number: string; date: string }[] }>(page, '/invoices?customer_id=4');
    const dates = invoices.invoices.map((i) => i.date).sort();
    const range = { start: dates[0]!, end: dates[dates.length - 1]! };
    const st = new StatementsPage(page);
    await st.chooseCustomPeriod(range.start, range.end);
    const { statement } = await api<{ statement: { balance_due: number; lines: { type: string; number: string }[] } }>(
      page,
      `/contacts/4/statement?start_date=${range.start}&end_date=${range.end}`,
    );
    const numbers = statement.lines.filter((l) => l.type === 'invoice').map((l) => l.number);
    expect(numbers).toEqual(expect.arrayContaining(['INV-000004', 'INV-000013', 'INV-000031']));

    const download = await st.downloadPdf();
    expect(download.suggestedFilename()).toBe(`statement_株式会社さくら商事_${range.start}_${range.end}.pdf`);
    const file = testInfo.outputPath('statement.pdf');
    await download.saveAs(file);
    const text = pdfText(file);
    expect(text).toContain('株式会社さくら商事');
    expect(text).toContain('請求明細書');
    for (const n of numbers) expect(text).toContain(n);
    const due = statement.balance_due.toLocaleString('en-US', { maximumFractionDigits: 0 });
    expect(text).toMatch(new RegExp(`ご請求残高[\\s\\S]*[¥￥]${due}`));
  });

  test('emails the statement with its PDF from the Email Statement dialog', async ({ page }) => {
    await openWithScenario(page, '/customers/4/statement', { scenario: 'demo' });
    await page.getByRole('combobox', { name: 'Period' }).selectOption({ label: 'This Year' });
    const st = new StatementsPage(page);
    const sendEmail = page.getByRole('button', { name: 'Send Email' });
    await sendEmail.click();
    const dialog = st.emailDialog;
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(sendEmail).toBeFocused();
    await sendEmail.click();
    const to = dialog.getByRole('group', { name: 'To' });
    await expect(to.getByRole('checkbox', { name: /yamada@sakura-shoji\.example\.jp/ })).toBeChecked();
    await expect(to.getByRole('checkbox', { name: /sato@sakura-shoji\.example\.jp/ })).not.toBeChecked();
    await expect(dialog.getByLabel('Subject')).not.toHaveValue('');
    const { start, end } = thisYear();
    await expect(dialog.getByRole('button', { name: `Open statement_株式会社さくら商事_${start}_${end}.pdf` })).toBeVisible({ timeout: 20_000 });
    await expectNoSeriousA11yViolations(page);

    // A failed send keeps the draft open, with the reason.
    await dialog.getByLabel('Subject').fill('Your statement, as promised');
    await mockControl(page, 'PUT', '/config', { error_rate: 1 });
    await dialog.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('The statement was not sent');
    await expect(dialog.getByLabel('Subject')).toHaveValue('Your statement, as promised');
    await mockControl(page, 'PUT', '/config', { error_rate: 0 });

    await dialog.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Statement has been sent to the Customer.' })).toBeVisible();

    const { emails } = await api<{ emails: OutboxMail[] }>(page, '/outbox');
    // Newest first: the one just sent.
    expect(emails[0]).toMatchObject({
      contact_id: '4',
      kind: 'statement',
      to_mail_ids: ['yamada@sakura-shoji.example.jp'],
      subject: 'Your statement, as promised',
    });
    expect(emails[0]!.attachments).toEqual([
      expect.objectContaining({ file_name: `statement_株式会社さくら商事_${start}_${end}.pdf`, content_type: 'application/pdf' }),
    ]);
  });

  test('bulk sends statements to 3 customers: one without email is skipped, two arrive with PDFs', async ({ page }) => {
    await openWithScenario(page, '/customers?per_page=50', { scenario: 'demo' });
    // The demo's outbox already holds some mail: look only at what this test sends.
    const before = new Set((await api<{ emails: OutboxMail[] }>(page, '/outbox')).emails.map((e) => e.email_id));
    const st = new StatementsPage(page);
    await st.select(['株式会社さくら商事', 'ＡＣＭＥ Inc', 'Acme Inc.']);
    await st.bulkButton('Send Statements').click();
    const dialog = st.sendDialog;
    await expect(dialog.getByText('ＡＣＭＥ Inc: No contact person has an email address')).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    const results = await st.bulkSend('This Year');
    const row = (name: string) => results.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    await expect(row('株式会社さくら商事')).toContainText('Sent');
    await expect(row('Acme Inc.')).toContainText('Sent');
    await expect(row('ＡＣＭＥ Inc')).toContainText('Skipped');
    await expect(row('ＡＣＭＥ Inc')).toContainText('No contact person has an email address');
    await expect(st.sendDialog.getByRole('status').filter({ hasText: '2 sent, 1 skipped, 0 failed.' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const { emails } = await api<{ emails: OutboxMail[] }>(page, '/outbox');
    const statements = emails.filter((e) => !before.has(e.email_id));
    expect(statements).toHaveLength(2);
    expect(statements.map((e) => e.contact_id).sort()).toEqual(['1', '4']);
    for (const mail of statements) {
      expect(mail.kind).toBe('statement');
      expect(mail.to_mail_ids).toHaveLength(1);
      expect(mail.attachments).toEqual([expect.objectContaining({ content_type: 'application/pdf' })]);
      expect(mail.attachments[0]!.size).toBeGreaterThan(1000);
    }
    const head = await page.evaluate(async (id) => {
      const bytes = new Uint8Array(await (await fetch(`/api/v3/outbox/${id}/attachments/0`)).arrayBuffer());
      return String.fromCharCode(...bytes.subarray(0, 5));
    }, statements[0]!.email_id);
    expect(head).toBe('%PDF-');
    const sakura = statements.find((e) => e.contact_id === '4')!;
    expect(sakura.to_mail_ids).toEqual(['yamada@sakura-shoji.example.jp']);
    expect(sakura.subject).toContain('取引明細書');
  });

  test('prints one PDF for the selection', async ({ page }) => {
    await openWithScenario(page, '/customers?per_page=50', { scenario: 'demo' });
    const st = new StatementsPage(page);
    await st.select(['株式会社さくら商事', 'Acme Inc.']);
    await st.bulkButton('Print Statements').click();
    const dialog = st.printDialog;
    // Headless Chromium has no print preview, and its PDF viewer crashes the tab now and then
    // when print() is called on a PDF frame: count the call instead of making it.
    await page.evaluate(() => {
      const get = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow')!.get!;
      Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
        get(this: HTMLIFrameElement) {
          const win = get.call(this) as Window | null;
          if (!win || !this.src.startsWith('blob:')) return win;
          const w = window as unknown as { __prints?: number };
          return { focus: () => undefined, print: () => void (w.__prints = (w.__prints ?? 0) + 1) };
        },
      });
    });
    await dialog.getByRole('combobox', { name: 'Period' }).selectOption({ label: 'This Year' });
    await dialog.getByRole('button', { name: 'Print', exact: true }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'The PDF with 2 statements is ready.' })).toBeVisible({ timeout: 20_000 });
    await expect.poll(() => page.evaluate(() => (window as unknown as { __prints?: number }).__prints)).toBe(1);
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download PDF' }).click();
    const file = await (await download).path();
    const text = pdfText(file);
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.findIndex((p) => p.includes('株式会社さくら商事'))).not.toBe(pages.findIndex((p) => p.includes('Acme Inc.')));
  });

  test('refuses statements for more than 25 selected customers', async ({ page }) => {
    await openWithScenario(page, '/customers?per_page=50', { scenario: 'demo' });
    const table = page.getByRole('table', { name: 'Customers' });
    const boxes = table.getByRole('checkbox', { name: /^Select (?!all)/ });
    await expect(boxes.nth(25)).toBeVisible();
    for (let i = 0; i < 26; i++) await boxes.nth(i).check();
    await expect(page.getByText('26 selected')).toBeVisible();
    const st = new StatementsPage(page);
    for (const name of ['Send Statements', 'Print Statements'] as const) {
      const button = st.bulkButton(name);
      await expect(button).toHaveAttribute('aria-disabled', 'true');
      await expect(button).toHaveAccessibleDescription('You can send statements to at most 25 customers at a time');
    }
    await st.bulkButton('Send Statements').click({ force: true });
    await expect(st.sendDialog).toBeHidden();

    await boxes.nth(25).uncheck();
    await expect(st.bulkButton('Send Statements')).not.toHaveAttribute('aria-disabled', 'true');
  });
});
