import { z } from 'zod/mini';
import { MAX_BULK_IDS } from '../limits';
import { idSchema } from './common';
import { listScopeShape } from './contact-ext';

export const bulkActions = ['mark_active', 'mark_inactive', 'delete', 'enable_portal', 'assign_owner', 'update'] as const;
export const bulkFields = ['currency_id', 'payment_terms', 'pricebook_id', 'custom_field'] as const;

/** What `select_all` selects: the same view, search and Zoho filters as GET /contacts. */
export const selectAllSchema = z.object(listScopeShape);

/** The refusal of more than MAX_BULK_IDS ids in one call (api.md "Limits"). */
export const TOO_MANY_IDS = `At most ${MAX_BULK_IDS.toLocaleString('en-US')} customers can be listed in one call; select all matching customers instead.`;

export const bulkInputSchema = z
  .object({
    action: z.enum(bulkActions),
    // select_all has no cap: the server resolves it.
    contact_ids: z.optional(z.array(idSchema).check(z.maxLength(MAX_BULK_IDS, TOO_MANY_IDS))),
    select_all: z.optional(selectAllSchema),
    owner_id: z.optional(z.nullable(z.string())),
    field: z.optional(z.enum(bulkFields)),
    customfield_id: z.optional(z.string()),
    value: z.optional(z.union([z.string(), z.number(), z.null()])),
  })
  .check(
    z.superRefine((b, ctx) => {
      if (!b.contact_ids?.length && !b.select_all) {
        ctx.addIssue({ code: 'custom', path: ['contact_ids'], message: 'Select at least one customer.' });
      }
      if (b.action === 'update' && !b.field) {
        ctx.addIssue({ code: 'custom', path: ['field'], message: 'Choose a field to update.' });
      }
      if (b.action === 'update' && b.field === 'custom_field' && !b.customfield_id) {
        ctx.addIssue({ code: 'custom', path: ['customfield_id'], message: 'Choose a custom field.' });
      }
      if (b.action === 'assign_owner' && b.owner_id === undefined) {
        ctx.addIssue({ code: 'custom', path: ['owner_id'], message: 'Choose an owner or null to unassign.' });
      }
    }),
  );
export type BulkInput = z.input<typeof bulkInputSchema>;
export type BulkAction = (typeof bulkActions)[number];

export const bulkResultSchema = z.object({
  contact_id: idSchema,
  contact_name: z.string(),
  status: z.enum(['ok', 'skipped', 'failed']),
  message: z.string(),
});
export type BulkResult = z.infer<typeof bulkResultSchema>;

export const importResultSchema = z.object({
  row: z.number().check(z.int()),
  contact_name: z.string(),
  status: z.enum(['created', 'updated', 'overwritten', 'skipped', 'invalid']),
  contact_id: z.optional(z.string()),
  message: z.optional(z.string()),
  errors: z.optional(z.array(z.object({ field: z.string(), message: z.string() }))),
});
export type ImportResult = z.infer<typeof importResultSchema>;
export const importSummarySchema = z.object({
  created: z.number().check(z.int()),
  /** Matches changed in their non-empty values (`on_duplicate: update`); older answers leave it out. */
  updated: z._default(z.number().check(z.int()), 0),
  overwritten: z.number().check(z.int()),
  skipped: z.number().check(z.int()),
  invalid: z.number().check(z.int()),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;
