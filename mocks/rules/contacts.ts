/**
 * Create/update of a customer: one function turns an input (and the stored record, for an
 * update) into the record to store, or throws the API's refusal. Import and clone reuse it,
 * so a contact is validated the same way whichever door it comes through.
 */
import { z } from 'zod/mini';
import { contactInputSchema, ErrorCode, type FieldError, type User, type CustomFieldValue } from '../../src/api/schemas';
import type { Database } from '../db/store';
import type { ContactRecord } from '../db/types';
import { contactRecord, emptyAddress } from '../db/builders';
import { duplicateNameKey, hasTransactions } from '../db/derived';
import { DEFAULT_TEMPLATES } from '../scenarios/reference';
import { can, isValidOwner } from './access';
import { contactsNamed } from '../db/contact-index';
import { mergeCustomFields, uniqueFieldErrors } from './custom-fields';
import { fieldErrors, refuse, safeParseInput, sentKeys } from './failure';
import { applyPrimaryFields, hasEmail, resolvePersons, withMirror, type PrimaryFields } from './persons';
import { mergedPortalRefusal } from './portal';
import { checkTemplates, paymentTermsLabel } from './references';
import { assertSameVersionTime } from './versions';

/**
 * The input's field rules without the schema's cross-field refinements: the API answers those
 * with its own codes (3005 for the portal) after merging with the stored record.
 */
export const contactInputFields = z.object(contactInputSchema.shape);
export type ContactFields = z.output<typeof contactInputFields>;

/** A parsed input plus the keys the client actually sent (an update changes only those). */
export interface ContactDraft {
  input: ContactFields;
  sent: Set<string>;
  /** The body as sent, for nested objects whose missing keys zod fills with defaults. */
  raw: Record<string, unknown>;
}

/**
 * The parsed values of the keys actually present in `raw`: `addressSchema.partial()` still
 * fills every missing key with '', which would blank the stored address on a partial update.
 */
export function sentOnly<T extends object>(parsed: T, raw: unknown): Partial<T> {
  const keys = sentKeys(raw);
  return Object.fromEntries(Object.entries(parsed).filter(([k]) => keys.has(k))) as Partial<T>;
}

export function parseContactInput(raw: unknown, prefix = ''): ContactDraft {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw refuse.invalid([{ field: prefix || 'body', message: 'Expected a contact object.' }]);
  }
  const result = safeParseInput(contactInputFields, raw);
  if (!result.success) {
    const errors = fieldErrors(result.error, prefix).map((e) =>
      e.field.endsWith('contact_name') && e.message.endsWith('is required.') ? { ...e, message: 'Display name is required.' } : e,
    );
    throw refuse.invalid(errors);
  }
  return { input: result.data, sent: sentKeys(raw), raw: raw as Record<string, unknown> };
}

export function allowsDuplicateNames(db: Database): boolean {
  return db.tables.settings.get('settings')?.preferences.allow_duplicate_contact_names ?? false;
}

/** 3001 unless the org allows duplicates; `selfId` is the contact being renamed. */
export function assertNameAvailable(db: Database, name: string, selfId?: string, field = 'contact_name'): void {
  if (allowsDuplicateNames(db)) return;
  if (contactsNamed(db, name).some((c) => c.contact_id !== selfId)) {
    throw refuse.rule(ErrorCode.duplicateName, `A customer with the display name "${name.trim()}" already exists.`, field);
  }
}

/** Who may set `target` as owner of a contact now owned by `current` (403 / 3007 otherwise). */
export function assertOwnerChange(db: Database, user: User, current: string, target: string): void {
  if (target === current) return;
  if (!can(user, 'change_owner')) throw refuse.forbidden('owner_id');
  if (target) assertValidOwner(db, target);
}

export function assertValidOwner(db: Database, userId: string): void {
  if (!isValidOwner(db.tables.users.get(userId))) {
    throw refuse.rule(ErrorCode.invalidOwner, 'The owner must be an active user with the role "Staff (Assigned Customers Only)".', 'owner_id');
  }
}

export interface ResolveContext {
  db: Database;
  user: User;
  /** The stored record for an update; absent for a create. */
  existing?: ContactRecord;
  /** Ids for a new contact and new persons (a validation-only pass may hand out placeholders). */
  newId: (counter: 'contact' | 'contact_person') => string;
  now: string;
}

function newRecord(ctx: ResolveContext, name: string): ContactRecord {
  const prefs = ctx.db.tables.settings.get('settings')?.preferences;
  return contactRecord(
    {
      contact_id: ctx.newId('contact'),
      contact_name: name,
      currency_id: prefs?.base_currency_id ?? '1',
      default_templates: { ...DEFAULT_TEMPLATES },
    },
    ctx.now,
  );
}

/** The record to store for a create (no `existing`) or an update; throws a RuleFailure. */
export function resolveContact(ctx: ResolveContext, draft: ContactDraft): ContactRecord {
  const { db, user, existing } = ctx;
  const { input, sent } = draft;
  if (existing && sent.has('last_modified_time')) assertSameVersionTime(existing, input.last_modified_time ?? '');
  // A create takes every field (with the schema's defaults); an update only those sent.
  const given = (key: keyof ContactFields): boolean => !existing || sent.has(key);
  const base = existing ?? newRecord(ctx, input.contact_name);
  const next: ContactRecord = { ...base, last_modified_time: ctx.now };
  const errors: FieldError[] = [];

  for (const key of ['contact_name', 'company_name', 'website', 'language_code', 'notes'] as const) {
    if (given(key)) next[key] = input[key];
  }
  if (given('customer_sub_type')) next.customer_sub_type = input.customer_sub_type;
  if (given('is_portal_enabled')) next.is_portal_enabled = input.is_portal_enabled;
  if (input.payment_reminder_enabled !== undefined && given('payment_reminder_enabled')) {
    next.payment_reminder_enabled = input.payment_reminder_enabled;
  }

  // Ownership first: a refusal here is a 403, whatever else is wrong with the input.
  const requestedOwner = given('owner_id') ? (input.owner_id ?? '') : base.owner_id;
  if (user.role === 'staff_assigned') {
    // Their new customers are theirs; they may never hand one to someone else.
    const own = existing ? base.owner_id : user.user_id;
    const asked = input.owner_id ?? '';
    if (sent.has('owner_id') && asked !== own && !(asked === '' && !existing)) throw refuse.forbidden('owner_id');
    next.owner_id = own;
  } else {
    assertOwnerChange(db, user, base.owner_id, requestedOwner);
    next.owner_id = requestedOwner;
  }

  if (input.currency_id !== undefined && given('currency_id')) {
    if (db.tables.currencies.has(input.currency_id)) next.currency_id = input.currency_id;
    else errors.push({ field: 'currency_id', message: 'Currency does not exist.' });
  }
  if (input.payment_terms !== undefined && given('payment_terms')) {
    next.payment_terms = input.payment_terms;
    next.payment_terms_label = paymentTermsLabel(db, input.payment_terms, input.payment_terms_label);
  }
  if (given('pricebook_id')) {
    if (input.pricebook_id && !db.tables.pricebooks.has(input.pricebook_id)) {
      errors.push({ field: 'pricebook_id', message: 'Price list does not exist.' });
    } else next.pricebook_id = input.pricebook_id;
  }
  for (const key of ['billing_address', 'shipping_address'] as const) {
    const address = input[key];
    if (address && given(key)) next[key] = { ...emptyAddress(), ...base[key], ...sentOnly(address, draft.raw[key]) };
  }
  if (input.default_templates && given('default_templates')) {
    next.default_templates = { ...base.default_templates, ...sentOnly(input.default_templates, draft.raw.default_templates) };
    errors.push(...checkTemplates(db, next.default_templates));
  }
  if (given('custom_fields')) {
    const merged = mergeCustomFields(db, base.custom_fields, input.custom_fields);
    next.custom_fields = merged.values;
    errors.push(...merged.errors);
    // A unique field (Customer Code) identifies one customer, so upserts never find two.
    // Only values that change are checked, so a record stored before the rule can still be edited.
    const changed = merged.values.filter((f) => !base.custom_fields.some((b) => b.customfield_id === f.customfield_id && b.value === f.value));
    if (!merged.errors.length) {
      const at = (f: CustomFieldValue) => `custom_fields.${input.custom_fields.findIndex((x) => x.customfield_id === f.customfield_id)}.value`;
      errors.push(...uniqueFieldErrors(db, changed, existing?.contact_id, at));
    }
  }

  let persons = base.contact_persons;
  if (given('contact_persons')) {
    const resolved = resolvePersons(base.contact_persons, input.contact_persons, () => ctx.newId('contact_person'));
    persons = resolved.persons;
    errors.push(...resolved.errors);
  }
  const top: PrimaryFields = {};
  for (const key of ['salutation', 'first_name', 'last_name', 'email', 'phone', 'mobile'] as const) {
    if (sent.has(key)) top[key] = input[key];
  }
  next.contact_persons = applyPrimaryFields(persons, top, () => ctx.newId('contact_person'));
  if (errors.length) throw refuse.invalid(errors);

  const result = withMirror(next);
  if (!existing || duplicateNameKey(existing.contact_name) !== duplicateNameKey(result.contact_name)) {
    assertNameAvailable(db, result.contact_name, existing?.contact_id);
  }
  if (existing && result.currency_id !== existing.currency_id && hasTransactions(db, existing.contact_id)) {
    throw refuse.rule(ErrorCode.currencyLocked, 'The currency cannot be changed because this customer already has transactions.', 'currency_id');
  }
  // Turning the portal on for a merged-away customer (one that kept it from before is left be).
  const mergedPortal = result.is_portal_enabled && !existing?.is_portal_enabled ? mergedPortalRefusal(result) : null;
  if (mergedPortal) throw mergedPortal;
  if (result.is_portal_enabled && !hasEmail(result)) {
    throw refuse.rule(ErrorCode.portalNeedsEmail, 'Portal access needs an email address for this customer.', 'is_portal_enabled');
  }
  return result;
}
