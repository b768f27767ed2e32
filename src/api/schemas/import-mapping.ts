/**
 * Import by a match key (api.md "Import by a match key"): how an import row finds the customer
 * it stands for, what happens to a match, the dry run's per-row plan, and a user's saved
 * column mapping (GET/PUT /settings/importmappings).
 */
import { z } from 'zod/mini';
import { MAX_IMPORT_MAPPING_COLUMNS } from '../limits';
import { nameText } from './text';

/**
 * `contact_name` (the display name, case-, width- and space-insensitive), `email` (the primary
 * email, case- and width-insensitive) or the `cf_<api_name>` of a unique custom field.
 */
export const importMatchBySchema = z
  .string()
  .check(
    z.maxLength(64),
    z.regex(/^(?:contact_name|email|cf_[a-z0-9_]{1,61})$/, 'Match by contact_name, email or the cf_<api_name> of a unique custom field.'),
    z.describe('`contact_name` (default), `email` or the `cf_<api_name>` of a unique custom field (1001 for any other field).'),
  );
export type ImportMatchBy = z.output<typeof importMatchBySchema>;

export const importDuplicateActions = ['skip', 'overwrite', 'update'] as const;
export type ImportDuplicateAction = (typeof importDuplicateActions)[number];

export const importPlanActions = ['create', 'update', 'overwrite', 'skip', 'invalid'] as const;
export type ImportPlanAction = (typeof importPlanActions)[number];

/** One row of a dry run: what the import would do with it, and why. */
export const importPlanRowSchema = z.object({
  /** The row's number among the rows sent, from 1. */
  row: z.number().check(z.int()),
  contact_name: z.string(),
  action: z.enum(importPlanActions),
  reasons: z.array(z.string()),
  /** The existing customer it matches (only ones the acting user may see). */
  contact_id: z.optional(z.string()),
});
export type ImportPlanRow = z.infer<typeof importPlanRowSchema>;

/** A mapped field: the client's key (`contact_name`, `billing_city`, `cf:<customfield_id>`). */
const fieldKeySchema = z.string().check(z.regex(/^(?:[a-z_]{1,60}|cf:\d{1,20})$/, 'Not an import field.'));

/** One column of the file and the field it goes to (`null`: not imported). */
export const importMappingColumnSchema = z.object({
  header: nameText({ label: 'Column', max: 200, required: 'A column needs its header.' }),
  field: z.nullable(fieldKeySchema),
});

/** PUT /settings/importmappings: the acting user's selections, replacing what they saved before. */
export const importMappingInputSchema = z.object({
  columns: z.array(importMappingColumnSchema).check(z.maxLength(MAX_IMPORT_MAPPING_COLUMNS, `At most ${MAX_IMPORT_MAPPING_COLUMNS} columns can be saved.`)),
  match_by: z._default(importMatchBySchema, 'contact_name'),
  on_duplicate: z._default(z.enum(importDuplicateActions), 'skip'),
});
export type ImportMappingInput = z.output<typeof importMappingInputSchema>;

export const importMappingSchema = z.object({
  ...importMappingInputSchema.shape,
  user_id: z.string(),
  updated_time: z.string(),
});
export type ImportMapping = z.infer<typeof importMappingSchema>;
