/**
 * A customer's columns in a spreadsheet, as the export writes them and the import reads them
 * back: one list, so the two features stay in step. Read-only columns (ids, status, amounts,
 * timestamps) are exported but never imported.
 */
import type { Address } from '../api/schemas';

export const addressParts = [
  'attention',
  'address',
  'street2',
  'city',
  'state',
  'zip',
  'country',
  'phone',
  'fax',
] as const satisfies readonly (keyof Address)[];
export type AddressPart = (typeof addressParts)[number];

/** Keys of the fixed (non-custom) columns, in the export's order. */
export const customerColumnKeys = [
  'contact_id',
  'contact_name',
  'company_name',
  'customer_sub_type',
  'salutation',
  'first_name',
  'last_name',
  'email',
  'phone',
  'mobile',
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
  ...addressParts.map((p) => `billing_${p}` as const),
  ...addressParts.map((p) => `shipping_${p}` as const),
] as const;
export type CustomerColumnKey = (typeof customerColumnKeys)[number];

const readOnlyColumnKeys = [
  'contact_id',
  'status',
  'outstanding_receivable_amount',
  'unused_credits_receivable_amount',
  'created_time',
  'last_modified_time',
] as const;
export type WritableColumnKey = Exclude<CustomerColumnKey, (typeof readOnlyColumnKeys)[number]>;

/** The columns an import can write, in the same order. */
export const writableColumnKeys = customerColumnKeys.filter((k): k is WritableColumnKey => !(readOnlyColumnKeys as readonly string[]).includes(k));
