/**
 * The list this tab last showed (view, search, sort, page), so the detail page can go back to
 * exactly it and step to the previous or next customer in it. sessionStorage: per tab, gone
 * with the tab, like the history it stands in for.
 */
import { defaultListState, parseListState, toSearchParams, type ListState } from './list-params';

const KEY = 'customers.lastList';

export function rememberList(state: ListState): void {
  try {
    sessionStorage.setItem(KEY, toSearchParams(state).toString());
  } catch {
    /* storage unavailable: the detail page falls back to the default list */
  }
}

export function lastList(): ListState {
  try {
    return parseListState(new URLSearchParams(sessionStorage.getItem(KEY) ?? ''));
  } catch {
    return defaultListState;
  }
}

/** The list page's URL for a state. */
export function listHref(state: ListState): string {
  const search = toSearchParams(state).toString();
  return search ? `/customers?${search}` : '/customers';
}
