import { z } from 'zod';
import { idSchema } from './common';
import { listViews } from './contact';

export const bulkActions = [
  'mark_active',
  'mark_inactive',
  'delete',
  'enable_portal',
  'assign_owner',
  'update',
] as const;
export const bulkFields = ['currency_id', 'payment_terms', 'pricebook_id', 'custom_field'] as const;

export const selectAllSchema = z.object({
  filter_by: z.enum(listViews).default('Status.All'),
  search_text: z.string().default(''),
});

export const bulkInputSchema = z
  .object({
    action: z.enum(bulkActions),
    contact_ids: z.array(idSchema).optional(),
    select_all: selectAllSchema.optional(),
    owner_id: z.string().nullable().optional(),
    field: z.enum(bulkFields).optional(),
    customfield_id: z.string().optional(),
    value: z.union([z.string(), z.number(), z.null()]).optional(),
  })
  .superRefine((b, ctx) => {
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
  });
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
  row: z.number().int(),
  contact_name: z.string(),
  status: z.enum(['created', 'overwritten', 'skipped', 'invalid']),
  contact_id: z.string().optional(),
  message: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type ImportResult = z.infer<typeof importResultSchema>;
export const importSummarySchema = z.object({
  created: z.number().int(),
  overwritten: z.number().int(),
  skipped: z.number().int(),
  invalid: z.number().int(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;
