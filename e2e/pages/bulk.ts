import { expect, type Page } from '@playwright/test';

/** Page object: the list's bulk bar, its dialogs and their results (names from ui-contract.md). */
export class BulkActions {
  constructor(readonly page: Page) {}

  get toolbar() {
    return this.page.getByRole('toolbar', { name: 'Bulk actions' });
  }
  /** Tick rows by display name. */
  async select(...names: string[]) {
    for (const name of names) await this.page.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check();
  }
  async selectPage() {
    await this.page.getByRole('checkbox', { name: 'Select all', exact: true }).check();
  }
  button(name: string) {
    return this.toolbar.getByRole('button', { name, exact: true });
  }
  async openMore() {
    await this.toolbar.getByRole('button', { name: 'More bulk actions' }).click();
  }
  menuItem(name: string) {
    return this.page.getByRole('menuitem', { name });
  }
  async more(item: string) {
    await this.openMore();
    await this.menuItem(item).click();
  }
  /** "<N> selected" (found by text: while a dialog is open the bar is hidden from the a11y tree). */
  selected(count: string) {
    return this.page.getByText(`${count} selected`, { exact: true });
  }
  get results() {
    return this.page.getByRole('table', { name: 'Results' });
  }
  resultRow(name: string) {
    return this.results.getByRole('row').filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }
  toast(text: string | RegExp) {
    return this.page.getByRole('status').filter({ hasText: text });
  }
  async close(dialogName: string) {
    const dialog = this.page.getByRole('dialog', { name: dialogName });
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    await expect(dialog).toBeHidden();
  }
}

/** The "1–25 of 1,234" total of the list, as a number. */
export async function listTotal(page: Page): Promise<number> {
  const table = page.getByRole('table', { name: 'Customers' });
  const none = page.getByRole('heading', { name: 'No customers match' });
  await expect(table.or(none)).toBeVisible();
  // The previous view's answer ("No customers match" included) stays up, busy, until the next arrives.
  await expect(page.getByRole('main').locator('[aria-busy="true"]')).toHaveCount(0);
  if (await none.isVisible()) return 0;
  const text = await page.getByText(/^\d[\d,]*–\d[\d,]* of \d[\d,]*$/).innerText();
  return Number(text.split(' of ')[1].replace(/,/g, ''));
}
