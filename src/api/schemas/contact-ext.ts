/**
 * Inputs of our extensions to the customers API (*ext* in api.md) and of the paged list
 * queries: the mock parses with these, the dialogs and the wizard send what they accept.
 */
import { z } from 'zod/mini';
import { MAX_BULK_IDS, MAX_IMPORT_ROWS, MAX_PER_PAGE } from '../limits';
import { idSchema } from './common';
import { contactSummarySchema, displayNameSchema, listViews, sortColumns } from './contact';

/** `page` and `per_page` (≤ MAX_PER_PAGE) from a query string, with this default page size. */
const pageQuery = (defaultPerPage: number) => ({
  page: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 1),
  per_page: z._default(
    z.coerce.number().check(z.int(), z.minimum(1), z.maximum(MAX_PER_PAGE, `per_page can be at most ${MAX_PER_PAGE}.`)),
    defaultPerPage,
  ),
});

/** GET /contacts query parameters. */
export const listQuerySchema = z.object({
  ...pageQuery(25),
  filter_by: z._default(z.enum(listViews), 'Status.All'),
  search_text: z._default(z.string().check(z.trim(), z.maxLength(200)), ''),
  sort_column: z._default(z.enum(sortColumns), 'contact_name'),
  sort_order: z._default(z.enum(['A', 'D']), 'A'),
});
export type ListQuery = z.output<typeof listQuerySchema>;

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
    .check(z.minLength(1, 'Choose at least one customer to merge into the master.'), z.maxLength(MAX_BULK_IDS, `At most ${MAX_BULK_IDS.toLocaleString('en-US')} customers can be merged at once.`)),
});
export type MergeInput = z.output<typeof mergeInputSchema>;

/** POST /contacts/import: the rows are validated one by one, as creates. */
export const importInputSchema = z.object({
  rows: z
    .array(z.unknown())
    .check(
      z.minLength(1, 'The file has no rows to import.'),
      z.maxLength(MAX_IMPORT_ROWS, `At most ${MAX_IMPORT_ROWS} rows can be imported at once.`),
    ),
  on_duplicate: z._default(z.enum(['skip', 'overwrite']), 'skip'),
  skip_invalid: z._default(z.boolean(), false),
});
export type ImportInput = z.output<typeof importInputSchema>;

/** GET /contacts/duplicates: groups of customers sharing a normalised name, email or phone. */
export const duplicateReasons = ['name', 'email', 'phone'] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];

export const duplicatesQuerySchema = z.object(pageQuery(100));

export const duplicateGroupSchema = z.object({
  reason: z.enum(duplicateReasons),
  /** The normalised value they share. */
  key: z.string(),
  contacts: z.array(contactSummarySchema),
});
export type DuplicateGroup = z.infer<typeof duplicateGroupSchema>;
