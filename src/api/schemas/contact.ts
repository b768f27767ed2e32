import { z } from 'zod';
import { dateSchema, idSchema } from './common';

export const customerSubTypes = ['business', 'individual'] as const;
export const contactStatuses = ['active', 'inactive'] as const;

export const addressSchema = z.object({
  attention: z.string().max(200).default(''),
  address: z.string().max(500).default(''),
  street2: z.string().max(500).default(''),
  city: z.string().max(100).default(''),
  state: z.string().max(100).default(''),
  zip: z.string().max(50).default(''),
  country: z.string().max(100).default(''),
  phone: z.string().max(50).default(''),
  fax: z.string().max(50).default(''),
});
export type Address = z.infer<typeof addressSchema>;

const emailOrEmpty = z.union([z.literal(''), z.email('Enter a valid email address.')]);

export const contactPersonSchema = z.object({
  contact_person_id: idSchema,
  salutation: z.string().max(25).default(''),
  first_name: z.string().max(100).default(''),
  last_name: z.string().max(100).default(''),
  email: emailOrEmpty.default(''),
  phone: z.string().max(50).default(''),
  mobile: z.string().max(50).default(''),
  designation: z.string().max(100).default(''),
  department: z.string().max(100).default(''),
  is_primary_contact: z.boolean().default(false),
});
export type ContactPerson = z.infer<typeof contactPersonSchema>;

/** Input for a contact person: the id is present only for an existing one. */
export const contactPersonInputSchema = contactPersonSchema.extend({
  contact_person_id: idSchema.optional(),
});
export type ContactPersonInput = z.input<typeof contactPersonInputSchema>;

export const customFieldValueSchema = z.object({
  customfield_id: idSchema,
  label: z.string().optional(),
  value: z.union([z.string(), z.number(), z.null()]),
});
export type CustomFieldValue = z.infer<typeof customFieldValueSchema>;

export const defaultTemplatesSchema = z.object({
  invoice_template_id: z.string().default(''),
  invoice_email_template_id: z.string().default(''),
  statement_template_id: z.string().default(''),
  statement_email_template_id: z.string().default(''),
  payment_thankyou_template_id: z.string().default(''),
  payment_thankyou_email_template_id: z.string().default(''),
});
export type DefaultTemplates = z.infer<typeof defaultTemplatesSchema>;

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
  payment_terms: z.number().int(),
  payment_terms_label: z.string(),
  pricebook_id: z.string(),
  owner_id: z.string(),
  owner_name: z.string().optional(),
  status: z.enum(contactStatuses),
  is_portal_enabled: z.boolean(),
  payment_reminder_enabled: z.boolean(),
  notes: z.string(),
  billing_address: addressSchema,
  shipping_address: addressSchema,
  contact_persons: z.array(contactPersonSchema),
  custom_fields: z.array(customFieldValueSchema),
  default_templates: defaultTemplatesSchema,
  has_transaction: z.boolean(),
  outstanding_receivable_amount: z.number(),
  unused_credits_receivable_amount: z.number(),
  overdue_amount: z.number().optional(),
  merged_into_contact_id: z.string(),
  merged_into_contact_name: z.string().optional(),
  created_time: z.string(),
  last_modified_time: z.string(),
});
export type Contact = z.infer<typeof contactSchema>;

/** A row of GET /contacts. */
export const contactSummarySchema = contactSchema.pick({
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
}).extend({
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  owner_name: z.string().optional(),
  is_overdue: z.boolean().optional(),
});
export type ContactSummary = z.infer<typeof contactSummarySchema>;

/**
 * Input of POST /contacts and PUT /contacts/{id}: the rules the API enforces on fields alone.
 * The form validates with this same schema; rules that need data (uniqueness, transactions)
 * are the API's.
 */
export const contactInputSchema = z
  .object({
    contact_name: z
      .string()
      .trim()
      .min(1, 'Display name is required.')
      .max(200, 'Display name can be at most 200 characters.'),
    company_name: z.string().trim().max(200).default(''),
    customer_sub_type: z.enum(customerSubTypes).default('business'),
    salutation: z.string().max(25).optional(),
    first_name: z.string().max(100).optional(),
    last_name: z.string().max(100).optional(),
    email: emailOrEmpty.default(''),
    phone: z.string().max(50).default(''),
    mobile: z.string().max(50).default(''),
    website: z.string().max(200).default(''),
    language_code: z.string().max(10).default('en'),
    currency_id: idSchema.optional(),
    payment_terms: z.number().int().min(0).max(999).optional(),
    payment_terms_label: z.string().optional(),
    pricebook_id: z.string().default(''),
    owner_id: z.string().nullable().optional(),
    is_portal_enabled: z.boolean().default(false),
    payment_reminder_enabled: z.boolean().optional(),
    notes: z.string().max(5000).default(''),
    billing_address: addressSchema.partial().optional(),
    shipping_address: addressSchema.partial().optional(),
    contact_persons: z.array(contactPersonInputSchema).default([]),
    custom_fields: z.array(customFieldValueSchema).default([]),
    default_templates: defaultTemplatesSchema.partial().optional(),
    last_modified_time: z.string().optional(),
  })
  .superRefine((c, ctx) => {
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
  });
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
  'outstanding_receivable_amount',
  'unused_credits_receivable_amount',
  'created_time',
  'last_modified_time',
] as const;
export type SortColumn = (typeof sortColumns)[number];

export interface ContactListParams {
  page?: number;
  per_page?: number;
  filter_by?: ListFilter;
  search_text?: string;
  sort_column?: SortColumn;
  sort_order?: 'A' | 'D';
}

export const commentSchema = z.object({
  comment_id: idSchema,
  contact_id: idSchema,
  description: z.string(),
  operation_type: z.string(),
  commented_by: z.string(),
  date: dateSchema,
  time: z.string(),
});
export type Comment = z.infer<typeof commentSchema>;
