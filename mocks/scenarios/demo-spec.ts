/**
 * The shapes of the demo's hand-written data tables. The tables describe *what* each customer
 * is (names, states, relations); demo.ts turns them into records, adding the parts that vary
 * with the seed (phone numbers, quantities, times), so every state holds for any seed.
 */

export type CurrencyCode = 'USD' | 'EUR' | 'JPY' | 'GBP';

export interface PersonSpec {
  salutation?: string;
  first: string;
  last: string;
  email?: string;
  /** Whether the person has a work phone / mobile (the numbers come from the seed). */
  phone?: boolean;
  mobile?: boolean;
  designation?: string;
  department?: string;
}

export interface AddressSpec {
  attention?: string;
  address: string;
  street2?: string;
  city: string;
  state: string;
  zip: string;
  /** Also picks the phone number format. */
  country: 'U.S.A.' | '日本' | 'Germany' | 'France' | 'Spain' | 'United Kingdom' | 'Sweden';
}

/** The parts of a customer the Japanese scenario swaps for Japanese ones. */
export interface CustomerVariant {
  name: string;
  company?: string;
  persons?: PersonSpec[];
  billing?: AddressSpec;
  /** A different shipping address; by default shipping copies billing. */
  shipping?: AddressSpec | 'none';
  currency?: CurrencyCode;
  /** 'en' unless set; 'ja' also selects the Japanese statement template and email. */
  lang?: 'en' | 'ja' | 'de' | 'fr';
  website?: string;
  notes?: string;
  region?: 'North America' | 'Europe' | 'Kanto' | 'Kansai' | 'Kyushu';
}

export interface CustomerSpec extends CustomerVariant {
  /** Written out so the table reads as the id → customer list that tests rely on. */
  id: string;
  currency: CurrencyCode;
  individual?: boolean;
  terms: 0 | 15 | 30 | 45 | 60;
  pricebook?: '1' | '2' | '3';
  owner?: '3' | '4';
  inactive?: boolean;
  portal?: boolean;
  remindersOff?: boolean;
  /** Statement PDF template: '2' Compact or '3' Japanese layout (default: '3' for 'ja', else '1'). */
  statementTemplate?: '1' | '2' | '3';
  /** Fill Customer Code, Credit Limit and Contract Date (Region comes from `region`). */
  customFields?: boolean;
  /** The master this customer was merged into (it is then inactive). */
  mergedInto?: string;
  /** Overrides for the 'japanese' scenario; absent when the customer is already Japanese. */
  ja?: CustomerVariant;
}

/** Items invoices are made of, priced per currency (major units) and named per language. */
export const CATALOG = {
  consulting: { en: 'Consulting services (hours)', ja: 'コンサルティング業務（時間）', USD: 150, EUR: 140, GBP: 120, JPY: 20000 },
  support: { en: 'Annual support plan', ja: '年間保守サポート', USD: 1200, EUR: 1100, GBP: 950, JPY: 165000 },
  training: { en: 'Onsite training (hours)', ja: '訪問研修（時間）', USD: 95.5, EUR: 89.9, GBP: 79.5, JPY: 12000 },
  license: { en: 'Software license (seats)', ja: 'ソフトウェアライセンス（席）', USD: 49.99, EUR: 45.5, GBP: 39.99, JPY: 6800 },
  coffee: { en: 'Coffee beans, 10 kg', ja: '業務用コーヒー豆 10kg', USD: 189, EUR: 175, GBP: 150, JPY: 12800 },
  shipping: { en: 'Shipping and handling', ja: '配送料', USD: 25, EUR: 22, GBP: 19.5, JPY: 1500 },
  design: { en: 'Design work (hours)', ja: 'デザイン制作（時間）', USD: 110, EUR: 100, GBP: 90, JPY: 15000 },
  hosting: { en: 'Cloud hosting (months)', ja: 'クラウドホスティング（月額）', USD: 320.75, EUR: 299, GBP: 260, JPY: 48000 },
  parts: { en: 'Machine parts kit', ja: '機械部品キット', USD: 845.3, EUR: 780, GBP: 690, JPY: 118000 },
  catering: { en: 'Catering service', ja: 'ケータリングサービス', USD: 560, EUR: 520, GBP: 450, JPY: 78000 },
} as const;
export type CatalogItem = keyof typeof CATALOG;

export interface InvoiceSpec {
  /** A handle payments refer to. */
  key: string;
  customer: string;
  /** Days relative to the anchor date; the due date is date + the customer's terms. */
  date: number;
  /** [item, min quantity, max quantity]: the quantity comes from the seed. */
  lines: [CatalogItem, number, number][];
}

export interface PaymentSpec {
  customer: string;
  date: number;
  /** [invoice key, share of its total]: 1 pays it in full. */
  apply: [string, number][];
  /** Paid beyond the applied amounts, in USD (converted for other currencies): unused credit. */
  credit?: number;
}

/** Emails already in the outbox. */
export interface EmailSpec {
  customer: string;
  kind: 'email' | 'statement';
  /** Days before the anchor date. */
  daysAgo: number;
  /** Index into the customer's persons; the first is To, the rest CC. */
  to: number[];
  subject: string;
  body: string;
  attachment: { file_name: string; text: string };
}
