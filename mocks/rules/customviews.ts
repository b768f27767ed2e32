/**
 * Custom views of the customer list (api.md "Custom views"): who sees and may change a view,
 * checking a view before it is saved, and the predicate a view's criteria give over stored
 * customers. The criteria engine itself is pure and shared (src/lib/criteria.ts).
 */
import {
  customViewFieldTypes,
  customViewInputSchema,
  isCustomFieldColumn,
  type CriteriaFieldType,
  type CustomView,
  type CustomViewInputParsed,
  type FieldError,
  type User,
} from '../../src/api/schemas';
import { compileCriteria, criteriaErrors, defaultCriteriaString, type FieldValue } from '../../src/lib/criteria';
import type { Database } from '../db/store';
import type { ContactRecord } from '../db/types';
import { totalsOf } from '../db/derived';
import { can } from './access';
import { precisionOf } from './contact-view';
import { parseOrRefuse, refuse } from './failure';
import { toMajor } from './money';
import type { RecordPredicate } from './list-filters';

/** Every field a view may name in this organisation, with its type. */
export function viewFieldTypes(db: Database): Map<string, CriteriaFieldType> {
  return customViewFieldTypes(db.tables.customFields.all());
}

/** Own views, views shared with everyone, and views shared with the user's role. */
export function canSeeView(user: User, view: CustomView): boolean {
  if (view.created_by_id === user.user_id) return true;
  return view.visibility === 'everyone' || (view.visibility === 'roles' && view.role_ids.includes(user.role));
}

/** Only its creator or an admin may change or delete a view (403/57). */
export function canChangeView(user: User, view: CustomView): boolean {
  return view.created_by_id === user.user_id || user.role === 'admin';
}

/** A view the user may see, else 404/1002 (one they may not see behaves as missing). */
export function findVisibleView(db: Database, user: User, id: string): CustomView {
  const view = db.tables.customViews.get(id);
  if (!view || !canSeeView(user, view)) throw refuse.notFound('Custom view');
  return view;
}

/** The saved fields of a view as an input, so a PUT can change only what it sends. */
export function inputOf(view: CustomView): Record<string, unknown> {
  const { customview_id: _id, created_by_id: _by, created_time: _at, ...input } = view;
  return input;
}

/**
 * Parse and check a view's fields: shapes (1001), then sharing (403/57 naming `visibility`
 * for a user who is not an admin), then criteria, pattern, columns and roles (1001 naming
 * `criteria.<index>.<field|comparator|value>`, `criteria_string`, `columns.<index>.field`).
 */
export function parseViewInput(db: Database, user: User, raw: unknown): CustomViewInputParsed {
  const input = parseOrRefuse(customViewInputSchema, raw);
  if (input.visibility !== 'only_me' && !can(user, 'share_views')) throw refuse.forbidden('visibility');
  const types = viewFieldTypes(db);
  const errors: FieldError[] = criteriaErrors(input.criteria, input.criteria_string, types);
  input.columns.forEach((c, i) => {
    if (!types.has(c.field)) errors.push({ field: `columns.${i}.field`, message: `"${c.field.slice(0, 60)}" is not a column of the customer list.` });
  });
  if (isCustomFieldColumn(input.sort_column) && !types.has(input.sort_column))
    errors.push({ field: 'sort_column', message: `No custom field is named "${input.sort_column.slice(0, 60)}".` });
  if (input.visibility === 'roles' && input.role_ids.length === 0) errors.push({ field: 'role_ids', message: 'Choose the roles to share the view with.' });
  if (errors.length) throw refuse.invalid(errors);
  return {
    ...input,
    role_ids: input.visibility === 'roles' ? [...new Set(input.role_ids)] : [],
    criteria_string: input.criteria_string || defaultCriteriaString(input.criteria.length),
  };
}

/** Reads a field's value on a stored customer, as criteria compare it (custom fields looked up once). */
export function contactFieldReader(db: Database): (c: ContactRecord, field: string) => FieldValue {
  const customIds = new Map(db.tables.customFields.all().flatMap((f) => (f.api_name ? [[f.api_name, f.customfield_id] as const] : [])));
  return (c, field) => {
    switch (field) {
      case 'first_name':
      case 'last_name':
        return c.contact_persons.find((p) => p.is_primary_contact)?.[field] ?? '';
      case 'city':
      case 'state':
      case 'country':
        return c.billing_address[field];
      case 'currency_code':
        return db.tables.currencies.get(c.currency_id)?.currency_code ?? '';
      case 'outstanding_receivable_amount':
        return toMajor(totalsOf(db, c.contact_id).outstanding_minor, precisionOf(db, c.currency_id));
      case 'unused_credits_receivable_amount':
        return toMajor(c.unused_credits_minor, precisionOf(db, c.currency_id));
      case 'is_overdue':
        return totalsOf(db, c.contact_id).overdue_minor > 0;
    }
    const customId = customIds.get(field);
    if (customId !== undefined) return c.custom_fields.find((v) => v.customfield_id === customId)?.value ?? null;
    const value = (c as unknown as Record<string, unknown>)[field];
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
  };
}

/**
 * The predicate of the view a list query names (`customview_id`), applied after visibility of
 * customers (list-query.ts), so a shared view never shows a restricted user anyone else's
 * customers. A view that does not exist or the user may not see is 1001 naming `customview_id`.
 */
export function customViewPredicate(db: Database, user: User, id: string): { view: CustomView; match: RecordPredicate } {
  const view = db.tables.customViews.get(id);
  if (!view || !canSeeView(user, view)) throw refuse.field('customview_id', 'No custom view you can see has this id.');
  const match = compileCriteria(view.criteria, view.criteria_string, viewFieldTypes(db), contactFieldReader(db));
  return { view, match };
}

/** A custom field's `cf_<api_name>` sorts only if the organisation has that field (1001 naming `field`). */
export function refuseUnknownSortColumn(db: Database, column: string, field = 'sort_column'): void {
  if (isCustomFieldColumn(column) && !db.tables.customFields.all().some((f) => f.api_name === column)) {
    throw refuse.field(field, `No custom field is named "${column.slice(0, 60)}".`);
  }
}

/**
 * A list query naming a view sorts by the view's column and order unless it names a column
 * itself (`sort_column`, then in the query's `sort_order`, A by default); a `sort_order` alone
 * reverses the view's column.
 */
export function withViewSort<Q extends { customview_id?: string; sort_column: CustomView['sort_column']; sort_order: 'A' | 'D' }>(
  db: Database,
  user: User,
  q: Q,
  params: URLSearchParams,
): Q {
  refuseUnknownSortColumn(db, q.sort_column);
  if (!q.customview_id) return q;
  const { view } = customViewPredicate(db, user, q.customview_id);
  if (params.get('sort_column')) return q;
  return { ...q, sort_column: view.sort_column, sort_order: params.get('sort_order') ? q.sort_order : view.sort_order };
}
