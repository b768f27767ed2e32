/**
 * The form's values and their mapping to and from the API: the primary contact (salutation,
 * first, last, email, phones) is the primary contact person; "Contact persons" lists the others.
 * Validation runs the contract's `contactInputSchema` on the mapped payload, so the form and the
 * API enforce the same rules.
 */
import type { Address, Contact, ContactInput, CustomField } from '../../../api/schemas';
import { contactInputSchema } from '../../../api/schemas';
import { boundedNumberMessage, readBoundedNumber } from '../../../api/money';
import { findForbiddenChar, forbiddenCharMessage, normaliseName } from '../../../lib/text';
import type { FlatErrors as FormErrors } from '../../../components/forms/form-errors';

export interface PersonValues {
  contact_person_id?: string;
  salutation: string;
  first_name: string;
  last_name: string;
  email: string;
  phone: string;
  mobile: string;
  designation: string;
  department: string;
}

export interface FormValues {
  customer_sub_type: 'business' | 'individual';
  primary_person_id?: string;
  salutation: string;
  first_name: string;
  last_name: string;
  company_name: string;
  contact_name: string;
  email: string;
  phone: string;
  mobile: string;
  website: string;
  language_code: string;
  currency_id: string;
  payment_terms: string;
  pricebook_id: string;
  owner_id: string;
  is_portal_enabled: boolean;
  billing_address: Address;
  shipping_address: Address;
  persons: PersonValues[];
  /** Custom field values keyed `cf_<customfield_id>` (a digit key would make react-hook-form build an array). */
  custom: Record<string, string>;
  notes: string;
}

export const cfKey = (id: string) => `cf_${id}`;

export const blankAddress = (): Address => ({
  attention: '',
  address: '',
  street2: '',
  city: '',
  state: '',
  zip: '',
  country: '',
  phone: '',
  fax: '',
});

export const blankPerson = (): PersonValues => ({
  salutation: '',
  first_name: '',
  last_name: '',
  email: '',
  phone: '',
  mobile: '',
  designation: '',
  department: '',
});

export function emptyValues(defaults: { currency_id: string; owner_id?: string }): FormValues {
  return {
    customer_sub_type: 'business',
    salutation: '',
    first_name: '',
    last_name: '',
    company_name: '',
    contact_name: '',
    email: '',
    phone: '',
    mobile: '',
    website: '',
    language_code: 'en',
    currency_id: defaults.currency_id,
    payment_terms: '30',
    pricebook_id: '',
    owner_id: defaults.owner_id ?? '',
    is_portal_enabled: false,
    billing_address: blankAddress(),
    shipping_address: blankAddress(),
    persons: [],
    custom: {},
    notes: '',
  };
}

export function valuesFromContact(c: Contact): FormValues {
  const primary = c.contact_persons.find((p) => p.is_primary_contact);
  const others = c.contact_persons.filter((p) => p !== primary);
  const custom: Record<string, string> = {};
  for (const f of c.custom_fields) custom[cfKey(f.customfield_id)] = f.value === null ? '' : String(f.value);
  return {
    customer_sub_type: c.customer_sub_type,
    primary_person_id: primary?.contact_person_id,
    salutation: primary?.salutation ?? '',
    first_name: primary?.first_name ?? '',
    last_name: primary?.last_name ?? '',
    company_name: c.company_name,
    contact_name: c.contact_name,
    email: primary?.email ?? c.email,
    phone: primary?.phone ?? c.phone,
    mobile: primary?.mobile ?? c.mobile,
    website: c.website,
    language_code: c.language_code || 'en',
    currency_id: c.currency_id,
    payment_terms: String(c.payment_terms),
    pricebook_id: c.pricebook_id,
    owner_id: c.owner_id,
    is_portal_enabled: c.is_portal_enabled,
    billing_address: { ...blankAddress(), ...c.billing_address },
    shipping_address: { ...blankAddress(), ...c.shipping_address },
    persons: others.map((p) => ({
      contact_person_id: p.contact_person_id,
      salutation: p.salutation,
      first_name: p.first_name,
      last_name: p.last_name,
      email: p.email,
      phone: p.phone,
      mobile: p.mobile,
      designation: p.designation,
      department: p.department,
    })),
    custom,
    notes: c.notes,
  };
}

const hasAny = (p: Partial<PersonValues>) => [p.salutation, p.first_name, p.last_name, p.email, p.phone, p.mobile].some((x) => x && x.trim());

/** The API payload for the form's values. */
export function toPayload(v: FormValues, fields: CustomField[], lastModified?: string): ContactInput {
  const primary = {
    ...(v.primary_person_id ? { contact_person_id: v.primary_person_id } : {}),
    salutation: v.salutation,
    first_name: v.first_name.trim(),
    last_name: v.last_name.trim(),
    email: v.email.trim(),
    phone: v.phone.trim(),
    mobile: v.mobile.trim(),
    designation: '',
    department: '',
    is_primary_contact: true,
  };
  const others = v.persons.filter(hasAny).map((p) => ({ ...p, email: p.email.trim(), is_primary_contact: false }));
  const contact_persons = hasAny(primary) || others.length ? [primary, ...others] : [];
  const custom_fields = fields
    .filter((f) => cfKey(f.customfield_id) in v.custom)
    .map((f) => {
      const raw = (v.custom[cfKey(f.customfield_id)] ?? '').trim();
      // A number only when the contract takes it; anything else goes as typed, for the API to name.
      const n = f.data_type === 'number' ? readBoundedNumber(raw) : null;
      const value = raw === '' ? null : n?.ok ? n.value : raw;
      return { customfield_id: f.customfield_id, value };
    });
  return {
    contact_name: v.contact_name,
    company_name: v.company_name.trim(),
    customer_sub_type: v.customer_sub_type,
    salutation: v.salutation,
    first_name: v.first_name.trim(),
    last_name: v.last_name.trim(),
    email: v.email.trim(),
    phone: v.phone.trim(),
    mobile: v.mobile.trim(),
    website: v.website.trim(),
    language_code: v.language_code,
    currency_id: v.currency_id,
    payment_terms: Number(v.payment_terms),
    pricebook_id: v.pricebook_id,
    owner_id: v.owner_id || null,
    is_portal_enabled: v.is_portal_enabled,
    notes: v.notes,
    billing_address: v.billing_address,
    shipping_address: v.shipping_address,
    contact_persons,
    custom_fields,
    ...(lastModified ? { last_modified_time: lastModified } : {}),
  };
}

/** API/schema field paths → the form field that shows the message. */
export function formFieldFor(path: string): string {
  const m = /^contact_persons\.(\d+)\.(\w+)$/.exec(path);
  if (m) {
    const index = Number(m[1]);
    return index === 0 ? m[2]! : `persons.${index - 1}.${m[2]}`;
  }
  if (path.startsWith('custom_fields')) return 'custom';
  if (path === 'payment_terms_label') return 'payment_terms';
  return path;
}

export type { FlatErrors as FormErrors } from '../../../components/forms/form-errors';

/** Validate with the contract's schema; errors keyed by form field. */
export function validate(v: FormValues, fields: CustomField[]): FormErrors {
  const result = contactInputSchema.safeParse(toPayload(v, fields));
  const errors: FormErrors = {};
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = formFieldFor(issue.path.join('.'));
      errors[key] ??= issue.message;
    }
  }
  for (const f of fields) {
    const raw = (v.custom[cfKey(f.customfield_id)] ?? '').trim();
    const n = raw && f.data_type === 'number' ? readBoundedNumber(raw) : null;
    if (n && !n.ok) errors[`custom.${cfKey(f.customfield_id)}`] = n.reason === 'not_number' ? 'Enter a number.' : boundedNumberMessage(f.label, n.reason);
    // Text values follow the contract's name rules; the API words the refusal the same way.
    const bad = f.data_type === 'text' ? findForbiddenChar(normaliseName(raw)) : null;
    if (bad) errors[`custom.${cfKey(f.customfield_id)}`] = forbiddenCharMessage(f.label, bad);
  }
  return errors;
}

/** Display-name suggestions from the primary contact and company, as Zoho offers them. */
export function displayNameSuggestions(v: Pick<FormValues, 'salutation' | 'first_name' | 'last_name' | 'company_name'>): string[] {
  const first = v.first_name.trim();
  const last = v.last_name.trim();
  const out = [
    v.company_name.trim(),
    [first, last].filter(Boolean).join(' '),
    [v.salutation, first, last].filter(Boolean).join(' '),
    last && first ? `${last}, ${first}` : '',
    last && first ? `${last} ${first}` : '',
  ];
  return [...new Set(out.filter(Boolean))];
}
