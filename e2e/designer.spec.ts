import { expect, expectNoSeriousA11yViolations, mockControl, openWithScenario, test } from './fixtures';
import { DesignerPanel } from './pages/designer-panel';

test.describe('designer tools', () => {
  test('switch scenario and acting user from the panel', async ({ page }) => {
    await openWithScenario(page, '/customers');
    await expect(page.getByTestId('acting-user')).toHaveText('Aiko Tanaka');

    const panel = new DesignerPanel(page);
    const dialog = await panel.open();
    await expect(dialog).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await panel.resetTo('empty');
    await expect(page.getByRole('status').filter({ hasText: 'Data reset to the Empty scenario.' })).toBeVisible();
    const state = await mockControl(page, 'GET', '/config');
    expect((state.json.config as { scenario: string }).scenario).toBe('empty');

    await dialog.getByLabel('Acting user').selectOption({ label: 'Chika Sato — Staff (Assigned Customers Only)' });
    await expect(page.getByTestId('acting-user')).toHaveText('Chika Sato');

    await panel.close();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Designer tools' })).toBeFocused();
  });

  test('settings and data survive a reload', async ({ page }) => {
    await openWithScenario(page, '/customers', { scenario: 'empty' });
    await mockControl(page, 'PUT', '/config', { acting_user_id: '4', latency_ms: 5 });
    await page.reload();
    await expect(page.getByRole('button', { name: 'Designer tools' })).toBeVisible();
    await expect(page.getByTestId('acting-user')).toHaveText('Diego Ruiz');
    const state = await mockControl(page, 'GET', '/config');
    expect(state.json.config).toMatchObject({ scenario: 'empty', latency_ms: 5, acting_user_id: '4' });
  });

  test('the interface language switches, loads its catalogue once, and survives a reload', async ({ page }) => {
    await openWithScenario(page, '/customers');
    await page.getByLabel('Interface language').selectOption('ja');
    await expect(page.getByRole('heading', { level: 1, name: '顧客' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await page.reload();
    // Japanese from the first frame: the catalogue is loaded before the app renders.
    await expect(page.getByRole('button', { name: 'デザイナーツール' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: '顧客' })).toBeVisible();
    await page.getByLabel('言語').selectOption('en');
    await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
  });
});
