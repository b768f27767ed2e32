import { readFileSync } from 'node:fs';
import { expect, mockControl, openWithScenario, test } from './fixtures';
import { CustomerForm } from './pages/customer-form';
import { DesignerData } from './pages/designer-data';
import { DesignerPanel } from './pages/designer-panel';

test.describe('data files in the designer panel', () => {
  test('download the data, reset to empty, load the file: the new customer is back', async ({ page }) => {
    await openWithScenario(page, '/customers/new', { scenario: 'demo' });
    const form = new CustomerForm(page);
    await form.fill({ 'Display Name': 'Snapshot Round Trip Ltd' });
    await form.save();
    await expect(page.getByRole('heading', { level: 1, name: 'Snapshot Round Trip Ltd' })).toBeVisible();

    const panel = new DesignerPanel(page);
    const data = new DesignerData(page);
    await panel.open();
    const download = await data.download();
    expect(download.suggestedFilename()).toMatch(/^customers-mock-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { format: string; contacts: { contact_name: string }[] };
    expect(doc.format).toBe('customers-mock/1');
    expect(doc.contacts.map((c) => c.contact_name)).toContain('Snapshot Round Trip Ltd');

    await panel.resetTo('empty');
    await expect(page.getByRole('status').filter({ hasText: 'Data reset to the Empty scenario.' })).toBeVisible();

    await data.load(file);
    await expect(page.getByRole('status').filter({ hasText: /Data loaded from .*: 41 customers\./ })).toBeVisible();
    await panel.close();
    await page.goto('/customers?q=Snapshot');
    await expect(page.getByRole('link', { name: 'Snapshot Round Trip Ltd' })).toBeVisible();
    const state = await mockControl(page, 'GET', '/config');
    expect(state.json.config).toMatchObject({ scenario: 'snapshot', size: 41 });

    // It survives a reload (IndexedDB keeps the loaded document as the base).
    await page.reload();
    await expect(page.getByRole('link', { name: 'Snapshot Round Trip Ltd' })).toBeVisible();
  });

  test('a refused file says why and changes nothing; data files load by name', async ({ page }) => {
    await openWithScenario(page, '/customers', { scenario: 'demo' });
    const panel = new DesignerPanel(page);
    const data = new DesignerData(page);
    const dialog = await panel.open();
    await data.load({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"customers-mock/1"}') });
    await expect(data.error).toContainText('The file was not loaded, the data is unchanged');
    await expect(data.error).toContainText('data.counters');
    expect((await mockControl(page, 'GET', '/config')).json.config).toMatchObject({ scenario: 'demo' });

    await panel.resetTo('file:month-end-collections');
    await expect(page.getByRole('status').filter({ hasText: 'Data reset to the month-end-collections scenario.' })).toBeVisible();
    await expect(dialog.getByLabel('Scenario')).toHaveValue('file:month-end-collections');
    await expect(dialog.getByText('Current data: month-end-collections, 8 customers.')).toBeVisible();
  });
});
