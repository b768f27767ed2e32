/**
 * Small screens (ui-contract "Small screens"), in the phone project (390 × 844): no page scrolls
 * sideways, wide tables scroll in their own region, the top bar folds into "Menu", and every
 * dialog fits the screen.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, gotoReady, openWithScenario, test } from './fixtures';
import { ImportWizard } from './pages/import-wizard';

async function expectNoSidewaysScroll(page: Page) {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(scroll, 'the page scrolls sideways').toBeLessThanOrEqual(client);
}

async function expectFits(page: Page, dialog: Locator) {
  await expect(dialog).toBeVisible();
  const box = await dialog.boundingBox();
  const vp = page.viewportSize();
  expect(box && vp).toBeTruthy();
  if (!box || !vp) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(vp.width);
  expect(box.y + box.height).toBeLessThanOrEqual(vp.height);
  // Nothing inside runs past the dialog's edge either.
  expect(await dialog.evaluate((el) => el.scrollWidth - el.clientWidth), 'the dialog scrolls sideways').toBeLessThanOrEqual(0);
  await expectNoSidewaysScroll(page);
}

async function openAndClose(page: Page, open: () => Promise<void>, name: string, role: 'dialog' | 'alertdialog' = 'dialog') {
  await open();
  const dialog = page.getByRole(role, { name });
  await expectFits(page, dialog);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('the list: table in its own region, the top bar folded into Menu', async ({ page }) => {
  await openWithScenario(page, '/customers');
  const region = page.getByRole('region', { name: 'Customers table' });
  await expect(region.getByRole('table', { name: 'Customers' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  // The region scrolls, the page does not.
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await expectNoSeriousA11yViolations(page);

  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(page.getByRole('link', { name: 'Outbox' })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('acting-user')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeFocused();
  await expect(page.getByRole('link', { name: 'Outbox' })).toBeHidden();
  await menu.click();
  await page.getByRole('link', { name: 'Outbox' }).click();
  await expect(page).toHaveURL(/\/outbox$/);
  await expect(page.getByRole('link', { name: 'Outbox' })).toBeHidden();
  await expectNoSidewaysScroll(page);
});

test('list dialogs and the bulk bar fit the screen', async ({ page }) => {
  await openWithScenario(page, '/customers');
  const more = () => page.getByRole('button', { name: 'More actions' }).click();
  await openAndClose(
    page,
    async () => {
      await more();
      await page.getByRole('menuitem', { name: 'Export Customers' }).click();
    },
    'Export Customers',
  );
  await openAndClose(
    page,
    async () => {
      await page.getByRole('button', { name: 'Designer tools' }).click();
      // With a fault row too: its fields must fit the dialog.
      await page.getByRole('button', { name: 'Add fault' }).click();
    },
    'Designer tools',
  );

  // The custom view editor, new and editing (with its delete confirmation), and the Columns menu.
  await openAndClose(page, () => page.getByRole('button', { name: 'New Custom View' }).click(), 'New Custom View');
  await page.getByLabel('View', { exact: true }).selectOption({ label: 'Japanese customers' });
  await openAndClose(page, () => page.getByRole('button', { name: 'Edit view' }).click(), 'Edit Custom View');
  await page.getByRole('button', { name: 'Edit view' }).click();
  await page.getByRole('button', { name: 'Delete view' }).click();
  await expectFits(page, page.getByRole('alertdialog'));
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Columns' }).click();
  await expectFits(page, page.getByRole('menu'));
  await page.keyboard.press('Escape');
  await page.getByLabel('View', { exact: true }).selectOption({ label: 'All Customers' });

  await page.getByRole('checkbox', { name: 'Select Acme Inc.' }).check();
  await page.getByRole('checkbox', { name: 'Select Globex Corporation' }).check();
  await expect(page.getByText('2 selected')).toBeVisible();
  for (const [button, title] of [
    ['Send Statements', 'Send Statements'],
    ['Print Statements', 'Print Statements'],
    ['Bulk Update', 'Bulk Update'],
    ['Merge', 'Merge Customers'],
    ['Assign Owner', 'Assign Customer Owner'],
  ] as const) {
    const b = page.getByRole('button', { name: button, exact: true });
    await b.scrollIntoViewIfNeeded();
    await expect(b).toBeInViewport();
    await openAndClose(page, () => b.click(), title);
  }
});

test('the detail page stacks its cards, and its dialogs fit', async ({ page }) => {
  await openWithScenario(page, '/customers/1');
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Inc.' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
  for (const tab of ['Transactions', 'Statement', 'History', 'Mails']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    await expectNoSidewaysScroll(page);
  }
  await page.getByRole('tab', { name: 'Overview' }).click();
  const action = (item: string) => async () => {
    await page.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menuitem', { name: item }).click();
  };
  await openAndClose(page, action('Associate Templates'), 'Associate Templates');
  await openAndClose(page, action('Email Customer'), 'Email Customer');
  await openAndClose(page, action('Clone'), 'Clone Customer');
  await openAndClose(page, action('Merge'), 'Merge Customers');
  await openAndClose(page, action('Assign Owner'), 'Assign Customer Owner');
  await openAndClose(page, action('Delete'), 'Delete Customer', 'alertdialog');
});

test('the form, the import wizard and the outbox fit', async ({ page }) => {
  await openWithScenario(page, '/customers/new');
  await expect(page.getByLabel('Display Name', { exact: true })).toBeVisible();
  await expectNoSidewaysScroll(page);
  for (const path of ['/customers/4/edit', '/customers/import', '/outbox']) {
    await gotoReady(page, path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSidewaysScroll(page);
  }
  await expectNoSeriousA11yViolations(page);
});

test("the import wizard's match choices and its Preview with editable cells fit", async ({ page }) => {
  await openWithScenario(page, '/customers/import');
  const wizard = new ImportWizard(page);
  const text =
    'Display Name,Email,Company Name\r\nAcme Inc.,not-an-email,Acme Inc. (a long company name for a narrow screen)\r\nBrand New Customer,new@example.com,New\r\n';
  await wizard.upload({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  await wizard.toDuplicates(true);
  await wizard.matchBy('Display name');
  await page.getByRole('radio', { name: 'Update', exact: true }).check();
  await wizard.previewSettled();
  await expect(wizard.preview).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Email row 2' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
});
