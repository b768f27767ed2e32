/** A small CSV to start from: the export's own headers and two example customers. */
import type { MessageKey } from '../../lib/i18n';

type Translate = (key: MessageKey) => string;

const columns = [
  'contact_name',
  'company_name',
  'customer_sub_type',
  'first_name',
  'last_name',
  'email',
  'phone',
  'currency_code',
  'payment_terms_label',
  'billing_address',
  'billing_city',
  'billing_zip',
  'billing_country',
  'notes',
] as const;

const examples: Record<(typeof columns)[number], string>[] = [
  {
    contact_name: 'Example Trading Inc.',
    company_name: 'Example Trading Inc.',
    customer_sub_type: 'Business',
    first_name: 'Jane',
    last_name: 'Doe',
    email: 'jane@example.com',
    phone: '555-0100',
    currency_code: 'USD',
    payment_terms_label: 'Net 30',
    billing_address: '1 Main Street',
    billing_city: 'Springfield',
    billing_zip: '12345',
    billing_country: 'U.S.A.',
    notes: 'Imported from the sample file',
  },
  {
    contact_name: '株式会社サンプル商事',
    company_name: '株式会社サンプル商事',
    customer_sub_type: 'Business',
    first_name: '花子',
    last_name: '鈴木',
    email: 'suzuki@example.jp',
    phone: '03-1234-5678',
    currency_code: 'JPY',
    payment_terms_label: 'Net 15',
    billing_address: '丸の内1-1-1',
    billing_city: '千代田区',
    billing_zip: '100-0005',
    billing_country: 'Japan',
    notes: '',
  },
];

const field = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function sampleCsv(t: Translate): Blob {
  const header = columns.map((c) => field(t(`export.col.${c}` as MessageKey))).join(',');
  const rows = examples.map((e) => columns.map((c) => field(e[c])).join(','));
  return new Blob(['\ufeff', [header, ...rows].join('\r\n'), '\r\n'], { type: 'text/csv;charset=utf-8' });
}

export const SAMPLE_FILE_NAME = 'customers_import_sample.csv';
