/**
 * Inputs of our extensions to the customers API (*ext* in api.md) and of the paged list
 * queries: the mock parses with these, the dialogs and the wizard send what they accept.
 */
import { z } from 'zod/mini';
import { MAX_BULK_IDS, MAX_IMPORT_ROWS, MAX_PER_PAGE } from '../limits';
import { idSchema } from './common';
import { contactSummarySchema, customFieldColumnPattern, displayNameSchema, historyFilters, listViews, sortColumns, type CustomFieldColumn } from './contact';
import { duplicateCheckShape } from './duplicate-check';
import { importDuplicateActions, importMatchBySchema } from './import-mapping';

/**
 * `page` and `per_page` from a query string, with this default page size: a `per_page` above
 * MAX_PER_PAGE is clamped to it, as Zoho does (page_context says what was used).
 */
const pageQuery = (defaultPerPage: number) => ({
  page: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 1),
  per_page: z._default(
    z.coerce.number().check(
      z.int(),
      z.minimum(1),
      z.overwrite((n: number) => Math.min(n, MAX_PER_PAGE)),
    ),
    defaultPerPage,
  ),
});

/**
 * One of `values`, whatever its case, or an alias of one: Zoho's clients spell `filter_by`
 * and `sort_order` in several ways. The output is the canonical spelling.
 */
function caseless<const T extends readonly [string, ...string[]]>(values: T, aliases: Record<string, T[number]> = {}) {
  const canonical = new Map<string, string>(values.map((v) => [v.toLowerCase(), v]));
  for (const [alias, v] of Object.entries(aliases)) canonical.set(alias.toLowerCase(), v);
  return z.pipe(
    z.pipe(
      z.string(),
      z.transform((s: string) => canonical.get(s.toLowerCase()) ?? s),
    ),
    z.enum(values),
  );
}

/**
 * Zoho's text filters of the list: each field matches exactly (no suffix), by prefix
 * (`_startswith`) or by substring (`_contains`), case- and width-insensitively, as the search
 * folds text. `first_name`/`last_name` are the primary contact person's (as the list row
 * shows them), `phone` is the phone or the mobile (digits only when the value has digits),
 * `address` any line of the billing or shipping address.
 */
export const listTextFilterFields = ['contact_name', 'company_name', 'first_name', 'last_name', 'email', 'phone', 'address'] as const;
export type ListTextFilterField = (typeof listTextFilterFields)[number];
export const listTextFilterModes = { '': 'exact', _startswith: 'startswith', _contains: 'contains' } as const;
export type ListTextFilterMode = (typeof listTextFilterModes)[keyof typeof listTextFilterModes];
export type ListTextFilterKey = `${ListTextFilterField}${keyof typeof listTextFilterModes}`;

const MAX_FILTER_TEXT = 200;
const filterText = z.optional(z.string().check(z.trim(), z.maxLength(MAX_FILTER_TEXT)));
const textFilterShape = Object.fromEntries(
  listTextFilterFields.flatMap((f) => Object.keys(listTextFilterModes).map((suffix) => [`${f}${suffix}`, filterText])),
) as Record<ListTextFilterKey, typeof filterText>;

/**
 * What selects customers in the list (and in export and bulk `select_all`, which share it):
 * the view, the search, Zoho's text filters, `contact_type` (`customer`: every one; `vendor`:
 * none, this module has no vendors) and `status` (`active`|`inactive`|`all`, on top of the view).
 * `filter_by` takes Zoho's spellings in any case: `Status.OverDue` is `Invoice.OverDue`,
 * `Status.Unpaid` is `Invoice.Unpaid`.
 */
export const listScopeShape = {
  filter_by: z._default(caseless(listViews, { 'Status.OverDue': 'Invoice.OverDue', 'Status.Unpaid': 'Invoice.Unpaid' }), 'Status.All'),
  search_text: z._default(z.string().check(z.trim(), z.maxLength(200)), ''),
  ...textFilterShape,
  contact_type: z.optional(caseless(['customer', 'vendor'])),
  status: z.optional(caseless(['active', 'inactive', 'all'])),
  /** A custom view (GET /customviews) the acting user may see: its criteria narrow the list too. */
  customview_id: z.optional(
    idSchema.check(
      z.describe(
        'A custom view the acting user may see (GET /customviews): its criteria apply on top of the view, search and filters; its sort applies unless `sort_column` is given (`sort_order` alone reorders the view’s column). 1001 for a view that does not exist or is not visible.',
      ),
    ),
  ),
};

/**
 * GET /contacts query parameters. `sort_order` is A/D in any case, or ascending/descending.
 * `organization_id` and `authtoken` (Zoho's) are accepted and ignored, like any other
 * parameter the contract does not name.
 */
export const listQuerySchema = z.object({
  ...pageQuery(25),
  ...listScopeShape,
  /** A list column, or a custom field by its `cf_<api_name>` (*ext*; 1001 if no such field). */
  sort_column: z._default(
    z.union([
      caseless(sortColumns),
      z.pipe(
        z.string().check(z.regex(customFieldColumnPattern)),
        z.transform((s: string) => s as CustomFieldColumn),
      ),
    ]),
    'contact_name',
  ),
  sort_order: z._default(caseless(['A', 'D'], { ascending: 'A', descending: 'D' }), 'A'),
});
export type ListQuery = z.output<typeof listQuerySchema>;
/** The parts of a list query that select customers (no paging or order). */
export type ListScope = z.output<z.ZodMiniObject<typeof listScopeShape>>;

/**
 * GET /contacts/{id}/comments: Zoho pages history by 200; *ext* `show` answers only changes
 * (edits, state changes, merges, imports), comments, or emails, so pages stay whole.
 */
export const commentListQuerySchema = z.object({
  ...pageQuery(MAX_PER_PAGE),
  show: z._default(
    z.enum(historyFilters).check(z.describe("*ext*: `changes`, `comments` (users' own) or `emails` (emails and statements sent); `all` when left out.")),
    'all',
  ),
});
export type CommentListQuery = z.output<typeof commentListQuerySchema>;

/** POST /contacts/{id}/clone. */
export const cloneInputSchema = z.object({
  contact_name: displayNameSchema,
  currency_id: idSchema,
  enable_portal: z._default(z.boolean(), false),
});
export type CloneInput = z.output<typeof cloneInputSchema>;

/** POST /contacts/merge. */
export const mergeInputSchema = z.object({
  master_contact_id: idSchema,
  contact_ids: z
    .array(idSchema)
    .check(
      z.minLength(1, 'Choose at least one customer to merge into the master.'),
      z.maxLength(MAX_BULK_IDS, `At most ${MAX_BULK_IDS.toLocaleString('en-US')} customers can be merged at once.`),
    ),
});
export type MergeInput = z.output<typeof mergeInputSchema>;

/**
 * POST /contacts/import: the rows are validated one by one, as creates (or, for a match being
 * overwritten or updated, as updates). `match_by` says how a row finds its existing customer;
 * `on_duplicate: update` changes only the row's non-empty values; `dry_run` answers the plan.
 */
export const importInputSchema = z.object({
  rows: z
    .array(z.unknown())
    .check(z.minLength(1, 'The file has no rows to import.'), z.maxLength(MAX_IMPORT_ROWS, `At most ${MAX_IMPORT_ROWS} rows can be imported at once.`)),
  match_by: z._default(importMatchBySchema, 'contact_name'),
  on_duplicate: z._default(z.enum(importDuplicateActions), 'skip'),
  skip_invalid: z._default(z.boolean(), false),
  dry_run: z._default(z.boolean().check(z.describe('Answer the per-row `plan` and write nothing.')), false),
});
export type ImportInput = z.output<typeof importInputSchema>;

/** GET /contacts/duplicates: groups of customers sharing a normalised name, email or phone. */
export const duplicateReasons = ['name', 'email', 'phone'] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];

/** The groups' paging, and the check while typing's parameters (duplicate-check.ts). */
export const duplicatesQuerySchema = z.object({ ...pageQuery(100), ...duplicateCheckShape });

export const duplicateGroupSchema = z.object({
  reason: z.enum(duplicateReasons),
  /** The normalised value they share. */
  key: z.string(),
  contacts: z.array(contactSummarySchema),
});
export type DuplicateGroup = z.infer<typeof duplicateGroupSchema>;
