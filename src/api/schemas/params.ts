/**
 * Path and query parameters of the endpoints whose handlers read them one by one (the list
 * and duplicates queries have their own schemas in contact-ext.ts): names, types and allowed
 * values as the API takes them, for the endpoint catalogue and the OpenAPI document.
 */
import { z } from 'zod/mini';
import { LIST_FIELDS_MAX_LENGTH, MAX_STATEMENT_CONTACTS } from '../limits';
import { dateSchema, idSchema } from './common';
import { listQuerySchema } from './contact-ext';
import { templateDocuments, templateKinds } from './reference';
import { invoiceStatuses, statementFilters } from './transactions';

export const contactPathSchema = z.object({ contact_id: idSchema });
export const contactPersonPathSchema = z.object({ contact_person_id: idSchema });
export const outboxEmailPathSchema = z.object({ email_id: idSchema });
export const outboxAttachmentPathSchema = z.object({
  email_id: idSchema,
  index: z.string().check(z.regex(/^\d+$/), z.describe("The attachment's position in the email's `attachments`, from 0.")),
});

/** GET /contacts: the list query, plus *ext* `include=details` and `fields` (for exports). */
export const contactListQuerySchema = z.extend(listQuerySchema, {
  include: z.optional(
    z.enum(['details']).check(z.describe('*ext*: `details` answers full contacts (persons, addresses, custom fields) instead of summary rows.')),
  ),
  fields: z.optional(
    z
      .string()
      .check(
        z.maxLength(LIST_FIELDS_MAX_LENGTH),
        z.describe(
          '*ext*: comma-separated field names; each row carries only these and `contact_id` (fields of a list row, or of a contact with `include=details`). A name the row does not have is 1001.',
        ),
      ),
  ),
});

/** A statement period: this month and `all` when left out. */
export const statementPeriodQuerySchema = z.object({
  start_date: z.optional(dateSchema.check(z.describe('First day of the period (default: the first of this month).'))),
  end_date: z.optional(dateSchema.check(z.describe('Last day of the period, not before start_date (default: the end of this month).'))),
  filter: z._default(z.enum(statementFilters), 'all'),
});

/** GET /contacts/statements: up to MAX_STATEMENT_CONTACTS customers at once. */
export const statementsQuerySchema = z.extend(statementPeriodQuerySchema, {
  contact_ids: z
    .string()
    .check(z.regex(/^\d+(,\d+)*$/), z.describe(`Comma-separated customer ids, duplicates collapsed; at most ${MAX_STATEMENT_CONTACTS} (3006 beyond).`)),
});

export const invoiceListQuerySchema = z.object({
  customer_id: z.optional(idSchema),
  status: z.optional(z.enum(invoiceStatuses)),
});
export const paymentListQuerySchema = z.object({ customer_id: z.optional(idSchema) });
export const outboxListQuerySchema = z.object({ contact_id: z.optional(idSchema) });
export const templateListQuerySchema = z.object({
  kind: z.optional(z.enum(templateKinds)),
  document: z.optional(z.enum(templateDocuments)),
});
export const customFieldListQuerySchema = z.object({ entity: z._default(z.enum(['contact']), 'contact') });

/** PUT /contacts/{id}: the version the client edited (an `ETag` of GET /contacts/{id}). */
export const ifMatchHeaderSchema = z.object({
  'If-Match': z.optional(z.string().check(z.describe('The `ETag` the client read; 409/3010 when the customer has changed since (`*` matches any).'))),
});
