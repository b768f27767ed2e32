/**
 * What each endpoint answers beside `{code, message}` (api.md "Response keys"), built from the
 * resource schemas: the endpoint catalogue (src/api/endpoints) documents these and the API
 * tests check every answer against the document made from them.
 */
import { z } from 'zod/mini';
import { importResultSchema, importSummarySchema, bulkResultSchema } from './bulk';
import { errorEnvelopeSchema, idSchema, pageContextSchema } from './common';
import { additionalAddressSchema, commentSchema, contactPersonSchema, contactSchema, contactSummarySchema } from './contact';
import { duplicateGroupSchema } from './contact-ext';
import { duplicateCandidateSchema } from './duplicate-check';
import { importMappingSchema, importPlanRowSchema } from './import-mapping';
import { MAX_DUPLICATE_CANDIDATES } from '../limits';
import { outboxEmailSchema, statementMailContentSchema } from './mail';
import { mockStateSchema } from './mock-control';
import {
  currencySchema,
  customFieldSchema,
  paymentTermSchema,
  preferencesSchema,
  pricebookSchema,
  reminderSettingsSchema,
  templateSchema,
  upcomingReminderSchema,
  userSchema,
} from './reference';
import { invoiceSchema, paymentSchema, statementSchema } from './transactions';

/** The success envelope around a payload: `{code: 0, message, ...payload}`. */
export function successEnvelope<S extends z.ZodMiniObject>(payload: S) {
  return z.object({ code: z.literal(0), message: z.string(), ...payload.shape });
}

/** *ext* `fields`: a row with only the fields asked for, and `contact_id`. */
const sparseContactRowSchema = z.extend(z.partial(z.extend(contactSummarySchema, contactSchema.shape)), { contact_id: idSchema });

export const contactListResponse = z.object({
  /** Summary rows; full contacts with `include=details`; only some fields of either with `fields`. */
  contacts: z.array(z.union([contactSummarySchema, contactSchema, sparseContactRowSchema])),
  page_context: pageContextSchema,
});
export const contactResponse = z.object({ contact: contactSchema });
export const contactDeletedResponse = z.object({ contact_id: idSchema });
export const contactPersonsResponse = z.object({ contact_persons: z.array(contactPersonSchema), page_context: z.optional(pageContextSchema) });
/** One person written, with the customer's whole list after the write. */
export const contactPersonResponse = z.object({
  contact_person: z.nullable(contactPersonSchema),
  contact_persons: z.array(contactPersonSchema),
});
export const commentsResponse = z.object({ contact_comments: z.array(commentSchema), page_context: z.optional(pageContextSchema) });
export const commentResponse = z.object({ comment: commentSchema });
/** One person read by id: Zoho names its customer too. */
export const oneContactPersonResponse = z.object({ contact_person: z.extend(contactPersonSchema, { contact_id: idSchema }) });
export const addressesResponse = z.object({ addresses: z.array(additionalAddressSchema) });
export const addressResponse = z.object({ address_info: additionalAddressSchema });
export const remindersResponse = z.object({ reminders: z.array(upcomingReminderSchema) });
export const emailSentResponse = z.object({ email: outboxEmailSchema });
/** Sent: nothing beside the envelope. */
export const emptyResponse = z.object({});
export const statementResponse = z.object({ statement: statementSchema });
export const statementsResponse = z.object({ statements: z.array(statementSchema) });
export const statementMailResponse = z.object({ data: statementMailContentSchema });
export const bulkResponse = z.object({ results: z.array(bulkResultSchema) });
/** An import's outcome per row, or with `dry_run` its `plan` (nothing written). */
export const importResponse = z.object({
  results: z.optional(z.array(importResultSchema).check(z.describe('Each row’s outcome (not with `dry_run`).'))),
  plan: z.optional(z.array(importPlanRowSchema).check(z.describe('With `dry_run`: what each row would do, and why.'))),
  summary: importSummarySchema,
});
export const importMappingResponse = z.object({
  import_mapping: z.nullable(importMappingSchema).check(z.describe('The acting user’s saved selections; null when none are saved.')),
});
/**
 * 400 of an import: the error envelope; when rows were invalid (1001, nothing written) also the
 * invalid rows with their reasons and the summary.
 */
export const importRefusalSchema = z.extend(errorEnvelopeSchema, {
  results: z.optional(z.array(importResultSchema)),
  summary: z.optional(importSummarySchema),
});
/**
 * GET /contacts/duplicates: the groups and their page, or, when the check's parameters are
 * given, its `candidates` alone.
 */
export const duplicatesResponse = z.object({
  duplicate_groups: z.optional(z.array(duplicateGroupSchema).check(z.describe('The groups (without the check parameters).'))),
  page_context: z.optional(pageContextSchema),
  candidates: z.optional(
    z
      .array(duplicateCandidateSchema)
      .check(
        z.describe(
          `With \`contact_name\`, \`email\`, \`phone\` or \`exclude_id\`: up to ${MAX_DUPLICATE_CANDIDATES} customers matching them, strongest reason first.`,
        ),
      ),
  ),
});

export const usersResponse = z.object({ users: z.array(userSchema) });
export const userResponse = z.object({ user: userSchema });
export const currenciesResponse = z.object({ currencies: z.array(currencySchema) });
export const paymentTermsResponse = z.object({ payment_terms: z.array(paymentTermSchema) });
export const pricebooksResponse = z.object({ pricebooks: z.array(pricebookSchema) });
export const customFieldsResponse = z.object({ customfields: z.array(customFieldSchema) });
export const preferencesResponse = z.object({ preferences: preferencesSchema });
export const reminderSettingsResponse = z.object({ reminders: reminderSettingsSchema });
export const templatesResponse = z.object({ templates: z.array(templateSchema) });
export const templateResponse = z.object({ template: templateSchema });

export const invoicesResponse = z.object({ invoices: z.array(invoiceSchema) });
export const invoiceResponse = z.object({ invoice: invoiceSchema });
export const paymentsResponse = z.object({ customerpayments: z.array(paymentSchema) });
export const paymentResponse = z.object({ payment: paymentSchema });

export const outboxResponse = z.object({ emails: z.array(outboxEmailSchema) });
export const outboxEmailResponse = z.object({ email: outboxEmailSchema });

export const mockResetResponse = z.object({ state: mockStateSchema });
export const mockConfigResponse = z.object({ config: mockStateSchema });
