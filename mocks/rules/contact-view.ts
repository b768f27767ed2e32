/** Stored contact → the API's contact and summary shapes (computed fields filled in). */
import type { Contact, ContactSummary } from '../../src/api/schemas';
import type { Database } from '../db/store';
import type { ContactRecord } from '../db/types';
import { hasTransactions, totalsOf } from '../db/derived';
import { toMajor } from './money';

export function precisionOf(db: Database, currencyId: string): number {
  return db.tables.currencies.get(currencyId)?.price_precision ?? 2;
}

export function currencyCodeOf(db: Database, currencyId: string): string {
  return db.tables.currencies.get(currencyId)?.currency_code ?? '';
}

export function toContactSummary(db: Database, c: ContactRecord): ContactSummary {
  const p = precisionOf(db, c.currency_id);
  const totals = totalsOf(db, c.contact_id);
  const primary = c.contact_persons.find((x) => x.is_primary_contact);
  return {
    contact_id: c.contact_id,
    contact_name: c.contact_name,
    company_name: c.company_name,
    customer_sub_type: c.customer_sub_type,
    email: c.email,
    phone: c.phone,
    mobile: c.mobile,
    currency_id: c.currency_id,
    currency_code: currencyCodeOf(db, c.currency_id),
    payment_terms: c.payment_terms,
    payment_terms_label: c.payment_terms_label,
    owner_id: c.owner_id,
    owner_name: c.owner_id ? (db.tables.users.get(c.owner_id)?.name ?? '') : '',
    status: c.status,
    is_portal_enabled: c.is_portal_enabled,
    payment_reminder_enabled: c.payment_reminder_enabled,
    has_transaction: hasTransactions(db, c.contact_id),
    outstanding_receivable_amount: toMajor(totals.outstanding_minor, p),
    unused_credits_receivable_amount: toMajor(c.unused_credits_minor, p),
    is_overdue: totals.overdue_minor > 0,
    merged_into_contact_id: c.merged_into_contact_id,
    first_name: primary?.first_name ?? '',
    last_name: primary?.last_name ?? '',
    created_time: c.created_time,
    last_modified_time: c.last_modified_time,
  };
}

export function toContact(db: Database, c: ContactRecord): Contact {
  const p = precisionOf(db, c.currency_id);
  const totals = totalsOf(db, c.contact_id);
  const fields = db.tables.customFields;
  // The stored minor-unit credit is the mock's own bookkeeping, not a field of the API.
  const { unused_credits_minor, ...stored } = c;
  return {
    ...stored,
    currency_code: currencyCodeOf(db, c.currency_id),
    owner_name: c.owner_id ? (db.tables.users.get(c.owner_id)?.name ?? '') : '',
    custom_fields: c.custom_fields.map((f) => ({ ...f, label: fields.get(f.customfield_id)?.label ?? f.label })),
    has_transaction: hasTransactions(db, c.contact_id),
    outstanding_receivable_amount: toMajor(totals.outstanding_minor, p),
    unused_credits_receivable_amount: toMajor(unused_credits_minor, p),
    overdue_amount: toMajor(totals.overdue_minor, p),
    merged_into_contact_name: c.merged_into_contact_id
      ? (db.tables.contacts.get(c.merged_into_contact_id)?.contact_name ?? '')
      : '',
  };
}
