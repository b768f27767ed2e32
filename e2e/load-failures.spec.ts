import { expect, openWithScenario, test } from './fixtures';

/**
 * Code that fails to arrive (offline, or a new deploy removed the chunk) never lands on the
 * crash page: a route's page says so inside the app's frame and offers to try again.
 */
test.describe('code that cannot be loaded', () => {
  test("a page whose code fails says so in the app's frame, and trying again loads it", async ({ page }) => {
    // Blocked from the start (the list fetches the detail page's code ahead of a click), on the
    // context so the requests the mock's service worker passes on are caught too.
    await page.context().route('**/assets/CustomerDetailPage-*.js', (route) => route.abort('internetdisconnected'));
    await openWithScenario(page, '/customers');
    await page.getByRole('link', { name: 'Globex Corporation' }).first().click();

    const failed = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'This page could not be loaded' }) });
    await expect(failed).toBeVisible();
    await expect(page.getByRole('button', { name: 'Designer tools' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
    await expect(page).toHaveURL(/\/customers\/11$/);

    await page.context().unroute('**/assets/CustomerDetailPage-*.js');
    await failed.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Globex Corporation' })).toBeVisible();
  });
});
