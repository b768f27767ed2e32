/** The list's Columns menu, resizing and sorting by any shown column (ui-contract "Custom views and columns"). */
import { expect, expectNoSeriousA11yViolations, openWithScenario, test } from './fixtures';

test('choose columns from the keyboard, resize one by dragging, sort by a custom field; it all survives a reload', async ({ page }) => {
  await openWithScenario(page, '/customers');
  const table = page.getByRole('table', { name: 'Customers' });
  await expect(table.getByRole('columnheader', { name: 'Work Phone' })).toBeVisible();

  // Keyboard: open the menu, tick two columns, untick one; the menu stays open meanwhile.
  await page.getByRole('button', { name: 'Columns' }).focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitemcheckbox', { name: 'Work Phone' })).toHaveAttribute('aria-checked', 'true');
  await menu.getByRole('menuitemcheckbox', { name: 'Customer Code' }).click();
  await menu.getByRole('menuitemcheckbox', { name: 'Customer Owner' }).click();
  await menu.getByRole('menuitemcheckbox', { name: 'Work Phone' }).click();
  await expect(menu.getByRole('menuitemcheckbox', { name: 'Customer Code' })).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Columns' })).toBeFocused();
  await expect(table.getByRole('columnheader', { name: 'Work Phone' })).toHaveCount(0);
  await expect(table.getByRole('columnheader', { name: 'Customer Owner' })).toBeVisible();
  // The headers with their resize handles (a modal menu hides the page from axe's point of view).
  await expectNoSeriousA11yViolations(page);

  // Sort by the custom field: the coded customers come last ascending, first descending.
  await table.getByRole('button', { name: 'Customer Code' }).click();
  await expect(page).toHaveURL(/sort=cf_customer_code/);
  await table.getByRole('button', { name: 'Customer Code' }).click();
  await expect(page).toHaveURL(/order=desc/);
  const codeIndex = (await table.getByRole('columnheader').allInnerTexts()).findIndex((h) => h.includes('Customer Code'));
  const firstCode = table.locator('tbody tr').first().locator('td').nth(codeIndex);
  await expect(firstCode).toHaveText(/^C-\d+$/);

  // Drag the Email column's edge 120 px to the right.
  const handle = table.getByRole('separator', { name: 'Resize Email' });
  const before = Number(await handle.getAttribute('aria-valuenow'));
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 60, box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(box.x + 120 + box.width / 2, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(handle).toHaveAttribute('aria-valuenow', String(before + 120));
  const emailHeader = table.getByRole('columnheader', { name: /Email/ });
  expect(Math.round((await emailHeader.boundingBox())!.width)).toBeGreaterThanOrEqual(before + 100);
  // And by keyboard.
  await handle.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(handle).toHaveAttribute('aria-valuenow', String(before + 104));

  await page.reload();
  await expect(table.getByRole('columnheader', { name: 'Customer Owner' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Work Phone' })).toHaveCount(0);
  await expect(table.getByRole('separator', { name: 'Resize Email' })).toHaveAttribute('aria-valuenow', String(before + 104));

  // Another view keeps its own columns; Reset columns goes back to the defaults.
  await page.getByLabel('View').selectOption({ label: 'Inactive Customers' });
  await expect(table.getByRole('columnheader', { name: 'Work Phone' })).toBeVisible();
  await page.getByLabel('View').selectOption({ label: 'All Customers' });
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('menuitem', { name: 'Reset columns' }).click();
  await expect(table.getByRole('columnheader', { name: 'Work Phone' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Customer Owner' })).toHaveCount(0);
});
