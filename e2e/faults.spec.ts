/**
 * Scripted faults from the designer panel: a merge made to fail once shows the failure the way
 * a real one does and merges nothing; the retry (the fault used up) merges.
 */
import { expect, expectNoSeriousA11yViolations, mockControl, openWithScenario, test } from './fixtures';
import { BulkActions } from './pages/bulk';
import { DesignerPanel } from './pages/designer-panel';
import { MergeFlow } from './pages/merge';

test.describe('scripted faults', () => {
  test('a merge failing once shows the failure, merges nothing, and the retry succeeds', async ({ page }) => {
    await openWithScenario(page, '/customers?per_page=50');
    const panel = new DesignerPanel(page);
    const dialog = await panel.open();
    const row = await panel.addFault(1, { method: 'POST', path: '/api/v3/contacts/merge', status: '500', times: '1' });
    // Checked as typed, with the contract's rules.
    await row.getByRole('textbox', { name: 'Status' }).fill('700');
    await expect(row.getByRole('textbox', { name: 'Status' })).toHaveAttribute('aria-invalid', 'true');
    await expect(row.getByRole('textbox', { name: 'Status' })).toHaveAccessibleDescription('Enter a number between 400 and 599.');
    await row.getByRole('textbox', { name: 'Status' }).fill('500');
    await expectNoSeriousA11yViolations(page);
    await panel.apply();
    await expect(page.getByRole('status').filter({ hasText: 'Designer settings saved.' })).toBeVisible();
    const saved = await mockControl(page, 'GET', '/config');
    expect((saved.json.config as { faults: unknown[] }).faults).toEqual([
      { method: 'POST', path: '/api/v3/contacts/merge', status: 500, code: 1000, message: 'Injected failure (designer tools).', times: 1 },
    ]);
    await panel.close();
    await expect(dialog).toBeHidden();

    const bulk = new BulkActions(page);
    const merge = new MergeFlow(page);
    await bulk.select('Acme Inc.', 'ACME, Inc');
    await bulk.button('Merge').click();
    await merge.radio('Acme Inc.').check();
    await merge.continue();
    await merge.merge();

    await expect(merge.confirm.getByRole('alert')).toContainText('Injected failure (designer tools).');
    await expect(page).toHaveURL(/\/customers\?/);
    for (const id of ['1', '2']) {
      const { contact } = await merge.contact(id);
      expect(contact?.status, id).toBe('active');
      expect(contact?.merged_into_contact_id ?? '', id).toBe('');
    }
    const left = await mockControl(page, 'GET', '/config');
    expect((left.json.config as { faults: unknown[] }).faults).toEqual([]);

    // The retry: the fault is used up.
    await merge.merge();
    await expect(page).toHaveURL(/\/customers\/1$/);
    await expect(bulk.toast('merged into Acme Inc.')).toBeVisible();
    expect((await merge.contact('2')).contact?.merged_into_contact_id).toBe('1');
  });
});
