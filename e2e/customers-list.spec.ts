import { expect, expectNoSeriousA11yViolations, openWithScenario, test } from './fixtures';
import { CustomersList } from './pages/customers-list';

test.describe('customers list', () => {
  test('views, search, sort and paging live in the URL and survive reload and Back', async ({ page }) => {
    await openWithScenario(page, '/customers');
    const list = new CustomersList(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
    await expect(list.rows).toHaveCount(26); // header + 25
    await expect(page.getByText('1–25 of 40')).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText('26–40 of 40')).toBeVisible();

    await list.chooseView('Overdue Customers');
    await expect(page).toHaveURL(/view=overdue/);
    await expect(page).not.toHaveURL(/page=2/);
    await expect(list.link('Globex Corporation')).toBeVisible();
    await expect(list.link('Hooli')).toHaveCount(0);

    await list.sortBy('Receivables');
    await expect(page).toHaveURL(/sort=outstanding_receivable_amount/);
    await list.sortBy('Receivables');
    await expect(page).toHaveURL(/order=desc/);
    await list.waitForSettled();
    const before = await list.names();

    await page.reload();
    await expect(list.view).toHaveValue('overdue');
    await list.waitForSettled();
    expect(await list.names()).toEqual(before);

    await page.goBack();
    await expect(page).not.toHaveURL(/order=desc/);
    await expect(page).toHaveURL(/sort=outstanding_receivable_amount/);
  });

  test('search by name, email and phone; no match offers a way back', async ({ page }) => {
    await openWithScenario(page, '/customers');
    const list = new CustomersList(page);
    await list.search.fill('さくら');
    await expect(page).toHaveURL(/q=/);
    await expect(list.link('株式会社さくら商事')).toBeVisible();
    await list.search.fill('john.smith@acme');
    await expect(list.link('Acme Inc.')).toBeVisible();
    await expect(list.rows).toHaveCount(2);
    await list.search.fill('zzzz-nothing');
    await expect(page.getByRole('heading', { name: 'No customers match' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear search' }).click();
    await expect(list.rows).toHaveCount(26);
    // "/" focuses the search box.
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('/');
    await expect(list.search).toBeFocused();
  });

  test('selection: page select-all, then all N across pages', async ({ page }) => {
    await openWithScenario(page, '/customers');
    await page.getByRole('checkbox', { name: 'Select Acme Inc.' }).check();
    await expect(page.getByText('1 selected')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Merge' })).toBeVisible();
    await page.getByRole('checkbox', { name: 'Select all' }).check();
    await expect(page.getByText('25 selected')).toBeVisible();
    await page.getByRole('button', { name: 'Select all 40 customers' }).click();
    await expect(page.getByText('40 selected')).toBeVisible();
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await expect(page.getByText(/selected$/)).toHaveCount(0);
  });

  test('an empty organisation invites to create or import', async ({ page }) => {
    await openWithScenario(page, '/customers', { scenario: 'empty' });
    await expect(page.getByRole('heading', { name: 'No customers yet' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'New Customer' }).first()).toBeVisible();
  });

  test('an API failure shows an error with Retry', async ({ page }) => {
    await openWithScenario(page, '/outbox');
    await page.evaluate(() =>
      fetch('/__mock/config', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ error_rate: 1 }) }),
    );
    await page.goto('/customers');
    await expect(page.getByRole('alert').filter({ hasText: 'could not be loaded' })).toBeVisible();
    await page.evaluate(() =>
      fetch('/__mock/config', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ error_rate: 0 }) }),
    );
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('table', { name: 'Customers' })).toBeVisible();
  });

  test('stays usable on the large scenario', async ({ page }) => {
    test.setTimeout(60_000);
    await openWithScenario(page, '/customers?per_page=50', { scenario: 'large', size: 10000 });
    const list = new CustomersList(page);
    await expect(page.getByText('1–50 of 10,000')).toBeVisible();
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page.getByText('51–100 of 10,000')).toBeVisible();
    await list.sortBy('Company Name');
    await expect(page).toHaveURL(/sort=company_name/);
    await list.search.fill('zzzz-nothing');
    await expect(page.getByRole('heading', { name: 'No customers match' })).toBeVisible();
  });

  test('the More actions menu works from the keyboard on its first open (its code loads then)', async ({ page }) => {
    await openWithScenario(page, '/customers');
    const more = page.getByRole('button', { name: 'More actions' });
    await more.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await expect(menu.getByRole('menuitem', { name: 'Import Customers' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(more).toBeFocused();
    // Second open goes through the loaded menu: ArrowDown lands on the first item.
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'Import Customers' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/customers\/import$/);
  });

  test('the detail page steps through the list it came from, across pages, and goes back to it', async ({ page }) => {
    await openWithScenario(page, '/customers?view=active&sort=company_name&order=desc');
    const list = new CustomersList(page);
    await list.rows.nth(25).getByRole('link').click(); // the 25th customer: the page's last
    const nav = page.getByRole('group', { name: 'Customers in this list' });
    await expect(nav.getByText(/^25 of \d+$/)).toBeVisible();
    const name25 = await page.getByRole('heading', { level: 1 }).textContent();
    await nav.getByRole('button', { name: 'Next customer' }).click();
    await expect(nav.getByText(/^26 of \d+$/)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(name25 ?? '');
    await nav.getByRole('button', { name: 'Previous customer' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name25 ?? '');
    // Focus stays on the pressed button, so pressing again steps again.
    await expect(nav.getByRole('button', { name: 'Previous customer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(nav.getByText(/^24 of \d+$/)).toBeVisible();
    await nav.getByRole('button', { name: 'Next customer' }).click();
    // Browser Back across the page boundary still shows the position.
    await expect(nav.getByText(/^25 of \d+$/)).toBeVisible();
    await nav.getByRole('button', { name: 'Next customer' }).click();
    await expect(nav.getByText(/^26 of \d+$/)).toBeVisible();
    await page.goBack();
    await expect(nav.getByText(/^25 of \d+$/)).toBeVisible();
    await page.getByRole('link', { name: 'Back to customers' }).click();
    await expect(page).toHaveURL(/\/customers\?view=active&sort=company_name&order=desc$/);
    await expect(list.rows).toHaveCount(26);
  });
});
