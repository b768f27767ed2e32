/**
 * The list's state lives in the URL (ui-contract: ?view, ?q, ?sort, ?order, ?page, ?per_page):
 * parse it leniently (a bad value falls back to the default) and write back only what differs
 * from the defaults, so links stay short.
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
export type View = keyof typeof views;
export const viewSlugs = Object.keys(views) as View[];

/** Every column sorts (the API's `sort_column`), custom fields by their `cf_<api_name>`. */
export const sortable = sortColumns;
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
  return {
    view: oneOf(viewSlugs, search.get('view'), defaultListState.view),
    q: (search.get('q') ?? '').slice(0, 200),
    sort: isSortable(search.get('sort')) ? (search.get('sort') as SortColumn) : defaultListState.sort,
    order: oneOf(['asc', 'desc'] as const, search.get('order'), defaultListState.order),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    perPage: (pageSizes as readonly number[]).includes(perPage) ? perPage : defaultListState.perPage,
  };
}

export function toSearchParams(state: ListState): URLSearchParams {
  const out = new URLSearchParams();
  if (state.view !== defaultListState.view) out.set('view', state.view);
  if (state.q) out.set('q', state.q);
  if (state.sort !== defaultListState.sort) out.set('sort', state.sort);
  if (state.order !== defaultListState.order) out.set('order', state.order);
  if (state.page !== 1) out.set('page', String(state.page));
  if (state.perPage !== defaultListState.perPage) out.set('per_page', String(state.perPage));
  return out;
}

/** The API request for a list state. */
export function toApiParams(state: ListState): ContactListParams {
  return {
    filter_by: views[state.view],
    search_text: state.q.trim() || undefined,
    sort_column: state.sort,
    sort_order: state.order === 'asc' ? 'A' : 'D',
    page: state.page,
    per_page: state.perPage,
  };
}
