/** List measures: first-load JS, mock reset, reload to rows, search and next page at 100,000. */
import { gzipSync } from 'node:zlib';

/** Sum of gzip -9 sizes of every script the page loads until it is idle. */
export async function firstLoadJsKb(browser, url, waitFor) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = [];
  page.on('response', async (res) => {
    const type = res.request().resourceType();
    if (type === 'script' || (res.headers()['content-type'] ?? '').includes('javascript')) {
      try {
        bodies.push(await res.body());
      } catch {
        /* redirected or aborted */
      }
    }
  });
  await page.goto(url);
  await waitFor(page);
  await page.waitForLoadState('networkidle');
  const kb = bodies.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0) / 1024;
  await context.close();
  return Math.round(kb * 10) / 10;
}

export async function control(page, path, body) {
  return page.evaluate(
    async ({ path, body }) => {
      const t0 = performance.now();
      const res = await fetch(`/__mock${path}`, {
        method: body ? 'POST' : 'GET',
        headers: { 'Content-Type': 'application/json' },
        body: body ? JSON.stringify(body) : undefined,
      });
      await res.json();
      return performance.now() - t0;
    },
    { path, body },
  );
}

/** How long after the first rows a reload's work (the idle index warm-up) still counts as the reload's. */
const RELOAD_TAIL_MS = 1000;

/**
 * Reload to the first rows (ms from navigation start), and the longest main-thread task from the
 * navigation to RELOAD_TAIL_MS after the rows (needs observe.mjs's observers on the context).
 */
export async function reloadToRows(page) {
  await page.reload();
  // A plain selector polled once a frame, stamped in the frame the row appears: a role locator's
  // accessible-name engine would run on the very main thread being measured (a trace showed
  // ~100 ms of it between the list's response and its rows).
  const ms = await page.waitForFunction(() => document.querySelector('table[aria-label="Customers"] tbody tr') && performance.now(), null, {
    polling: 'raf',
  });
  await page.waitForTimeout(RELOAD_TAIL_MS);
  return { ms: await ms.jsonValue(), longest: await page.evaluate(() => window.__perf.takeLongestTask()) };
}

/**
 * Type the last character of `text` into search and wait until the rows shown are the answer
 * for the whole text: the URL carries it (after the debounce) and the table is no longer showing
 * the previous answer (aria-busy), or the no-match state is shown.
 */
export async function searchMs(page, text) {
  const box = page.getByRole('searchbox', { name: 'Search customers' });
  await box.fill(text.slice(0, -1));
  await page.waitForFunction(
    (q) => new URLSearchParams(location.search).get('q') === q && !document.querySelector('table[aria-busy="true"]'),
    text.slice(0, -1),
  );
  const t0 = await page.evaluate(() => performance.now());
  await box.press(text.slice(-1));
  await page.waitForFunction(
    (q) =>
      new URLSearchParams(location.search).get('q') === q &&
      !document.querySelector('table[aria-busy="true"]') &&
      !!(document.querySelector('table[aria-label="Customers"] tbody tr') || document.querySelector('main h2')),
    text,
    { polling: 'raf' },
  );
  return (await page.evaluate(() => performance.now())) - t0;
}

export async function nextPageMs(page) {
  const range = page.getByRole('navigation', { name: 'Pagination' });
  const before = await range.innerText();
  const t0 = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Next page' }).click();
  await page.waitForFunction(
    (prev) => {
      const nav = document.querySelector('nav[aria-label="Pagination"]');
      const t = document.querySelector('table[aria-label="Customers"]');
      return nav && nav.textContent !== prev && t && t.getAttribute('aria-busy') !== 'true';
    },
    before,
    { polling: 'raf' },
  );
  return (await page.evaluate(() => performance.now())) - t0;
}
