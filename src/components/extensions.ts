/**
 * Extension points where one feature's pages host another feature's actions without importing
 * it (features never import each other; src/app composes them). An extension names its entry
 * and brings its own dialog, which the host mounts while it is open.
 */
import type { ComponentType } from 'react';
import type { Contact, ListFilter, User } from '../api/schemas';

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
  clear: () => void;
  /** Keep only these ids ticked (e.g. the failed ones, for a retry). */
  keepOnly: (ids: string[]) => void;
}

/** The list's current view and search (for "Current view" exports and the like). */
export interface ListContext {
  filter_by: ListFilter;
  search_text: string;
  total: number;
  selection: BulkSelection;
}

export interface DialogProps<C> {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  context: C;
}

/** A button in the list's bulk bar (or an item in its "More bulk actions" menu). */
export interface BulkAction {
  id: string;
  label: string;
  /** Where it shows: a bar button, or an item of "More bulk actions". */
  placement: 'bar' | 'more';
  /**
   * Why it cannot run for this selection (shown, and the control disabled), or null. `me` is the
   * acting user (undefined while loading: leave role checks to the API then).
   */
  disabledReason?: (sel: BulkSelection, me: User | undefined) => string | null;
  destructive?: boolean;
  Dialog: ComponentType<DialogProps<BulkSelection>>;
}

/** An item of the list's "More actions" menu (Import, Export, ...). */
export interface ListMenuAction {
  id: string;
  label: string;
  Dialog: ComponentType<DialogProps<ListContext>>;
}

/** An item of the detail page's "More actions" menu. */
export interface DetailAction {
  id: string;
  label: (c: Contact) => string;
  /** As BulkAction.disabledReason, for this customer. */
  disabledReason?: (c: Contact, me: User | undefined) => string | null;
  destructive?: boolean;
  Dialog: ComponentType<DialogProps<Contact>>;
}

/** What the statement tab's toolbar extension receives (the PDF buttons live in features/statements). */
export interface StatementToolbarProps {
  contact: Contact;
  start_date: string;
  end_date: string;
  filter: 'all' | 'outstanding';
}

/** Everything a host page can be extended with; src/app fills it in. */
export interface CustomerExtensions {
  bulkActions?: BulkAction[];
  listMenu?: ListMenuAction[];
  StatementToolbar?: ComponentType<StatementToolbarProps>;
}
