import { actAs, expect, expectNoSeriousA11yViolations, openWithScenario, test } from './fixtures';
import { BulkActions } from './pages/bulk';
import { CustomersList } from './pages/customers-list';
import { CustomerActions } from './pages/customer-actions';
import { createCustomer, MergeFlow, plural } from './pages/merge';

test.describe('merge customers', () => {
  test('from the list: merge three into the chosen master, then open it', async ({ page }) => {
    await openWithScenario(page, '/customers?per_page=50');
    const bulk = new BulkActions(page);
    const merge = new MergeFlow(page);
    const moved = [await merge.ownedBy('2'), await merge.ownedBy('3')];
    const total = (k: 'invoices' | 'payments' | 'emails') => moved.reduce((n, m) => n + m[k], 0);

    await bulk.select('Acme Inc.');
    await expect(bulk.button('Merge')).toHaveAttribute('aria-disabled', 'true');
    await expect(bulk.button('Merge')).toHaveAccessibleDescription('Select at least two customers to merge.');
    await bulk.select('ACME, Inc', 'ＡＣＭＥ Inc');
    await bulk.button('Merge').click();

    await expect(merge.dialog.getByRole('radio')).toHaveCount(3);
    await expect(merge.radio('Acme Inc.')).toHaveAccessibleDescription(/Currency\s*USD/);
    await expectNoSeriousA11yViolations(page);
    await merge.radio('Acme Inc.').check();
    await merge.continue();

    await expect(merge.confirm).toContainText('This cannot be undone.');
    await expect(merge.confirm).toContainText(
      `${plural(total('invoices'), 'invoice')}, ${plural(total('payments'), 'payment')} and ${plural(total('emails'), 'email')} move to “Acme Inc.”.`,
    );
    await expect(merge.confirm).toContainText('ACME, Inc, ＡＣＭＥ Inc become inactive');
    await merge.merge();

    await expect(page).toHaveURL(/\/customers\/1$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Acme Inc.' })).toBeVisible();
    await expect(bulk.toast('merged into Acme Inc.')).toBeVisible();

    await page.goto('/customers/2');
    await expect(page.getByText('Inactive', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Acme Inc.' })).toHaveAttribute('href', '/customers/1');
    expect((await merge.contact('3')).contact?.merged_into_contact_id).toBe('1');
  });

  test('from the detail page: merge this customer into one of the same currency', async ({ page }) => {
    await openWithScenario(page, '/customers/7');
    const merge = new MergeFlow(page);
    await expect(page.getByRole('heading', { level: 1, name: 'blue harbor trading' })).toBeVisible();
    await page.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menuitem', { name: 'Merge' }).click();

    await merge.mergeInto.fill('harbor');
    await expect(merge.option('Blue Harbor Trading')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    // Only USD customers, never itself: "Blue  Harbor Trading" (EUR) and this one are left out.
    await expect(merge.dialog.getByRole('option')).toHaveCount(1);
    await merge.option('Blue Harbor Trading').click();
    await expect(merge.mergeInto).toHaveValue('Blue Harbor Trading');
    await merge.continue();
    await expect(merge.confirm).toContainText('blue harbor trading becomes inactive');
    await merge.merge();

    await expect(page).toHaveURL(/\/customers\/6$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Blue Harbor Trading' })).toBeVisible();
    const merged = await merge.contact('7');
    expect(merged.contact).toMatchObject({ status: 'inactive', merged_into_contact_id: '6' });
  });

  test('refusals: mixed currencies (UI and API 3003) and non-admins (UI disabled, API 403)', async ({ page }) => {
    await openWithScenario(page, '/customers?q=harbor');
    const bulk = new BulkActions(page);
    const merge = new MergeFlow(page);
    await bulk.selectPage();
    await expect(bulk.selected('3')).toBeVisible();
    await expect(bulk.button('Merge')).not.toHaveAttribute('aria-disabled', 'true');
    await bulk.button('Merge').click();
    await expect(merge.dialog).toContainText('These customers use different currencies (USD, EUR)');
    await expect(merge.dialog.getByRole('button', { name: 'Continue' })).toBeDisabled();
    await merge.dialog.getByRole('button', { name: 'Cancel' }).click();

    const refused = await merge.postMerge({ master_contact_id: '6', contact_ids: ['8'] });
    expect(refused).toEqual({ status: 400, code: 3003 });
    expect((await merge.contact('8')).contact).toMatchObject({ status: 'active', merged_into_contact_id: '', currency_code: 'EUR' });

    await actAs(page, '2');
    await page.goto('/customers/7');
    await expect(page.getByTestId('acting-user')).toHaveText('Ben Carter');
    await page.getByRole('button', { name: 'More actions' }).click();
    await expect(page.getByRole('menuitem', { name: 'Merge' })).toHaveAttribute('aria-disabled', 'true');
    await expect(page.getByRole('menuitem', { name: 'Merge' })).toContainText('Only an admin can merge customers.');
    await page.keyboard.press('Escape');
    const forbidden = await merge.postMerge({ master_contact_id: '6', contact_ids: ['7'] });
    expect(forbidden).toEqual({ status: 403, code: 57 });
    expect((await merge.contact('7')).contact).toMatchObject({ status: 'active', merged_into_contact_id: '' });
  });

  test('the Duplicate view suggests the "Acme Inc." / "ACME, Inc" / "ＡＣＭＥ Inc" group, ready to merge', async ({ page }) => {
    await openWithScenario(page, '/customers');
    const list = new CustomersList(page);
    const merge = new MergeFlow(page);
    await list.chooseView('Duplicate Customers');
    const suggestions = page.getByRole('list', { name: 'Merge suggestions' });
    const group = suggestions.getByRole('listitem').filter({ hasText: 'ＡＣＭＥ Inc' }).filter({ hasText: 'Same name' }).first();
    for (const name of ['Acme Inc.', 'ACME, Inc', 'ＡＣＭＥ Inc']) await expect(group.getByRole('link', { name, exact: true })).toBeVisible();

    await group.getByRole('button', { name: 'Merge these' }).click();
    await expect(merge.dialog.getByRole('radio')).toHaveCount(3);
    for (const name of ['Acme Inc.', 'ACME, Inc', 'ＡＣＭＥ Inc']) await expect(merge.radio(name)).toBeVisible();
    await merge.radio('Acme Inc.').check();
    await merge.continue();
    await merge.merge();
    await expect(page).toHaveURL(/\/customers\/1$/);

    await page.goto('/customers?view=duplicate');
    await expect(page.getByRole('heading', { name: 'Merge suggestions' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Merge suggestions' }).getByText('ＡＣＭＥ Inc')).toHaveCount(0);
  });

  test('an inactive customer is never the one to keep: notice in the dialog, and the API refuses it (3008)', async ({ page }) => {
    await openWithScenario(page, '/customers?view=all&per_page=50');
    const bulk = new BulkActions(page);
    const merge = new MergeFlow(page);
    await bulk.select('Oceanic Airlines', 'Soylent Foods');
    await bulk.button('Merge').click();
    // The first active one is offered as master, not the first ticked.
    await expect(merge.radio('Soylent Foods')).toBeChecked();
    await expect(merge.dialog.getByRole('button', { name: 'Continue' })).toBeEnabled();
    await merge.radio('Oceanic Airlines').check();
    await expect(merge.dialog).toContainText('“Oceanic Airlines” is inactive, so it cannot be the customer to keep.');
    await expect(merge.dialog.getByRole('button', { name: 'Continue' })).toBeDisabled();
    expect(await merge.postMerge({ master_contact_id: '19', contact_ids: ['23'] })).toEqual({ status: 400, code: 3008 });
  });

  test('a customer others are merged into cannot be deleted (3009): the dialog says why and offers Mark as Inactive', async ({ page }) => {
    await openWithScenario(page, '/outbox');
    const master = await createCustomer(page, { contact_name: 'Keeper Ltd' });
    const away = await createCustomer(page, { contact_name: 'Keeper Limited' });
    const merge = new MergeFlow(page);
    expect(await merge.postMerge({ master_contact_id: master, contact_ids: [away] })).toEqual({ status: 200, code: 0 });
    await page.goto(`/customers/${master}`);
    const actions = new CustomerActions(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Keeper Ltd' })).toBeVisible();
    await actions.choose('Delete');
    const dialog = actions.alertDialog('Delete Customer');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(
      'Other customers have been merged into this customer, so it cannot be deleted. Mark it as inactive instead.',
    );
    await expect(dialog).toContainText('Keeper Ltd cannot be deleted: other customers have been merged into it');
    await dialog.getByRole('button', { name: 'Mark as Inactive' }).click();
    await expect(actions.status('The contact has been marked as inactive.')).toBeVisible();
    expect((await merge.contact(away)).contact?.merged_into_contact_id).toBe(master);
  });
});
