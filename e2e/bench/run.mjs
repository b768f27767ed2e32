/**
 * `npm run bench`: builds the app (demo and real-backend), serves the production builds, drives
 * Chromium with Playwright and prints one JSON object of medians (also written to
 * e2e/bench/results.json), then each budgeted measure as PASS or FAIL (budgets.mjs). Not a test:
 * CI does not run it.
 *
 * Parts, all by default; `BENCH_PARTS=inp,list npm run bench` runs only those:
 * - `load`: first-load JS of /customers, demo and real-backend builds;
 * - `list`: mock reset to 100,000, reload to rows and its longest task, search, next page,
 *   choosing a two-criterion custom view;
 * - `inp`: INP of typing in search, ticking a row, opening a row's detail, at 100,000;
 * - `print`: Print Statements vs bare react-pdf;
 * - `export`: export 10,000 from the dialog and cold vs bare SheetJS.
 * BENCH_BUILD=0 serves the builds already in dist-bench*; BENCH_PORT (default 4180) is the demo
 * build's port, the real-backend one's is the next; BENCH_RUNS (default 5) the medians' runs.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { chromium } from '@playwright/test';
import { build, chromiumPath, median, serve } from './serve.mjs';
import { control, firstLoadJsKb, nextPageMs, reloadToRows, searchMs } from './list.mjs';
import { printMeasures } from './print.mjs';
import { exportMeasures } from './export.mjs';
import { inpMeasures } from './inp.mjs';
import { installObservers } from './observe.mjs';
import { checkBudgets } from './budgets.mjs';
import { customViewMs } from './views.mjs';

const ALL_PARTS = ['load', 'list', 'inp', 'print', 'export'];
const parts = new Set((process.env.BENCH_PARTS ?? ALL_PARTS.join(',')).split(',').map((p) => p.trim()));
for (const p of parts) if (!ALL_PARTS.includes(p)) throw new Error(`BENCH_PARTS: unknown part "${p}" (known: ${ALL_PARTS.join(', ')})`);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 4180);
const results = {
  date: new Date().toISOString(),
  machine: `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${process.version}, load average ${loadavg()[0].toFixed(1)} at start`,
  runs: RUNS,
  parts: ALL_PARTS.filter((p) => parts.has(p)),
};

if (process.env.BENCH_BUILD !== '0') {
  build('demo', 'dist-bench');
  if (parts.has('load')) build('real', 'dist-bench-real');
}
const demo = await serve('demo', 'dist-bench', PORT);
const real = parts.has('load') ? await serve('real', 'dist-bench-real', PORT + 1) : null;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--disable-background-networking'] });
const firstRow = (page) => page.getByRole('table', { name: 'Customers' }).locator('tbody tr').first();

try {
  if (parts.has('load')) {
    results.first_load_js_gzip_kb = await firstLoadJsKb(browser, `${demo.url}/customers`, (p) => firstRow(p).waitFor());
    // No backend behind the real build: the list shows its error state, after loading all its code.
    results.first_load_js_gzip_kb_real_backend = await firstLoadJsKb(browser, `${real.url}/customers`, (p) => p.getByRole('heading', { level: 1 }).waitFor());
  }

  if (parts.has('list') || parts.has('inp')) {
    const context = await browser.newContext();
    await installObservers(context);
    const page = await context.newPage();
    await page.goto(`${demo.url}/customers`);
    await page.getByRole('button', { name: 'Designer tools' }).waitFor();
    const resets = [];
    for (let i = 0; i < (parts.has('list') ? RUNS : 1); i++) resets.push(await control(page, '/reset', { scenario: 'large', size: 100000 }));
    if (parts.has('list')) {
      results.reset_large_100k_ms = Math.round(median(resets));

      const reloads = [];
      const longest = [];
      for (let i = 0; i < RUNS; i++) {
        const r = await reloadToRows(page);
        reloads.push(r.ms);
        longest.push(r.longest);
      }
      results.reload_to_rows_ms_100k = Math.round(median(reloads));
      // Each reload's longest task (navigation to a second after the rows), median over the reloads.
      results.longest_task_ms_reload = Math.round(median(longest));

      const searches = [];
      for (const q of ['acme', 'tokyo', 'sato', 'blue', 'north'].slice(0, Math.max(RUNS, 3))) searches.push(await searchMs(page, q));
      results.search_ms_100k = Math.round(median(searches));

      await page.getByRole('searchbox', { name: 'Search customers' }).fill('');
      await page.waitForTimeout(500);
      const pages = [];
      for (let i = 0; i < RUNS; i++) pages.push(await nextPageMs(page));
      results.next_page_ms_100k = Math.round(median(pages));

      await page.goto(`${demo.url}/customers`);
      await firstRow(page).waitFor();
      results.custom_view_ms_100k = Math.round(median(await customViewMs(page, RUNS)));
    }
    if (parts.has('inp')) {
      await page.goto(`${demo.url}/customers`);
      await firstRow(page).waitFor();
      Object.assign(results, await inpMeasures(page));
    }
    await context.close();
  }

  if (parts.has('print') || parts.has('export')) {
    const benchContext = await browser.newContext();
    const benchPage = await benchContext.newPage();
    await benchPage.goto(`${demo.url}/outbox?bench`);
    await benchPage.getByRole('button', { name: 'Designer tools' }).waitFor();
    if (parts.has('print')) Object.assign(results, await printMeasures(benchPage, RUNS));
    if (parts.has('export')) {
      await control(benchPage, '/reset', { scenario: 'large', size: 10000 });
      // Export runs from the list's dialog, as a user does it.
      await benchPage.goto(`${demo.url}/customers?bench`);
      await firstRow(benchPage).waitFor();
      Object.assign(results, await exportMeasures(benchPage, RUNS));
    }
    await benchContext.close();
  }
} finally {
  await browser.close();
  demo.stop();
  real?.stop();
}

writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log(JSON.stringify(results, null, 2));
const { lines, failed } = checkBudgets(results);
console.log(`\nBudgets (${lines.length - failed} of ${lines.length} within):\n${lines.join('\n')}`);
process.exit(0);
