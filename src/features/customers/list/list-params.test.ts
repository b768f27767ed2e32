import { describe, expect, it } from 'vitest';
import { customViewId, defaultListState, nextListState, parseListState, shownSort, toApiParams, toSearchParams } from './list-params';

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

describe('custom views in the URL (?view=cv_<customview_id>)', () => {
  it('parses a custom view and sends customview_id instead of filter_by, with its own sort', () => {
    const s = parseListState(new URLSearchParams('view=cv_12&q=acme&page=2'));
    expect(s.view).toBe('cv_12');
    expect(customViewId(s.view)).toBe('12');
    expect(s.sortChosen).toBeUndefined();
    expect(toApiParams(s)).toEqual({ customview_id: '12', search_text: 'acme', page: 2, per_page: 25 });
    expect(toSearchParams(s).toString()).toBe('view=cv_12&q=acme&page=2');
  });

  it('refuses a malformed custom view slug', () => {
    for (const bad of ['cv_', 'cv_abc', 'cv_1;drop', `cv_${'9'.repeat(21)}`]) {
      expect(parseListState(new URLSearchParams({ view: bad })).view).toBe('all');
    }
  });

  it('a sort the URL names overrides the view’s, even the list default, and survives a round trip', () => {
    const s = parseListState(new URLSearchParams('view=cv_3&sort=contact_name&order=asc'));
    expect(s.sortChosen).toBe(true);
    expect(toApiParams(s)).toMatchObject({ customview_id: '3', sort_column: 'contact_name', sort_order: 'A' });
    expect(toSearchParams(s).toString()).toBe('view=cv_3&sort=contact_name&order=asc');
  });

  it('choosing a sort on a custom view marks it chosen; opening another view starts from that view’s sort', () => {
    const onView = nextListState(parseListState(new URLSearchParams('view=cv_3')), { sort: 'email', order: 'desc' });
    expect(onView).toMatchObject({ view: 'cv_3', sort: 'email', order: 'desc', sortChosen: true });
    const other = nextListState(onView, { view: 'cv_4' });
    expect(other.sortChosen).toBeUndefined();
    expect(toApiParams(other)).not.toHaveProperty('sort_column');
    // Paging keeps the chosen sort.
    expect(nextListState(onView, { page: 2 })).toMatchObject({ sortChosen: true, page: 2 });
    // Back to a default view: as before, no flag.
    expect(nextListState(onView, { view: 'all' }).sortChosen).toBeUndefined();
  });

  it('shows the view’s sort until one is chosen', () => {
    const s = parseListState(new URLSearchParams('view=cv_3'));
    expect(shownSort(s, { sort_column: 'outstanding_receivable_amount', sort_order: 'D' })).toMatchObject({
      sort: 'outstanding_receivable_amount',
      order: 'desc',
    });
    const chosen = parseListState(new URLSearchParams('view=cv_3&sort=email'));
    expect(shownSort(chosen, { sort_column: 'outstanding_receivable_amount', sort_order: 'D' })).toBe(chosen);
    expect(shownSort(defaultListState, { sort_column: 'email', sort_order: 'D' })).toBe(defaultListState);
  });
});
