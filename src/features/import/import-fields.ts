/**
 * The fields a column can be imported into, and the header auto-matching. A header matches a
 * field when, ignoring case, width, spaces and punctuation, it equals the field's header as
 * the export writes it (any UI language), its API name (`contact_name`, `billing_city`), or a
 * common alias ("Customer Name", "電話番号"), so an export re-imports with no manual mapping.
 */
import type { CustomField } from '../../api/schemas';
import { writableColumnKeys } from '../../lib/customer-columns';
import type { MessageKey } from '../../lib/i18n';

export { addressParts, type AddressPart } from '../../lib/customer-columns';
export const importFieldKeys = writableColumnKeys;
export type BaseImportKey = (typeof importFieldKeys)[number];
export type ImportFieldKey = BaseImportKey | `cf:${string}`;

/** Columns an export writes that are read-only here (ids, computed amounts, status, times). */
export const notImportedKeys = [
  'contact_id',
  'status',
  'outstanding_receivable_amount',
  'unused_credits_receivable_amount',
  'created_time',
  'last_modified_time',
] as const;

export interface ImportField {
  key: ImportFieldKey;
  /** The catalogue key of its header (shared with the export's headers). */
  labelKey?: MessageKey;
  /** A custom field's label. */
  label?: string;
  /** Custom field data type, for value conversion. */
  dataType?: CustomField['data_type'];
}

const aliases: Partial<Record<BaseImportKey, string[]>> = {
  contact_name: ['display name', 'customer name', 'contact name', 'name', '表示名', '顧客名', '取引先名'],
  company_name: ['company', '会社名'],
  customer_sub_type: ['customer type', 'contact type', 'type', '顧客区分'],
  first_name: ['first name', 'given name', '名'],
  last_name: ['last name', 'surname', 'family name', '姓'],
  email: ['email address', 'e-mail', 'mail', 'メール', 'メールアドレス'],
  phone: ['work phone', 'phone', 'telephone', '電話', '電話番号'],
  mobile: ['mobile phone', 'cell', '携帯', '携帯電話'],
  website: ['web', 'url', 'ウェブサイト'],
  language_code: ['language', '言語'],
  currency_code: ['currency', 'currency code', '通貨'],
  payment_terms_label: ['payment terms', 'terms', '支払条件'],
  payment_terms: ['payment terms days', 'payment terms (days)'],
  pricebook: ['price list', 'pricebook', 'pricebook name', '価格表'],
  owner_name: ['owner', 'customer owner', '担当者'],
  is_portal_enabled: ['portal', 'portal enabled', 'enable portal'],
  payment_reminder_enabled: ['reminders', 'payment reminders', 'reminders enabled'],
  notes: ['notes', 'remarks', '備考'],
  billing_address: ['billing address', 'billing street', 'billing street1'],
  shipping_address: ['shipping address', 'shipping street', 'shipping street1'],
};

export function importFields(custom: CustomField[]): ImportField[] {
  return [
    ...importFieldKeys.map((key) => ({ key, labelKey: `export.col.${key}` as MessageKey })),
    ...custom.map((d) => ({ key: `cf:${d.customfield_id}` as const, label: d.label, dataType: d.data_type })),
  ];
}

/** Case, width, spaces and punctuation do not matter: "Billing ZIP Code" = "billing_zip_code". */
export function normalizeHeader(h: string): string {
  return h
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-./()[\]:'"#*]+/g, '');
}

/** Every name a field answers to (translations of its header come from the caller). */
export function namesOf(field: ImportField, headerTexts: string[]): string[] {
  if (field.key.startsWith('cf:')) return [field.label ?? '', field.key];
  return [...headerTexts, field.key, ...(aliases[field.key as BaseImportKey] ?? [])];
}

/**
 * One field (or null) per header. Exact header texts win over aliases, and each field is used
 * once: the first column that matches it takes it.
 */
export function autoMatch(headers: string[], fields: ImportField[], headerTextsOf: (f: ImportField) => string[]): (ImportFieldKey | null)[] {
  const primary = new Map<string, ImportFieldKey>();
  const secondary = new Map<string, ImportFieldKey>();
  for (const f of fields) {
    const texts = headerTextsOf(f);
    for (const n of namesOf(f, texts)) {
      const key = normalizeHeader(n);
      if (!key) continue;
      const table = texts.includes(n) || f.key.startsWith('cf:') ? primary : secondary;
      if (!table.has(key)) table.set(key, f.key);
    }
  }
  const skip = new Set(notImportedKeys.map(normalizeHeader));
  const used = new Set<ImportFieldKey>();
  return headers.map((h) => {
    const n = normalizeHeader(h);
    if (skip.has(n)) return null;
    const key = primary.get(n) ?? secondary.get(n) ?? null;
    if (!key || used.has(key)) return null;
    used.add(key);
    return key;
  });
}
