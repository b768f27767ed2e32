import { actAs, expect, expectNoSeriousA11yViolations, openWithScenario, test } from './fixtures';
import { CustomerForm } from './pages/customer-form';

test.describe('duplicates while typing', () => {
  test('typing a known name shows the possible duplicates, opening in a new tab, and Save still works', async ({ page }) => {
    await openWithScenario(page, '/customers/new');
    const form = new CustomerForm(page);
    const duplicates = page.getByRole('region', { name: 'Possible duplicates' });
    await form.fill({ 'Display Name': 'acme inc' });
    await expect(duplicates).toBeVisible();
    const acmeLink = page.getByRole('link', { name: 'Acme Inc.', exact: true });
    const acme = duplicates.locator(acmeLink);
    const acmeItem = duplicates.getByRole('listitem').filter({ has: acmeLink });
    await expect(acme).toHaveAttribute('target', '_blank');
    await expect(acme).toHaveAttribute('rel', /noopener/);
    await expect(acmeItem).toContainText('Similar name');
    await expect(page.getByRole('status').filter({ hasText: 'possible duplicates found' })).toHaveText('3 possible duplicates found.');
    await expectNoSeriousA11yViolations(page);

    const [tab] = await Promise.all([page.context().waitForEvent('page'), acme.click()]);
    await expect(tab.getByRole('heading', { level: 1, name: 'Acme Inc.' })).toBeVisible();
    await tab.close();

    await form.fill({ 'Display Name': 'Nobody Like This Ltd' });
    await expect(duplicates).toBeHidden();
    // A similar name, not the same one (that would be refused as taken): listed, and saved anyway.
    await form.fill({ 'Display Name': 'Acme Incorporated', Email: 'john.smith@acme.example' });
    await expect(acmeItem).toContainText('Same email');
    await form.save();
    await expect(page.getByRole('heading', { level: 1, name: 'Acme Incorporated' })).toBeVisible();
  });

  test('the edit form never lists the customer itself, and a staff user sees only their own customers', async ({ page }) => {
    await openWithScenario(page, '/customers/2/edit');
    const duplicates = page.getByRole('region', { name: 'Possible duplicates' });
    await expect(duplicates.getByRole('link')).toHaveText(['Acme Inc.', 'ＡＣＭＥ Inc']);
    await actAs(page, '3');
    await page.goto('/customers/1/edit');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByLabel('Display Name')).toHaveValue('Acme Inc.');
    await expect(duplicates.getByRole('link')).toHaveText(['ＡＣＭＥ Inc']);
  });
});
