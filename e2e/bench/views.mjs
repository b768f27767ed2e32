/**
 * `custom_view_ms_100k`: choosing a saved two-criterion view in the picker at 100,000
 * customers, to its rows on screen. Each run opens a view not opened before (a different
 * threshold), so no cached answer is measured.
 */
import { msToFrame, stampNext } from './list.mjs';
async function createView(page, i) {
  return page.evaluate(async (i) => {
    const res = await fetch('/api/v3/customviews', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: `Bench ${i} ${Date.now()}`,
        criteria: [
          { field: 'currency_code', comparator: 'is', value: 'JPY' },
          { field: 'outstanding_receivable_amount', comparator: 'greater_than', value: 100 * (i + 1) },
        ],
      }),
    });
    const body = await res.json();
    if (!res.ok) throw new Error(`POST /customviews: ${res.status} ${JSON.stringify(body)}`);
    return body.custom_view.customview_id;
  }, i);
}

export async function customViewMs(page, runs) {
  const ids = [];
  for (let i = 0; i < runs; i++) ids.push(await createView(page, i));
  // The picker learns the new views.
  await page.reload();
  await page.getByRole('table', { name: 'Customers' }).locator('tbody tr').first().waitFor();
  const picker = page.getByLabel('View', { exact: true });
  await picker.locator(`option[value="cv_${ids.at(-1)}"]`).waitFor({ state: 'attached' });
  const times = [];
  for (const id of ids) {
    await picker.selectOption('all');
    await page.waitForFunction(() => !new URLSearchParams(location.search).get('view') && !document.querySelector('table[aria-busy="true"]'));
    await stampNext(page, 'change');
    await picker.selectOption(`cv_${id}`);
    times.push(
      await msToFrame(
        page,
        (view) =>
          new URLSearchParams(location.search).get('view') === view &&
          !document.querySelector('table[aria-busy="true"]') &&
          !!(document.querySelector('table[aria-label="Customers"] tbody tr') || document.querySelector('main h2')),
        `cv_${id}`,
      ),
    );
  }
  await page.evaluate(async (ids) => {
    for (const id of ids) await fetch(`/api/v3/customviews/${id}`, { method: 'DELETE' });
  }, ids);
  return times;
}
