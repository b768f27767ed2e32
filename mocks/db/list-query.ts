/**
 * GET /contacts: view filter, search, sort and pagination over the cached contact index.
 * One pass over the pre-sorted order per request; only the requested page is materialised.
 */
import { listQuerySchema, type ListFilter, type ListQuery, type ListScope, type PageContext, type SortColumn, type User } from '../../src/api/schemas';
import type { Database } from './store';
import type { ContactRecord } from './types';
import { canSeeContact } from '../rules/access';
import { todayIso } from '../rules/dates';
import { foldText, nameKeyCounter, nameKeyOf, searchOf, sortedContacts, type IndexedContact } from './contact-index';
import { parseOrRefuse } from '../rules/failure';
import { scopeKey, scopePredicates } from '../rules/list-filters';
import { customViewPredicate } from '../rules/customviews';

/** View and search, and optionally Zoho's filters (rules/list-filters.ts) and the order. */
export type MatchQuery = Pick<ListQuery, 'filter_by' | 'search_text'> & Partial<ListScope> & Partial<Pick<ListQuery, 'sort_column' | 'sort_order'>>;

/** Query string → list query; empty parameters count as absent (clients send `?search_text=`). */
export function parseListQuery(params: URLSearchParams): ListQuery {
  const raw: Record<string, string> = {};
  for (const [k, v] of params) if (v !== '') raw[k] = v;
  return parseOrRefuse(listQuerySchema, raw);
}

/** Search text → lowercased, width-folded tokens; a contact must contain every one. */
export function searchTokens(text: string): string[] {
  return foldText(text).split(/\s+/).filter(Boolean);
}

type Predicate = (e: IndexedContact) => boolean;

function viewPredicate(db: Database, user: User, view: ListFilter): Predicate {
  switch (view) {
    case 'Status.All':
      return () => true;
    case 'Status.Active':
      return (e) => e.record.status === 'active';
    case 'Status.Inactive':
      return (e) => e.record.status === 'inactive';
    case 'Status.PortalEnabled':
      return (e) => e.record.is_portal_enabled;
    case 'Status.PortalDisabled':
      return (e) => !e.record.is_portal_enabled;
    case 'Invoice.OverDue': {
      const overdue = receivables(db).overdue;
      return (e) => overdue.has(e.record.contact_id);
    }
    case 'Invoice.Unpaid': {
      const unpaid = receivables(db).unpaid;
      return (e) => unpaid.has(e.record.contact_id);
    }
    case 'Status.Duplicate':
      return duplicatePredicate(db, user);
  }
}

interface Receivables {
  version: number;
  today: string;
  unpaid: Set<string>;
  overdue: Set<string>;
}
const receivablesCache = new WeakMap<Database, Receivables>();

/**
 * Customers with a balance due, and with an unpaid invoice past due (the same facts as
 * derived.ts's totals), from one pass over the invoices per version and day: asking totalsOf
 * for each of 100,000 customers would check the cache 100,000 times per request.
 */
function receivables(db: Database): Receivables {
  const today = todayIso();
  const hit = receivablesCache.get(db);
  if (hit && hit.version === db.version && hit.today === today) return hit;
  const fresh: Receivables = { version: db.version, today, unpaid: new Set(), overdue: new Set() };
  for (const inv of db.tables.invoices.values()) {
    if (inv.balance_minor <= 0) continue;
    fresh.unpaid.add(inv.customer_id);
    if (inv.due_date < today) fresh.overdue.add(inv.customer_id);
  }
  receivablesCache.set(db, fresh);
  return fresh;
}

/**
 * "Another customer has the same display name". For a staff_assigned user only the customers
 * they can see count, so the view never hints at someone else's customer.
 */
function duplicatePredicate(db: Database, user: User): Predicate {
  if (user.role !== 'staff_assigned') {
    const count = nameKeyCounter(db);
    return (e) => count(nameKeyOf(e)) > 1;
  }
  const counts = new Map<string, number>();
  for (const e of sortedContacts(db, 'contact_name')) {
    if (canSeeContact(user, e.record)) {
      const key = nameKeyOf(e);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return (e) => (counts.get(nameKeyOf(e)) ?? 0) > 1;
}

/** Plain loops, no per-row closures: this runs for each of 100,000 contacts per keystroke. */
function matcher(db: Database, user: User, q: MatchQuery): Predicate {
  const view = viewPredicate(db, user, q.filter_by);
  const tokens = searchTokens(q.search_text);
  const filters = scopePredicates(q);
  // A custom view's criteria: checked after visibility, like every other filter.
  if (q.customview_id) filters.push(customViewPredicate(db, user, q.customview_id).match);
  const restricted = user.role === 'staff_assigned';
  return (e) => {
    if (restricted && !canSeeContact(user, e.record)) return false;
    if (!view(e)) return false;
    for (let i = 0; i < filters.length; i++) if (!filters[i](e.record)) return false;
    if (tokens.length === 0) return true;
    const key = searchOf(e);
    for (let i = 0; i < tokens.length; i++) if (!key.includes(tokens[i])) return false;
    return true;
  };
}

/** Visit the cached order forwards (A) or backwards (D); stop when `visit` returns false. */
function walk(db: Database, column: SortColumn, order: 'A' | 'D', visit: (e: IndexedContact) => boolean | void): void {
  const rows = sortedContacts(db, column);
  const n = rows.length;
  if (order === 'A') {
    for (let i = 0; i < n; i++) if (visit(rows[i]) === false) return;
  } else {
    for (let i = n - 1; i >= 0; i--) if (visit(rows[i]) === false) return;
  }
}

/** Every contact the user may see that matches view and search (bulk `select_all`). */
export function matchingContacts(db: Database, user: User, q: MatchQuery): ContactRecord[] {
  const match = matcher(db, user, q);
  const out: ContactRecord[] = [];
  walk(db, q.sort_column ?? 'contact_name', q.sort_order ?? 'A', (e) => {
    if (match(e)) out.push(e.record);
  });
  return out;
}

export interface ContactPage {
  records: ContactRecord[];
  page_context: PageContext;
}

interface LastSearch {
  /** Everything but the search text that decides the answer. */
  scope: string;
  /** The folded search text. */
  text: string;
  /** The matches, in the list's order. */
  matches: IndexedContact[];
}
const lastSearch = new WeakMap<Database, LastSearch>();

/**
 * The matches of a list query, in order. Typing narrows: when the text extends the previous
 * query's (same data version, user, view, filters, sort, day), every new match was an old match, so only
 * those are tested, not all 100,000 contacts.
 */
function matches(db: Database, user: User, q: ListQuery): IndexedContact[] {
  const scope = [db.version, user.user_id, q.filter_by, q.sort_column, q.sort_order, todayIso(), scopeKey(q)].join('|');
  const text = foldText(q.search_text);
  const match = matcher(db, user, q);
  const prev = lastSearch.get(db);
  const out: IndexedContact[] = [];
  if (prev && prev.scope === scope && text.startsWith(prev.text)) {
    for (const e of prev.matches) if (match(e)) out.push(e);
  } else {
    walk(db, q.sort_column, q.sort_order, (e) => {
      if (match(e)) out.push(e);
    });
  }
  lastSearch.set(db, { scope, text, matches: out });
  return out;
}

export function listContacts(db: Database, user: User, q: ListQuery): ContactPage {
  const found = matches(db, user, q);
  const start = (q.page - 1) * q.per_page;
  const end = start + q.per_page;
  const records = found.slice(start, end).map((e) => e.record);
  const total = found.length;
  return {
    records,
    page_context: {
      page: q.page,
      per_page: q.per_page,
      has_more_page: end < total,
      total,
      applied_filter: q.filter_by,
      sort_column: q.sort_column,
      sort_order: q.sort_order,
      search_text: q.search_text,
    },
  };
}
