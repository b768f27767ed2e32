import type { Page } from '@playwright/test';
import { actAs, expect, expectNoSeriousA11yViolations, mockControl, openWithScenario, test } from './fixtures';
import { BulkActions, listTotal } from './pages/bulk';
import { CustomersList } from './pages/customers-list';

/** POST /api/v3/contacts/bulk from inside the page (through the app's mock). */
async function postBulk(page: Page, body: unknown) {
  return page.evaluate(async (b) => {
    const res = await fetch('/api/v3/contacts/bulk', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(b) });
    return { status: res.status, json: (await res.json()) as { code: number; message: string } };
  }, body);
}

test.describe('bulk actions', () => {
  test('bulk update payment terms on a selection, and a currency change that skips customers with transactions', async ({ page }) => {
    await openWithScenario(page, '/customers?per_page=50');
    const bulk = new BulkActions(page);
    await bulk.select('Hooli', 'Vandelay Industries', 'Acme Inc.');
    await expect(bulk.selected('3')).toBeVisible();

    await bulk.button('Bulk Update').click();
    const dialog = page.getByRole('dialog', { name: 'Bulk Update' });
    await expect(dialog.getByRole('button', { name: 'Update' })).toBeDisabled();
    await dialog.getByRole('combobox', { name: 'Field' }).selectOption({ label: 'Payment Terms' });
    await dialog.getByRole('combobox', { name: 'Value' }).selectOption({ label: 'Net 60' });
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole('button', { name: 'Update' }).click();

    const confirm = page.getByRole('alertdialog', { name: 'Update 3 customers?' });
    await expect(confirm).toContainText('Payment Terms will be set to “Net 60” on 3 customers.');
    await confirm.getByRole('button', { name: 'Update' }).click();

    await expect(bulk.results.getByRole('row')).toHaveCount(4);
    await expectNoSeriousA11yViolations(page);
    for (const name of ['Hooli', 'Vandelay Industries', 'Acme Inc.']) await expect(bulk.resultRow(name)).toContainText('Done');
    await expect(bulk.toast('3 updated')).toBeVisible();
    await bulk.close('Bulk Update');
    await expect(page.getByText(/selected$/)).toHaveCount(0);

    await page.getByRole('table', { name: 'Customers' }).getByRole('link', { name: 'Hooli', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hooli' })).toBeVisible();
    await expect(page.getByText('Net 60')).toBeVisible();

    // Currency: Acme Inc. has invoices, so it keeps USD and is reported as skipped.
    await page.goto('/customers?per_page=50');
    await bulk.select('Vandelay Industries', 'Acme Inc.');
    await bulk.button('Bulk Update').click();
    await dialog.getByRole('combobox', { name: 'Field' }).selectOption({ label: 'Currency' });
    await dialog.getByRole('combobox', { name: 'Value' }).selectOption({ label: 'EUR - Euro' });
    await dialog.getByRole('button', { name: 'Update' }).click();
    await page.getByRole('alertdialog', { name: 'Update 2 customers?' }).getByRole('button', { name: 'Update' }).click();
    await expect(bulk.resultRow('Acme Inc.')).toContainText('Skipped');
    await expect(bulk.resultRow('Acme Inc.')).toContainText('transactions');
    await expect(bulk.resultRow('Vandelay Industries')).toContainText('Done');
    await expect(bulk.toast('1 updated, 1 skipped')).toBeVisible();
  });

  test('bulk delete refuses a customer with transactions, then "Mark these as inactive instead"', async ({ page }) => {
    await openWithScenario(page, '/customers?per_page=50');
    const bulk = new BulkActions(page);
    const list = new CustomersList(page);
    await bulk.select('Initech LLC', 'Vandelay Industries');
    await bulk.more('Delete');

    const confirm = page.getByRole('alertdialog', { name: 'Delete 2 customers?' });
    await expect(confirm).toContainText('2 customers will be deleted permanently');
    await expect(confirm.getByRole('button', { name: 'Delete' })).toHaveClass(/btn-danger/);
    await confirm.getByRole('button', { name: 'Delete' }).click();

    await expect(bulk.resultRow('Initech LLC')).toContainText('Failed');
    await expect(bulk.resultRow('Initech LLC')).toContainText('has transactions');
    await expect(bulk.resultRow('Vandelay Industries')).toContainText('Done');
    await expect(bulk.toast('1 deleted, 1 failed')).toBeVisible();
    // The refused one stays selected for a retry.
    await expect(page.getByRole('dialog', { name: 'Delete Customers' })).toContainText('The customer that failed is still selected');
    await expect(list.link('Vandelay Industries')).toHaveCount(0);

    await page.getByRole('button', { name: 'Mark these as inactive instead' }).click();
    await expect(bulk.selected('1')).toBeVisible();
    const inactive = page.getByRole('dialog', { name: 'Mark as Inactive' });
    await expect(inactive.getByRole('table', { name: 'Results' }).getByRole('row')).toHaveCount(2);
    await expect(bulk.resultRow('Initech LLC')).toContainText('Done');
    await expect(bulk.toast('1 marked as inactive')).toBeVisible();
    await bulk.close('Mark as Inactive');
    await expect(page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Initech LLC', exact: true }) })).toContainText('Inactive');
    await expect(page.getByText(/selected$/)).toHaveCount(0);
  });

  test('select all across pages on the large scenario with a search, mark inactive (with progress)', async ({ page }) => {
    test.setTimeout(90_000);
    await openWithScenario(page, '/customers', { scenario: 'large', size: 1000 });
    const list = new CustomersList(page);
    const bulk = new BulkActions(page);
    await list.chooseView('Inactive Customers');
    const inactiveBefore = await listTotal(page);

    await list.chooseView('All Customers');
    await list.search.fill('Inc.');
    await expect(page).toHaveURL(/q=Inc/);
    const matching = await listTotal(page);
    expect(matching).toBeGreaterThan(25);
    await list.chooseView('Inactive Customers');
    const matchingInactive = await listTotal(page);
    await list.chooseView('All Customers');
    await listTotal(page);

    await bulk.selectPage();
    await bulk.toolbar.getByRole('button', { name: `Select all ${matching} customers` }).click();
    await expect(bulk.selected(String(matching))).toBeVisible();

    // Slow the mock down so the (single-request) progress is observable.
    await mockControl(page, 'PUT', '/config', { latency_ms: 1500 });
    await bulk.more('Mark as Inactive');
    await expect(page.getByRole('progressbar', { name: `Updating ${matching} customers…` })).toBeVisible();
    const changed = matching - matchingInactive;
    const summary = matchingInactive ? `${changed} marked as inactive, ${matchingInactive} skipped` : `${changed} marked as inactive`;
    await expect(bulk.toast(summary)).toBeVisible({ timeout: 20_000 });
    await mockControl(page, 'PUT', '/config', { latency_ms: 0 });
    await expect(bulk.results.getByRole('row')).toHaveCount(Math.min(matching, 200) + 1);
    await bulk.close('Mark as Inactive');

    // Every match is inactive now; nothing outside the search changed.
    await expect(page).toHaveURL(/q=Inc/);
    await list.chooseView('Active Customers');
    expect(await listTotal(page)).toBe(0);
    await list.chooseView('Inactive Customers');
    expect(await listTotal(page)).toBe(matching);
    await list.search.fill('');
    await expect(page).not.toHaveURL(/q=/);
    expect(await listTotal(page)).toBe(inactiveBefore + changed);
  });

  test('"Mark as Inactive" offers Undo, which re-activates exactly the customers that changed', async ({ page }) => {
    await openWithScenario(page, '/customers?per_page=50');
    const bulk = new BulkActions(page);
    // Oceanic Airlines is inactive already: skipped, and Undo must leave it inactive.
    await bulk.select('Hooli', 'Oceanic Airlines', 'Vandelay Industries');
    await bulk.more('Mark as Inactive');
    await expect(bulk.resultRow('Oceanic Airlines')).toContainText('Already inactive');
    await expect(bulk.toast('2 marked as inactive, 1 skipped')).toBeVisible();
    // Undo is in the results (the toast behind the modal cannot be reached) and in the toast.
    await page.getByRole('dialog', { name: 'Mark as Inactive' }).getByRole('button', { name: 'Undo' }).click();
    await expect(bulk.toast('2 marked as active')).toBeVisible();
    await expect(bulk.toast('2 marked as inactive, 1 skipped')).toHaveCount(0);
    await bulk.close('Mark as Inactive');
    const row = (name: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
    await expect(row('Hooli')).not.toContainText('Inactive');
    await expect(row('Vandelay Industries')).not.toContainText('Inactive');
    await expect(row('Oceanic Airlines')).toContainText('Inactive');

    // With the results closed, the toast's own Undo works too.
    await bulk.select('Hooli');
    await bulk.more('Mark as Inactive');
    await expect(bulk.resultRow('Hooli')).toContainText('Done');
    await bulk.close('Mark as Inactive');
    await bulk.toast('1 marked as inactive').getByRole('button', { name: 'Undo' }).click();
    await expect(bulk.toast('1 marked as active')).toBeVisible();
    await expect(row('Hooli')).not.toContainText('Inactive');
  });

  test("a staff_assigned user's select-all touches only their own customers", async ({ page }) => {
    test.setTimeout(90_000);
    await openWithScenario(page, '/customers?view=inactive', { scenario: 'large', size: 1000 });
    const inactiveBefore = await listTotal(page);

    await actAs(page, '3');
    await page.goto('/customers?view=active');
    await expect(page.getByTestId('acting-user')).toHaveText('Chika Sato');
    const bulk = new BulkActions(page);
    const own = await listTotal(page);
    expect(own).toBeGreaterThan(25);
    await bulk.selectPage();
    await bulk.toolbar.getByRole('button', { name: `Select all ${own} customers` }).click();
    // A staff_assigned user may not change owners or delete: disabled, with the reason.
    await expect(bulk.button('Assign Owner')).toHaveAttribute('aria-disabled', 'true');
    await bulk.more('Mark as Inactive');
    await expect(bulk.toast(`${own} marked as inactive`)).toBeVisible({ timeout: 20_000 });
    await expect(bulk.results.getByRole('row')).toHaveCount(Math.min(own, 200) + 1);
    await bulk.close('Mark as Inactive');
    expect(await listTotal(page)).toBe(0);

    await actAs(page, '1');
    await page.goto('/customers?view=inactive');
    await expect(page.getByTestId('acting-user')).toHaveText('Aiko Tanaka');
    expect(await listTotal(page)).toBe(inactiveBefore + own);
  });

  test('staff: delete, assign owner and merge are disabled with the reason, and the API refuses them', async ({ page }) => {
    await openWithScenario(page, '/customers?per_page=50');
    await actAs(page, '2');
    await page.goto('/customers?per_page=50');
    await expect(page.getByTestId('acting-user')).toHaveText('Ben Carter');
    const bulk = new BulkActions(page);
    await bulk.select('Vandelay Industries', 'Hooli');

    await expect(bulk.button('Assign Owner')).toHaveAttribute('aria-disabled', 'true');
    await expect(bulk.button('Assign Owner')).toHaveAccessibleDescription('Only an admin can change customer owners.');
    await expect(bulk.button('Merge')).toHaveAttribute('aria-disabled', 'true');
    await expect(bulk.button('Merge')).toHaveAccessibleDescription('Only an admin can merge customers.');
    await bulk.button('Assign Owner').click({ force: true });
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(bulk.button('Bulk Update')).not.toHaveAttribute('aria-disabled', 'true');

    await bulk.openMore();
    await expect(bulk.menuItem('Delete')).toHaveAttribute('aria-disabled', 'true');
    await expect(bulk.menuItem('Delete')).toContainText('Only an admin can delete customers.');
    await expect(bulk.menuItem('Mark as Inactive')).not.toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Escape');

    // The API refuses too, and nothing changes.
    const del = await postBulk(page, { action: 'delete', contact_ids: ['26'] });
    expect(del.status).toBe(403);
    expect(del.json.code).toBe(57);
    const owner = await postBulk(page, { action: 'assign_owner', contact_ids: ['26'], owner_id: '3' });
    expect(owner.status).toBe(403);
    const still = await page.evaluate(async () => (await fetch('/api/v3/contacts/26')).json() as Promise<{ contact: { owner_id: string } }>);
    expect(still.contact.owner_id).toBe('');
  });
});
