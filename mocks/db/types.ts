/**
 * Records as the mock stores them. Money is kept in integer minor units (`*_minor`), so sums
 * never drift; handlers convert to the API's major-unit numbers on the way out.
 */
import type {
  AdditionalAddress,
  Address,
  ContactPerson,
  CustomField,
  CustomFieldValue,
  CustomView,
  ImportMapping,
  Currency,
  DefaultTemplates,
  HistoryChange,
  LoadedScenario,
  MockConfig,
  PaymentTerm,
  Preferences,
  Pricebook,
  ReminderRule,
  Template,
  User,
  LineItem,
} from '../../src/api/schemas';

export interface ContactRecord {
  contact_id: string;
  contact_name: string;
  company_name: string;
  customer_sub_type: 'business' | 'individual';
  email: string;
  phone: string;
  mobile: string;
  website: string;
  language_code: string;
  currency_id: string;
  payment_terms: number;
  payment_terms_label: string;
  pricebook_id: string;
  owner_id: string;
  status: 'active' | 'inactive';
  is_portal_enabled: boolean;
  payment_reminder_enabled: boolean;
  notes: string;
  billing_address: Address;
  shipping_address: Address;
  contact_persons: ContactPerson[];
  custom_fields: CustomFieldValue[];
  default_templates: DefaultTemplates;
  /** Zoho's additional addresses beside billing and shipping; absent on records stored before them. */
  addresses?: AdditionalAddress[];
  merged_into_contact_id: string;
  unused_credits_minor: number;
  created_time: string;
  last_modified_time: string;
}

export interface InvoiceRecord {
  invoice_id: string;
  invoice_number: string;
  customer_id: string;
  date: string;
  due_date: string;
  currency_code: string;
  line_items: LineItem[];
  total_minor: number;
  balance_minor: number;
  created_time: string;
}

export interface PaymentRecord {
  payment_id: string;
  payment_number: string;
  customer_id: string;
  date: string;
  amount_minor: number;
  currency_code: string;
  invoices: { invoice_id: string; amount_applied_minor: number }[];
  created_time: string;
}

export interface CommentRecord {
  comment_id: string;
  contact_id: string;
  description: string;
  operation_type: string;
  commented_by: string;
  date: string;
  time: string;
  /** Who wrote it; entries stored before this field are matched to a user by name. */
  commented_by_id?: string;
  /** The invoice or payment the entry is about (Zoho's `transaction_id`/`transaction_type`). */
  transaction_id?: string;
  transaction_type?: string;
  /** What the write changed, field by field (rules/audit.ts); absent when it changed no field. */
  changes?: HistoryChange[];
}

export interface StoredAttachment {
  file_name: string;
  content_type: string;
  size: number;
  content_base64: string;
}

export interface EmailRecord {
  email_id: string;
  contact_id: string;
  kind: 'email' | 'statement';
  to_mail_ids: string[];
  cc_mail_ids: string[];
  subject: string;
  body: string;
  attachments: StoredAttachment[];
  sent_by: string;
  sent_time: string;
}

export interface SettingsRecord {
  id: 'settings';
  preferences: Preferences;
  reminders: ReminderRule[];
}

export interface MetaRecord {
  /** A generated scenario (rebuilt from size, seed and anchor date), or a loaded document. */
  scenario: LoadedScenario;
  /** The data file's name (`file`), or the standalone server's data file (`snapshot`). */
  name?: string;
  size: number;
  seed: number;
  /** The day the scenario was generated; scenario dates are relative to it. */
  anchor_date: string;
  config: MockConfig;
  counters: Record<string, number>;
}

export interface Tables {
  contacts: ContactRecord;
  invoices: InvoiceRecord;
  payments: PaymentRecord;
  comments: CommentRecord;
  emails: EmailRecord;
  templates: Template;
  users: User;
  currencies: Currency;
  paymentTerms: PaymentTerm & { id: string };
  pricebooks: Pricebook;
  customFields: CustomField;
  settings: SettingsRecord;
  /** Saved views of the customer list (api.md "Custom views"). */
  customViews: CustomView;
  /** Each user's saved import selections (api.md "Import by a match key"), one per user. */
  importMappings: ImportMapping;
}
export type TableName = keyof Tables;

/** The key field of each table. */
export const tableKeys: { [K in TableName]: keyof Tables[K] & string } = {
  contacts: 'contact_id',
  invoices: 'invoice_id',
  payments: 'payment_id',
  comments: 'comment_id',
  emails: 'email_id',
  templates: 'template_id',
  users: 'user_id',
  currencies: 'currency_id',
  paymentTerms: 'id',
  pricebooks: 'pricebook_id',
  customFields: 'customfield_id',
  settings: 'id',
  customViews: 'customview_id',
  importMappings: 'user_id',
};
export const tableNames = Object.keys(tableKeys) as TableName[];

/** What a scenario generator produces: every table's rows plus the counters for new ids. */
export type Dataset = { [K in TableName]: Tables[K][] } & { counters: Record<string, number> };
