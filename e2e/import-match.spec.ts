/**
 * Import by a match key: a re-import of an export with edits updates in place and creates no
 * duplicate; invalid cells are fixed in the Preview; the selections are saved for next time.
 */
import * as XLSX from '@e965/xlsx';
import { expect, expectNoSeriousA11yViolations, mockControl, openWithScenario, test } from './fixtures';
import { ExportDialog } from './pages/export-dialog';
import { apiContact, apiContacts, downloadBytes, readBook } from './pages/export-files';
import { ImportWizard } from './pages/import-wizard';

const csv = (rows: string[][]) => {
  const text = XLSX.utils.sheet_to_csv(XLSX.utils.aoa_to_sheet(rows), { RS: '\r\n' });
  return { name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${text}\r\n`) };
};

test.describe('import by a match key', () => {
  test('a re-import of an export with edits updates in place and creates no duplicate', async ({ page }) => {
    test.setTimeout(90_000);
    await openWithScenario(page, '/customers?per_page=50', { scenario: 'demo' });
    const download = await (await (await new ExportDialog(page).open()).choose('CSV', 'All customers')).export();
    const before = await apiContacts(page);

    // Edit one cell of the export, as someone would in a spreadsheet.
    const sheet = readBook(await downloadBytes(download), true).Sheets.Sheet1;
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '' });
    const [headers] = rows;
    const nameCol = headers.indexOf('Display Name');
    const companyCol = headers.indexOf('Company Name');
    const at = rows.findIndex((r) => r[nameCol] === 'Northwind Traders');
    expect(at).toBeGreaterThan(0);
    rows[at][companyCol] = 'Northwind Traders (edited in the file)';

    await page.goto('/customers/import');
    const wizard = new ImportWizard(page);
    await wizard.upload(csv(rows));
    await wizard.toDuplicates();
    await wizard.matchBy('Display name');
    await page.getByRole('radio', { name: 'Update', exact: true }).check();
    await wizard.previewSettled();
    // The file's row number: the header is row 1.
    const edited = wizard.previewRow(at + 1);
    await expect(edited.getByRole('cell', { name: 'Update', exact: true })).toBeVisible();
    await expect(edited).toContainText('Matches "Northwind Traders" by display name.');
    await expect(wizard.preview.getByRole('cell', { name: 'Create', exact: true })).toHaveCount(0);
    // The demo allows duplicate display names: a row naming two customers is reported, never guessed.
    const key = (n: string) => n.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
    const ambiguous = before.filter((c) => before.filter((o) => key(o.contact_name) === key(c.contact_name)).length > 1);
    expect(ambiguous.length).toBeGreaterThan(1);
    const blue = wizard.previewRow(rows.findIndex((r) => r[nameCol] === 'Blue Harbor Trading') + 1);
    await expect(blue).toContainText(/Invalid: Matches \d customers by display name/);
    await expect(wizard.preview.getByRole('cell', { name: /^Invalid: Matches/ })).toHaveCount(ambiguous.length);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('checkbox', { name: 'Skip invalid rows and import the others' }).check();
    await wizard.importButton.click();
    await wizard.expectSummary({ created: 0, updated: before.length - ambiguous.length, overwritten: 0, skipped: 0, invalid: ambiguous.length });

    const after = await apiContacts(page);
    expect(after).toHaveLength(before.length);
    const northwind = after.find((c) => c.contact_name === 'Northwind Traders');
    expect((await apiContact(page, northwind?.contact_id ?? '')).company_name).toBe('Northwind Traders (edited in the file)');
    await page.getByRole('link', { name: 'Back to customers' }).first().click();
    const list = page.getByRole('table', { name: 'Customers' });
    await expect(list.getByRole('row', { name: /Northwind Traders \(edited in the file\)/ })).toBeVisible();
    await expect(page.getByText(new RegExp(`of ${before.length}$`))).toBeVisible();
  });

  test('an invalid cell is fixed in the Preview and re-checked; the selections pre-fill the next import', async ({ page }) => {
    await openWithScenario(page, '/customers/import', { scenario: 'demo' });
    const hooli = (await apiContacts(page)).find((c) => c.contact_name === 'Hooli');
    const wizard = new ImportWizard(page);
    await wizard.upload(
      csv([
        ['Display Name', 'Email', 'Remarks'],
        ['Hooli', '', 'Updated by email match'],
        ['Brand New Co', 'not-an-email', 'new'],
      ]),
    );
    await wizard.next.click();
    await page.getByRole('checkbox', { name: 'Skip invalid rows and import the others' }).check();
    await wizard.next.click();
    await wizard.matchBy('Display name');
    await page.getByRole('radio', { name: 'Update', exact: true }).check();
    await wizard.previewSettled();
    await expect(wizard.previewRow(2).getByRole('cell', { name: 'Update', exact: true })).toBeVisible();
    await expect(wizard.previewRow(3)).toContainText('Invalid: Email: Enter a valid email address.');

    // Fix the bad email in place: the row is checked again and becomes a create.
    await page.getByRole('textbox', { name: 'Email row 3' }).fill('hello@brandnew.example');
    await expect(wizard.previewRow(3).getByRole('cell', { name: 'Create', exact: true })).toBeVisible();
    await page.getByRole('checkbox', { name: 'Save these selections for future imports' }).check();
    await wizard.importButton.click();
    await wizard.expectSummary({ created: 1, updated: 1, overwritten: 0, skipped: 0, invalid: 0 });
    const created = (await apiContacts(page)).find((c) => c.contact_name === 'Brand New Co');
    expect((await apiContact(page, created?.contact_id ?? '')).email).toBe('hello@brandnew.example');
    expect((await apiContact(page, hooli?.contact_id ?? '')).notes).toBe('Updated by email match');

    // The next import starts from the saved selections.
    await page.getByRole('button', { name: 'Import another file' }).click();
    await wizard.upload(
      csv([
        ['Display Name', 'Remarks'],
        ['Hooli', 'again'],
      ]),
    );
    await wizard.toDuplicates();
    await expect(page.getByRole('radio', { name: 'Update', exact: true })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Display name', exact: true })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Save these selections for future imports' })).toBeChecked();
  });

  test('a preview that fails says so and checks again on request; matching by email updates in place', async ({ page }) => {
    await openWithScenario(page, '/customers/import', { scenario: 'demo' });
    const hooli = (await apiContacts(page, 'Status.All', true)).find((c) => c.contact_name === 'Hooli');
    const email = String(hooli?.email ?? '');
    expect(email).not.toBe('');
    const wizard = new ImportWizard(page);
    await wizard.upload(
      csv([
        ['Display Name', 'Email', 'Remarks'],
        ['Hooli (renamed in the file)', email.toUpperCase(), 'Matched by email'],
      ]),
    );
    await mockControl(page, 'PUT', '/config', {
      faults: [{ method: 'POST', path: '/api/v3/contacts/import', status: 500, message: 'The preview broke.', times: 1 }],
    });
    await wizard.toDuplicates();
    await expect(page.getByRole('alert')).toContainText('The preview could not be made: The preview broke.');
    await page.getByRole('button', { name: 'Check again' }).click();
    await expect(page.getByRole('alert')).toBeHidden();
    await wizard.matchBy('Email');
    await page.getByRole('radio', { name: 'Update', exact: true }).check();
    await wizard.previewSettled();
    await expect(wizard.previewRow(2).getByRole('cell', { name: 'Update', exact: true })).toBeVisible();
    await expect(wizard.previewRow(2)).toContainText('Matches "Hooli" by email.');
    await wizard.importButton.click();
    await wizard.expectSummary({ created: 0, updated: 1, overwritten: 0, skipped: 0, invalid: 0 });
    const after = await apiContact(page, hooli?.contact_id ?? '');
    expect([after.contact_name, after.notes]).toEqual(['Hooli (renamed in the file)', 'Matched by email']);
  });
});
