/**
 * The audit trail (api.md "Audit trail"): what a write changed on a customer, field by field,
 * with each value as the form shows it (choices by their label, ids by their names). Every
 * write that changes a contact record (edit, bulk update, owner, status, portal, reminders,
 * persons, addresses, import, merge) records `diffContact(db, before, after)` on its history
 * entry, so the rules live here once.
 */
import type { AdditionalAddress, Address, ContactPerson, DefaultTemplates, HistoryChange } from '../../src/api/schemas';
import { MAX_HISTORY_CHANGES, MAX_HISTORY_VALUE_LENGTH } from '../../src/api/limits';
import type { Database } from '../db/store';
import type { ContactRecord } from '../db/types';
import { formatAmount } from './money';
import { personName, primaryOf } from './persons';

export type { HistoryChange };

const change = (field: string, label: string, old_value: string, new_value: string): HistoryChange => ({ field, label, old_value, new_value });

const TEXT_FIELDS: [keyof ContactRecord & string, string][] = [
  ['contact_name', 'Display Name'],
  ['company_name', 'Company Name'],
  ['website', 'Website'],
  ['notes', 'Remarks'],
];

/** Mirrored from the primary person (persons.ts withMirror): listed here only when no person holds them. */
const MIRRORED_FIELDS: [keyof ContactRecord & string, string][] = [
  ['email', 'Email'],
  ['phone', 'Phone'],
  ['mobile', 'Mobile'],
];

const ADDRESS_PARTS: [keyof Address, string][] = [
  ['attention', 'Attention'],
  ['address', 'Street 1'],
  ['street2', 'Street 2'],
  ['city', 'City'],
  ['state', 'State'],
  ['zip', 'ZIP Code'],
  ['country', 'Country'],
  ['phone', 'Phone'],
  ['fax', 'Fax'],
];

const PERSON_PARTS: [keyof ContactPerson, string][] = [
  ['salutation', 'Salutation'],
  ['first_name', 'First Name'],
  ['last_name', 'Last Name'],
  ['email', 'Email'],
  ['phone', 'Phone'],
  ['mobile', 'Mobile'],
  ['designation', 'Designation'],
  ['department', 'Department'],
];

const TEMPLATE_SLOTS: [keyof DefaultTemplates, string][] = [
  ['invoice_template_id', 'Invoice Template'],
  ['invoice_email_template_id', 'Invoice Email Template'],
  ['statement_template_id', 'Statement Template'],
  ['statement_email_template_id', 'Statement Email Template'],
  ['payment_thankyou_template_id', 'Payment Thank-you Template'],
  ['payment_thankyou_email_template_id', 'Payment Thank-you Email Template'],
];

const LANGUAGES: Record<string, string> = { en: 'English', ja: 'Japanese' };
const SUB_TYPES: Record<string, string> = { business: 'Business', individual: 'Individual' };

/** A value as a history entry holds it: bounded (api MAX_HISTORY_VALUE_LENGTH). */
function bounded(value: string): string {
  return value.length > MAX_HISTORY_VALUE_LENGTH ? `${value.slice(0, MAX_HISTORY_VALUE_LENGTH - 1)}…` : value;
}

/** One line for a person: "Ms. Ann Lee <ann@example.com>". */
export function personSummary(p: ContactPerson): string {
  const name = [p.salutation, p.first_name, p.last_name].filter(Boolean).join(' ');
  if (name && p.email) return `${name} <${p.email}>`;
  return name || p.email || p.phone || p.mobile || `#${p.contact_person_id}`;
}

/** One line for an address: its filled parts, comma-separated. */
export function addressSummary(a: Address): string {
  return ADDRESS_PARTS.map(([k]) => a[k])
    .filter(Boolean)
    .join(', ');
}

function diffAddress(prefix: 'billing_address' | 'shipping_address', title: string, before: Address, after: Address, out: HistoryChange[]) {
  for (const [k, label] of ADDRESS_PARTS) {
    if ((before[k] ?? '') !== (after[k] ?? '')) out.push(change(`${prefix}.${k}`, `${title} ${label}`, before[k] ?? '', after[k] ?? ''));
  }
}

/** Persons by id: added and removed as one line each, changed field by field, and the primary. */
export function diffPersons(before: ContactPerson[], after: ContactPerson[]): HistoryChange[] {
  const out: HistoryChange[] = [];
  const was = new Map(before.map((p) => [p.contact_person_id, p]));
  const now = new Map(after.map((p) => [p.contact_person_id, p]));
  for (const p of after) {
    const old = was.get(p.contact_person_id);
    if (!old) {
      out.push(change(`contact_persons.${p.contact_person_id}`, 'Contact Person Added', '', personSummary(p)));
      continue;
    }
    const who = personName(p);
    for (const [k, label] of PERSON_PARTS) {
      const a = String(old[k] ?? '');
      const b = String(p[k] ?? '');
      if (a !== b) out.push(change(`contact_persons.${p.contact_person_id}.${k}`, `Contact Person ${label} (${who})`, a, b));
    }
  }
  for (const p of before) {
    if (!now.has(p.contact_person_id)) out.push(change(`contact_persons.${p.contact_person_id}`, 'Contact Person Removed', personSummary(p), ''));
  }
  const primaryBefore = primaryOf(before);
  const primaryAfter = primaryOf(after);
  if ((primaryBefore?.contact_person_id ?? '') !== (primaryAfter?.contact_person_id ?? '')) {
    out.push(
      change('primary_contact_id', 'Primary Contact Person', primaryBefore ? personName(primaryBefore) : '', primaryAfter ? personName(primaryAfter) : ''),
    );
  }
  return out;
}

function diffAdditionalAddresses(before: AdditionalAddress[], after: AdditionalAddress[]): HistoryChange[] {
  const out: HistoryChange[] = [];
  const was = new Map(before.map((a) => [a.address_id, a]));
  const now = new Set(after.map((a) => a.address_id));
  for (const a of after) {
    const old = was.get(a.address_id);
    const line = addressSummary(a);
    if (!old) out.push(change(`addresses.${a.address_id}`, 'Additional Address', '', line));
    else if (addressSummary(old) !== line) out.push(change(`addresses.${a.address_id}`, 'Additional Address', addressSummary(old), line));
  }
  for (const a of before) if (!now.has(a.address_id)) out.push(change(`addresses.${a.address_id}`, 'Additional Address', addressSummary(a), ''));
  return out;
}

function diffCustomFields(db: Database, before: ContactRecord, after: ContactRecord): HistoryChange[] {
  const out: HistoryChange[] = [];
  const text = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  const was = new Map(before.custom_fields.map((f) => [f.customfield_id, f]));
  const now = new Map(after.custom_fields.map((f) => [f.customfield_id, f]));
  const ids = [...new Set([...was.keys(), ...now.keys()])].sort((a, b) => Number(a) - Number(b));
  for (const id of ids) {
    const a = text(was.get(id)?.value);
    const b = text(now.get(id)?.value);
    if (a === b) continue;
    const def = db.tables.customFields.get(id);
    const label = def?.label ?? now.get(id)?.label ?? was.get(id)?.label ?? `Custom field ${id}`;
    out.push(change(def?.api_name ?? `custom_fields.${id}`, label, a, b));
  }
  return out;
}

/**
 * What changed from `before` to `after`, in the form's order: profile, choices, state,
 * addresses, persons, custom fields, templates. Unchanged fields are left out; an identical
 * record gives []. Bounded: at most MAX_HISTORY_CHANGES changes.
 */
export function diffContact(db: Database, before: ContactRecord, after: ContactRecord): HistoryChange[] {
  const out: HistoryChange[] = [];
  const user = (id: string) => (id ? (db.tables.users.get(id)?.name ?? id) : '');
  const currency = (id: string) => (id ? (db.tables.currencies.get(id)?.currency_code ?? id) : '');
  const pricebook = (id: string) => (id ? (db.tables.pricebooks.get(id)?.name ?? id) : '');
  const template = (id: string) => (id ? (db.tables.templates.get(id)?.template_name ?? id) : '');
  const contactName = (id: string) => (id ? (db.tables.contacts.get(id)?.contact_name ?? id) : '');
  const onOff = (on: boolean, off: string) => (on ? 'Enabled' : off);
  const choice = (field: string, label: string, a: string, b: string) => {
    if (a !== b) out.push(change(field, label, a, b));
  };

  for (const [k, label] of TEXT_FIELDS) choice(k, label, String(before[k] ?? ''), String(after[k] ?? ''));
  choice(
    'customer_sub_type',
    'Customer Type',
    SUB_TYPES[before.customer_sub_type] ?? before.customer_sub_type,
    SUB_TYPES[after.customer_sub_type] ?? after.customer_sub_type,
  );
  choice('language_code', 'Language', LANGUAGES[before.language_code] ?? before.language_code, LANGUAGES[after.language_code] ?? after.language_code);
  if (!primaryOf(before.contact_persons) && !primaryOf(after.contact_persons)) {
    for (const [k, label] of MIRRORED_FIELDS) choice(k, label, String(before[k] ?? ''), String(after[k] ?? ''));
  }
  choice('currency_id', 'Currency', currency(before.currency_id), currency(after.currency_id));
  if (before.payment_terms !== after.payment_terms || before.payment_terms_label !== after.payment_terms_label) {
    out.push(change('payment_terms', 'Payment Terms', before.payment_terms_label, after.payment_terms_label));
  }
  choice('pricebook_id', 'Price List', pricebook(before.pricebook_id), pricebook(after.pricebook_id));
  choice('owner_id', 'Owner', user(before.owner_id), user(after.owner_id));
  choice('status', 'Status', before.status === 'active' ? 'Active' : 'Inactive', after.status === 'active' ? 'Active' : 'Inactive');
  choice('merged_into_contact_id', 'Merged Into', contactName(before.merged_into_contact_id), contactName(after.merged_into_contact_id));
  choice('is_portal_enabled', 'Portal Access', onOff(before.is_portal_enabled, 'Disabled'), onOff(after.is_portal_enabled, 'Disabled'));
  choice('payment_reminder_enabled', 'Payment Reminders', onOff(before.payment_reminder_enabled, 'Stopped'), onOff(after.payment_reminder_enabled, 'Stopped'));
  if (before.unused_credits_minor !== after.unused_credits_minor) {
    const precision = db.tables.currencies.get(after.currency_id)?.price_precision ?? 2;
    const code = currency(after.currency_id);
    out.push(
      change(
        'unused_credits',
        'Unused Credits',
        formatAmount(before.unused_credits_minor, precision, code),
        formatAmount(after.unused_credits_minor, precision, code),
      ),
    );
  }
  diffAddress('billing_address', 'Billing', before.billing_address, after.billing_address, out);
  diffAddress('shipping_address', 'Shipping', before.shipping_address, after.shipping_address, out);
  out.push(...diffAdditionalAddresses(before.addresses ?? [], after.addresses ?? []));
  out.push(...diffPersons(before.contact_persons, after.contact_persons));
  out.push(...diffCustomFields(db, before, after));
  for (const [slot, label] of TEMPLATE_SLOTS) {
    choice(`default_templates.${slot}`, label, template(before.default_templates[slot] ?? ''), template(after.default_templates[slot] ?? ''));
  }
  return boundChanges(out);
}

/** At most MAX_HISTORY_CHANGES changes, each value within MAX_HISTORY_VALUE_LENGTH. */
export function boundChanges(changes: HistoryChange[]): HistoryChange[] {
  return changes.slice(0, MAX_HISTORY_CHANGES).map((c) => ({ ...c, old_value: bounded(c.old_value), new_value: bounded(c.new_value) }));
}

/** Only the changes to these fields (a one-click action's own line). */
export const changesOf = (changes: HistoryChange[], fields: string[]): HistoryChange[] => changes.filter((c) => fields.includes(c.field));

/** What a merge moved off one customer, by kind (only kinds with something moved). */
export interface MovedCounts {
  invoices: number;
  payments: number;
  emails: number;
  history: number;
}
const MOVED_KINDS: [keyof MovedCounts, string, string][] = [
  ['invoices', 'Invoices', 'invoice'],
  ['payments', 'Payments', 'payment'],
  ['emails', 'Emails', 'email'],
  ['history', 'History Entries', 'history entry'],
];
const plural = (n: number, one: string) => `${n} ${n === 1 ? one : one.endsWith('y') ? `${one.slice(0, -1)}ies` : `${one}s`}`;

/** The merged-away customer's side: each kind's count before (what it had) and after (0). */
export function movedAwayChanges(moved: MovedCounts, masterName: string): HistoryChange[] {
  return MOVED_KINDS.filter(([k]) => moved[k] > 0).map(([k, label]) => change(`moved.${k}`, `${label} (moved to ${masterName})`, String(moved[k]), '0'));
}

/** The master's side: one line per merged-away customer saying what came from it. */
export function movedInChange(fromId: string, fromName: string, moved: MovedCounts): HistoryChange {
  const parts = MOVED_KINDS.filter(([k]) => moved[k] > 0).map(([k, , one]) => plural(moved[k], one));
  return change(`merged.${fromId}`, `Merged from ${fromName}`, '', parts.length ? parts.join(', ') : 'No transactions');
}
