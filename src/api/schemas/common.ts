import { z } from 'zod/mini';
// zod/mini ships no locale: install the English messages once, here, because every schema
// module imports this one first (the mock turns these messages into field errors and tests
// assert them). Only en.js, not 'zod/locales', which would bundle every language.
import en from 'zod/v4/locales/en.js';

z.config(en());

/** IDs are strings of digits. */
export const idSchema = z.string().check(z.regex(/^\d+$/, 'must be a string of digits'));
export const dateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'));
/** A real calendar day (`2026-02-30` is not one), checked in UTC. */
export const isCalendarDate = (s: string): boolean => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
export const calendarDateSchema = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be YYYY-MM-DD', abort: true }), z.refine(isCalendarDate, 'must be a real calendar date'));
export const timeSchema = z.string();

/** Error envelope of every non-2xx response. */
export const fieldErrorSchema = z.object({ field: z.string(), message: z.string() });
export const errorEnvelopeSchema = z.object({
  code: z.number().check(z.int()),
  message: z.string(),
  errors: z.optional(z.array(fieldErrorSchema)),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

/** Error codes of api.md, by name. */
export const ErrorCode = {
  internal: 1000,
  invalid: 1001,
  notFound: 1002,
  badJson: 1038,
  tooLarge: 1040,
  forbidden: 57,
  duplicateName: 3001,
  hasTransactions: 3002,
  mixedCurrencies: 3003,
  currencyLocked: 3004,
  portalNeedsEmail: 3005,
  tooManyStatements: 3006,
  invalidOwner: 3007,
  masterInactive: 3008,
  masterHasMerged: 3009,
  staleUpdate: 3010,
  /** The mock's: the X-Mock-User header names no user (401). */
  unknownUser: 1041,
  /**
   * Zoho's own codes for requests no endpoint answers (not in api.md's table, which keeps its
   * codes): 404 "Invalid URL Passed" for an unknown path under /api/v3 (also Zoho features
   * outside this module), 405 for a known path with a method it does not take.
   */
  invalidUrl: 5,
  methodNotAllowed: 37,
} as const;
export type ErrorCodeName = keyof typeof ErrorCode;

export const pageContextSchema = z.object({
  page: z.number().check(z.int()),
  per_page: z.number().check(z.int()),
  has_more_page: z.boolean(),
  total: z.number().check(z.int()),
  applied_filter: z.optional(z.string()),
  sort_column: z.optional(z.string()),
  sort_order: z.optional(z.enum(['A', 'D'])),
  search_text: z.optional(z.string()),
});
export type PageContext = z.infer<typeof pageContextSchema>;
