/**
 * Export 10,000 customers, three ways, next to a bare SheetJS write of the same rows (json_to_sheet
 * + write on the main thread, rows already in memory):
 * - `export_ratio_*`: the real dialog, as a user runs it: open it, pick format and scope, take
 *   THINK_MS to choose (the dialog prefetches the rows meanwhile), press Export; timed from the
 *   press to the file (the dialog's `export` performance measure).
 * - `export_cold_ratio_*`: the same pipeline with nothing fetched ahead (fetch 50 pages → worker).
 * - `export_write_ratio_*`: mapping + write only, in the export worker, same rows in memory.
 */
import { median } from './serve.mjs';

const THINK_MS = 1500;
const LABELS = { csv: 'CSV', xlsx: 'XLSX', xls: 'XLS' };

async function dialogExport(page, format) {
  await page.evaluate(() => {
    performance.clearMeasures('export');
    window.__bench.takeLongestTask();
  });
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Export Customers' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export Customers' });
  await dialog.getByRole('radio', { name: LABELS[format], exact: true }).check();
  await dialog.getByRole('radio', { name: 'All customers', exact: true }).check();
  await page.waitForTimeout(THINK_MS);
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await download;
  await dialog.waitFor({ state: 'hidden' });
  await page.waitForTimeout(50);
  return page.evaluate(() => ({ ms: performance.getEntriesByName('export', 'measure').at(-1)?.duration ?? NaN, longest: window.__bench.takeLongestTask() }));
}

export async function exportMeasures(page, runs) {
  await page.waitForFunction(() => !!window.__bench);
  const rows = await page.evaluate(() => window.__bench.prepareExportBench());
  const out = { export_rows: rows, export_think_ms: THINK_MS };
  let longest = 0;
  for (const format of ['csv', 'xlsx', 'xls']) {
    const hook = (fn) =>
      page.evaluate(
        async ({ fn, format }) => {
          window.__bench.takeLongestTask();
          const r = await window.__bench[fn](format);
          await new Promise((res) => setTimeout(res, 50));
          return { ms: r.ms, longest: window.__bench.takeLongestTask() };
        },
        { fn, format },
      );
    // Warm-up: workers, SheetJS and the dialog's code loaded once before timing.
    await dialogExport(page, format);
    await hook('exportOurs');
    await hook('exportBare');
    await hook('exportWriteOurs');
    const dialog = [];
    const cold = [];
    const bare = [];
    const write = [];
    for (let i = 0; i < runs; i++) {
      const d = await dialogExport(page, format);
      dialog.push(d.ms);
      longest = Math.max(longest, d.longest);
      const c = await hook('exportOurs');
      cold.push(c.ms);
      longest = Math.max(longest, c.longest);
      bare.push((await hook('exportBare')).ms);
      write.push((await hook('exportWriteOurs')).ms);
    }
    const ratio = (xs) => Math.round((median(xs) / median(bare)) * 100) / 100;
    out[`export_${format}_bare_ms`] = Math.round(median(bare));
    out[`export_${format}_ms`] = Math.round(median(dialog));
    out[`export_ratio_${format}`] = ratio(dialog);
    out[`export_${format}_cold_ms`] = Math.round(median(cold));
    out[`export_cold_ratio_${format}`] = ratio(cold);
    out[`export_${format}_write_ms`] = Math.round(median(write));
    out[`export_write_ratio_${format}`] = ratio(write);
  }
  out.longest_task_ms_export = longest;
  return out;
}
