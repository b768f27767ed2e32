import { z } from 'zod/mini';
import { MAX_MAIL_BODY_LENGTH, MAX_SUBJECT_LENGTH, MAX_TEMPLATE_NAME_LENGTH } from '../limits';
import { dateSchema, idSchema } from './common';
import { nameText, safeText } from './text';

export const userRoles = ['admin', 'staff', 'staff_assigned'] as const;
export const userSchema = z.object({
  user_id: idSchema,
  name: z.string(),
  email: z.string(),
  role: z.enum(userRoles),
  status: z.enum(['active', 'inactive']),
});
export type User = z.infer<typeof userSchema>;
export type UserRole = User['role'];

export const currencySchema = z.object({
  currency_id: idSchema,
  currency_code: z.string(),
  currency_name: z.optional(z.string()),
  currency_symbol: z.string(),
  price_precision: z.number().check(z.int()),
});
export type Currency = z.infer<typeof currencySchema>;

export const paymentTermSchema = z.object({
  payment_terms: z.number().check(z.int()),
  payment_terms_label: z.string(),
});
export type PaymentTerm = z.infer<typeof paymentTermSchema>;

export const pricebookSchema = z.object({ pricebook_id: idSchema, name: z.string() });
export type Pricebook = z.infer<typeof pricebookSchema>;

export const customFieldDataTypes = ['text', 'number', 'date', 'dropdown'] as const;
export const customFieldSchema = z.object({
  customfield_id: idSchema,
  label: z.string(),
  data_type: z.enum(customFieldDataTypes),
  options: z._default(z.array(z.string()), []),
  /** Zoho's `cf_<name>`: how upserts (X-Unique-Identifier-Key), views and imports name the field. */
  api_name: z.optional(z.string()),
  /** A unique field's values differ between customers, so it can identify one (upsert). */
  is_unique: z.optional(z.boolean()),
});
export type CustomField = z.infer<typeof customFieldSchema>;

export const preferencesSchema = z.object({
  allow_duplicate_contact_names: z.boolean(),
  org_name: z.string(),
  org_address: z.string(),
  base_currency_id: idSchema,
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const reminderRuleSchema = z.object({
  days_after_due: z.number().check(z.int()),
  enabled: z.boolean(),
});
export type ReminderRule = z.infer<typeof reminderRuleSchema>;
export const reminderSettingsSchema = z.array(reminderRuleSchema);

export const upcomingReminderSchema = z.object({
  invoice_id: idSchema,
  invoice_number: z.string(),
  send_date: dateSchema,
  /** Machine-readable, e.g. `after_due_7_days`, `before_due_3_days`. */
  kind: z.string(),
  /** The schedule's offset from the due date (negative: before it), for wording `kind`. */
  days_after_due: z.number().check(z.int()),
});
export type UpcomingReminder = z.infer<typeof upcomingReminderSchema>;

export const templateKinds = ['pdf', 'email'] as const;
export const templateDocuments = ['invoice', 'statement', 'payment_thankyou'] as const;
export const pdfLayouts = ['standard', 'compact', 'japanese'] as const;
export const templateSchema = z.object({
  template_id: idSchema,
  template_name: z.string(),
  kind: z.enum(templateKinds),
  document: z.enum(templateDocuments),
  layout: z.optional(z.enum(pdfLayouts)),
  accent_color: z.optional(z.string()),
  subject: z.optional(z.string()),
  body: z.optional(z.string()),
  is_default: z.optional(z.boolean()),
});
export type Template = z.infer<typeof templateSchema>;
export type TemplateKind = Template['kind'];
export type TemplateDocument = Template['document'];

export const templateInputSchema = z
  .object({
    template_name: nameText({ label: 'Template name', max: MAX_TEMPLATE_NAME_LENGTH, required: 'Template name is required.' }),
    kind: z.enum(templateKinds),
    document: z.enum(templateDocuments),
    layout: z.optional(z.enum(pdfLayouts)),
    accent_color: z.optional(z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour like #1f6feb.'))),
    subject: z.optional(safeText({ label: 'Subject', max: MAX_SUBJECT_LENGTH })),
    body: z.optional(safeText({ label: 'Body', max: MAX_MAIL_BODY_LENGTH, multiline: true, trim: false })),
  })
  .check(
    z.superRefine((t, ctx) => {
      if (t.kind === 'pdf' && !t.layout) {
        ctx.addIssue({ code: 'custom', path: ['layout'], message: 'Choose a layout.' });
      }
      if (t.kind === 'email' && !t.subject) {
        ctx.addIssue({ code: 'custom', path: ['subject'], message: 'Subject is required.' });
      }
      if (t.kind === 'email' && !t.body?.trim()) {
        ctx.addIssue({ code: 'custom', path: ['body'], message: 'Body is required.' });
      }
    }),
  );
export type TemplateInput = z.input<typeof templateInputSchema>;
