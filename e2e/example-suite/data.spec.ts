/** Data sets: take a snapshot, load it back, and start from a named data file. */
import { expect, test } from '../kit';

test('a snapshot brings back the data it was taken from', async ({ mock, page, customersPage, customerForm }) => {
  await page.goto('/customers/new');
  await customerForm.create({ 'Display Name': 'Snapshot Works GmbH' });
  const saved = await mock.snapshot();
  expect(saved.format).toBe('customers-mock/1');

  await mock.reset('empty');
  await customersPage.goto();
  await expect(customersPage.table).toBeHidden();

  await mock.load(saved);
  await customersPage.goto();
  await customersPage.search('Snapshot Works');
  await expect(customersPage.link('Snapshot Works GmbH')).toBeVisible();
});

test('a bad snapshot is refused and the data stays', async ({ mock, customersPage }) => {
  await expect(mock.load({ format: 'customers-mock/1', contacts: 'nope' })).rejects.toThrow(/400/);
  await customersPage.goto();
  await expect(customersPage.link('Acme Inc.')).toBeVisible();
});

test('a named data file tells its story', async ({ mock, customersPage }) => {
  const state = await mock.loadFile('month-end-collections');
  expect(state.scenario).toBe('file');
  await customersPage.goto({ view: 'overdue' });
  await expect(customersPage.rows.first()).toBeVisible();
});
