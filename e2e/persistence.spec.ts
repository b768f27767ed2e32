import { expect, gotoReady, mockControl, openWithScenario, test } from './fixtures';

test.describe('mock persistence in the browser', () => {
  test('the first visit starts on the demo, and an acknowledged write survives a reload', async ({ page }) => {
    await gotoReady(page, '/customers');
    await expect(page.getByText('1–25 of 40')).toBeVisible();
    const created = await page.evaluate(async () => {
      const res = await fetch('/api/v3/contacts', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ contact_name: 'Persisted Co.' }),
      });
      return res.status;
    });
    expect(created).toBe(201);
    // Reload immediately after the acknowledged write.
    await page.reload();
    await gotoReady(page, '/customers?q=Persisted');
    await expect(page.getByRole('link', { name: 'Persisted Co.' })).toBeVisible();
  });

  test('a reset to large survives a reload without storing every row', async ({ page }) => {
    await openWithScenario(page, '/customers', { scenario: 'large', size: 5000 });
    await expect(page.getByText('1–25 of 5,000')).toBeVisible();
    await page.reload();
    await expect(page.getByText('1–25 of 5,000')).toBeVisible();
  });

  test('an unreadable store is replaced by the demo with a visible notice', async ({ page }) => {
    await openWithScenario(page, '/customers', { scenario: 'empty' });
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('customers-mock');
          req.onsuccess = () => {
            const tx = req.result.transaction('meta', 'readwrite');
            tx.objectStore('meta').put({ garbage: true, schema_version: 'nope' }, 'meta');
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          req.onerror = () => reject(req.error);
        }),
    );
    await gotoReady(page, '/customers');
    await expect(page.getByRole('status', { name: 'Notice' })).toContainText('could not be read');
    await expect(page.getByText('1–25 of 40')).toBeVisible();
    const state = await mockControl(page, 'GET', '/config');
    expect((state.json.config as { scenario: string }).scenario).toBe('demo');
  });

  test('two tabs: a write in one shows in the other without a reload, and ids never collide', async ({ page, context }) => {
    await openWithScenario(page, '/customers');
    const other = await context.newPage();
    await gotoReady(other, '/customers?q=tab');
    await expect(other.getByText('No customers match')).toBeVisible();
    const create = (p: typeof page, name: string) =>
      p.evaluate(async (contact_name) => {
        const res = await fetch('/api/v3/contacts', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ contact_name }),
        });
        return ((await res.json()) as { contact: { contact_id: string } }).contact.contact_id;
      }, name);

    expect(await create(page, 'Made in tab A')).toBe('41');
    await expect(other.getByRole('link', { name: 'Made in tab A' })).toBeVisible();
    expect(await create(other, 'Made in tab B')).toBe('42');
    await gotoReady(page, '/customers?q=tab');
    await expect(page.getByRole('link', { name: /Made in tab [AB]/ })).toHaveCount(2);
    await other.close();
  });
});
