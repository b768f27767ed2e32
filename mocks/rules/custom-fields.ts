/** Custom field values checked against their definitions (data_type and dropdown options). */
import { MAX_TEXT_VALUE } from '../../src/api/limits';
import { boundedNumberMessage, readBoundedNumber } from '../../src/api/money';
import type { CustomField, CustomFieldValue, FieldError } from '../../src/api/schemas';
import type { Database } from '../db/store';
import { findForbiddenChar, forbiddenCharMessage, normaliseName } from '../../src/lib/text';
import { isValidIsoDate } from './dates';

type Coerced = { ok: true; value: string | number } | { ok: false; message: string };

/** A non-empty value in the stored form of its data type, or why it does not fit. */
export function coerceCustomValue(def: CustomField, value: string | number): Coerced {
  switch (def.data_type) {
    case 'text': {
      // A name-like text (api.md "Limits", Text): NFC, no invisible or control characters.
      const text = normaliseName(String(value));
      const bad = findForbiddenChar(text);
      if (bad) return { ok: false, message: forbiddenCharMessage(def.label, bad) };
      return text.length <= MAX_TEXT_VALUE ? { ok: true, value: text } : { ok: false, message: `${def.label} can be at most ${MAX_TEXT_VALUE} characters.` };
    }
    case 'number': {
      // Spreadsheets and forms send numbers as text; "1,000" is accepted as 1000. Bounded like
      // money (api.md "Limits") and kept exactly: never Infinity, never digits rounded away.
      const n = readBoundedNumber(value);
      if (n.ok) return { ok: true, value: n.value };
      return { ok: false, message: boundedNumberMessage(def.label, n.reason) };
    }
    case 'date': {
      const d = String(value).trim();
      return isValidIsoDate(d) ? { ok: true, value: d } : { ok: false, message: `${def.label} must be a date (YYYY-MM-DD).` };
    }
    case 'dropdown': {
      const v = String(value).trim();
      return def.options.includes(v) ? { ok: true, value: v } : { ok: false, message: `${def.label} must be one of: ${def.options.join(', ')}.` };
    }
  }
}

/** Null, '' or nothing but white space and invisible characters: the value is cleared. */
export const isEmptyValue = (v: string | number | null): v is null | '' => v === null || (typeof v === 'string' && normaliseName(v) === '');

/**
 * Merge `input` into `current`: a value sets the field, null or '' clears it, fields not
 * mentioned keep their value (so a partial update or an import never wipes the others).
 */
export function mergeCustomFields(
  db: Database,
  current: CustomFieldValue[],
  input: CustomFieldValue[],
  prefix = 'custom_fields',
): { values: CustomFieldValue[]; errors: FieldError[] } {
  const byId = new Map(current.map((f) => [f.customfield_id, f]));
  const errors: FieldError[] = [];
  input.forEach((f, i) => {
    const def = db.tables.customFields.get(f.customfield_id);
    if (!def) {
      errors.push({ field: `${prefix}.${i}.customfield_id`, message: 'Custom field does not exist.' });
      return;
    }
    if (isEmptyValue(f.value)) {
      byId.delete(def.customfield_id);
      return;
    }
    const c = coerceCustomValue(def, f.value);
    if (c.ok) byId.set(def.customfield_id, { customfield_id: def.customfield_id, label: def.label, value: c.value });
    else errors.push({ field: `${prefix}.${i}.value`, message: c.message });
  });
  const values = [...byId.values()].sort((a, b) => Number(a.customfield_id) - Number(b.customfield_id));
  return { values, errors };
}

/** Values of unique custom fields → the customers holding them, built once per database version. */
const uniqueOwnersCache = new WeakMap<Database, { version: number; byField: Map<string, Map<string, string[]>> }>();

/** Who holds `value` in custom field `fieldId` (compared as text, trimmed). */
export function customFieldOwners(db: Database, fieldId: string, value: string | number): string[] {
  let hit = uniqueOwnersCache.get(db);
  if (!hit || hit.version !== db.version) {
    hit = { version: db.version, byField: new Map() };
    uniqueOwnersCache.set(db, hit);
  }
  let byValue = hit.byField.get(fieldId);
  if (!byValue) {
    byValue = new Map();
    for (const c of db.tables.contacts.rows.values()) {
      for (const f of c.custom_fields) {
        if (f.customfield_id !== fieldId || isEmptyValue(f.value)) continue;
        const k = String(f.value).trim();
        byValue.set(k, [...(byValue.get(k) ?? []), c.contact_id]);
      }
    }
    hit.byField.set(fieldId, byValue);
  }
  return byValue.get(String(value).trim()) ?? [];
}

/** A unique custom field's value already held by another customer: 1001 naming the value. */
export function uniqueFieldErrors(
  db: Database,
  values: CustomFieldValue[],
  contactId: string | undefined,
  /** Where the refusal points, e.g. `custom_fields.2.value` for the input's third item. */
  fieldPath: (f: CustomFieldValue) => string,
): FieldError[] {
  const errors: FieldError[] = [];
  values.forEach((f) => {
    const def = db.tables.customFields.get(f.customfield_id);
    if (!def?.is_unique || isEmptyValue(f.value)) return;
    if (customFieldOwners(db, def.customfield_id, f.value as string | number).some((id) => id !== contactId)) {
      errors.push({ field: fieldPath(f), message: `${def.label} "${String(f.value)}" is already used by another customer.` });
    }
  });
  return errors;
}
