/**
 * Example values for the OpenAPI document, typed by the contract's own types so they keep its
 * shape; the document's test validates each against the schema it illustrates.
 */
import type {
  Address,
  BulkResult,
  Comment,
  Contact,
  ContactPerson,
  ContactSummary,
  Currency,
  CustomField,
  DuplicateGroup,
  ImportMapping,
  ImportResult,
  ImportSummary,
  Invoice,
  MockState,
  OutboxEmail,
  Payment,
  PaymentTerm,
  Preferences,
  Pricebook,
  ReminderRule,
  Statement,
  StatementMailContent,
  Template,
  UpcomingReminder,
  User,
} from '../schemas';

const created = '2026-05-04T09:12:30.000+09:00';
const modified = '2026-06-10T14:03:11.000+09:00';

export const exampleAddress: Address = {
  attention: 'Accounts payable',
  address: '1-2-3 Marunouchi',
  street2: 'Floor 12',
  city: 'Chiyoda-ku',
  state: 'Tokyo',
  zip: '100-0005',
  country: 'Japan',
  phone: '+81 3-1234-5678',
  fax: '',
};

const noAddress: Address = { attention: '', address: '', street2: '', city: '', state: '', zip: '', country: '', phone: '', fax: '' };

export const examplePerson: ContactPerson = {
  contact_person_id: '101',
  salutation: 'Ms.',
  first_name: 'Hana',
  last_name: 'Kobayashi',
  email: 'hana@kobayashi-foods.example',
  phone: '+81 3-1234-5678',
  mobile: '+81 90-1234-5678',
  designation: 'Finance manager',
  department: 'Finance',
  is_primary_contact: true,
};

export const exampleSecondPerson: ContactPerson = {
  contact_person_id: '102',
  salutation: 'Mr.',
  first_name: 'Kenji',
  last_name: 'Mori',
  email: 'kenji@kobayashi-foods.example',
  phone: '',
  mobile: '',
  designation: 'Buyer',
  department: 'Purchasing',
  is_primary_contact: false,
};

export const exampleContact: Contact = {
  contact_id: '12',
  contact_name: 'Kobayashi Foods',
  company_name: 'Kobayashi Foods K.K.',
  customer_sub_type: 'business',
  email: 'hana@kobayashi-foods.example',
  phone: '+81 3-1234-5678',
  mobile: '+81 90-1234-5678',
  website: 'https://kobayashi-foods.example',
  language_code: 'ja',
  currency_id: '3',
  currency_code: 'JPY',
  payment_terms: 30,
  payment_terms_label: 'Net 30',
  pricebook_id: '',
  owner_id: '3',
  owner_name: 'Chika Sato',
  status: 'active',
  is_portal_enabled: true,
  payment_reminder_enabled: true,
  notes: 'Invoices by the 25th.',
  billing_address: exampleAddress,
  shipping_address: noAddress,
  contact_persons: [examplePerson, exampleSecondPerson],
  custom_fields: [{ customfield_id: '1', label: 'Customer code', value: 'KF-0012' }],
  default_templates: {
    invoice_template_id: '',
    invoice_email_template_id: '',
    statement_template_id: '3',
    statement_email_template_id: '',
    payment_thankyou_template_id: '',
    payment_thankyou_email_template_id: '',
  },
  has_transaction: true,
  outstanding_receivable_amount: 120000,
  unused_credits_receivable_amount: 0,
  overdue_amount: 20000,
  merged_into_contact_id: '',
  merged_into_contact_name: '',
  created_time: created,
  last_modified_time: modified,
};

export const exampleSummary: ContactSummary = {
  contact_id: exampleContact.contact_id,
  contact_name: exampleContact.contact_name,
  company_name: exampleContact.company_name,
  customer_sub_type: exampleContact.customer_sub_type,
  email: exampleContact.email,
  phone: exampleContact.phone,
  mobile: exampleContact.mobile,
  currency_id: exampleContact.currency_id,
  currency_code: exampleContact.currency_code,
  payment_terms: exampleContact.payment_terms,
  payment_terms_label: exampleContact.payment_terms_label,
  owner_id: exampleContact.owner_id,
  owner_name: 'Chika Sato',
  status: 'active',
  is_portal_enabled: true,
  payment_reminder_enabled: true,
  has_transaction: true,
  outstanding_receivable_amount: 120000,
  unused_credits_receivable_amount: 0,
  is_overdue: true,
  merged_into_contact_id: '',
  first_name: 'Hana',
  last_name: 'Kobayashi',
  created_time: created,
  last_modified_time: modified,
};

export const exampleOtherSummary: ContactSummary = {
  ...exampleSummary,
  contact_id: '13',
  contact_name: 'Kobayashi Foods (Osaka)',
  company_name: 'Kobayashi Foods K.K.',
  email: 'osaka@kobayashi-foods.example',
  owner_id: '',
  owner_name: '',
  has_transaction: false,
  outstanding_receivable_amount: 0,
  is_overdue: false,
  first_name: '',
  last_name: '',
};

export const exampleComment: Comment = {
  comment_id: '501',
  contact_id: '12',
  description: 'Marked as active.',
  operation_type: 'marked_active',
  commented_by: 'Aiko Tanaka',
  date: '2026-06-10',
  time: modified,
  changes: [{ field: 'status', label: 'Status', old_value: 'Inactive', new_value: 'Active' }],
};

export const exampleReminder: UpcomingReminder = {
  invoice_id: '7',
  invoice_number: 'INV-000007',
  send_date: '2026-06-22',
  kind: 'after_due_7_days',
  days_after_due: 7,
};

export const exampleMailContent: StatementMailContent = {
  subject: 'Statement of accounts from 2026-06-01 to 2026-06-30',
  body: 'Dear Kobayashi Foods,\n\nPlease find attached your statement. Balance due: ¥120,000.\n\nRegards,\nSakura Trading',
  to_contacts: [{ contact_person_id: '101', email: 'hana@kobayashi-foods.example', name: 'Hana Kobayashi', selected: true }],
  file_name: 'Statement_Kobayashi Foods_2026-06-01_2026-06-30.pdf',
};

export const exampleStatement: Statement = {
  contact_id: '12',
  contact_name: 'Kobayashi Foods',
  currency_code: 'JPY',
  start_date: '2026-06-01',
  end_date: '2026-06-30',
  filter: 'all',
  opening_balance: 20000,
  lines: [
    { date: '2026-06-01', type: 'opening', number: '', details: 'Opening balance', amount: 20000, payment: 0, balance: 20000 },
    { date: '2026-06-05', type: 'invoice', number: 'INV-000007', details: 'Invoice', amount: 150000, payment: 0, balance: 170000, due_date: '2026-07-05' },
    { date: '2026-06-12', type: 'payment', number: '4', details: 'Payment received', amount: 0, payment: 50000, balance: 120000 },
  ],
  invoiced: 150000,
  received: 50000,
  balance_due: 120000,
  template_id: '3',
  billing_address: { ...exampleAddress },
};

export const exampleOutboxEmail: OutboxEmail = {
  email_id: '9',
  contact_id: '12',
  contact_name: 'Kobayashi Foods',
  kind: 'email',
  to_mail_ids: ['hana@kobayashi-foods.example'],
  cc_mail_ids: [],
  subject: 'Your June invoices',
  body: 'Dear Hana,\n\nPlease find the unpaid invoices attached.',
  attachments: [{ file_name: 'unpaid.csv', content_type: 'text/csv', size: 512 }],
  sent_by: 'Aiko Tanaka',
  sent_time: '2026-06-15T10:00:00.000+09:00',
};

export const exampleBulkResults: BulkResult[] = [
  { contact_id: '12', contact_name: 'Kobayashi Foods', status: 'ok', message: 'Marked as inactive.' },
  { contact_id: '13', contact_name: 'Kobayashi Foods (Osaka)', status: 'skipped', message: 'Already inactive.' },
];

export const exampleImportResults: ImportResult[] = [
  { row: 1, contact_name: 'Hoshino Design', status: 'created', contact_id: '40' },
  { row: 2, contact_name: 'Kobayashi Foods', status: 'skipped', contact_id: '12', message: 'A customer with this display name already exists.' },
];
export const exampleImportSummary: ImportSummary = { created: 1, updated: 0, overwritten: 0, skipped: 1, invalid: 0 };
export const exampleImportMapping: ImportMapping = {
  user_id: '1',
  columns: [
    { header: 'Display Name', field: 'contact_name' },
    { header: 'Email', field: 'email' },
    { header: 'Receivables', field: null },
  ],
  match_by: 'email',
  on_duplicate: 'update',
  updated_time: '2026-06-15T09:00:00.000+00:00',
};

export const exampleDuplicateGroup: DuplicateGroup = {
  reason: 'name',
  key: 'kobayashi foods',
  contacts: [exampleSummary, exampleOtherSummary],
};

export const exampleUser: User = { user_id: '1', name: 'Aiko Tanaka', email: 'aiko@sakura-trading.example', role: 'admin', status: 'active' };
export const exampleUsers: User[] = [
  exampleUser,
  { user_id: '3', name: 'Chika Sato', email: 'chika@sakura-trading.example', role: 'staff_assigned', status: 'active' },
];
export const exampleCurrencies: Currency[] = [
  { currency_id: '1', currency_code: 'USD', currency_name: 'US Dollar', currency_symbol: '$', price_precision: 2 },
  { currency_id: '3', currency_code: 'JPY', currency_name: 'Japanese Yen', currency_symbol: '¥', price_precision: 0 },
];
export const examplePaymentTerms: PaymentTerm[] = [
  { payment_terms: 0, payment_terms_label: 'Due on receipt' },
  { payment_terms: 30, payment_terms_label: 'Net 30' },
];
export const examplePricebooks: Pricebook[] = [{ pricebook_id: '1', name: 'Wholesale' }];
export const exampleCustomFields: CustomField[] = [
  { customfield_id: '1', label: 'Customer code', data_type: 'text', options: [] },
  { customfield_id: '2', label: 'Region', data_type: 'dropdown', options: ['Kanto', 'Kansai'] },
];
export const examplePreferences: Preferences = {
  allow_duplicate_contact_names: false,
  org_name: 'Sakura Trading',
  org_address: '4-5-6 Shibuya, Tokyo',
  base_currency_id: '3',
};
export const exampleReminderRules: ReminderRule[] = [
  { days_after_due: -3, enabled: true },
  { days_after_due: 7, enabled: true },
];
export const examplePdfTemplate: Template = {
  template_id: '3',
  template_name: 'Japanese statement',
  kind: 'pdf',
  document: 'statement',
  layout: 'japanese',
  is_default: true,
};
export const exampleEmailTemplate: Template = {
  template_id: '5',
  template_name: 'Statement email',
  kind: 'email',
  document: 'statement',
  subject: 'Statement of accounts from %StartDate% to %EndDate%',
  body: 'Dear %CustomerName%,\n\nBalance due: %BalanceDue%.\n\n%CompanyName%',
};

export const exampleInvoice: Invoice = {
  invoice_id: '7',
  invoice_number: 'INV-000007',
  customer_id: '12',
  customer_name: 'Kobayashi Foods',
  date: '2026-06-05',
  due_date: '2026-07-05',
  currency_code: 'JPY',
  line_items: [{ name: 'Green tea, 20 cases', rate: 7500, quantity: 20 }],
  total: 150000,
  balance: 100000,
  status: 'partially_paid',
};

export const examplePayment: Payment = {
  payment_id: '4',
  payment_number: '4',
  customer_id: '12',
  customer_name: 'Kobayashi Foods',
  date: '2026-06-12',
  amount: 50000,
  currency_code: 'JPY',
  invoices: [{ invoice_id: '7', amount_applied: 50000 }],
};

export const exampleMockState: MockState = {
  scenario: 'demo',
  size: 0,
  seed: 42,
  latency_ms: 0,
  error_rate: 0,
  acting_user_id: '1',
  today: null,
  faults: [],
};
