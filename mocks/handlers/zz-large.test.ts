import { describe, it } from 'vitest';
import { useMockApi } from '../testing';
import { db } from '../runtime';
import { findDuplicateGroups, duplicateKeys } from '../rules/duplicates';
import { toContactSummary } from '../rules/contact-view';
describe('large', () => {
  useMockApi('large', { size: 100000 });
  it('times', async () => {
    const out: string[] = [];
    let t = performance.now();
    const lap = (n: string) => { out.push(`${n} ${(performance.now() - t).toFixed(1)}`); t = performance.now(); };
    const rows = [...db.tables.contacts.rows.values()]; lap('rows');
    for (const r of rows) duplicateKeys(r); lap('keys');
    for (const r of rows) duplicateKeys(r); lap('keys cached');
    const g = findDuplicateGroups(rows); lap('groups');
    const n = g.reduce((s, x) => s + x.contacts.length, 0);
    g.map((x) => x.contacts.map((c) => toContactSummary(db, c))); lap('summaries');
    out.push(`groups ${g.length} members ${n} byReason ${JSON.stringify(g.reduce((m, x) => ({ ...m, [x.reason]: (m[x.reason] ?? 0) + 1 }), {} as Record<string, number>))}`);
    out.push(JSON.stringify(g.slice(0, 3).map((x) => [x.reason, x.key, x.contacts.map((c) => c.contact_name)])));
    console.log(out.join('\n'));
  }, 120000);
});
