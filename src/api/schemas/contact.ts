import { z } from 'zod/mini';
import { MAX_COMMENT_LENGTH, MAX_CONTACT_PERSONS, MAX_DISPLAY_NAME_LENGTH, MAX_HISTORY_CHANGES, MAX_HISTORY_VALUE_LENGTH } from '../limits';
import { dateSchema, idSchema } from './common';
import { nameText, safeText } from './text';

export const customerSubTypes = ['business', 'individual'] as const;
export const contactStatuses = ['active', 'inactive'] as const;

/** Field lengths of an address, shared by what the API answers and what it takes. */
const ADDRESS_MAX = { attention: 200, address: 500, street2: 500, city: 100, state: 100, zip: 50, country: 100, phone: 50, fax: 50 } as const;
const upTo = (max: number) => z._default(z.string().check(z.maxLength(max)), '');

export const addressSchema = z.object({
  attention: upTo(ADDRESS_MAX.attention),
  address: upTo(ADDRESS_MAX.address),
  street2: upTo(ADDRESS_MAX.street2),
  city: upTo(ADDRESS_MAX.city),
  state: upTo(ADDRESS_MAX.state),
  zip: upTo(ADDRESS_MAX.zip),
  country: upTo(ADDRESS_MAX.country),
  phone: upTo(ADDRESS_MAX.phone),
  fax: upTo(ADDRESS_MAX.fax),
});
export type Address = z.infer<typeof addressSchema>;

/** One of a customer's additional addresses (Zoho's `GET /contacts/{id}/address`). */
export const additionalAddressSchema = z.extend(addressSchema, { address_id: idSchema });
export type AdditionalAddress = z.infer<typeof additionalAddressSchema>;

/** An address as the API takes it: street lines may span lines; the rest are one-line names. */
export const addressInputSchema = z.object({
  attention: z._default(nameText({ label: 'Attention', max: ADDRESS_MAX.attention }), ''),
  address: z._default(safeText({ label: 'Street 1', max: ADDRESS_MAX.address, multiline: true }), ''),
  street2: z._default(safeText({ label: 'Street 2', max: ADDRESS_MAX.street2, multiline: true }), ''),
  city: z._default(nameText({ label: 'City', max: ADDRESS_MAX.city }), ''),
  state: z._default(nameText({ label: 'State', max: ADDRESS_MAX.state }), ''),
  zip: z._default(safeText({ label: 'ZIP code', max: ADDRESS_MAX.zip }), ''),
  country: z._default(nameText({ label: 'Country', max: ADDRESS_MAX.country }), ''),
  phone: z._default(safeText({ label: 'Phone', max: ADDRESS_MAX.phone }), ''),
  fax: z._default(safeText({ label: 'Fax', max: ADDRESS_MAX.fax }), ''),
});

const emailOrEmpty = z.union([z.literal(''), z.email('Enter a valid email address.')]);

/** Field lengths of a contact person, shared by what the API answers and what it takes. */
const PERSON_MAX = { salutation: 25, first_name: 100, last_name: 100, phone: 50, mobile: 50, designation: 100, department: 100 } as const;

export const contactPersonSchema = z.object({
  contact_person_id: idSchema,
  salutation: upTo(PERSON_MAX.salutation),
  first_name: upTo(PERSON_MAX.first_name),
  last_name: upTo(PERSON_MAX.last_name),
  email: z._default(emailOrEmpty, ''),
  phone: upTo(PERSON_MAX.phone),
  mobile: upTo(PERSON_MAX.mobile),
  designation: upTo(PERSON_MAX.designation),
  department: upTo(PERSON_MAX.department),
  is_primary_contact: z._default(z.boolean(), false),
});
export type ContactPerson = z.infer<typeof contactPersonSchema>;

/** The refusal of a 51st contact person (api.md "Limits"), wherever persons are added. */
export const TOO_MANY_PERSONS = `A customer can have at most ${MAX_CONTACT_PERSONS} contact persons.`;

/** Input for a contact person: the id is present only for an existing one; texts as the contract says. */
export const contactPersonInputSchema = z.extend(contactPersonSchema, {
  contact_person_id: z.optional(idSchema),
  salutation: z._default(nameText({ label: 'Salutation', max: PERSON_MAX.salutation }), ''),
  first_name: z._default(nameText({ label: 'First name', max: PERSON_MAX.first_name }), ''),
  last_name: z._default(nameText({ label: 'Last name', max: PERSON_MAX.last_name }), ''),
  phone: z._default(safeText({ label: 'Phone', max: PERSON_MAX.phone }), ''),
  mobile: z._default(safeText({ label: 'Mobile', max: PERSON_MAX.mobile }), ''),
  designation: z._default(nameText({ label: 'Designation', max: PERSON_MAX.designation }), ''),
  department: z._default(nameText({ label: 'Department', max: PERSON_MAX.department }), ''),
});
export type ContactPersonInput = z.input<typeof contactPersonInputSchema>;

export const customFieldValueSchema = z.object({
  customfield_id: idSchema,
  /** Zoho's: the field's 1-based position among the organisation's custom fields (answers only). */
  index: z.optional(z.number().check(z.int())),
  /** Zoho's `cf_<name>` of the field (answers only). */
  api_name: z.optional(z.string()),
  label: z.optional(z.string()),
  value: z.union([z.string(), z.number(), z.null()]),
});
export type CustomFieldValue = z.infer<typeof customFieldValueSchema>;

export const defaultTemplatesSchema = z.object({
  invoice_template_id: z._default(z.string(), ''),
  invoice_email_template_id: z._default(z.string(), ''),
  statement_template_id: z._default(z.string(), ''),
  statement_email_template_id: z._default(z.string(), ''),
  payment_thankyou_template_id: z._default(z.string(), ''),
  payment_thankyou_email_template_id: z._default(z.string(), ''),
});
export type DefaultTemplates = z.infer<typeof defaultTemplatesSchema>;

/**
 * Default templates as answers carry them (Zoho's shape): each id with its template's name, and
 * Zoho's estimate and credit note slots, which this module has no documents for (always empty).
 */
export const defaultTemplatesViewSchema = z.extend(defaultTemplatesSchema, {
  invoice_template_name: z.optional(z.string()),
  invoice_email_template_name: z.optional(z.string()),
  statement_template_name: z.optional(z.string()),
  statement_email_template_name: z.optional(z.string()),
  payment_thankyou_template_name: z.optional(z.string()),
  payment_thankyou_email_template_name: z.optional(z.string()),
  estimate_template_id: z.optional(z.string()),
  estimate_template_name: z.optional(z.string()),
  estimate_email_template_id: z.optional(z.string()),
  estimate_email_template_name: z.optional(z.string()),
  creditnote_template_id: z.optional(z.string()),
  creditnote_template_name: z.optional(z.string()),
  creditnote_email_template_id: z.optional(z.string()),
  creditnote_email_template_name: z.optional(z.string()),
});
export type DefaultTemplatesView = z.infer<typeof defaultTemplatesViewSchema>;

/**
 * Fields Zoho's contacts carry beside ours, in list rows and the detail alike. Optional to the
 * reader, so a backend (or a stored answer) without them still parses.
 */
const zohoContactFields = {
  contact_type: z.optional(z.string()),
  contact_salutation: z.optional(z.string()),
  /** The primary contact person's. */
  first_name: z.optional(z.string()),
  last_name: z.optional(z.string()),
  primary_contact_id: z.optional(z.string()),
  currency_symbol: z.optional(z.string()),
  price_precision: z.optional(z.number().check(z.int())),
  outstanding_receivable_amount_bcy: z.optional(z.number()),
  unused_credits_receivable_amount_bcy: z.optional(z.number()),
  outstanding_payable_amount: z.optional(z.number()),
  unused_credits_payable_amount: z.optional(z.number()),
  is_crm_customer: z.optional(z.boolean()),
};

/** A full contact, as GET /contacts/{id} returns it. */
export const contactSchema = z.object({
  contact_id: idSchema,
  contact_name: z.string(),
  company_name: z.string(),
  customer_sub_type: z.enum(customerSubTypes),
  email: z.string(),
  phone: z.string(),
  mobile: z.string(),
  website: z.string(),
  language_code: z.string(),
  currency_id: idSchema,
  currency_code: z.string(),
  payment_terms: z.number().check(z.int()),
  payment_terms_label: z.string(),
  pricebook_id: z.string(),
  owner_id: z.string(),
  owner_name: z.optional(z.string()),
  status: z.enum(contactStatuses),
  is_portal_enabled: z.boolean(),
  payment_reminder_enabled: z.boolean(),
  notes: z.string(),
  billing_address: addressSchema,
  shipping_address: addressSchema,
  contact_persons: z.array(contactPersonSchema),
  custom_fields: z.array(customFieldValueSchema),
  default_templates: defaultTemplatesViewSchema,
  has_transaction: z.boolean(),
  outstanding_receivable_amount: z.number(),
  unused_credits_receivable_amount: z.number(),
  overdue_amount: z.optional(z.number()),
  merged_into_contact_id: z.string(),
  merged_into_contact_name: z.optional(z.string()),
  created_time: z.string(),
  last_modified_time: z.string(),
  ...zohoContactFields,
});
export type Contact = z.infer<typeof contactSchema>;

/** A row of GET /contacts. */
export const contactSummarySchema = z.extend(
  z.pick(contactSchema, {
    contact_id: true,
    contact_name: true,
    company_name: true,
    customer_sub_type: true,
    email: true,
    phone: true,
    mobile: true,
    currency_id: true,
    currency_code: true,
    payment_terms: true,
    payment_terms_label: true,
    owner_id: true,
    status: true,
    is_portal_enabled: true,
    payment_reminder_enabled: true,
    has_transaction: true,
    outstanding_receivable_amount: true,
    unused_credits_receivable_amount: true,
    merged_into_contact_id: true,
    created_time: true,
    last_modified_time: true,
  }),
  {
    ...zohoContactFields,
    owner_name: z.optional(z.string()),
    is_overdue: z.optional(z.boolean()),
    custom_fields: z.optional(z.array(customFieldValueSchema)),
    default_templates: z.optional(defaultTemplatesViewSchema),
  },
);
export type ContactSummary = z.infer<typeof contactSummarySchema>;

/** The display name as every write takes it (create, update, clone, import). */
export const displayNameSchema = nameText({
  label: 'Display name',
  max: MAX_DISPLAY_NAME_LENGTH,
  required: 'Display name is required.',
  tooLong: `Display name can be at most ${MAX_DISPLAY_NAME_LENGTH} characters.`,
});

/**
 * Input of POST /contacts and PUT /contacts/{id}: the rules the API enforces on fields alone.
 * The form validates with this same schema; rules that need data (uniqueness, transactions)
 * are the API's.
 */
export const contactInputSchema = z
  .object({
    contact_name: displayNameSchema,
    company_name: z._default(nameText({ label: 'Company name', max: 200 }), ''),
    customer_sub_type: z._default(z.enum(customerSubTypes), 'business'),
    salutation: z.optional(nameText({ label: 'Salutation', max: 25 })),
    first_name: z.optional(nameText({ label: 'First name', max: 100 })),
    last_name: z.optional(nameText({ label: 'Last name', max: 100 })),
    email: z._default(emailOrEmpty, ''),
    phone: z._default(safeText({ label: 'Work phone', max: 50 }), ''),
    mobile: z._default(safeText({ label: 'Mobile', max: 50 }), ''),
    website: z._default(safeText({ label: 'Website', max: 200 }), ''),
    language_code: z._default(safeText({ label: 'Language', max: 10 }), 'en'),
    currency_id: z.optional(idSchema),
    payment_terms: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(999))),
    payment_terms_label: z.optional(nameText({ label: 'Payment terms label', max: 100 })),
    pricebook_id: z._default(z.string(), ''),
    owner_id: z.optional(z.nullable(z.string())),
    is_portal_enabled: z._default(z.boolean(), false),
    payment_reminder_enabled: z.optional(z.boolean()),
    notes: z._default(safeText({ label: 'Remarks', max: 5000, multiline: true, trim: false }), ''),
    billing_address: z.optional(z.partial(addressInputSchema)),
    shipping_address: z.optional(z.partial(addressInputSchema)),
    contact_persons: z._default(z.array(contactPersonInputSchema).check(z.maxLength(MAX_CONTACT_PERSONS, TOO_MANY_PERSONS)), []),
    custom_fields: z._default(z.array(customFieldValueSchema), []),
    default_templates: z.optional(z.partial(defaultTemplatesSchema)),
    last_modified_time: z.optional(z.string()),
  })
  .check(
    z.superRefine((c, ctx) => {
      if (c.is_portal_enabled && !c.email && !c.contact_persons.some((p) => p.email)) {
        ctx.addIssue({
          code: 'custom',
          path: ['is_portal_enabled'],
          message: 'Portal access needs an email address.',
        });
      }
      const primaries = c.contact_persons.filter((p) => p.is_primary_contact).length;
      if (c.contact_persons.length > 0 && primaries !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['contact_persons'],
          message: 'Exactly one contact person must be the primary contact.',
        });
      }
    }),
  );
export type ContactInput = z.input<typeof contactInputSchema>;
export type ContactInputParsed = z.output<typeof contactInputSchema>;

export const listViews = [
  'Status.All',
  'Status.Active',
  'Status.Inactive',
  'Status.Duplicate',
  'Status.PortalEnabled',
  'Status.PortalDisabled',
  'Invoice.OverDue',
  'Invoice.Unpaid',
] as const;
export type ListFilter = (typeof listViews)[number];

export const sortColumns = [
  'contact_name',
  'company_name',
  'email',
  'phone',
  /** The primary contact person's (Zoho's sort_column). */
  'first_name',
  'last_name',
  'outstanding_receivable_amount',
  'unused_credits_receivable_amount',
  'created_time',
  'last_modified_time',
  /** *ext*: the other list columns a custom view or the Columns menu may show. */
  'mobile',
  'customer_sub_type',
  'currency_code',
  'payment_terms',
  /** By the owner's name. */
  'owner_id',
  'status',
  'is_portal_enabled',
] as const;
/** A custom field sorts by its `cf_<api_name>` (*ext*). */
export type CustomFieldColumn = `cf_${string}`;
export type SortColumn = (typeof sortColumns)[number] | CustomFieldColumn;
export const customFieldColumnPattern = /^cf_[A-Za-z0-9_]{1,100}$/;
/** A view's sort column: a fixed one, or a custom field's `cf_<api_name>` (whether it exists is the API's check). */
export const sortColumnSchema = z.union([
  z.enum(sortColumns),
  z.pipe(
    z.string().check(z.regex(customFieldColumnPattern, 'Sort by a list column or a custom field (cf_<api_name>).')),
    z.transform((s: string) => s as CustomFieldColumn),
  ),
]);
export const isCustomFieldColumn = (column: string): column is CustomFieldColumn => customFieldColumnPattern.test(column);

export interface ContactListParams {
  page?: number;
  per_page?: number;
  filter_by?: ListFilter;
  search_text?: string;
  sort_column?: SortColumn;
  sort_order?: 'A' | 'D';
}

/**
 * *ext*: one field a write changed, as a history entry lists it (api.md "Audit trail"): the
 * field's key (`payment_terms`, `billing_address.city`, `contact_persons.<id>.email`,
 * `cf_<api_name>`), its label as the form shows it, and the values before and after as the
 * form shows them ('' when empty; choices by their label, e.g. "Net 30").
 */
export const historyChangeSchema = z.object({
  field: z.string().check(z.maxLength(200)),
  label: z.string().check(z.maxLength(300)),
  old_value: z.string().check(z.maxLength(MAX_HISTORY_VALUE_LENGTH)),
  new_value: z.string().check(z.maxLength(MAX_HISTORY_VALUE_LENGTH)),
});
export type HistoryChange = z.infer<typeof historyChangeSchema>;
export const historyChangesSchema = z.array(historyChangeSchema).check(z.maxLength(MAX_HISTORY_CHANGES));

/** *ext*: which entries GET /contacts/{id}/comments answers (`show=`). */
export const historyFilters = ['all', 'changes', 'comments', 'emails'] as const;
export type HistoryFilter = (typeof historyFilters)[number];

export const commentSchema = z.object({
  comment_id: idSchema,
  contact_id: idSchema,
  description: z.string(),
  operation_type: z.string(),
  commented_by: z.string(),
  date: dateSchema,
  time: z.string(),
  contact_name: z.optional(z.string()),
  commented_by_id: z.optional(z.string()),
  /** Zoho's "2 days ago", relative to the server's today. */
  date_description: z.optional(z.string()),
  transaction_id: z.optional(z.string()),
  transaction_type: z.optional(z.string()),
  is_entity_deleted: z.optional(z.boolean()),
  /** *ext*: what the write changed, field by field (empty for comments, emails and transactions). */
  changes: z.optional(historyChangesSchema),
});
export type Comment = z.infer<typeof commentSchema>;

/** Body of POST /contacts/{id}/comments. */
export const commentInputSchema = z.object({
  description: safeText({
    label: 'Comment',
    max: MAX_COMMENT_LENGTH,
    multiline: true,
    required: 'Comment is required.',
    tooLong: `A comment can be at most ${MAX_COMMENT_LENGTH} characters.`,
  }),
});
export type CommentInput = z.input<typeof commentInputSchema>;
