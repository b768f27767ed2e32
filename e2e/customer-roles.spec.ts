/** Owners and roles on the detail page: who may assign owners or delete, and switching user. */
import { actAs, expect, gotoReady, openWithScenario, test } from './fixtures';
import { CustomerActions } from './pages/customer-actions';
import { CustomerForm } from './pages/customer-form';
import { DesignerPanel } from './pages/designer-panel';

const demo = { scenario: 'demo' } as const;

test.describe('owners and roles', () => {
  test('assign owner: only active assigned-staff users are offered', async ({ page }) => {
    await openWithScenario(page, '/customers/15', demo);
    const actions = new CustomerActions(page);
    await actions.choose('Assign Owner');
    const dialog = actions.dialog('Assign Customer Owner');
    const owner = dialog.getByRole('combobox', { name: 'Customer Owner' });
    await expect(owner.getByRole('option')).toHaveText(['No owner', 'Chika Sato', 'Diego Ruiz']);
    await owner.selectOption({ label: 'Diego Ruiz' });
    await dialog.getByRole('button', { name: 'Assign' }).click();
    await expect(actions.status('Customer owner changed to Diego Ruiz.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Other details' }).getByText('Diego Ruiz')).toBeVisible();
    await actions.openTab('History');
    await expect(page.getByRole('table', { name: 'History' }).getByText('Owner changed to Diego Ruiz.')).toBeVisible();
  });

  test('for staff, Assign Owner and Delete are disabled with the reason', async ({ page }) => {
    await openWithScenario(page, '/customers', demo);
    await actAs(page, '2');
    await gotoReady(page, '/customers/1');
    await expect(page.getByTestId('acting-user')).toHaveText('Ben Carter');
    const actions = new CustomerActions(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Acme Inc.' })).toBeVisible();
    const owner = await actions.peek('Assign Owner');
    await expect(owner).toHaveAttribute('aria-disabled', 'true');
    await expect(owner).toContainText('Only an admin can change the customer owner.');
    await expect(actions.menuItem('Delete')).toHaveAttribute('aria-disabled', 'true');
    await expect(actions.menuItem('Clone')).not.toHaveAttribute('aria-disabled', 'true');
  });

  test('for staff, Associate Templates lets them choose but offers no "+ New template" (admins only)', async ({ page }) => {
    await openWithScenario(page, '/customers', demo);
    await actAs(page, '2');
    await gotoReady(page, '/customers/1');
    await expect(page.getByTestId('acting-user')).toHaveText('Ben Carter');
    const actions = new CustomerActions(page);
    await actions.choose('Associate Templates');
    const dialog = actions.dialog('Associate Templates');
    await expect(dialog.getByRole('combobox', { name: 'Invoice PDF template' })).toBeEnabled();
    await expect(dialog.getByRole('button', { name: /New template/ })).toHaveCount(0);
  });

  test('switching the acting user in Designer tools updates the disabled actions at once', async ({ page }) => {
    await openWithScenario(page, '/customers/1', demo);
    const actions = new CustomerActions(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Acme Inc.' })).toBeVisible();
    await expect(await actions.peek('Delete')).not.toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Escape');
    const panel = new DesignerPanel(page);
    await panel.open();
    await panel.dialog.getByLabel('Acting user').selectOption({ label: 'Ben Carter — Staff' });
    await panel.close();
    await expect(page.getByTestId('acting-user')).toHaveText('Ben Carter');
    await expect(await actions.peek('Delete')).toHaveAttribute('aria-disabled', 'true');
  });

  test('an inactive user, chosen in Designer tools, still reads but every change is refused (403)', async ({ page }) => {
    await openWithScenario(page, '/customers/new', demo);
    const panel = new DesignerPanel(page);
    await panel.open();
    await panel.dialog.getByLabel('Acting user').selectOption({ label: 'Emma Wilson — Staff (Assigned Customers Only) (inactive)' });
    await panel.close();
    await expect(page.getByTestId('acting-user')).toHaveText('Emma Wilson');
    const form = new CustomerForm(page);
    await form.fill({ 'Display Name': 'Made by Emma' });
    await form.save();
    await expect(form.alert.first()).toHaveText('You are not authorized to perform this operation.');
    await expect(page).toHaveURL(/\/customers\/new$/);
    await gotoReady(page, '/customers?view=all');
    await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
  });
});
