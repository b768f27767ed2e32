/** Acting users are per test: a staff member who sees only assigned customers, beside an admin. */
import { expect, test } from '../kit';

// The demo's users: "1" Aiko Tanaka (admin), "3" Chika Sato (Staff, Assigned Customers Only).
const ADMIN = '1';
const CHIKA = '3';

test('an assigned-only staff member sees only the customers assigned to them', async ({ mock, customersPage }) => {
  await mock.actAs(CHIKA);
  await customersPage.goto();
  const mine = await customersPage.names();
  expect(mine.length).toBeGreaterThan(0);
  await mock.actAs(ADMIN);
  await customersPage.goto();
  const all = await customersPage.names();
  // The admin sees customers the staff member does not…
  expect(all.filter((n) => !mine.includes(n)).length).toBeGreaterThan(0);
  // …and the staff member's too.
  await customersPage.search(mine[0]);
  await expect(customersPage.link(mine[0]).first()).toBeVisible();
});

test('meanwhile the admin of another test sees everyone', async ({ mock, customersPage }) => {
  expect((await mock.config()).acting_user_id).toBe(ADMIN);
  await customersPage.goto();
  await expect(customersPage.rows.first()).toBeVisible();
  expect((await customersPage.names()).length).toBeGreaterThan(5);
});

test('a refused setting is an error with the API message', async ({ mock }) => {
  await expect(mock.actAs('404')).rejects.toThrow(/User does not exist|422|400/);
});
