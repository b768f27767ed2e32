/**
 * The list's state lives in the URL (ui-contract: ?view, ?q, ?sort, ?order, ?page, ?per_page):
 * parse it leniently (a bad value falls back to the default) and write back only what differs
 * from the defaults, so links stay short. `?view=cv_<customview_id>` is a saved custom view: the
 * request names it (`customview_id`) instead of a default view, and its own sort is the default
 * until the URL names one (`sortChosen`).
 */
import { isCustomFieldColumn, sortColumns, type ContactListParams, type ListFilter, type SortColumn } from '../../../api/schemas';

export const views = {
  all: 'Status.All',
  active: 'Status.Active',
  inactive: 'Status.Inactive',
  duplicate: 'Status.Duplicate',
  portal_enabled: 'Status.PortalEnabled',
  portal_disabled: 'Status.PortalDisabled',
  overdue: 'Invoice.OverDue',
  unpaid: 'Invoice.Unpaid',
} as const satisfies Record<string, ListFilter>;
export type DefaultView = keyof typeof views;
/** A saved custom view: `cv_<customview_id>`. */
export type CustomViewSlug = `cv_${string}`;
export type View = DefaultView | CustomViewSlug;
export const viewSlugs = Object.keys(views) as DefaultView[];

const customSlug = /^cv_(\d{1,20})$/;
/** The custom view's id a view names, or undefined for a default view. */
export function customViewId(view: View): string | undefined {
  return customSlug.exec(view)?.[1];
}
export const customViewSlug = (id: string): CustomViewSlug => `cv_${id}`;
export const isDefaultView = (view: View): view is DefaultView => view in views;
/** The default view's filter; a custom view filters the whole list (its criteria do the rest). */
export const filterOf = (view: View): ListFilter => (isDefaultView(view) ? views[view] : views.all);

/** Every column sorts (the API's `sort_column`), custom fields by their `cf_<api_name>`. */
export type SortableColumn = SortColumn;
const isSortable = (v: string | null): v is SortColumn => v !== null && ((sortColumns as readonly string[]).includes(v) || isCustomFieldColumn(v));

export const pageSizes = [25, 50, 100, 200] as const;

export interface ListState {
  view: View;
  q: string;
  sort: SortableColumn;
  order: 'asc' | 'desc';
  page: number;
  perPage: number;
  /** A custom view whose sort the URL names (else the view's own sort applies). */
  sortChosen?: true;
}

export const defaultListState: ListState = {
  view: 'all',
  q: '',
  sort: 'contact_name',
  order: 'asc',
  page: 1,
  perPage: 25,
};

const oneOf = <T extends string>(values: readonly T[], v: string | null, fallback: T): T =>
  v !== null && (values as readonly string[]).includes(v) ? (v as T) : fallback;

export function parseListState(search: URLSearchParams): ListState {
  const page = Number(search.get('page'));
  const perPage = Number(search.get('per_page'));
  const rawView = search.get('view');
  const view: View = rawView !== null && customSlug.test(rawView) ? (rawView as CustomViewSlug) : oneOf(viewSlugs, rawView, defaultListState.view);
  const sortChosen = !isDefaultView(view) && (search.has('sort') || search.has('order'));
  return {
    view,
    q: (search.get('q') ?? '').slice(0, 200),
    sort: isSortable(search.get('sort')) ? (search.get('sort') as SortColumn) : defaultListState.sort,
    order: oneOf(['asc', 'desc'] as const, search.get('order'), defaultListState.order),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    perPage: (pageSizes as readonly number[]).includes(perPage) ? perPage : defaultListState.perPage,
    ...(sortChosen ? { sortChosen: true as const } : {}),
  };
}

export function toSearchParams(state: ListState): URLSearchParams {
  const out = new URLSearchParams();
  if (state.view !== defaultListState.view) out.set('view', state.view);
  if (state.q) out.set('q', state.q);
  if (state.sortChosen && !isDefaultView(state.view)) {
    // Even the list's default sort differs from the view's: write both.
    out.set('sort', state.sort);
    out.set('order', state.order);
  } else if (isDefaultView(state.view)) {
    if (state.sort !== defaultListState.sort) out.set('sort', state.sort);
    if (state.order !== defaultListState.order) out.set('order', state.order);
  }
  if (state.page !== 1) out.set('page', String(state.page));
  if (state.perPage !== defaultListState.perPage) out.set('per_page', String(state.perPage));
  return out;
}

/**
 * The state after a change: anything but the page returns to page 1; a sort chosen on a custom
 * view is written to the URL; opening another custom view starts from its own sort.
 */
export function nextListState(current: ListState, patch: Partial<ListState>): ListState {
  const next: ListState = { ...current, ...patch };
  if (!('page' in patch)) next.page = 1;
  delete next.sortChosen;
  if (isDefaultView(next.view)) return next;
  if ('sort' in patch || 'order' in patch) return { ...next, sortChosen: true };
  if ('view' in patch && patch.view !== current.view) return { ...next, sort: defaultListState.sort, order: defaultListState.order };
  return current.sortChosen ? { ...next, sortChosen: true } : next;
}

/** The API request for a list state. */
export function toApiParams(state: ListState): ContactListParams {
  const base = { search_text: state.q.trim() || undefined, page: state.page, per_page: state.perPage };
  const sort = { sort_column: state.sort, sort_order: state.order === 'asc' ? 'A' : 'D' } as const;
  const id = customViewId(state.view);
  if (id === undefined) return { filter_by: filterOf(state.view), ...base, ...sort };
  // The view's own sort applies (server-side) until the URL names one.
  return { customview_id: id, ...base, ...(state.sortChosen ? sort : {}) };
}

/**
 * The sort the list shows: the URL's, or for a custom view whose URL names none, the view's own
 * (when it is one the list can show as sorted).
 */
export function shownSort(state: ListState, viewSort: { sort_column: string; sort_order: 'A' | 'D' } | undefined): ListState {
  if (isDefaultView(state.view) || state.sortChosen || !viewSort) return state;
  const column = isSortable(viewSort.sort_column) ? viewSort.sort_column : state.sort;
  return { ...state, sort: column, order: viewSort.sort_order === 'D' ? 'desc' : 'asc' };
}
