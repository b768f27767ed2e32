/**
 * A custom view's columns (api.md "Custom views": list fields and `cf_<api_name>`) as the
 * export's fields, so "Current view" of a custom view exports that view's columns by default.
 * A column the export has no field for (`is_overdue`) is left out.
 */
import type { CustomField } from '../../api/schemas';
import type { FieldKey } from './fields';

const fieldFor: Record<string, FieldKey> = {
  contact_name: 'contact_name',
  company_name: 'company_name',
  first_name: 'first_name',
  last_name: 'last_name',
  email: 'email',
  phone: 'phone',
  mobile: 'mobile',
  website: 'website',
  city: 'billing_city',
  state: 'billing_state',
  country: 'billing_country',
  currency_id: 'currency_code',
  currency_code: 'currency_code',
  customer_sub_type: 'customer_sub_type',
  language_code: 'language_code',
  payment_terms: 'payment_terms_label',
  owner_id: 'owner_name',
  status: 'status',
  is_portal_enabled: 'is_portal_enabled',
  outstanding_receivable_amount: 'outstanding_receivable_amount',
  unused_credits_receivable_amount: 'unused_credits_receivable_amount',
  created_time: 'created_time',
  last_modified_time: 'last_modified_time',
};

/** The export fields for a view's columns (custom fields by their `cf_<api_name>`); null for none. */
export function viewFieldKeys(columns: readonly string[] | undefined, customFields: readonly CustomField[]): Set<FieldKey> | null {
  if (!columns?.length) return null;
  const byApiName = new Map(customFields.flatMap((f) => (f.api_name ? [[f.api_name, `cf:${f.customfield_id}` as FieldKey] as const] : [])));
  const keys = columns.flatMap((c) => {
    const key = fieldFor[c] ?? byApiName.get(c);
    return key ? [key] : [];
  });
  return keys.length ? new Set(keys) : null;
}
