/** Stored contact → the API's contact and summary shapes (computed fields filled in). */
import type { Contact, ContactSummary, CustomFieldValue, DefaultTemplatesView } from '../../src/api/schemas';
import type { Database } from '../db/store';
import type { ContactRecord } from '../db/types';
import { hasTransactions, totalsOf, type ContactTotals } from '../db/derived';
import { toMajor } from './money';

export function precisionOf(db: Database, currencyId: string): number {
  return db.tables.currencies.get(currencyId)?.price_precision ?? 2;
}

export function currencyCodeOf(db: Database, currencyId: string): string {
  return db.tables.currencies.get(currencyId)?.currency_code ?? '';
}

/** Custom fields by id with Zoho's 1-based `index`, built once per database version. */
const fieldIndexCache = new WeakMap<Database, { version: number; byId: Map<string, { index: number; label: string; api_name?: string }> }>();

function customFieldIndex(db: Database) {
  const hit = fieldIndexCache.get(db);
  if (hit && hit.version === db.version) return hit.byId;
  const byId = new Map<string, { index: number; label: string; api_name?: string }>();
  db.tables.customFields
    .all()
    .sort((a, b) => Number(a.customfield_id) - Number(b.customfield_id))
    .forEach((f, i) => byId.set(f.customfield_id, { index: i + 1, label: f.label, api_name: f.api_name }));
  fieldIndexCache.set(db, { version: db.version, byId });
  return byId;
}

/** A record's custom field values as Zoho answers them: with `index`, `label` and `api_name`. */
export function customFieldsView(db: Database, c: ContactRecord): CustomFieldValue[] {
  const byId = customFieldIndex(db);
  return c.custom_fields.map((f) => {
    const def = byId.get(f.customfield_id);
    return def
      ? { customfield_id: f.customfield_id, index: def.index, ...(def.api_name ? { api_name: def.api_name } : {}), label: def.label, value: f.value }
      : { ...f, label: f.label ?? '' };
  });
}

/** Default templates with each template's name, and Zoho's estimate/credit note slots (unused, empty). */
export function defaultTemplatesView(db: Database, c: ContactRecord): DefaultTemplatesView {
  const t = c.default_templates;
  const name = (id: string) => (id ? (db.tables.templates.get(id)?.template_name ?? '') : '');
  return {
    ...t,
    invoice_template_name: name(t.invoice_template_id),
    invoice_email_template_name: name(t.invoice_email_template_id),
    statement_template_name: name(t.statement_template_id),
    statement_email_template_name: name(t.statement_email_template_id),
    payment_thankyou_template_name: name(t.payment_thankyou_template_id),
    payment_thankyou_email_template_name: name(t.payment_thankyou_email_template_id),
    estimate_template_id: '',
    estimate_template_name: '',
    estimate_email_template_id: '',
    estimate_email_template_name: '',
    creditnote_template_id: '',
    creditnote_template_name: '',
    creditnote_email_template_id: '',
    creditnote_email_template_name: '',
  };
}

/**
 * The fields Zoho's contacts carry beside ours. The mock keeps no exchange rates, so the base
 * currency amounts (`*_bcy`) equal the customer's own; payables are a vendor's, 0 for customers.
 */
function zohoFields(db: Database, c: ContactRecord, totals: ContactTotals, p: number) {
  const primary = c.contact_persons.find((x) => x.is_primary_contact);
  const currency = db.tables.currencies.get(c.currency_id);
  return {
    contact_type: 'customer',
    contact_salutation: primary?.salutation ?? '',
    first_name: primary?.first_name ?? '',
    last_name: primary?.last_name ?? '',
    primary_contact_id: primary?.contact_person_id ?? '',
    currency_symbol: currency?.currency_symbol ?? '',
    price_precision: p,
    outstanding_receivable_amount_bcy: toMajor(totals.outstanding_minor, p),
    unused_credits_receivable_amount_bcy: toMajor(c.unused_credits_minor, p),
    outstanding_payable_amount: 0,
    unused_credits_payable_amount: 0,
    is_crm_customer: false,
    custom_fields: customFieldsView(db, c),
    default_templates: defaultTemplatesView(db, c),
  };
}

export function toContactSummary(db: Database, c: ContactRecord): ContactSummary {
  const p = precisionOf(db, c.currency_id);
  const totals = totalsOf(db, c.contact_id);
  return {
    ...zohoFields(db, c, totals, p),
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
    created_time: c.created_time,
    last_modified_time: c.last_modified_time,
  };
}

export function toContact(db: Database, c: ContactRecord): Contact {
  const p = precisionOf(db, c.currency_id);
  const totals = totalsOf(db, c.contact_id);
  // The stored minor-unit credit is the mock's own bookkeeping, not a field of the API, and
  // additional addresses have their own call (GET /contacts/{id}/address), as in Zoho.
  const { unused_credits_minor, addresses: _addresses, ...stored } = c;
  return {
    ...stored,
    ...zohoFields(db, c, totals, p),
    currency_code: currencyCodeOf(db, c.currency_id),
    owner_name: c.owner_id ? (db.tables.users.get(c.owner_id)?.name ?? '') : '',
    has_transaction: hasTransactions(db, c.contact_id),
    outstanding_receivable_amount: toMajor(totals.outstanding_minor, p),
    unused_credits_receivable_amount: toMajor(unused_credits_minor, p),
    overdue_amount: toMajor(totals.overdue_minor, p),
    merged_into_contact_name: c.merged_into_contact_id ? (db.tables.contacts.get(c.merged_into_contact_id)?.contact_name ?? '') : '',
  };
}
