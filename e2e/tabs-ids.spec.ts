import { expect, gotoReady, openWithScenario, test } from './fixtures';
import { CustomersList } from './pages/customers-list';

/**
 * Two pages of one browser context are two mock "tabs" (each page's service worker answers
 * from that page's own mock) sharing one IndexedDB: customers created in both at the same
 * moment never share an id, and all of them are there after a reload.
 */
test('two tabs creating customers at the same moment never take the same id', async ({ page, context }) => {
  await openWithScenario(page, '/customers', { scenario: 'empty' });
  const other = await context.newPage();
  await gotoReady(other, '/customers');

  const create = (p: typeof page, contact_name: string) =>
    p.evaluate(async (name) => {
      const res = await fetch('/api/v3/contacts', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ contact_name: name }),
      });
      const body = (await res.json()) as { contact?: { contact_id: string }; message: string };
      if (res.status !== 201 || !body.contact) throw new Error(`HTTP ${res.status}: ${body.message}`);
      return body.contact.contact_id;
    }, contact_name);

  const ids: string[] = [];
  for (let i = 1; i <= 50; i++) {
    ids.push(...(await Promise.all([create(page, `Tab A customer ${i}`), create(other, `Tab B customer ${i}`)])));
  }
  expect(new Set(ids).size).toBe(100);
  await other.close();

  await gotoReady(page, '/customers?per_page=100');
  const list = new CustomersList(page);
  await list.waitForSettled();
  await expect(page.getByText('1–100 of 100')).toBeVisible();
  const names = await list.names();
  expect(new Set(names).size).toBe(100);
  for (let i = 1; i <= 50; i++) expect(names).toEqual(expect.arrayContaining([`Tab A customer ${i}`, `Tab B customer ${i}`]));
});
