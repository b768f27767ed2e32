import { expect, type Page } from '@playwright/test';

/** Page object: the Statement tab's PDF toolbar and the bulk statement dialogs (ui-contract.md names). */
export class StatementsPage {
  constructor(readonly page: Page) {}

  get emailDialog() {
    return this.page.getByRole('dialog', { name: 'Email Statement' });
  }
  get sendDialog() {
    return this.page.getByRole('dialog', { name: 'Send Statements' });
  }
  get printDialog() {
    return this.page.getByRole('dialog', { name: 'Print Statements' });
  }

  /** Statement tab: a custom period. */
  async chooseCustomPeriod(start: string, end: string) {
    await this.page.getByRole('combobox', { name: 'Period' }).selectOption({ label: 'Custom' });
    await this.page.getByLabel('Start date').fill(start);
    await this.page.getByLabel('End date').fill(end);
  }

  /** Click "Download PDF" and return the download. */
  async downloadPdf() {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Download PDF' }).click();
    return download;
  }

  /** In the customers list, tick customers by display name. */
  async select(names: string[]) {
    const table = this.page.getByRole('table', { name: 'Customers' });
    for (const name of names) await table.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check();
  }

  bulkButton(name: 'Send Statements' | 'Print Statements') {
    return this.page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name, exact: true });
  }

  /** Send Statements for the selection with a named period; waits for the run to finish. */
  async bulkSend(period: string) {
    await this.bulkButton('Send Statements').click();
    const dialog = this.sendDialog;
    await dialog.getByRole('combobox', { name: 'Period' }).selectOption({ label: period });
    await expect(dialog.getByRole('button', { name: 'Send', exact: true })).toBeEnabled();
    await dialog.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeVisible({ timeout: 30_000 });
    return dialog.getByRole('table', { name: 'Results' });
  }
}
