/** The list as a keyboard grid (ui-contract "Custom views and columns": one tab stop, shortcuts). */
import { expect, expectNoSeriousA11yViolations, openWithScenario, test } from './fixtures';

test('the rows are one tab stop: move, select, open, come back, page, and see every shortcut', async ({ page }) => {
  await openWithScenario(page, '/customers?per_page=25');
  const table = page.getByRole('table', { name: 'Customers' });
  const rowLinks = table.locator('tbody tr td a');
  await expect(rowLinks).toHaveCount(25);
  const total = Number((await page.evaluate(() => fetch('/api/v3/contacts?per_page=1').then((r) => r.json()))).page_context.total);
  await expect(table).toHaveAttribute('aria-rowcount', String(total + 1));
  // One tab stop in the body: only the active row's link is tabbable.
  await expect(table.locator('tbody [tabindex="0"]')).toHaveCount(1);

  // Keyboard only: Tab from the search box reaches the table's first row.
  await page.getByRole('searchbox', { name: 'Search customers' }).focus();
  for (let i = 0; i < 20 && !(await rowLinks.first().evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(rowLinks.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(rowLinks.nth(1)).toBeFocused();
  await page.keyboard.press('j');
  await expect(rowLinks.nth(2)).toBeFocused();
  await page.keyboard.press('k');
  await expect(rowLinks.nth(1)).toBeFocused();
  const second = (await rowLinks.nth(1).innerText()).trim();
  await page.keyboard.press('x');
  await expect(page.getByRole('checkbox', { name: `Select ${second}`, exact: true })).toBeChecked();
  await expect(page.getByText('1 selected')).toBeVisible();
  await page.keyboard.press(' ');
  await expect(page.getByRole('checkbox', { name: `Select ${second}`, exact: true })).not.toBeChecked();
  // Tab leaves the table from the row (no second stop among the rows).
  await page.keyboard.press('Tab');
  await expect(page.locator('tbody').locator(':focus')).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(rowLinks.nth(1)).toBeFocused();

  // Enter opens; coming back puts focus on the same customer.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: second })).toBeVisible();
  await page.goBack();
  await expect(table.getByRole('link', { name: second, exact: true })).toBeFocused();

  // Page Down: the next page, focus on its first row; Page Up: back, on its last row.
  const firstOfPage1 = (await rowLinks.nth(0).innerText()).trim();
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/page=2/);
  await expect(rowLinks.first()).not.toHaveText(firstOfPage1);
  await expect(rowLinks.first()).toBeFocused();
  await page.keyboard.press('PageUp');
  await expect(rowLinks.first()).toHaveText(firstOfPage1);
  await expect(rowLinks.last()).toBeFocused();

  // "?" lists every shortcut; Escape returns to the row.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  for (const text of ['Search customers', 'Open the customer', 'Select or clear the customer', 'Next or previous page']) await expect(help).toContainText(text);
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(rowLinks.last()).toBeFocused();

  // "/" goes to search.
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search customers' })).toBeFocused();
});
