// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MAX_BULK_IDS } from '../../../api/limits';
import { postBulkIds } from '../../../api/queries/bulk-mutations';
import { db } from '../../../../mocks/runtime';
import { useMockApi } from '../../../../mocks/testing';
import { tickedIdsReason } from './bulk-limits';

const ids = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));

describe('the cap on ticked ids', () => {
  it('disables bulk actions beyond it, never for "select all"', () => {
    expect(tickedIdsReason({ allMatching: false, ids: ids(MAX_BULK_IDS) })).toBeNull();
    expect(tickedIdsReason({ allMatching: false, ids: ids(MAX_BULK_IDS + 1) })).toBe(
      'A bulk action takes at most 10,000 ticked customers. Select all matching customers instead, or tick fewer.',
    );
    expect(tickedIdsReason({ allMatching: true, ids: [] })).toBeNull();
  });
});

describe('a bulk command on more ids than one call takes', () => {
  useMockApi('large', { size: MAX_BULK_IDS + 500 });

  it('is sent in slices, so Undo of "Mark as Inactive" on all 10,500 re-activates all', async () => {
    const all = [...db.tables.contacts.rows.keys()];
    expect(all.length).toBeGreaterThan(MAX_BULK_IDS);
    const off = await postBulkIds({ action: 'mark_inactive' }, all);
    expect(off.results.filter((r) => r.status !== 'failed')).toHaveLength(all.length);
    const on = await postBulkIds({ action: 'mark_active' }, all);
    expect(on.results.map((r) => r.contact_id)).toEqual(all);
    expect([...db.tables.contacts.rows.values()].every((c) => c.status === 'active' || c.merged_into_contact_id)).toBe(true);
  });
});
