import { actAs, expect, expectNoSeriousA11yViolations, gotoReady, mockControl, openWithScenario, test } from './fixtures';
import { CustomerForm } from './pages/customer-form';
import { CustomersList } from './pages/customers-list';

test.describe('customer detail and form', () => {
  test('detail shows overview, tabs with their URLs, and states', async ({ page }) => {
    await openWithScenario(page, '/customers/11');
    await expect(page.getByRole('heading', { level: 1, name: 'Globex Corporation' })).toBeVisible();
    await expect(page.getByText('Reminders stopped').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('tab', { name: 'Transactions' }).click();
    await expect(page).toHaveURL(/\/customers\/11\/transactions$/);
    await expect(page.getByRole('table', { name: 'Invoices' })).toBeVisible();
    await page.getByRole('tab', { name: 'Statement' }).click();
    await expect(page).toHaveURL(/\/statement$/);
    await page.getByLabel('Period').selectOption({ label: 'This Year' });
    await expect(page.getByRole('table', { name: 'Statement' })).toBeVisible();
    await page.getByRole('tab', { name: 'History' }).click();
    await expect(page.getByRole('table', { name: 'History' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('tab', { name: 'History' })).toHaveAttribute('aria-selected', 'true');

    await gotoReady(page, '/customers/10');
    await expect(page.getByText('Inactive').first()).toBeVisible();
    await page.getByRole('link', { name: 'Northwind Traders' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Northwind Traders' })).toBeVisible();
  });

  test('create a Japanese customer with two contact persons, then find it in the list', async ({ page }) => {
    await openWithScenario(page, '/customers/new');
    const form = new CustomerForm(page);
    await expect(page.getByRole('heading', { level: 1, name: 'New Customer' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await form.fill({ 'First Name': '一郎', 'Last Name': '鈴木', 'Company Name': '鈴木工業株式会社' });
    await page.getByRole('button', { name: '鈴木工業株式会社' }).click();
    await expect(form.field('Display Name')).toHaveValue('鈴木工業株式会社');
    await form.fill({ Email: 'ichiro@suzuki.example.jp' });
    await form.field('Currency').selectOption({ label: 'JPY - Japanese Yen' });
    await page.getByRole('button', { name: /Add contact person/ }).click();
    await page.getByLabel('First Name', { exact: true }).nth(1).fill('花子');
    await page.getByLabel('Email', { exact: true }).nth(1).fill('hanako@suzuki.example.jp');
    await page.getByRole('group', { name: 'Billing Address' }).getByLabel('City').fill('大阪市');
    await page.getByRole('button', { name: 'Copy billing address' }).click();
    await expect(page.getByRole('group', { name: 'Shipping Address' }).getByLabel('City')).toHaveValue('大阪市');
    await form.save();

    await expect(page.getByRole('heading', { level: 1, name: '鈴木工業株式会社' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'has been created' })).toBeVisible();
    await expect(page.getByText('hanako@suzuki.example.jp')).toBeVisible();

    await page.goto('/customers?q=鈴木');
    await expect(new CustomersList(page).link('鈴木工業株式会社')).toBeVisible();
  });

  test('each validation rule marks its field and keeps what was typed', async ({ page }) => {
    await openWithScenario(page, '/customers/new');
    const form = new CustomerForm(page);
    await form.save();
    await expect(form.field('Display Name')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.field('Display Name')).toBeFocused();

    await form.fill({ 'Display Name': 'x'.repeat(201), Email: 'not-an-email' });
    await form.field('Enable portal').check();
    await form.save();
    await expect(form.field('Display Name')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('at most 200 characters')).toBeVisible();
    await expect(form.field('Email')).toHaveAttribute('aria-invalid', 'true');

    await form.fill({ 'Display Name': 'Acme Inc.', Email: '' });
    await form.save();
    await expect(form.field('Enable portal')).toHaveAttribute('aria-invalid', 'true');
    await form.field('Enable portal').uncheck();

    // Uniqueness is the API's rule (3001): the message lands on the field, the text stays.
    await form.save();
    await expect(form.field('Display Name')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.field('Display Name')).toHaveValue('Acme Inc.');
    await expect(page.getByRole('alert').first()).toBeVisible();
  });

  test('currency is locked for a customer with transactions', async ({ page }) => {
    await openWithScenario(page, '/customers/12/edit');
    await expect(page.getByLabel('Currency', { exact: true })).toBeDisabled();
    await expect(page.getByText('cannot change because this customer has transactions')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('a stale edit offers to reload or overwrite', async ({ page }) => {
    await openWithScenario(page, '/customers/15/edit');
    const form = new CustomerForm(page);
    await expect(form.field('Display Name')).toHaveValue('Café Lumière SARL');
    // Someone else changes the customer through the API.
    const changed = await page.evaluate(async () => {
      const res = await fetch('/api/v3/contacts/15');
      const { contact } = await res.json();
      const put = await fetch('/api/v3/contacts/15', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...contact, notes: 'Changed by a colleague' }),
      });
      return put.status;
    });
    expect(changed).toBe(200);
    await form.fill({ Website: 'https://cafe-lumiere.example' });
    await form.save();
    const dialog = page.getByRole('alertdialog', { name: 'Someone else changed this customer' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Overwrite with mine' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Café Lumière SARL' })).toBeVisible();
    await expect(page.getByText('https://cafe-lumiere.example')).toBeVisible();
  });

  test('leaving with unsaved changes asks first', async ({ page }) => {
    await openWithScenario(page, '/customers/15/edit');
    await new CustomerForm(page).fill({ Website: 'https://changed.example' });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outbox' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Leave without saving?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Stay' }).click();
    await expect(page).toHaveURL(/\/customers\/15\/edit$/);
  });

  test('a staff_assigned user sees only their customers and gets not-found on others', async ({ page }) => {
    await openWithScenario(page, '/outbox');
    await actAs(page, '3');
    await gotoReady(page, '/customers?per_page=100');
    const list = new CustomersList(page);
    await expect(list.link('Acme Inc.')).toBeVisible();
    await expect(list.link('株式会社さくら商事')).toHaveCount(0);
    const state = await mockControl(page, 'GET', '/config');
    expect((state.json.config as { acting_user_id: string }).acting_user_id).toBe('3');
    await gotoReady(page, '/customers/4');
    await expect(page.getByRole('heading', { level: 1, name: 'Customer not found' })).toBeVisible();
  });
});
