/** A fixed "today" and a scripted failure, each test with its own (they run side by side). */
import { expect, test } from '../kit';

test('a fixed today sets the statement period', async ({ mock, page, customersPage, dialogs }) => {
  await mock.setToday('2026-06-15');
  await customersPage.goto();
  await customersPage.select('Acme Inc.');
  await customersPage.bulkAction('Send Statements').click();
  const send = dialogs.dialog('Send Statements');
  await expect(send.getByLabel('Start date')).toHaveValue('2026-06-01');
  await expect(send.getByLabel('End date')).toHaveValue('2026-06-30');
  await page.keyboard.press('Escape');
});

test('meanwhile another test keeps the real date', async ({ mock }) => {
  expect((await mock.config()).today).toBeNull();
});

test('a create that fails once keeps what was typed, and the retry goes through', async ({ mock, page, customerForm, dialogs }) => {
  await mock.fault({ method: 'POST', path: '/api/v3/contacts', status: 500, times: 1 });
  await page.goto('/customers/new');
  await customerForm.fill({ 'Display Name': 'Fault Tolerant Ltd', Email: 'ops@fault.example' });
  await customerForm.save();
  await expect(dialogs.alert().first()).toBeVisible();
  await expect(customerForm.field('Display Name')).toHaveValue('Fault Tolerant Ltd');
  expect((await mock.config()).faults).toEqual([]);
  await customerForm.save();
  await expect(page.getByRole('heading', { level: 1, name: 'Fault Tolerant Ltd' })).toBeVisible();
});
