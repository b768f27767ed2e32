/**
 * Record builders with complete defaults, used by scenarios, rules and tests alike, so a new
 * field is added in one place.
 */
import type { Address, ContactPerson } from '../../src/api/schemas';
import type { Tx } from './store';
import type { ContactRecord, InvoiceRecord, PaymentRecord } from './types';
import { DEFAULT_TEMPLATES } from '../scenarios/reference';
import { lineMinor } from '../rules/money';

export const emptyAddress = (): Address => ({
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

export function contactPerson(p: Partial<ContactPerson> & { contact_person_id: string }): ContactPerson {
  return {
    salutation: '',
    first_name: '',
    last_name: '',
    email: '',
    phone: '',
    mobile: '',
    designation: '',
    department: '',
    is_primary_contact: false,
    ...p,
  };
}

export function contactRecord(c: Partial<ContactRecord> & { contact_id: string; contact_name: string }, time = '2026-01-01T00:00:00.000+00:00'): ContactRecord {
  return {
    company_name: '',
    customer_sub_type: 'business',
    email: '',
    phone: '',
    mobile: '',
    website: '',
    language_code: 'en',
    currency_id: '1',
    payment_terms: 30,
    payment_terms_label: 'Net 30',
    pricebook_id: '',
    owner_id: '',
    status: 'active',
    is_portal_enabled: false,
    payment_reminder_enabled: true,
    notes: '',
    billing_address: emptyAddress(),
    shipping_address: emptyAddress(),
    contact_persons: [],
    custom_fields: [],
    default_templates: { ...DEFAULT_TEMPLATES },
    merged_into_contact_id: '',
    unused_credits_minor: 0,
    created_time: time,
    last_modified_time: time,
    ...c,
  };
}

/** An invoice whose total is computed from its lines; `paid_minor` reduces the balance. */
export function invoiceRecord(
  i: Omit<Partial<InvoiceRecord>, 'total_minor' | 'balance_minor'> & {
    invoice_id: string;
    customer_id: string;
    date: string;
    due_date: string;
    currency_code: string;
    line_items: InvoiceRecord['line_items'];
    precision: number;
    paid_minor?: number;
  },
): InvoiceRecord {
  const { precision, paid_minor = 0, ...rest } = i;
  const total = rest.line_items.reduce((s, l) => s + lineMinor(l.rate, l.quantity, precision), 0);
  return {
    invoice_number: `INV-${rest.invoice_id.padStart(6, '0')}`,
    created_time: `${rest.date}T09:00:00.000+00:00`,
    ...rest,
    total_minor: total,
    balance_minor: total - paid_minor,
  };
}

export function paymentRecord(
  p: Partial<PaymentRecord> & { payment_id: string; customer_id: string; date: string; amount_minor: number; currency_code: string },
): PaymentRecord {
  return {
    payment_number: String(p.payment_id),
    invoices: [],
    created_time: `${p.date}T10:00:00.000+00:00`,
    ...p,
  };
}

/** Insert a contact inside a transaction, taking the next ids for it and its persons. */
export function insertContact(
  tx: Tx,
  c: Partial<ContactRecord> & { contact_name: string },
  persons: Omit<Partial<ContactPerson>, 'contact_person_id'>[] = [],
): ContactRecord {
  const contact_persons = persons.map((p, i) => contactPerson({ is_primary_contact: i === 0, ...p, contact_person_id: tx.nextId('contact_person') }));
  const primary = contact_persons.find((p) => p.is_primary_contact);
  return tx.contacts.put(
    contactRecord({
      email: primary?.email ?? '',
      phone: primary?.phone ?? '',
      mobile: primary?.mobile ?? '',
      ...c,
      contact_id: tx.nextId('contact'),
      contact_persons,
    }),
  );
}
