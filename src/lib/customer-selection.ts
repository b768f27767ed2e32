/**
 * What the customers list has selected, as the flows that act on it (bulk actions, statements,
 * export) receive it from the list page.
 */
import type { ListFilter } from '../api/schemas';

/** What is selected in the customers list. */
export interface BulkSelection {
  /** Explicitly ticked ids (empty when `allMatching`). */
  ids: string[];
  /** Display names of the ticked ids (for dialogs and results). */
  names: ReadonlyMap<string, string>;
  /** "Select all N customers": every customer matching the list's view and search. */
  allMatching: boolean;
  /** How many customers the selection covers. */
  count: number;
  /** The list's view and search, for `select_all` requests. */
  filter_by: ListFilter;
  search_text: string;
  /** The custom view shown, if any (its criteria narrow `filter_by`). */
  customview_id?: string;
  clear: () => void;
  /** Keep only these ids ticked (e.g. the failed ones, for a retry). */
  keepOnly: (ids: string[]) => void;
}

/** The list's current view and search (for "Current view" exports and the like). */
export interface ListContext {
  filter_by: ListFilter;
  search_text: string;
  /** The custom view shown, if any. */
  customview_id?: string;
  /** The custom view's columns (its fields, in order), the default columns of an export. */
  columns?: readonly string[];
  total: number;
  selection: BulkSelection;
}
