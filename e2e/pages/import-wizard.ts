import { expect, type Page } from '@playwright/test';

export interface FileInput {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Page object: the import wizard at /customers/import (names from ui-contract.md). */
export class ImportWizard {
  constructor(readonly page: Page) {}

  get next() {
    return this.page.getByRole('button', { name: 'Next', exact: true });
  }
  get importButton() {
    return this.page.getByRole('button', { name: 'Import', exact: true });
  }
  get alert() {
    return this.page.getByRole('alert');
  }
  step(name: string) {
    return this.page.getByRole('heading', { level: 2, name });
  }

  async choose(file: string | FileInput) {
    await this.page.getByLabel('File', { exact: true }).setInputFiles(file);
  }

  /** Choose the file and go on to the column mapping (through the encoding step for CSV/TSV). */
  async upload(file: string | FileInput, encoding?: 'UTF-8' | 'Shift_JIS') {
    await this.choose(file);
    await this.next.click();
    const enc = this.step('Character encoding');
    const mapping = this.step('Map columns');
    await expect(enc.or(mapping)).toBeVisible();
    if (await enc.isVisible()) {
      if (encoding) await this.page.getByRole('radio', { name: encoding }).check();
      await this.next.click();
    }
    await expect(mapping).toBeVisible();
  }

  mappingFor(column: string) {
    return this.page.getByRole('combobox', { name: `Import “${column}” as` });
  }

  async toDuplicates(skipInvalid = false) {
    await this.next.click();
    await expect(this.step('Preview')).toBeVisible();
    if (skipInvalid) await this.page.getByRole('checkbox', { name: 'Skip invalid rows and import the others' }).check();
    await this.next.click();
    await expect(this.step('Duplicates')).toBeVisible();
  }

  async importWith(duplicates: 'Skip' | 'Overwrite' | 'Update') {
    await this.page.getByRole('radio', { name: duplicates, exact: true }).check();
    await this.importButton.click();
  }

  /** "Match existing customers by": "Display name", "Email" or a unique custom field's label. */
  async matchBy(label: string) {
    await this.page.getByRole('group', { name: 'Match existing customers by' }).getByRole('radio', { name: label, exact: true }).check();
  }

  get preview() {
    return this.page.getByRole('table', { name: 'Preview' });
  }

  /** The Preview's row of file row `line` (its first cell). */
  previewRow(line: number) {
    return this.preview.locator('tbody tr').filter({ has: this.page.locator('td:first-child', { hasText: new RegExp(`^${line}$`) }) });
  }

  /** Wait for the dry run to answer for the choices made. */
  async previewSettled() {
    await expect(this.preview).not.toHaveAttribute('aria-busy', 'true');
  }

  async expectSummary(s: { created: number; updated?: number; overwritten: number; skipped: number; invalid: number }) {
    await expect(this.step('Result')).toBeVisible({ timeout: 30_000 });
    for (const [k, n] of Object.entries(s)) await expect(this.page.getByText(`${n} ${k}`, { exact: true })).toBeVisible();
  }
}
