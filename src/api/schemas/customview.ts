/**
 * Custom views of the customer list (api.md "Custom views"): saved criteria, columns and sort,
 * private (`only_me`) or shared by an admin with roles or everyone.
 *
 * Criteria rows are `{field, comparator, value}`; `criteria_string` combines them by their
 * number from 1 ("1 AND (2 OR 3)"; AND binds tighter than OR; empty means all rows ANDed). Which
 * comparator fits which field, and which value each takes, is `comparatorsByType` below; the
 * engine that checks and applies criteria is src/lib/criteria.ts. Values:
 * - text, choice: a string (`is`/`is_not` on choice compare exactly, text case-insensitively);
 * - number: a number; date: `YYYY-MM-DD` (timestamps compare by their day);
 * - boolean: `true`/`false` (only `is` / `is_not`);
 * - `between` (number, date): an array of two, `[low, high]`, both inclusive;
 * - `is_empty` / `is_not_empty`: no value (left out, `null` or `''`).
 */
import { z } from 'zod/mini';
import { idSchema } from './common';
import { sortColumnSchema } from './contact';
import { userRoles, type CustomField } from './reference';
import { nameText } from './text';

export const customViewEntityTypes = ['contact'] as const;
export const customViewVisibilities = ['only_me', 'roles', 'everyone'] as const;
export type CustomViewVisibility = (typeof customViewVisibilities)[number];

export const criteriaComparators = [
  'is',
  'is_not',
  'contains',
  'not_contains',
  'starts_with',
  'ends_with',
  'is_empty',
  'is_not_empty',
  'greater_than',
  'less_than',
  'between',
  'before',
  'after',
] as const;
export type CriteriaComparator = (typeof criteriaComparators)[number];

export const criteriaFieldTypes = ['text', 'number', 'date', 'boolean', 'choice'] as const;
export type CriteriaFieldType = (typeof criteriaFieldTypes)[number];

/** The comparators each type of field takes. */
export const comparatorsByType: Record<CriteriaFieldType, readonly CriteriaComparator[]> = {
  text: ['is', 'is_not', 'contains', 'not_contains', 'starts_with', 'ends_with', 'is_empty', 'is_not_empty'],
  number: ['is', 'is_not', 'greater_than', 'less_than', 'between', 'is_empty', 'is_not_empty'],
  date: ['is', 'is_not', 'before', 'after', 'between', 'is_empty', 'is_not_empty'],
  boolean: ['is', 'is_not'],
  choice: ['is', 'is_not', 'is_empty', 'is_not_empty'],
};

/**
 * The fixed fields a criterion or column may name, with their types: every list column, the
 * billing address's city, state and country, and the customer's settings. `is_overdue` (*ext*)
 * is true when the customer has an unpaid invoice past due (the Overdue view). Custom fields
 * add `cf_<api_name>` (see `criteriaFieldTypes` of `customViewFieldTypes`).
 */
export const customViewFixedFields = {
  contact_name: 'text',
  company_name: 'text',
  first_name: 'text',
  last_name: 'text',
  email: 'text',
  phone: 'text',
  mobile: 'text',
  website: 'text',
  city: 'text',
  state: 'text',
  country: 'text',
  currency_id: 'choice',
  currency_code: 'choice',
  customer_sub_type: 'choice',
  language_code: 'choice',
  payment_terms: 'number',
  owner_id: 'choice',
  status: 'choice',
  is_portal_enabled: 'boolean',
  is_overdue: 'boolean',
  outstanding_receivable_amount: 'number',
  unused_credits_receivable_amount: 'number',
  created_time: 'date',
  last_modified_time: 'date',
} as const satisfies Record<string, CriteriaFieldType>;
export type CustomViewFixedField = keyof typeof customViewFixedFields;

const customFieldTypes: Record<CustomField['data_type'], CriteriaFieldType> = { text: 'text', number: 'number', date: 'date', dropdown: 'choice' };

/** Every field a view may name → its type: the fixed ones and each custom field's `cf_<api_name>`. */
export function customViewFieldTypes(customFields: readonly Pick<CustomField, 'api_name' | 'data_type'>[]): Map<string, CriteriaFieldType> {
  const out = new Map<string, CriteriaFieldType>(Object.entries(customViewFixedFields));
  for (const f of customFields) if (f.api_name) out.set(f.api_name, customFieldTypes[f.data_type]);
  return out;
}

export const MAX_VIEW_NAME = 100;
export const MAX_CRITERIA = 20;
export const MAX_VIEW_COLUMNS = 40;
export const MAX_CRITERIA_STRING = 500;
/** Views one user may have saved (POST beyond it is 1001). */
export const MAX_VIEWS_PER_USER = 100;

const criterionValueSchema = z.union([
  z.string().check(z.maxLength(200)),
  z.number(),
  z.boolean(),
  z.null(),
  // `between`: [low, high].
  z.array(z.union([z.string().check(z.maxLength(200)), z.number()])).check(z.maxLength(2)),
]);
export type CriterionValue = z.infer<typeof criterionValueSchema>;

export const criterionSchema = z.object({
  field: z.string().check(z.minLength(1, 'Choose a field.'), z.maxLength(100)),
  comparator: z.enum(criteriaComparators),
  value: z.optional(criterionValueSchema),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const viewColumnSchema = z.object({
  field: z.string().check(z.minLength(1), z.maxLength(100)),
  width: z.optional(z.number().check(z.int(), z.minimum(40), z.maximum(1000))),
});

/**
 * POST /customviews, and PUT /customviews/{id} (fields left out keep their saved values).
 * `role_ids` are role names (`admin`, `staff`, `staff_assigned`), needed for `roles`, and
 * ignored (saved as []) otherwise. Only admins may save `roles` or `everyone` (403/57).
 */
export const customViewInputSchema = z.object({
  name: nameText({ label: 'View name', max: MAX_VIEW_NAME, required: 'Enter a name for the view.' }),
  entity_type: z._default(z.enum(customViewEntityTypes), 'contact'),
  is_favorite: z._default(z.boolean(), false),
  visibility: z._default(z.enum(customViewVisibilities), 'only_me'),
  role_ids: z._default(z.array(z.enum(userRoles)).check(z.maxLength(userRoles.length)), []),
  criteria: z._default(z.array(criterionSchema).check(z.maxLength(MAX_CRITERIA, `At most ${MAX_CRITERIA} criteria.`)), []),
  criteria_string: z._default(z.string().check(z.trim(), z.maxLength(MAX_CRITERIA_STRING)), ''),
  columns: z._default(z.array(viewColumnSchema).check(z.maxLength(MAX_VIEW_COLUMNS)), []),
  sort_column: z._default(sortColumnSchema, 'contact_name'),
  sort_order: z._default(z.enum(['A', 'D']), 'A'),
});
export type CustomViewInput = z.input<typeof customViewInputSchema>;
export type CustomViewInputParsed = z.output<typeof customViewInputSchema>;

export const customViewSchema = z.object({
  customview_id: idSchema,
  entity_type: z.enum(customViewEntityTypes),
  name: z.string(),
  is_favorite: z.boolean(),
  visibility: z.enum(customViewVisibilities),
  role_ids: z.array(z.enum(userRoles)),
  criteria: z.array(criterionSchema),
  /** As saved, or the default "1 AND 2 AND …" when none was sent. */
  criteria_string: z.string(),
  columns: z.array(viewColumnSchema),
  sort_column: sortColumnSchema,
  sort_order: z.enum(['A', 'D']),
  created_by_id: idSchema,
  created_time: z.string(),
});
export type CustomView = z.infer<typeof customViewSchema>;

export const customViewListQuerySchema = z.object({ entity_type: z._default(z.enum(customViewEntityTypes), 'contact') });
export const customViewPathSchema = z.object({ customview_id: idSchema });

export const customViewsResponse = z.object({ custom_views: z.array(customViewSchema) });
export const customViewResponse = z.object({ custom_view: customViewSchema });
export const customViewDeletedResponse = z.object({ customview_id: idSchema });
