/**
 * The mock's data file format, `customers-mock/1` (api.md "Mock control, second wave"): the
 * whole data set as `GET /__mock/snapshot` answers it and `POST /__mock/reset {scenario:
 * "snapshot", data}` and the files under mocks/scenarios/files/ load it.
 *
 * It is the store's own records, not the API's views: money is in integer minor units
 * (`*_minor`, cents for USD, yen for JPY), and nothing derived (balances per customer, names of
 * owners or templates, statuses of invoices) is stored; the mock derives those as it answers.
 * Every object is strict: a key the format does not know is refused (1001 naming it), so a typo
 * never loads silently. Nothing is defaulted or rewritten either: what loads is exactly what the
 * file says, so a snapshot taken after loading one is byte for byte the same.
 *
 * Beyond the shapes below the mock checks (1001, naming the record): ids unique per table (and
 * contact persons' across customers), a customer's owner (or ''), currency and merged-into
 * customer exist, invoices and payments belong to existing customers, a payment applies to
 * existing invoices, the settings' base currency exists, user "1" (the default acting user)
 * exists, an import mapping belongs to an existing user (one per user), and every counter is
 * at least the highest id of its table.
 */
import { z } from 'zod/mini';
import { dateSchema, idSchema } from './common';
import { MAX_HISTORY_CHANGES } from '../limits';
import { contactStatuses, customerSubTypes, historyChangeSchema } from './contact';
import { currencySchema, customFieldSchema, preferencesSchema, pricebookSchema, reminderRuleSchema, templateSchema, userSchema } from './reference';
import { lineItemSchema } from './transactions';
import { customViewSchema } from './customview';
import { importDuplicateActions, importMappingColumnSchema, importMappingSchema, importMatchBySchema } from './import-mapping';

export const SNAPSHOT_FORMAT = 'customers-mock/1';

/** Integer minor units of money (cents, yen); never fractions. */
const minor = () => z.number().check(z.int());
/** An ISO-8601 timestamp with offset, as the mock stamps records (`2026-06-15T09:00:00.000+00:00`). */
const timestamp = () => z.string();

/** A postal address (billing, shipping or additional): every line present, '' when empty. */
const storedAddressShape = {
  attention: z.string(),
  address: z.string(),
  street2: z.string(),
  city: z.string(),
  state: z.string(),
  zip: z.string(),
  country: z.string(),
  phone: z.string(),
  fax: z.string(),
};
export const storedAddressSchema = z.strictObject(storedAddressShape);

/** A contact person of a customer; `contact_person_id` is unique across all customers. */
export const storedPersonSchema = z.strictObject({
  contact_person_id: idSchema,
  salutation: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  email: z.string(),
  phone: z.string(),
  mobile: z.string(),
  designation: z.string(),
  department: z.string(),
  /** At most one per customer is the primary contact. */
  is_primary_contact: z.boolean(),
});

/** A customer's value of one custom field (`customfield_id` names the field in `custom_fields`). */
export const storedCustomValueSchema = z.strictObject({
  customfield_id: idSchema,
  index: z.optional(z.number().check(z.int())),
  api_name: z.optional(z.string()),
  label: z.optional(z.string()),
  value: z.union([z.string(), z.number(), z.null()]),
});

/** The customer's default templates by slot: a template id, or '' for the organisation's default. */
export const storedDefaultTemplatesSchema = z.strictObject({
  invoice_template_id: z.string(),
  invoice_email_template_id: z.string(),
  statement_template_id: z.string(),
  statement_email_template_id: z.string(),
  payment_thankyou_template_id: z.string(),
  payment_thankyou_email_template_id: z.string(),
});

/** A customer (the `contacts` table). */
export const storedContactSchema = z.strictObject({
  contact_id: idSchema,
  /** The display name, unique unless the settings allow duplicates. */
  contact_name: z.string().check(z.minLength(1)),
  company_name: z.string(),
  customer_sub_type: z.enum(customerSubTypes),
  email: z.string(),
  phone: z.string(),
  mobile: z.string(),
  website: z.string(),
  language_code: z.string(),
  /** A `currencies` id. */
  currency_id: idSchema,
  payment_terms: z.number().check(z.int()),
  payment_terms_label: z.string(),
  /** A `pricebooks` id, or ''. */
  pricebook_id: z.string(),
  /** A `users` id, or '' for nobody. */
  owner_id: z.string(),
  status: z.enum(contactStatuses),
  is_portal_enabled: z.boolean(),
  payment_reminder_enabled: z.boolean(),
  notes: z.string(),
  billing_address: storedAddressSchema,
  shipping_address: storedAddressSchema,
  contact_persons: z.array(storedPersonSchema),
  custom_fields: z.array(storedCustomValueSchema),
  default_templates: storedDefaultTemplatesSchema,
  /** Zoho's additional addresses beside billing and shipping (may be absent). */
  addresses: z.optional(z.array(z.strictObject({ ...storedAddressShape, address_id: idSchema }))),
  /** The customer this one was merged into, or ''. */
  merged_into_contact_id: z.string(),
  unused_credits_minor: minor(),
  created_time: timestamp(),
  last_modified_time: timestamp(),
});

/** An invoice (the `invoices` table); its status is derived from the balance and due date. */
export const storedInvoiceSchema = z.strictObject({
  invoice_id: idSchema,
  invoice_number: z.string(),
  /** A `contacts` id. */
  customer_id: idSchema,
  date: dateSchema,
  due_date: dateSchema,
  currency_code: z.string(),
  line_items: z.array(z.strictObject(lineItemSchema.shape)),
  total_minor: minor(),
  /** What is still owed (0 when paid). */
  balance_minor: minor(),
  created_time: timestamp(),
});

/** A payment (the `payments` table) and the invoices it was applied to. */
export const storedPaymentSchema = z.strictObject({
  payment_id: idSchema,
  payment_number: z.string(),
  /** A `contacts` id. */
  customer_id: idSchema,
  date: dateSchema,
  amount_minor: minor(),
  currency_code: z.string(),
  invoices: z.array(z.strictObject({ invoice_id: idSchema, amount_applied_minor: minor() })),
  created_time: timestamp(),
});

/** A history entry or comment on a customer (the `comments` table). */
export const storedCommentSchema = z.strictObject({
  comment_id: idSchema,
  /** A `contacts` id. */
  contact_id: idSchema,
  description: z.string(),
  /** `created`, `updated`, `comment`, `email`, ... */
  operation_type: z.string(),
  /** The author's name as it was then. */
  commented_by: z.string(),
  date: dateSchema,
  time: timestamp(),
  commented_by_id: z.optional(z.string()),
  transaction_id: z.optional(z.string()),
  transaction_type: z.optional(z.string()),
  /** What the write changed, field by field. */
  changes: z.optional(z.array(z.strictObject(historyChangeSchema.shape)).check(z.maxLength(MAX_HISTORY_CHANGES))),
});

/** A sent email or statement (the outbox, the `emails` table), attachments base64-encoded. */
export const storedEmailSchema = z.strictObject({
  email_id: idSchema,
  contact_id: idSchema,
  kind: z.enum(['email', 'statement']),
  to_mail_ids: z.array(z.string()),
  cc_mail_ids: z.array(z.string()),
  subject: z.string(),
  body: z.string(),
  attachments: z.array(
    z.strictObject({
      file_name: z.string(),
      content_type: z.string(),
      size: z.number().check(z.int(), z.minimum(0)),
      content_base64: z.string(),
    }),
  ),
  sent_by: z.string(),
  sent_time: timestamp(),
});

/** One payment term (`id` is the number of days as a string). */
export const storedPaymentTermSchema = z.strictObject({ id: z.string(), payment_terms: z.number().check(z.int()), payment_terms_label: z.string() });

/** The organisation's settings: exactly one record, `id: "settings"`. */
export const storedSettingsSchema = z.strictObject({
  id: z.literal('settings'),
  preferences: z.strictObject(preferencesSchema.shape),
  reminders: z.array(z.strictObject(reminderRuleSchema.shape)),
});

/**
 * The document. Tables are arrays in the store's order (what a list sorted by nothing shows);
 * `counters` continue the numbering of new records (`contact`, `contact_person`, `address`,
 * `invoice`, `invoice_number`, `payment`, `payment_number`, `comment`, `email`, `template`):
 * the next customer gets `counters.contact + 1`.
 */
export const snapshotSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  /** A line on what the data is (file scenarios show it in the designer panel). */
  description: z.optional(z.string()),
  counters: z.record(z.string(), z.number().check(z.int(), z.minimum(0))),
  users: z.array(z.strictObject(userSchema.shape)),
  currencies: z.array(z.strictObject(currencySchema.shape)),
  payment_terms: z.array(storedPaymentTermSchema),
  pricebooks: z.array(z.strictObject(pricebookSchema.shape)),
  custom_fields: z.array(z.strictObject({ ...customFieldSchema.shape, options: z.array(z.string()) })),
  templates: z.array(z.strictObject(templateSchema.shape)),
  settings: z.array(storedSettingsSchema),
  contacts: z.array(storedContactSchema),
  invoices: z.array(storedInvoiceSchema),
  payments: z.array(storedPaymentSchema),
  comments: z.array(storedCommentSchema),
  emails: z.array(storedEmailSchema),
  /** Saved views of the customer list; documents written before views may leave it out (none). */
  custom_views: z.optional(z.array(z.strictObject(customViewSchema.shape))),
  /** Each user's saved import selections; documents written before them may leave it out (none). */
  import_mappings: z.optional(
    z.array(
      z.strictObject({
        ...importMappingSchema.shape,
        columns: z.array(z.strictObject(importMappingColumnSchema.shape)),
        match_by: importMatchBySchema,
        on_duplicate: z.enum(importDuplicateActions),
      }),
    ),
  ),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

/** A data file under mocks/scenarios/files/, as the designer panel lists it. */
export const scenarioFileSchema = z.object({
  name: z.string(),
  description: z.string(),
});
export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
export const mockScenarioFilesResponse = z.object({ files: z.array(scenarioFileSchema) });
