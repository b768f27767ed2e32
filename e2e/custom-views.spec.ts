/**
 * Custom views of the customer list (ui-contract "Custom views and columns"): made in the editor,
 * opened by URL (so a link shares it), honoured by the count, another user's list (a restricted
 * user still sees only their own customers) and export "Current view"; editing, deleting and
 * the fallback for a view that is gone; a bad pattern keeps everything typed.
 */
import type { Page } from '@playwright/test';
import { actAs, expect, expectNoSeriousA11yViolations, gotoReady, openWithScenario, test } from './fixtures';
import { CustomersList } from './pages/customers-list';
import { ExportDialog } from './pages/export-dialog';
import { apiGet, downloadBytes } from './pages/export-files';

const demo = { scenario: 'demo' } as const;

function editor(page: Page, name: 'New Custom View' | 'Edit Custom View' = 'New Custom View') {
  return page.getByRole('dialog', { name });
}

async function viewNames(page: Page, id: string): Promise<string[]> {
  const env = await apiGet<{ contacts: { contact_name: string }[] }>(page, `/contacts?customview_id=${id}&per_page=200&sort_column=contact_name&sort_order=A`);
  return env.contacts.map((c) => c.contact_name);
}

test.describe('custom views', () => {
  test('an admin makes a view of two criteria shared with everyone; the link opens it for others, a restricted user sees only their own', async ({ page }) => {
    await openWithScenario(page, '/customers', demo);
    const list = new CustomersList(page);
    await expect(page.getByText('1–25 of 40')).toBeVisible();
    await page.getByRole('button', { name: 'New Custom View' }).click();
    const d = editor(page);
    await expect(d.getByRole('checkbox', { name: 'Region' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await d.getByRole('textbox', { name: 'View name' }).fill('USD with receivables');
    await d.getByRole('combobox', { name: 'Field 1' }).selectOption({ label: 'Currency' });
    await d.getByRole('combobox', { name: 'Comparator 1' }).selectOption({ label: 'is' });
    await d.getByRole('combobox', { name: 'Value 1' }).selectOption({ label: 'USD' });
    await d.getByRole('button', { name: 'Add criterion' }).click();
    await d.getByRole('combobox', { name: 'Field 2' }).selectOption({ label: 'Receivables' });
    await d.getByRole('combobox', { name: 'Comparator 2' }).selectOption({ label: 'greater than' });
    await d.getByRole('textbox', { name: 'Value 2' }).fill('0');
    await expect(d.getByRole('textbox', { name: 'Criteria pattern' })).toHaveValue('1 AND 2');
    await d.getByRole('radio', { name: 'Everyone' }).check();
    await d.getByRole('button', { name: 'Save' }).click();

    await expect(d).toHaveCount(0);
    await expect(page).toHaveURL(/\/customers\?view=cv_\d+$/);
    const url = new URL(page.url());
    const id = (url.searchParams.get('view') ?? '').slice(3);
    const expected = await viewNames(page, id);
    expect(expected.length).toBe(9);
    await expect(list.view.locator('option:checked')).toHaveText('USD with receivables');
    await expect(page.getByText(`1–${expected.length} of ${expected.length}`)).toBeVisible();
    await list.waitForSettled();
    // The view's own sort is by name (the default) here.
    expect(await list.names()).toEqual(expected);

    // Search on top of the view.
    await list.search.fill('acme');
    await expect(page.getByText('1–1 of 1')).toBeVisible();
    await expect(list.link('Acme Inc.')).toBeVisible();

    // The link, opened by staff: the same customers; not theirs to edit.
    await actAs(page, '2');
    await gotoReady(page, `/customers?view=cv_${id}`);
    await expect(page.getByTestId('acting-user')).toHaveText('Ben Carter');
    await expect(page.getByText(`1–${expected.length} of ${expected.length}`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Edit view' })).toHaveCount(0);

    // A "Staff (Assigned Customers Only)" user: only their own customers within the view.
    await actAs(page, '3');
    await gotoReady(page, `/customers?view=cv_${id}`);
    await expect(page.getByTestId('acting-user')).toHaveText('Chika Sato');
    const own = await viewNames(page, id);
    expect(own.length).toBeLessThan(expected.length);
    await expect(page.getByText(`1–${own.length} of ${own.length}`)).toBeVisible();
    await list.waitForSettled();
    expect(await list.names()).toEqual(own);
    const mine = await apiGet<{ contacts: { contact_name: string }[] }>(page, '/contacts?per_page=200');
    for (const n of own) expect(mine.contacts.map((c) => c.contact_name)).toContain(n);
  });

  test('export "Current view" holds only the view’s customers and its columns', async ({ page }) => {
    await openWithScenario(page, '/customers?view=cv_2', demo);
    const list = new CustomersList(page);
    await expect(list.view.locator('option:checked')).toHaveText('Overdue over 1,000');
    const expected = await viewNames(page, '2');
    expect(expected.length).toBeGreaterThan(0);
    await expect(page.getByText(`1–${expected.length} of ${expected.length}`)).toBeVisible();
    // The table shows the view's columns, sorted by its own sort (receivables, high first).
    await expect(list.table.getByRole('columnheader', { name: /Email/ })).toBeVisible();
    await expect(list.table.getByRole('columnheader', { name: /Work Phone/ })).toHaveCount(0);
    await expect(list.table.getByRole('columnheader', { name: /Receivables/ })).toHaveAttribute('aria-sort', 'descending');
    const dialog = await new ExportDialog(page).open();
    await dialog.choose('CSV', 'Current view');
    const download = await dialog.export();
    const text = (await downloadBytes(download)).subarray(3).toString('utf8');
    const [header, ...rows] = text.split('\r\n').filter(Boolean);
    expect(header).toBe('Display Name,Email,Receivables');
    expect(rows.map((r) => r.split(',')[0].replace(/^"|"$/g, '')).sort()).toEqual([...expected].sort());
  });

  test('edit a view, then delete it; a list still showing a deleted view falls back to All Customers with a notice', async ({ page }) => {
    await openWithScenario(page, '/customers?view=cv_1', demo);
    const list = new CustomersList(page);
    await expect(list.view.locator('option:checked')).toHaveText('Japanese customers');
    await page.getByRole('button', { name: 'Edit view' }).click();
    const d = editor(page, 'Edit Custom View');
    await expect(d.getByRole('textbox', { name: 'Criteria pattern' })).toHaveValue('1 OR 2 OR 3');
    await d.getByRole('textbox', { name: 'View name' }).fill('Japan');
    await d.getByRole('button', { name: 'Remove criterion 1' }).click();
    await d.getByRole('textbox', { name: 'Criteria pattern' }).fill('1 OR 2');
    await d.getByRole('button', { name: 'Save' }).click();
    await expect(d).toHaveCount(0);
    await expect(list.view.locator('option:checked')).toHaveText('Japan');
    const afterEdit = await viewNames(page, '1');
    await expect(page.getByText(`1–${afterEdit.length} of ${afterEdit.length}`)).toBeVisible();

    // Deleted elsewhere while this list shows it: the next request falls back.
    await page.evaluate(() => fetch('/api/v3/customviews/2', { method: 'DELETE' }));
    await list.chooseView('Overdue over 1,000');
    await expect(page.getByRole('status').filter({ hasText: 'no longer exists' })).toBeVisible();
    await expect(page).not.toHaveURL(/view=/);
    await expect(page.getByText('1–25 of 40')).toBeVisible();

    // Delete from the editor: it asks first.
    await list.chooseView('Japan');
    await page.getByRole('button', { name: 'Edit view' }).click();
    await editor(page, 'Edit Custom View').getByRole('button', { name: 'Delete view' }).click();
    const confirm = page.getByRole('alertdialog');
    await expect(confirm).toContainText('Japan');
    await expectNoSeriousA11yViolations(page);
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(page).not.toHaveURL(/view=/);
    await expect(list.view.getByRole('option', { name: 'Japan', exact: true })).toHaveCount(0);
    // Its link now falls back too.
    await gotoReady(page, '/customers?view=cv_1');
    await expect(page.getByRole('status').filter({ hasText: 'no longer exists' })).toBeVisible();
    await expect(list.view).toHaveValue('all');
  });

  test('a pattern that is not well-formed is refused: the pattern is marked and everything typed stays', async ({ page }) => {
    await openWithScenario(page, '/customers', demo);
    await page.getByRole('button', { name: 'New Custom View' }).click();
    const d = editor(page);
    await d.getByRole('textbox', { name: 'View name' }).fill('Broken pattern');
    await d.getByRole('textbox', { name: 'Value 1' }).fill('Acme');
    await d.getByRole('button', { name: 'Add criterion' }).click();
    await d.getByRole('combobox', { name: 'Field 2' }).selectOption({ label: 'Email' });
    await d.getByRole('combobox', { name: 'Comparator 2' }).selectOption({ label: 'contains' });
    await d.getByRole('textbox', { name: 'Value 2' }).fill('example');
    const pattern = d.getByRole('textbox', { name: 'Criteria pattern' });
    await pattern.fill('1 AND (2');
    await d.getByRole('button', { name: 'Save' }).click();
    await expect(pattern).toHaveAttribute('aria-invalid', 'true');
    await expect(pattern).toBeFocused();
    await expect(pattern).toHaveValue('1 AND (2');
    await expect(d.getByRole('textbox', { name: 'View name' })).toHaveValue('Broken pattern');
    await expect(d.getByRole('textbox', { name: 'Value 1' })).toHaveValue('Acme');
    await expect(d.getByRole('textbox', { name: 'Value 2' })).toHaveValue('example');
    await expectNoSeriousA11yViolations(page);
    await pattern.fill('1 OR 2');
    await d.getByRole('button', { name: 'Save' }).click();
    await expect(d).toHaveCount(0);
    await expect(page).toHaveURL(/view=cv_\d+/);
  });
});

test('keyboard only: make a view, open it from the picker, its rows are one tab stop', async ({ page }) => {
  await openWithScenario(page, '/customers', demo);
  const picker = page.getByLabel('View', { exact: true });
  await picker.focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'New Custom View' })).toBeFocused();
  await page.keyboard.press('Enter');
  const d = editor(page);
  await expect(d.getByRole('textbox', { name: 'View name' })).toBeFocused();
  await page.keyboard.type('Portal customers');
  // Criterion 1: Portal Enabled is Yes, chosen with the keyboard.
  await d.getByRole('combobox', { name: 'Field 1' }).focus();
  await d.getByRole('combobox', { name: 'Field 1' }).selectOption({ label: 'Portal Enabled' });
  await page.keyboard.press('Tab');
  await expect(d.getByRole('combobox', { name: 'Comparator 1' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(d.getByRole('combobox', { name: 'Value 1' })).toBeFocused();
  await d.getByRole('combobox', { name: 'Value 1' }).selectOption({ index: 1 });
  // Enter in the name submits the form.
  await d.getByRole('textbox', { name: 'View name' }).focus();
  await page.keyboard.press('Enter');
  await expect(d).toBeHidden();
  await expect(page).toHaveURL(/view=cv_\d+/);
  await expect(picker).toHaveValue(/^cv_\d+$/);
  const portal = await apiGet<{ contacts: { contact_name: string }[] }>(page, '/contacts?filter_by=Status.PortalEnabled&per_page=200');
  const table = page.getByRole('table', { name: 'Customers' });
  await expect(table.locator('tbody tr')).toHaveCount(portal.contacts.length);
  // Back to All Customers and into the view again by the picker, then Tab reaches the first row.
  await picker.focus();
  await picker.selectOption('all');
  await picker.selectOption({ label: 'Portal customers' });
  await expect(table.locator('tbody tr')).toHaveCount(portal.contacts.length);
  await expect(table.locator('tbody [tabindex="0"]')).toHaveCount(1);
});
