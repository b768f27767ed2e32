/** Contacts and reference data for the export's unit tests. */
import type { Contact } from '../../api/schemas';
import { baseFields, customFieldDefs, type FieldDef } from './fields';
import type { ColumnSpec, ExportContact, MappingRefs } from './row-mapping';

export const refs: MappingRefs = {
  precisionByCurrency: { USD: 2, JPY: 0 },
  pricebookNames: { '2': 'Wholesale' },
  values: { business: 'Business', individual: 'Individual', active: 'Active', inactive: 'Inactive' },
};

const address = (city: string) => ({
  attention: '',
  address: '1-2-3 Marunouchi',
  street2: '',
  city,
  state: '東京都',
  zip: '100-0005',
  country: 'Japan',
  phone: '',
  fax: '',
});

export function fullContact(patch: Partial<Contact> = {}): Contact {
  return {
    contact_id: '4',
    contact_name: '株式会社さくら商事',
    company_name: '株式会社さくら商事',
    customer_sub_type: 'business',
    email: 'yamada@sakura.example.jp',
    phone: '+81-3-1234-5678',
    mobile: '',
    website: 'https://sakura.example.jp',
    language_code: 'ja',
    currency_id: '3',
    currency_code: 'JPY',
    payment_terms: 30,
    payment_terms_label: 'Net 30',
    pricebook_id: '2',
    owner_id: '4',
    owner_name: 'Diego Ruiz',
    status: 'active',
    is_portal_enabled: true,
    payment_reminder_enabled: false,
    notes: '毎月20日締め\n翌月末払い',
    billing_address: address('千代田区'),
    shipping_address: address('港区'),
    contact_persons: [
      {
        contact_person_id: '10',
        salutation: '',
        first_name: '太郎',
        last_name: '山田',
        email: 'yamada@sakura.example.jp',
        phone: '+81-3-1234-5678',
        mobile: '',
        designation: '経理部長',
        department: '経理部',
        is_primary_contact: true,
      },
      {
        contact_person_id: '11',
        salutation: 'Ms.',
        first_name: '花子',
        last_name: '佐藤',
        email: 'sato@sakura.example.jp',
        phone: '',
        mobile: '',
        designation: '=HYPERLINK("x")',
        department: '',
        is_primary_contact: false,
      },
    ],
    custom_fields: [
      { customfield_id: '1', label: 'Customer Code', value: '000123' },
      { customfield_id: '3', label: 'Credit Limit', value: 500000 },
      { customfield_id: '4', label: 'Contract Date', value: '2024-04-01' },
    ],
    default_templates: {
      invoice_template_id: '',
      invoice_email_template_id: '',
      statement_template_id: '',
      statement_email_template_id: '',
      payment_thankyou_template_id: '',
      payment_thankyou_email_template_id: '',
    },
    has_transaction: true,
    outstanding_receivable_amount: 123456,
    unused_credits_receivable_amount: 0,
    merged_into_contact_id: '',
    created_time: '2024-01-15T09:30:00+09:00',
    last_modified_time: '2024-02-01T10:00:00+09:00',
    ...patch,
  };
}

/** A summary row (what GET /contacts returns without details). */
export function summaryContact(patch: Partial<ExportContact> = {}): ExportContact {
  return {
    contact_id: '29',
    contact_name: '@Home Interiors',
    company_name: '',
    customer_sub_type: 'business',
    email: 'info@home.example',
    phone: '-555-0100',
    mobile: '',
    currency_id: '1',
    currency_code: 'USD',
    payment_terms: 30,
    payment_terms_label: 'Net 30',
    owner_id: '',
    owner_name: '',
    status: 'inactive',
    is_portal_enabled: false,
    payment_reminder_enabled: true,
    has_transaction: false,
    outstanding_receivable_amount: -1200.5,
    unused_credits_receivable_amount: 12.3,
    merged_into_contact_id: '',
    first_name: 'Ann',
    last_name: 'Lee',
    created_time: '2024-03-01T00:00:00Z',
    last_modified_time: '2024-03-01T00:00:00Z',
    ...patch,
  };
}

export const customDefs = customFieldDefs([
  { customfield_id: '1', label: 'Customer Code', data_type: 'text', options: [] },
  { customfield_id: '2', label: 'Region', data_type: 'dropdown', options: ['Kanto'] },
  { customfield_id: '3', label: 'Credit Limit', data_type: 'number', options: [] },
  { customfield_id: '4', label: 'Contract Date', data_type: 'date', options: [] },
]);

export const everyField: FieldDef[] = [...baseFields, ...customDefs];

export const columnsOf = (fields: FieldDef[]): ColumnSpec[] => fields.map((f) => ({ key: f.key, kind: f.kind, header: f.label ?? f.key }));
