/**
 * The columns an export can hold: every contact field (addresses, currency, terms, price list,
 * owner, status, portal, reminders, receivables) plus one column per custom field, by label.
 * Pure data: the dialog offers them, the row mapping reads them.
 */
import type { CustomField } from '../../api/schemas';
import { customerColumnKeys } from '../../lib/customer-columns';
import type { MessageKey } from '../../lib/i18n';

/** How a column's cells are typed in XLS/XLSX (and printed in CSV). */
export type ColumnKind = 'text' | 'number' | 'money' | 'bool' | 'date' | 'datetime';

export { addressParts, type AddressPart } from '../../lib/customer-columns';
/** Keys of the fixed (non-custom) fields. */
export const baseFieldKeys = customerColumnKeys;
export type BaseFieldKey = (typeof baseFieldKeys)[number];
/** A custom field's column key: `cf:<customfield_id>`. */
export type CustomFieldKey = `cf:${string}`;
export type FieldKey = BaseFieldKey | CustomFieldKey;

export type FieldGroup = 'contact' | 'settings' | 'billing' | 'shipping' | 'custom';

export interface FieldDef {
  key: FieldKey;
  group: FieldGroup;
  kind: ColumnKind;
  /** Only GET /contacts/{id} (or `include=details`) has it, not the list's summary rows. */
  needsDetail: boolean;
  /** The header's catalogue key (fixed fields); custom fields use their label. */
  labelKey?: MessageKey;
  label?: string;
}

const detailOnly = new Set<BaseFieldKey>(['salutation', 'website', 'language_code', 'pricebook', 'notes']);
const kinds: Partial<Record<BaseFieldKey, ColumnKind>> = {
  payment_terms: 'number',
  is_portal_enabled: 'bool',
  payment_reminder_enabled: 'bool',
  outstanding_receivable_amount: 'money',
  unused_credits_receivable_amount: 'money',
  created_time: 'datetime',
  last_modified_time: 'datetime',
};
const settingsKeys = new Set<BaseFieldKey>([
  'website',
  'language_code',
  'currency_code',
  'payment_terms_label',
  'payment_terms',
  'pricebook',
  'owner_name',
  'status',
  'is_portal_enabled',
  'payment_reminder_enabled',
  'outstanding_receivable_amount',
  'unused_credits_receivable_amount',
  'notes',
  'created_time',
  'last_modified_time',
]);

function groupOf(key: BaseFieldKey): FieldGroup {
  if (key.startsWith('billing_')) return 'billing';
  if (key.startsWith('shipping_')) return 'shipping';
  return settingsKeys.has(key) ? 'settings' : 'contact';
}

export const baseFields: FieldDef[] = baseFieldKeys.map((key) => ({
  key,
  group: groupOf(key),
  kind: kinds[key] ?? 'text',
  needsDetail: detailOnly.has(key) || key.startsWith('billing_') || key.startsWith('shipping_'),
  labelKey: `export.col.${key}` as MessageKey,
}));

/** What a new export includes: the list's own columns and the essentials, no detail calls. */
export const defaultFieldKeys: readonly FieldKey[] = [
  'contact_name',
  'company_name',
  'customer_sub_type',
  'first_name',
  'last_name',
  'email',
  'phone',
  'mobile',
  'currency_code',
  'payment_terms_label',
  'owner_name',
  'status',
  'is_portal_enabled',
  'outstanding_receivable_amount',
  'unused_credits_receivable_amount',
];

const customKinds: Record<CustomField['data_type'], ColumnKind> = { text: 'text', dropdown: 'text', number: 'number', date: 'date' };

export function customFieldDefs(defs: CustomField[]): FieldDef[] {
  return defs.map((d) => ({
    key: `cf:${d.customfield_id}` as CustomFieldKey,
    group: 'custom',
    kind: customKinds[d.data_type],
    needsDetail: true,
    label: d.label,
  }));
}

/** Every field, fixed ones first, then custom fields in their defined order. */
export function allFields(custom: CustomField[]): FieldDef[] {
  return [...baseFields, ...customFieldDefs(custom)];
}

/** The chosen fields in catalogue order (so the column order never depends on click order). */
export function chosenFields(all: FieldDef[], chosen: ReadonlySet<FieldKey>): FieldDef[] {
  return all.filter((f) => chosen.has(f.key));
}

export const needsDetails = (fields: FieldDef[], personsSheet: boolean): boolean => personsSheet || fields.some((f) => f.needsDetail);
