/**
 * Export (CSV, XLS, XLSX) read back with SheetJS in Node and compared with the API; export →
 * import round trips (imports on their own: import.spec.ts).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, mockControl, openWithScenario, test } from './fixtures';
import { ExportDialog } from './pages/export-dialog';
import { apiContact, apiContacts, cellsByHeader, downloadBytes, guarded, precisionOf, readBook, type ApiContact } from './pages/export-files';
import { ImportWizard } from './pages/import-wizard';

const JAPANESE = ['株式会社さくら商事', '山田太郎', '合同会社みらいデザイン', '株式会社ふじ電機', '東京フードサービス株式会社', '大阪ロジスティクス株式会社'];
const DEFAULT_HEADERS =
  'Display Name,Company Name,Customer Type,First Name,Last Name,Email,Work Phone,Mobile,Currency,Payment Terms,Customer Owner,Status,Portal Enabled,Receivables,Unused Credits';

/** Keep a copy of an export when EXPORT_SAVE_DIR is set (to open it in LibreOffice by hand). */
async function keep(download: { saveAs(p: string): Promise<void>; suggestedFilename(): string }) {
  const dir = process.env.EXPORT_SAVE_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await download.saveAs(join(dir, download.suggestedFilename()));
}

async function selectRows(page: Page, names: string[]) {
  for (const n of names) await page.getByRole('checkbox', { name: `Select ${n}`, exact: true }).check();
  await expect(page.getByText(`${names.length} selected`)).toBeVisible();
}

test.describe('export', () => {
  test('CSV of all customers: BOM, CRLF, RFC 4180, Japanese intact, amounts with their precision, formulas neutralised', async ({ page }) => {
    await openWithScenario(page, '/customers', { scenario: 'demo' });
    const dialog = await new ExportDialog(page).open();
    await expectNoSeriousA11yViolations(page);
    const download = await (await dialog.choose('CSV', 'All customers')).export();
    expect(download.suggestedFilename()).toMatch(/^customers_all_\d{4}-\d{2}-\d{2}\.csv$/);
    await keep(download);
    const bytes = await downloadBytes(download);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe(DEFAULT_HEADERS);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // every record ends in CRLF
    await expect(page.getByRole('status').filter({ hasText: /Customers exported: 40, in customers_all_/ })).toBeVisible();

    const rows = cellsByHeader(readBook(bytes, true).Sheets.Sheet1);
    const api = await apiContacts(page);
    expect(rows).toHaveLength(api.length);
    api.forEach((c, i) => {
      const row = rows[i];
      expect(row['Display Name']?.v).toBe(guarded(c.contact_name));
      expect(row['Email']?.v ?? '').toBe(c.email);
      expect(row['Currency']?.v).toBe(c.currency_code);
      expect(row['Receivables']?.v).toBe(c.outstanding_receivable_amount.toFixed(precisionOf(c.currency_code)));
    });
    const names = rows.map((r) => r['Display Name']?.v);
    expect(names).toContain("'@Home Interiors");
    for (const n of JAPANESE) expect(names).toContain(n);
  });

  test('XLSX of selected customers with every field and a contact persons sheet: typed cells match the API', async ({ page }) => {
    await openWithScenario(page, '/customers?per_page=50', { scenario: 'demo' });
    const picked = ['@Home Interiors', '株式会社さくら商事', '山田太郎', 'Acme Inc.', '株式会社ふじ電機', 'Globex Corporation'];
    await selectRows(page, picked);
    const dialog = await new ExportDialog(page).open();
    await expect(dialog.dialog.getByRole('radio', { name: 'Selected customers' })).toBeChecked();
    await dialog.choose('XLSX', 'Selected customers');
    await dialog.allFields();
    await dialog.withPersonsSheet();
    const download = await dialog.export();
    expect(download.suggestedFilename()).toMatch(/^customers_selected_\d{4}-\d{2}-\d{2}\.xlsx$/);
    await keep(download);
    const wb = readBook(await downloadBytes(download));
    expect(wb.SheetNames).toEqual(['Customers', 'Contact Persons']);
    const rows = cellsByHeader(wb.Sheets.Customers);
    expect(rows).toHaveLength(picked.length);
    for (const row of rows) {
      const c = await apiContact(page, String(row['Customer ID']?.v));
      expect(row['Display Name']).toMatchObject({ t: 's', v: guarded(c.contact_name) });
      expect(row['Receivables']).toMatchObject({ t: 'n', v: c.outstanding_receivable_amount });
      expect(row['Unused Credits']).toMatchObject({ t: 'n', v: c.unused_credits_receivable_amount });
      expect(row['Payment Terms (Days)']).toMatchObject({ t: 'n', v: c.payment_terms });
      expect(row['Portal Enabled']).toMatchObject({ t: 'b', v: c.is_portal_enabled });
      expect(row['Created Time']?.t).toBe('d');
      expect(row['Billing City']?.v ?? '').toBe(c.billing_address?.city ?? '');
      for (const f of c.custom_fields ?? []) {
        const cell = row[f.label ?? ''];
        if (typeof f.value === 'number') expect(cell).toMatchObject({ t: 'n', v: f.value });
        else if (/^\d{4}-\d{2}-\d{2}$/.test(String(f.value))) expect((cell?.v as Date).toISOString().slice(0, 10)).toBe(f.value);
        else expect(cell?.v).toBe(guarded(String(f.value)));
      }
    }
    expect(rows.map((r) => r['Display Name']?.v)).toContain("'@Home Interiors");
    const persons = cellsByHeader(wb.Sheets['Contact Persons']);
    expect(persons.some((p) => p['Last Name']?.v === '山田' && p['Primary Contact']?.v === true)).toBe(true);
  });

  test('XLS of the current view (Active): every active customer, numbers numeric, Japanese intact', async ({ page }) => {
    await openWithScenario(page, '/customers?view=active', { scenario: 'demo' });
    const dialog = await new ExportDialog(page).open();
    await (await dialog.choose('XLS', 'Current view')).withPersonsSheet();
    const download = await dialog.export();
    expect(download.suggestedFilename()).toMatch(/^customers_current_view_\d{4}-\d{2}-\d{2}\.xls$/);
    await keep(download);
    const bytes = await downloadBytes(download);
    expect([...bytes.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    const wb = readBook(bytes);
    const rows = cellsByHeader(wb.Sheets.Customers);
    const api = await apiContacts(page, 'Status.Active');
    expect(rows.map((r) => r['Display Name']?.v)).toEqual(api.map((c) => guarded(c.contact_name)));
    rows.forEach((r, i) => expect(r['Receivables']).toMatchObject({ t: 'n', v: api[i].outstanding_receivable_amount }));
    expect(rows.map((r) => r['Status']?.v)).toEqual(api.map(() => 'Active'));
    for (const n of JAPANESE.filter((n) => api.some((c) => c.contact_name === n))) expect(rows.some((r) => r['Display Name']?.v === n)).toBe(true);
    expect(cellsByHeader(wb.Sheets['Contact Persons']).length).toBeGreaterThan(api.length);
  });

  test('XLS refuses more than 65,535 rows before starting and offers XLSX', async ({ page }) => {
    test.setTimeout(120_000);
    await openWithScenario(page, '/outbox', { scenario: 'demo' });
    expect((await mockControl(page, 'POST', '/reset', { scenario: 'large', size: 70_000 })).status).toBe(200);
    await page.goto('/customers');
    await expect(page.getByRole('button', { name: 'Designer tools' })).toBeVisible({ timeout: 60_000 });
    const dialog = await new ExportDialog(page).open();
    await dialog.choose('XLS', 'All customers');
    const alert = dialog.dialog.getByRole('alert');
    await expect(alert).toContainText('XLS holds at most 65,535 rows and this export has 70,000');
    await expect(dialog.dialog.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();
    await alert.getByRole('button', { name: 'Use XLSX instead' }).click();
    await expect(dialog.dialog.getByRole('radio', { name: 'XLSX' })).toBeChecked();
    await expect(dialog.dialog.getByRole('button', { name: 'Export', exact: true })).toBeEnabled();

    // A large export shows its progress and stops at once on Cancel; the dialog stays.
    let downloaded = false;
    page.on('download', () => (downloaded = true));
    await dialog.dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.dialog.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
    await expect(dialog.dialog.getByText(/^Fetching [\d,]+ of 70,000$/)).toBeVisible();
    await dialog.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog.dialog.getByRole('progressbar')).toBeHidden();
    await expect(dialog.dialog.getByRole('button', { name: 'Export', exact: true })).toBeEnabled();
    expect(downloaded).toBe(false);
    await dialog.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog.dialog).toBeHidden();
  });
});

test.describe('export → import round trip', () => {
  const picked = [
    '@Home Interiors',
    '株式会社ふじ電機',
    '東京フードサービス株式会社',
    '山田太郎',
    '合同会社みらいデザイン',
    'Acme Inc.',
    'Northwind Traders',
    'Müller & Söhne GmbH',
    'Café Lumière SARL',
    'Globex Corporation',
    'Maria Garcia',
  ];
  const comparable = ({ last_modified_time: _ignored, ...rest }: ApiContact) => rest;

  for (const format of ['XLSX', 'CSV'] as const) {
    test(`${format} with every field re-imports with Overwrite and leaves the customers unchanged`, async ({ page }) => {
      test.setTimeout(60_000);
      await openWithScenario(page, '/customers?per_page=50', { scenario: 'demo' });
      await selectRows(page, picked);
      const dialog = await new ExportDialog(page).open();
      await (await dialog.choose(format, 'Selected customers')).allFields();
      const download = await dialog.export();
      const ids = (await apiContacts(page)).filter((c) => picked.includes(c.contact_name)).map((c) => c.contact_id);
      const before = await Promise.all(ids.map((id) => apiContact(page, id)));

      await page.goto('/customers/import');
      const wizard = new ImportWizard(page);
      await wizard.upload({ name: download.suggestedFilename(), mimeType: 'application/octet-stream', buffer: await downloadBytes(download) });
      await expect(wizard.mappingFor('Display Name')).toHaveValue('contact_name');
      await expect(wizard.mappingFor('Billing ZIP Code')).toHaveValue('billing_zip');
      await expect(wizard.mappingFor('Receivables')).toHaveValue('');
      await expect(wizard.mappingFor('Contract Date')).toHaveValue('cf:4');
      await wizard.toDuplicates();
      await wizard.importWith('Overwrite');
      await wizard.expectSummary({ created: 0, overwritten: picked.length, skipped: 0, invalid: 0 });
      await expect(page.getByRole('table', { name: 'Results' }).getByRole('row')).toHaveCount(picked.length + 1);

      const after = await Promise.all(ids.map((id) => apiContact(page, id)));
      expect(after.map(comparable)).toEqual(before.map(comparable));
    });
  }
});

test.describe('export → import with contact persons', () => {
  test('an XLSX with its contact persons sheet brings customers and their persons into an empty organisation', async ({ page }) => {
    test.setTimeout(60_000);
    const picked = ['Acme Inc.', '株式会社ふじ電機', 'Globex Corporation'];
    await openWithScenario(page, '/customers?per_page=50', { scenario: 'demo' });
    await selectRows(page, picked);
    const dialog = await new ExportDialog(page).open();
    await (await dialog.choose('XLSX', 'Selected customers')).withPersonsSheet();
    const download = await dialog.export();
    const persons = async () => {
      const all = await apiContacts(page);
      const full = await Promise.all(all.filter((c) => picked.includes(c.contact_name)).map((c) => apiContact(page, c.contact_id)));
      return Object.fromEntries(
        full.map((c) => [
          c.contact_name,
          (c.contact_persons ?? []).map((p) => ({
            first_name: p.first_name,
            last_name: p.last_name,
            email: p.email,
            is_primary_contact: p.is_primary_contact,
          })),
        ]),
      );
    };
    const before = await persons();
    expect(Object.values(before).flat().length).toBeGreaterThan(3);

    expect((await mockControl(page, 'POST', '/reset', { scenario: 'empty' })).status).toBe(200);
    await page.goto('/customers/import');
    const wizard = new ImportWizard(page);
    await wizard.upload({ name: download.suggestedFilename(), mimeType: 'application/octet-stream', buffer: await downloadBytes(download) });
    const withPersons = page.getByRole('checkbox', { name: /Also import the \d+ contact persons of the sheet “Contact Persons”/ });
    await expect(withPersons).toBeChecked();
    await wizard.toDuplicates();
    await wizard.importWith('Skip');
    await wizard.expectSummary({ created: picked.length, overwritten: 0, skipped: 0, invalid: 0 });
    expect(await persons()).toEqual(before);
  });
});
