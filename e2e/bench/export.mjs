/** Export 10,000 customers: our pipeline (fetch → worker → file) vs a bare SheetJS write. */
import { median } from './serve.mjs';

export async function exportMeasures(page, runs) {
  await page.waitForFunction(() => !!window.__bench);
  const rows = await page.evaluate(() => window.__bench.prepareExportBench());
  const out = { export_rows: rows };
  let longest = 0;
  for (const format of ['csv', 'xlsx', 'xls']) {
    const run = (fn) =>
      page.evaluate(
        async ({ fn, format }) => {
          window.__bench.takeLongestTask();
          const r = await window.__bench[fn](format);
          await new Promise((res) => setTimeout(res, 50));
          return { ms: r.ms, longest: window.__bench.takeLongestTask() };
        },
        { fn, format },
      );
    await run('exportOurs');
    await run('exportBare');
    await run('exportWriteOurs');
    const ours = [];
    const bare = [];
    const write = [];
    for (let i = 0; i < runs; i++) {
      const a = await run('exportOurs');
      ours.push(a.ms);
      longest = Math.max(longest, a.longest);
      bare.push((await run('exportBare')).ms);
      write.push((await run('exportWriteOurs')).ms);
    }
    // The whole export also fetches 10,000 customers page by page; the write-only ratio
    // compares the same rows already in memory.
    out[`export_${format}_write_ms`] = Math.round(median(write));
    out[`export_write_ratio_${format}`] = Math.round((median(write) / median(bare)) * 100) / 100;
    out[`export_${format}_ms`] = Math.round(median(ours));
    out[`export_${format}_bare_ms`] = Math.round(median(bare));
    out[`export_ratio_${format}`] = Math.round((median(ours) / median(bare)) * 100) / 100;
  }
  out.longest_task_ms_export = longest;
  return out;
}
