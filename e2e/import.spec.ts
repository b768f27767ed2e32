/** Imports with invalid rows, refused rows, Shift_JIS, malformed files and the sample file. */
import * as XLSX from '@e965/xlsx';
import { expect, expectNoSeriousA11yViolations, openWithScenario, test } from './fixtures';
import { apiContact, apiContacts, downloadBytes, readBook } from './pages/export-files';
import { ImportWizard } from './pages/import-wizard';

test.describe('import', () => {
  const csv = (lines: string[]) => ({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`) });

  test('invalid rows are listed with the reason; nothing is written unless skipped; duplicates are skipped', async ({ page }) => {
    await openWithScenario(page, '/customers/import', { scenario: 'demo' });
    const wizard = new ImportWizard(page);
    await expectNoSeriousA11yViolations(page);
    await wizard.upload(
      csv([
        'Display Name,Email,Currency,Payment Terms',
        'Kitsune Trading KK,info@kitsune.example.jp,JPY,Net 30',
        'Hooli,ap@hooli.example,USD,Net 15',
        ',nobody@example.com,USD,Net 30',
        'Bad Email Co,not-an-email,USD,Net 30',
        'Bad Currency Co,x@example.com,XYZ,Net 30',
      ]),
    );
    await wizard.next.click();
    const invalid = page.getByRole('table', { name: 'Invalid rows' });
    await expect(invalid.getByRole('row')).toHaveCount(4);
    await expect(invalid).toContainText('Display name is required.');
    await expect(invalid).toContainText('Enter a valid email address.');
    await expect(invalid).toContainText('Currency “XYZ” does not exist.');
    await expect(wizard.next).toBeDisabled();
    await page.getByRole('checkbox', { name: 'Skip invalid rows and import the others' }).check();
    await wizard.next.click();
    await wizard.importWith('Skip');
    await wizard.expectSummary({ created: 1, overwritten: 0, skipped: 1, invalid: 3 });
    const results = page.getByRole('table', { name: 'Results' });
    await expect(results.getByRole('row', { name: /Kitsune Trading KK.*Created/ })).toBeVisible();
    await expect(results.getByRole('row', { name: /Hooli.*Skipped/ })).toBeVisible();
    expect((await apiContacts(page)).filter((c) => c.contact_name === 'Hooli')).toHaveLength(1);
  });

  test('rows the server refuses (same name twice in the file) write nothing until skipped; Overwrite updates the duplicate', async ({ page }) => {
    await openWithScenario(page, '/customers/import', { scenario: 'demo' });
    const wizard = new ImportWizard(page);
    await wizard.upload(csv(['Display Name,Remarks', 'Twin Co,first', 'twin co,second', 'Hooli,Overwritten by import']));
    await wizard.toDuplicates();
    await wizard.importWith('Overwrite');
    await expect(wizard.alert).toContainText('1 row is invalid, so nothing was imported');
    await expect(page.getByRole('table', { name: 'Invalid rows' })).toContainText('Same display name as row 2 of the file.');
    expect((await apiContacts(page)).some((c) => c.contact_name === 'Twin Co')).toBe(false);
    await page.getByRole('checkbox', { name: 'Skip invalid rows and import the others' }).check();
    await wizard.importButton.click();
    await wizard.expectSummary({ created: 1, overwritten: 1, skipped: 0, invalid: 1 });
    const hooli = (await apiContacts(page)).find((c) => c.contact_name === 'Hooli');
    expect((await apiContact(page, hooli?.contact_id ?? '')).notes).toBe('Overwritten by import');
  });

  test('Shift_JIS CSV is detected and imported with Japanese intact', async ({ page }) => {
    await openWithScenario(page, '/customers/import', { scenario: 'demo' });
    const wizard = new ImportWizard(page);
    // "Display Name\r\n山田商店\r\n" in Shift_JIS.
    const sjis = Buffer.concat([Buffer.from('Display Name\r\n'), Buffer.from([0x8e, 0x52, 0x93, 0x63, 0x8f, 0xa4, 0x93, 0x58]), Buffer.from('\r\n')]);
    await wizard.choose({ name: 'sjis.csv', mimeType: 'text/csv', buffer: sjis });
    await wizard.next.click();
    await expect(page.getByText('It looks like Shift_JIS')).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Shift_JIS' })).toBeChecked();
    await expect(page.getByText('山田商店')).toBeVisible();
    await wizard.next.click();
    await wizard.toDuplicates();
    await wizard.importWith('Skip');
    await wizard.expectSummary({ created: 1, overwritten: 0, skipped: 0, invalid: 0 });
    expect((await apiContacts(page)).some((c) => c.contact_name === '山田商店')).toBe(true);
  });

  test('malformed files get a clear message, never a crash', async ({ page }) => {
    await openWithScenario(page, '/customers/import', { scenario: 'demo' });
    const wizard = new ImportWizard(page);
    const tryFile = async (file: { name: string; mimeType: string; buffer: Buffer }, message: string | RegExp, nexts = 1) => {
      await wizard.choose(file);
      for (let i = 0; i < nexts; i++) await wizard.next.click();
      await expect(wizard.alert).toContainText(message);
      if (nexts > 1) await page.getByRole('button', { name: 'Back' }).click();
      await expect(wizard.step('Choose a file')).toBeVisible();
    };
    await tryFile({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') }, 'This file type cannot be imported');
    await tryFile({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) }, 'This file is empty.');
    await tryFile({ name: 'garbage.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([1, 2, 3, 0, 255, 254, 9, 9]) }, 'not an Excel workbook');
    await tryFile(
      { name: 'broken.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5, 6]) },
      'could not be read',
    );
    await tryFile({ name: 'binary.csv', mimeType: 'text/csv', buffer: Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0]) }, 'not a text file');
    await tryFile({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 'a,b\r\n') }, 'larger than 10 MB');
    // These read as text, so they fail on parsing, after the encoding step.
    await tryFile({ name: 'header-only.csv', mimeType: 'text/csv', buffer: Buffer.from('Display Name,Email\r\n') }, 'no customers below it', 2);
    const many = `Display Name\r\n${Array.from({ length: 10_001 }, (_, i) => `Customer ${i}`).join('\r\n')}\r\n`;
    await tryFile({ name: 'many.csv', mimeType: 'text/csv', buffer: Buffer.from(many) }, 'more than 10,000 rows', 2);
  });

  test('the sample file downloads and imports as it is', async ({ page }) => {
    await openWithScenario(page, '/customers/import', { scenario: 'demo' });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download a sample file' }).click();
    const sample = await download;
    const rows = XLSX.utils.sheet_to_json<Record<string, string>>(readBook(await downloadBytes(sample), true).Sheets.Sheet1);
    expect(rows.map((r) => r['Display Name'])).toEqual(['Example Trading Inc.', '株式会社サンプル商事']);
    const wizard = new ImportWizard(page);
    await wizard.upload({ name: sample.suggestedFilename(), mimeType: 'text/csv', buffer: await downloadBytes(sample) });
    await wizard.toDuplicates();
    await wizard.importWith('Skip');
    await wizard.expectSummary({ created: 2, overwritten: 0, skipped: 0, invalid: 0 });
  });
});
