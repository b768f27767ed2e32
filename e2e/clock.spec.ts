/**
 * The mock's clock: "Today" in the designer panel moves what the mock derives (overdue) and
 * what the app computes itself (a statement's This Month), and empty returns to the real date.
 */
import { expect, gotoReady, mockControl, openWithScenario, test } from './fixtures';
import { DesignerPanel } from './pages/designer-panel';
import { StatementsPage } from './pages/statements';

const iso = (d: Date) => d.toISOString().slice(0, 10);
/** The 14th of the month `months` from now, and that month's first and last day (UTC, as the mock counts). */
function monthFromNow(months: number) {
  const now = new Date();
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() + months;
  return { today: iso(new Date(Date.UTC(y, m, 14))), start: iso(new Date(Date.UTC(y, m, 1))), end: iso(new Date(Date.UTC(y, m + 1, 0))) };
}
const realMonth = monthFromNow(0);

test.describe('the mock clock', () => {
  test("Today in the designer panel moves overdue badges and a statement's This Month", async ({ page }) => {
    await openWithScenario(page, '/customers', { scenario: 'demo' });
    const table = page.getByRole('table', { name: 'Customers' });
    await expect(table.getByRole('row').nth(1)).toBeVisible();
    const overdueBefore = await table.getByText('Overdue', { exact: true }).count();

    const later = monthFromNow(3);
    const panel = new DesignerPanel(page);
    await panel.open();
    await expect(panel.dialog.getByLabel('Today', { exact: true })).toHaveValue('');
    await panel.setToday(later.today);
    await expect(page.getByRole('status').filter({ hasText: 'Designer settings saved.' })).toBeVisible();
    expect((await mockControl(page, 'GET', '/config')).json.config).toMatchObject({ today: later.today });
    await panel.close();

    // Three months on, more invoices are past due: the list (served by the mock) says so.
    await expect.poll(() => table.getByText('Overdue', { exact: true }).count()).toBeGreaterThan(overdueBefore);

    // The statement's default period is computed by the app: it asks the mock's clock.
    await gotoReady(page, '/customers/4/statement');
    await expect(page.getByRole('combobox', { name: 'Period' })).toHaveValue('this_month');
    const st = new StatementsPage(page);
    await page.getByRole('button', { name: 'Send Email' }).click();
    await expect(st.emailDialog.getByRole('button', { name: `Open statement_株式会社さくら商事_${later.start}_${later.end}.pdf` })).toBeVisible({
      timeout: 20_000,
    });
    await page.keyboard.press('Escape');
    await expect(st.emailDialog).toBeHidden();

    // So is the bulk dialogs' This Month.
    await gotoReady(page, '/customers');
    await st.select(['Acme Inc.']);
    await st.bulkButton('Send Statements').click();
    await expect(st.sendDialog.getByLabel('Start date')).toHaveValue(later.start);
    await expect(st.sendDialog.getByLabel('End date')).toHaveValue(later.end);
    await st.sendDialog.getByRole('button', { name: 'Cancel' }).click();

    // The setting survived the navigations' reloads; empty returns to the real date.
    await panel.open();
    await expect(panel.dialog.getByLabel('Today', { exact: true })).toHaveValue(later.today);
    await panel.setToday('');
    await expect(page.getByRole('status').filter({ hasText: 'Designer settings saved.' }).first()).toBeVisible();
    await panel.close();
    expect((await mockControl(page, 'GET', '/config')).json.config).toMatchObject({ today: null });
    await gotoReady(page, '/customers/4/statement');
    await page.getByRole('button', { name: 'Send Email' }).click();
    await expect(st.emailDialog.getByRole('button', { name: `Open statement_株式会社さくら商事_${realMonth.start}_${realMonth.end}.pdf` })).toBeVisible({
      timeout: 20_000,
    });
  });

  test('the control API refuses an impossible Today and changes nothing', async ({ page }) => {
    await openWithScenario(page, '/customers', { scenario: 'empty' });
    const r = await mockControl(page, 'PUT', '/config', { today: '2026-02-30' });
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ code: 1001, errors: [{ field: 'today' }] });
    expect((await mockControl(page, 'GET', '/config')).json.config).toMatchObject({ today: null });
  });
});
