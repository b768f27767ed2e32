/** Four tests create customers at the same time; each sees only its own. */
import { expect, test } from '../kit';

test.use({ scenario: 'empty' });

for (const n of [1, 2, 3, 4]) {
  test(`worker's own data ${n}: the customer it created, and no other test's`, async ({ page, customersPage, customerForm }) => {
    await page.goto('/customers/new');
    await customerForm.create({ 'Display Name': `Parallel ${n}`, Email: `parallel${n}@example.com` });
    // Give the other tests time to create theirs before looking.
    await page.waitForTimeout(500);
    await customersPage.goto();
    await customersPage.search('Parallel');
    await expect(customersPage.rows).toHaveCount(1);
    await expect(customersPage.link(`Parallel ${n}`)).toBeVisible();
  });
}
