/**
 * The list at 100,000 customers: search, sort and paging answer correctly from the cached index,
 * and one write patches it. How fast is measured by `npm run bench` (search_ms_100k,
 * next_page_ms_100k), not asserted here: a timed test fails for the wrong reason on a busy machine.
 * The timings are still printed, as a hint.
 */
import { describe, expect, it } from 'vitest';
import type { PageContext } from '../../src/api/schemas';
import { insertContact } from '../db/builders';
import { db } from '../runtime';
import { call, useMockApi } from '../testing';

const SIZE = 100_000;
const WORDS = ['Sakura', 'Acme', 'Fuji', 'Blue', 'River', 'Tokyo', 'North', 'Global', 'Maple', 'Kyoto'];

async function timed(path: string): Promise<{ ms: number; total: number }> {
  const t = performance.now();
  const r = await call<{ page_context: PageContext }>('GET', path);
  const ms = performance.now() - t;
  expect(r.status).toBe(200);
  return { ms, total: r.body.page_context.total };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('GET /contacts at 100,000 customers', () => {
  useMockApi('empty');

  it('answers search + sort + page from the cached index, and after a write', async () => {
    const t0 = performance.now();
    db.transactSync((tx) => {
      for (let i = 0; i < SIZE; i++) {
        const w = WORDS[i % WORDS.length];
        insertContact(tx, { contact_name: `${w} ${WORDS[(i * 7) % WORDS.length]} ${i}`, company_name: `${w} Holdings`, owner_id: i % 3 === 0 ? '3' : '' }, [
          { first_name: `First${i}`, last_name: w, email: `user${i}@${w.toLowerCase()}.example`, phone: `03-${String(i).padStart(8, '0')}` },
        ]);
      }
    });
    const buildMs = performance.now() - t0;

    const path = '/contacts?search_text=sakura&sort_column=company_name&sort_order=D&page=3&per_page=50';
    const first = await timed(path);
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) warm.push((await timed(path)).ms);
    const otherSearch = await timed('/contacts?search_text=user4242%40&sort_column=company_name&page=1');
    const allRows = await timed('/contacts?sort_column=company_name&page=1000&per_page=100');
    const firstEmailSort = await timed('/contacts?sort_column=email&sort_order=A&search_text=fuji');
    const emailSortAgain = await timed('/contacts?sort_column=email&sort_order=A&search_text=fuji');
    // One write moves the version: the next list patches the cached orders instead of re-sorting.
    expect((await call('POST', '/contacts/5/inactive')).status).toBe(200);
    const afterWrite = await timed(path);
    const afterWriteAgain = await timed(path);

    console.info(
      `[perf] build ${SIZE} contacts: ${buildMs.toFixed(0)} ms; first list (index + sort): ${first.ms.toFixed(1)} ms; ` +
        `cached search+sort+page median ${median(warm).toFixed(1)} ms (max ${Math.max(...warm).toFixed(1)}); ` +
        `other search ${otherSearch.ms.toFixed(1)} ms; no search, page 1000: ${allRows.ms.toFixed(1)} ms; ` +
        `new sort column first ${firstEmailSort.ms.toFixed(1)} ms then ${emailSortAgain.ms.toFixed(1)} ms; ` +
        `after one write ${afterWrite.ms.toFixed(1)} ms then ${afterWriteAgain.ms.toFixed(1)} ms`,
    );
    expect(first.total).toBe(SIZE / 10);
    expect(otherSearch.total).toBe(1);
    expect(allRows.total).toBe(SIZE);
    expect(firstEmailSort.total).toBe(emailSortAgain.total);
    expect(afterWrite.total).toBe(first.total);
  }, 120_000);
});
