import { z } from 'zod';

/** IDs are strings of digits. */
export const idSchema = z.string().regex(/^\d+$/, 'must be a string of digits');
export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');
export const timeSchema = z.string();

/** Error envelope of every non-2xx response. */
export const fieldErrorSchema = z.object({ field: z.string(), message: z.string() });
export const errorEnvelopeSchema = z.object({
  code: z.number().int(),
  message: z.string(),
  errors: z.array(fieldErrorSchema).optional(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

/** Error codes of api.md, by name. */
export const ErrorCode = {
  internal: 1000,
  invalid: 1001,
  notFound: 1002,
  badJson: 1038,
  forbidden: 57,
  duplicateName: 3001,
  hasTransactions: 3002,
  mixedCurrencies: 3003,
  currencyLocked: 3004,
  portalNeedsEmail: 3005,
  tooManyStatements: 3006,
  invalidOwner: 3007,
  staleUpdate: 3010,
} as const;
export type ErrorCodeName = keyof typeof ErrorCode;

export const pageContextSchema = z.object({
  page: z.number().int(),
  per_page: z.number().int(),
  has_more_page: z.boolean(),
  total: z.number().int(),
  applied_filter: z.string().optional(),
  sort_column: z.string().optional(),
  sort_order: z.enum(['A', 'D']).optional(),
  search_text: z.string().optional(),
});
export type PageContext = z.infer<typeof pageContextSchema>;
