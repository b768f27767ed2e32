/**
 * `npm run bench`: builds the app (demo and real-backend), serves the production builds, drives
 * Chromium with Playwright and prints one JSON object of medians (also written to
 * e2e/bench/results.json). Not a test: CI does not run it.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { chromium } from '@playwright/test';
import { build, chromiumPath, median, serve } from './serve.mjs';
import { control, firstLoadJsKb, nextPageMs, reloadToRowsMs, searchMs } from './list.mjs';
import { printMeasures } from './print.mjs';
import { exportMeasures } from './export.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const results = { date: new Date().toISOString(), machine: `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${process.version}`, runs: RUNS };

build('demo', 'dist-bench');
build('real', 'dist-bench-real');
const demo = await serve('demo', 'dist-bench', 4180);
const real = await serve('real', 'dist-bench-real', 4181);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--disable-background-networking'] });

try {
  const listVisible = (page) => page.getByRole('table', { name: 'Customers' }).locator('tbody tr').first().waitFor();
  results.first_load_js_gzip_kb = await firstLoadJsKb(browser, `${demo.url}/customers`, listVisible);
  // No backend behind the real build: the list shows its error state, after loading all its code.
  results.first_load_js_gzip_kb_real_backend = await firstLoadJsKb(browser, `${real.url}/customers`, (p) => p.getByRole('heading', { level: 1 }).waitFor());

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${demo.url}/customers`);
  await page.getByRole('button', { name: 'Designer tools' }).waitFor();
  const resets = [];
  for (let i = 0; i < RUNS; i++) resets.push(await control(page, '/reset', { scenario: 'large', size: 100000 }));
  results.reset_large_100k_ms = Math.round(median(resets));

  const reloads = [];
  for (let i = 0; i < RUNS; i++) reloads.push(await reloadToRowsMs(page));
  results.reload_to_rows_ms_100k = Math.round(median(reloads));

  const searches = [];
  for (const q of ['acme', 'tokyo', 'sato', 'blue', 'north'].slice(0, Math.max(RUNS, 3))) searches.push(await searchMs(page, q));
  results.search_ms_100k = Math.round(median(searches));

  await page.getByRole('searchbox', { name: 'Search customers' }).fill('');
  await page.waitForTimeout(500);
  const pages = [];
  for (let i = 0; i < RUNS; i++) pages.push(await nextPageMs(page));
  results.next_page_ms_100k = Math.round(median(pages));
  await context.close();

  const benchContext = await browser.newContext();
  const benchPage = await benchContext.newPage();
  await benchPage.goto(`${demo.url}/outbox?bench`);
  await benchPage.getByRole('button', { name: 'Designer tools' }).waitFor();
  Object.assign(results, await printMeasures(benchPage, RUNS));
  await control(benchPage, '/reset', { scenario: 'large', size: 10000 });
  // Export runs from the list's dialog, as a user does it.
  await benchPage.goto(`${demo.url}/customers?bench`);
  await benchPage.getByRole('table', { name: 'Customers' }).locator('tbody tr').first().waitFor();
  Object.assign(results, await exportMeasures(benchPage, RUNS));
  await benchContext.close();
} finally {
  await browser.close();
  demo.stop();
  real.stop();
}

writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log(JSON.stringify(results, null, 2));
process.exit(0);
