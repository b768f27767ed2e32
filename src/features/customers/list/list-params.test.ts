import { describe, expect, it } from 'vitest';
import { defaultListState, parseListState, toApiParams, toSearchParams } from './list-params';

describe('list URL state', () => {
  it('round-trips every field through the URL', () => {
    const state = { view: 'overdue', q: '山田', sort: 'email', order: 'desc', page: 3, perPage: 100 } as const;
    const again = parseListState(new URLSearchParams(toSearchParams(state).toString()));
    expect(again).toEqual(state);
  });

  it('writes nothing for the defaults', () => {
    expect(toSearchParams(defaultListState).toString()).toBe('');
  });

  it('falls back to defaults on bad values', () => {
    const s = parseListState(new URLSearchParams('view=bogus&sort=password&order=up&page=-2&per_page=7'));
    expect(s).toEqual(defaultListState);
  });

  it('maps to the API parameters', () => {
    expect(toApiParams({ ...defaultListState, view: 'unpaid', q: '  acme ', order: 'desc' })).toEqual({
      filter_by: 'Invoice.Unpaid',
      search_text: 'acme',
      sort_column: 'contact_name',
      sort_order: 'D',
      page: 1,
      per_page: 25,
    });
  });
});

describe("sorting by the primary person's names (Zoho's first_name/last_name)", () => {
  it('keeps ?sort=first_name and ?sort=last_name and sends them as sort_column', () => {
    for (const sort of ['first_name', 'last_name'] as const) {
      const s = parseListState(new URLSearchParams(`sort=${sort}&order=desc`));
      expect([s.sort, s.order]).toEqual([sort, 'desc']);
      expect(toApiParams(s)).toMatchObject({ sort_column: sort, sort_order: 'D' });
    }
  });
});
