/** Reference data every scenario shares. IDs here are stable: tests and docs rely on them. */
import type { Dataset } from '../db/types';

export const USERS = {
  admin: '1',
  staff: '2',
  assignedA: '3',
  assignedB: '4',
  assignedInactive: '5',
} as const;

export const CURRENCIES = { USD: '1', EUR: '2', JPY: '3', GBP: '4' } as const;

export const TEMPLATES = {
  statementStandard: '1',
  statementCompact: '2',
  statementJapanese: '3',
  invoiceStandard: '4',
  invoiceCompact: '5',
  thankyouStandard: '6',
  invoiceEmail: '7',
  statementEmail: '8',
  statementEmailJa: '9',
  thankyouEmail: '10',
} as const;

export const CUSTOM_FIELDS = { code: '1', region: '2', creditLimit: '3', contractDate: '4' } as const;

export const DEFAULT_TEMPLATES = {
  invoice_template_id: TEMPLATES.invoiceStandard,
  invoice_email_template_id: TEMPLATES.invoiceEmail,
  statement_template_id: TEMPLATES.statementStandard,
  statement_email_template_id: TEMPLATES.statementEmail,
  payment_thankyou_template_id: TEMPLATES.thankyouStandard,
  payment_thankyou_email_template_id: TEMPLATES.thankyouEmail,
};

export function referenceData(): Dataset {
  return {
    users: [
      { user_id: USERS.admin, name: 'Aiko Tanaka', email: 'aiko@sakura-trading.example', role: 'admin', status: 'active' },
      { user_id: USERS.staff, name: 'Ben Carter', email: 'ben@sakura-trading.example', role: 'staff', status: 'active' },
      { user_id: USERS.assignedA, name: 'Chika Sato', email: 'chika@sakura-trading.example', role: 'staff_assigned', status: 'active' },
      { user_id: USERS.assignedB, name: 'Diego Ruiz', email: 'diego@sakura-trading.example', role: 'staff_assigned', status: 'active' },
      { user_id: USERS.assignedInactive, name: 'Emma Wilson', email: 'emma@sakura-trading.example', role: 'staff_assigned', status: 'inactive' },
    ],
    currencies: [
      { currency_id: CURRENCIES.USD, currency_code: 'USD', currency_name: 'US Dollar', currency_symbol: '$', price_precision: 2 },
      { currency_id: CURRENCIES.EUR, currency_code: 'EUR', currency_name: 'Euro', currency_symbol: '€', price_precision: 2 },
      { currency_id: CURRENCIES.JPY, currency_code: 'JPY', currency_name: 'Japanese Yen', currency_symbol: '¥', price_precision: 0 },
      { currency_id: CURRENCIES.GBP, currency_code: 'GBP', currency_name: 'Pound Sterling', currency_symbol: '£', price_precision: 2 },
    ],
    paymentTerms: [
      { id: '0', payment_terms: 0, payment_terms_label: 'Due on Receipt' },
      { id: '15', payment_terms: 15, payment_terms_label: 'Net 15' },
      { id: '30', payment_terms: 30, payment_terms_label: 'Net 30' },
      { id: '45', payment_terms: 45, payment_terms_label: 'Net 45' },
      { id: '60', payment_terms: 60, payment_terms_label: 'Net 60' },
    ],
    pricebooks: [
      { pricebook_id: '1', name: 'Standard' },
      { pricebook_id: '2', name: 'Wholesale' },
      { pricebook_id: '3', name: 'VIP' },
    ],
    customFields: [
      { customfield_id: CUSTOM_FIELDS.code, label: 'Customer Code', data_type: 'text', options: [], api_name: 'cf_customer_code', is_unique: true },
      {
        customfield_id: CUSTOM_FIELDS.region,
        label: 'Region',
        data_type: 'dropdown',
        api_name: 'cf_region',
        is_unique: false,
        options: ['North America', 'Europe', 'Kanto', 'Kansai', 'Kyushu'],
      },
      { customfield_id: CUSTOM_FIELDS.creditLimit, label: 'Credit Limit', data_type: 'number', options: [], api_name: 'cf_credit_limit', is_unique: false },
      { customfield_id: CUSTOM_FIELDS.contractDate, label: 'Contract Date', data_type: 'date', options: [], api_name: 'cf_contract_date', is_unique: false },
    ],
    templates: [
      {
        template_id: TEMPLATES.statementStandard,
        template_name: 'Standard',
        kind: 'pdf',
        document: 'statement',
        layout: 'standard',
        accent_color: '#1f6feb',
        is_default: true,
      },
      { template_id: TEMPLATES.statementCompact, template_name: 'Compact', kind: 'pdf', document: 'statement', layout: 'compact', accent_color: '#2f855a' },
      {
        template_id: TEMPLATES.statementJapanese,
        template_name: '請求明細 (Japanese)',
        kind: 'pdf',
        document: 'statement',
        layout: 'japanese',
        accent_color: '#b83280',
      },
      {
        template_id: TEMPLATES.invoiceStandard,
        template_name: 'Standard',
        kind: 'pdf',
        document: 'invoice',
        layout: 'standard',
        accent_color: '#1f6feb',
        is_default: true,
      },
      { template_id: TEMPLATES.invoiceCompact, template_name: 'Compact', kind: 'pdf', document: 'invoice', layout: 'compact', accent_color: '#2f855a' },
      {
        template_id: TEMPLATES.thankyouStandard,
        template_name: 'Standard',
        kind: 'pdf',
        document: 'payment_thankyou',
        layout: 'standard',
        accent_color: '#1f6feb',
        is_default: true,
      },
      {
        template_id: TEMPLATES.invoiceEmail,
        template_name: 'Default invoice email',
        kind: 'email',
        document: 'invoice',
        is_default: true,
        subject: 'A note from %CompanyName%',
        body: 'Dear %CustomerName%,\n\nYour balance due is %BalanceDue%.\n\nRegards,\n%CompanyName%',
      },
      {
        template_id: TEMPLATES.statementEmail,
        template_name: 'Default statement email',
        kind: 'email',
        document: 'statement',
        is_default: true,
        subject: 'Statement of accounts from %StartDate% to %EndDate%',
        body: 'Dear %CustomerName%,\n\nPlease find attached your statement for %StartDate% to %EndDate%. Balance due: %BalanceDue%.\n\nRegards,\n%CompanyName%',
      },
      {
        template_id: TEMPLATES.statementEmailJa,
        template_name: '取引明細のご案内',
        kind: 'email',
        document: 'statement',
        subject: '%StartDate%〜%EndDate% の取引明細書',
        body: '%CustomerName% 様\n\n%StartDate%〜%EndDate% の取引明細書をお送りします。ご請求残高: %BalanceDue%\n\n%CompanyName%',
      },
      {
        template_id: TEMPLATES.thankyouEmail,
        template_name: 'Default thank-you email',
        kind: 'email',
        document: 'payment_thankyou',
        is_default: true,
        subject: 'Thank you for your payment',
        body: 'Dear %CustomerName%,\n\nThank you for your payment.\n\nRegards,\n%CompanyName%',
      },
    ],
    settings: [
      {
        id: 'settings',
        preferences: {
          allow_duplicate_contact_names: false,
          org_name: 'Sakura Trading Co.',
          org_address: '1-2-3 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan',
          base_currency_id: CURRENCIES.USD,
        },
        reminders: [
          { days_after_due: 1, enabled: true },
          { days_after_due: 7, enabled: true },
          { days_after_due: 15, enabled: true },
          { days_after_due: 30, enabled: false },
        ],
      },
    ],
    contacts: [],
    invoices: [],
    payments: [],
    comments: [],
    emails: [],
    customViews: [],
    importMappings: [],
    counters: { contact: 0, contact_person: 0, invoice: 0, payment: 0, comment: 0, email: 0, template: 10, invoice_number: 0, payment_number: 0 },
  };
}
