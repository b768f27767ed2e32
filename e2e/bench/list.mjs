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
  await stampNext(page, 'keydown');
  await box.press(text.slice(-1));
  return msToFrame(
    page,
    (q) =>
      new URLSearchParams(location.search).get('q') === q &&
      !document.querySelector('table[aria-busy="true"]') &&
      !!(document.querySelector('table[aria-label="Customers"] tbody tr') || document.querySelector('main h2')),
    text,
  );
}

export async function nextPageMs(page) {
  const before = await page.evaluate(() => ({
    range: document.querySelector('nav[aria-label="Pagination"]')?.textContent ?? '',
    row: document.querySelector('table[aria-label="Customers"] tbody tr')?.textContent ?? '',
  }));
  await stampNext(page, 'click');
  await page.getByRole('button', { name: 'Next page' }).click();
  // The new range, its rows (not the previous page's still shown while loading) on screen.
  return msToFrame(
    page,
    (prev) => {
      const nav = document.querySelector('nav[aria-label="Pagination"]');
      const t = document.querySelector('table[aria-label="Customers"]');
      const row = t?.querySelector('tbody tr')?.textContent ?? '';
      return !!nav && nav.textContent !== prev.range && !!t && t.getAttribute('aria-busy') !== 'true' && row !== '' && row !== prev.row;
    },
    before,
  );
}

/**
 * The start of a measure: the next `type` event's own timestamp, recorded in the page (capture
 * phase), so the harness's work before the event (finding the element, moving the pointer) and
 * its round trips do not count.
 */
export async function stampNext(page, type) {
  await page.evaluate((type) => {
    window.__benchStart = NaN;
    document.addEventListener(type, (e) => (window.__benchStart = e.timeStamp), { capture: true, once: true });
  }, type);
}

/**
 * The end of a measure: the first animation frame in which `done(arg)` holds (polled each frame,
 * stamped in that frame); returns ms since stampNext's event.
 */
export async function msToFrame(page, done, arg) {
  const end = await page.waitForFunction(`(${done.toString()})(${JSON.stringify(arg)}) && performance.now()`, null, { polling: 'raf' });
  const start = await page.evaluate(() => window.__benchStart);
  return (await end.jsonValue()) - start;
}
