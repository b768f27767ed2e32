/**
 * The one failure type of the mock: a refusal with its HTTP status, API code and message (and
 * field errors for 1001). Rules and handlers both throw it; `api()` and `control()` in
 * handlers/http.ts turn it into the API's error envelope, anything else is a 500. Import and
 * bulk catch it per row instead, to report each record's reason.
 */
import type { z } from 'zod/mini';
import { coerceScalars, ErrorCode, type FieldError } from '../../src/api/schemas';

export class RuleFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
    this.name = 'RuleFailure';
  }
}

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/** Every refusal the mock words, so every endpoint words errors alike. */
export const refuse = {
  invalid: (errors: FieldError[], message = 'Please check the highlighted fields.') => new RuleFailure(400, ErrorCode.invalid, message, errors),
  field: (field: string, message: string) => new RuleFailure(400, ErrorCode.invalid, message, [{ field, message }]),
  notFound: (entity: string) => new RuleFailure(404, ErrorCode.notFound, `${entity} does not exist.`),
  /** With `field` when one field is what the user may not set (an owner): forms and imports point at it. */
  forbidden: (field?: string) => {
    const message = 'You are not authorized to perform this operation.';
    return new RuleFailure(403, ErrorCode.forbidden, message, field ? [{ field, message }] : undefined);
  },
  rule: (code: number, message: string, field?: string) =>
    new RuleFailure(code === ErrorCode.staleUpdate ? 409 : 400, code, message, field ? [{ field, message }] : undefined),
  /** 413/1040: the body is larger than this endpoint takes. */
  tooLarge: (maxBytes: number) =>
    new RuleFailure(413, ErrorCode.tooLarge, `The request body is larger than ${megabytes(maxBytes)}, the most this endpoint takes.`),
  badJson: () => new RuleFailure(400, ErrorCode.badJson, 'The request body is not well-formed JSON.'),
  internal: (message: string) => new RuleFailure(500, ErrorCode.internal, message),
  /** 401/1041: the X-Mock-User header names no user of the mock. */
  unknownUser: (id: string) =>
    new RuleFailure(401, ErrorCode.unknownUser, `The X-Mock-User header names no user ("${id.slice(0, 40)}"); send the user_id of one of GET /api/v3/users.`),
};

/** zod issues → field errors; a missing required value reads "is required", not "expected string". */
export function fieldErrors(error: z.core.$ZodError, prefix = ''): FieldError[] {
  return error.issues.map((i) => {
    const path = i.path.map(String).join('.');
    const field = [prefix, path].filter(Boolean).join('.') || 'body';
    const missing = i.code === 'invalid_type' && i.message.endsWith('received undefined');
    return { field, message: missing ? `${path || 'Value'} is required.` : i.message };
  });
}

/**
 * Parse what a client sent: Zoho's string scalars (`"true"`, `"30"`) first become the booleans
 * and numbers the schema expects there (src/api/schemas/coerce.ts), then the schema decides.
 * Every request body and query is parsed through this (or `parseOrRefuse`).
 */
export function safeParseInput<S extends z.ZodMiniType>(schema: S, input: unknown) {
  return schema.safeParse(coerceScalars(schema, input));
}

/** Parse with a schema (see `safeParseInput`) or throw a 1001 naming every bad field. */
export function parseOrRefuse<S extends z.ZodMiniType>(schema: S, input: unknown, prefix = ''): z.output<S> {
  const result = safeParseInput(schema, input);
  if (result.success) return result.data;
  throw refuse.invalid(fieldErrors(result.error, prefix));
}

/** The keys a client actually sent: updates change only those (zod fills defaults for the rest). */
export function sentKeys(raw: unknown): Set<string> {
  return new Set(raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.keys(raw) : []);
}
