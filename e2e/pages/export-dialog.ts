import type { Download, Page } from '@playwright/test';

export type ExportFormatLabel = 'CSV' | 'XLS' | 'XLSX';
export type ExportScopeLabel = 'All customers' | 'Current view' | 'Selected customers';

/** Page object: the list's "Export Customers" dialog (names from ui-contract.md). */
export class ExportDialog {
  constructor(readonly page: Page) {}

  get dialog() {
    return this.page.getByRole('dialog', { name: 'Export Customers' });
  }

  async open() {
    await this.page.getByRole('button', { name: 'More actions' }).click();
    await this.page.getByRole('menuitem', { name: 'Export Customers' }).click();
    await this.dialog.waitFor();
    return this;
  }

  async choose(format: ExportFormatLabel, scope: ExportScopeLabel) {
    await this.dialog.getByRole('radio', { name: format, exact: true }).check();
    await this.dialog.getByRole('radio', { name: scope, exact: true }).check();
    return this;
  }

  async allFields() {
    await this.dialog.getByRole('button', { name: 'Select all fields' }).click();
    return this;
  }

  async withPersonsSheet() {
    await this.dialog.getByRole('checkbox', { name: 'Add a second sheet of contact persons' }).check();
    return this;
  }

  /** Press Export and wait for the file. */
  async export(): Promise<Download> {
    const download = this.page.waitForEvent('download', { timeout: 60_000 });
    await this.dialog.getByRole('button', { name: 'Export', exact: true }).click();
    return download;
  }
}
