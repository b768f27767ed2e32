import { expect, type Page } from '@playwright/test';

/** Page object: the customers list (names from ui-contract.md). */
export class CustomersList {
  constructor(readonly page: Page) {}

  get table() {
    return this.page.getByRole('table', { name: 'Customers' });
  }
  get rows() {
    return this.table.getByRole('row');
  }
  get search() {
    return this.page.getByRole('searchbox', { name: 'Search customers' });
  }
  get view() {
    return this.page.getByRole('combobox', { name: 'View' });
  }
  link(name: string) {
    return this.table.getByRole('link', { name, exact: true });
  }
  /** Choose a view and wait until the page has taken it (the URL names it), so what is read next is that view's answer. */
  async chooseView(label: string) {
    const [value] = await this.view.selectOption({ label });
    await expect.poll(() => new URL(this.page.url()).searchParams.get('view') ?? 'all').toBe(value);
  }
  async sortBy(column: string) {
    await this.table.getByRole('button', { name: column, exact: true }).click();
  }
  /** Display names of the rows on screen, in order. */
  async names(): Promise<string[]> {
    return this.table.locator('tbody tr td:nth-child(2) a').allInnerTexts();
  }
  async waitForSettled() {
    await expect(this.table).not.toHaveAttribute('aria-busy', 'true');
  }
}
