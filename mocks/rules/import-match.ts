/**
 * How an import row finds the customer it stands for (api.md "Import by a match key"): by its
 * display name (case-, width- and space-insensitive, as display names are unique), its primary
 * email or a unique custom field's value (both folded like the duplicate rules: case, width,
 * invisible characters). Only customers the importer may see are matched, so a restricted user
 * never learns from a match that someone else's customer exists.
 */
import type { CustomField, ImportMatchBy, User } from '../../src/api/schemas';
import type { Database } from '../db/store';
import type { ContactRecord } from '../db/types';
import { contactsNamed } from '../db/contact-index';
import { canSeeContact } from './access';
import { isEmptyValue } from './custom-fields';
import { refuse } from './failure';
import { normalizeEmail } from './normalize';

export interface MatchKey {
  by: ImportMatchBy;
  /** How people call the key, for reasons: "display name", "email", "Customer Code". */
  label: string;
  /** The row's field a reason points at (under `rows.<i>.`). */
  field: string;
  /** The unique custom field, when matching by one. */
  custom?: CustomField;
}

/** The key `match_by` names: 1001 on `match_by` for an unknown or non-unique custom field. */
export function resolveMatchKey(db: Database, by: ImportMatchBy): MatchKey {
  if (by === 'contact_name') return { by, label: 'display name', field: 'contact_name' };
  if (by === 'email') return { by, label: 'email', field: 'email' };
  const custom = db.tables.customFields.all().find((f) => f.api_name === by);
  if (!custom) throw refuse.field('match_by', `No custom field has the API name "${by}".`);
  if (!custom.is_unique) throw refuse.field('match_by', `${custom.label} is not a unique field, so it cannot identify a customer.`);
  return { by, label: custom.label, field: 'custom_fields', custom };
}

/** The text of the row's key, untouched ('' when the row has none). */
export function rowKeyText(raw: unknown, key: MatchKey): string {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return '';
  const row = raw as Record<string, unknown>;
  if (!key.custom) {
    const v = row[key.field];
    return typeof v === 'string' ? v : '';
  }
  const id = key.custom.customfield_id;
  const item = Array.isArray(row.custom_fields)
    ? (row.custom_fields as unknown[]).find((f) => !!f && typeof f === 'object' && (f as { customfield_id?: unknown }).customfield_id === id)
    : undefined;
  const v = (item as { value?: unknown } | undefined)?.value;
  return typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) ? String(v) : '';
}

/** Emails and custom values fold alike: NFKC (width), case, invisible characters, outer space. */
export const foldKey = (text: string): string => (isEmptyValue(text) ? '' : normalizeEmail(text));

/**
 * A finder of the visible customers a key value names. Email and custom-field indexes are
 * built once per finder (one per import), over customers that were not merged away.
 */
export function matcher(db: Database, user: User, key: MatchKey): (text: string) => ContactRecord[] {
  if (key.by === 'contact_name') {
    return (text) => (isEmptyValue(text) ? [] : contactsNamed(db, text).filter((c) => canSeeContact(user, c)));
  }
  let index: Map<string, ContactRecord[]> | null = null;
  const valueOf = (c: ContactRecord): string => {
    if (!key.custom) return c.email;
    const v = c.custom_fields.find((f) => f.customfield_id === key.custom?.customfield_id)?.value;
    return v === undefined || v === null ? '' : String(v);
  };
  return (text) => {
    const k = foldKey(text);
    if (!k) return [];
    if (!index) {
      index = new Map();
      for (const c of db.tables.contacts.values()) {
        if (c.merged_into_contact_id !== '' || !canSeeContact(user, c)) continue;
        const ck = foldKey(valueOf(c));
        if (ck) index.set(ck, [...(index.get(ck) ?? []), c]);
      }
      for (const list of index.values()) list.sort((a, b) => Number(a.contact_id) - Number(b.contact_id));
    }
    return index.get(k) ?? [];
  };
}

/**
 * The row as `on_duplicate: update` applies it: only non-empty values (empty text, null, an
 * address part or custom value that is blank are left out, so they keep what is stored). A
 * row without a display name keeps the customer's.
 */
export function nonEmptyOnly(raw: unknown, existing: ContactRecord): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (v === null || v === undefined || (typeof v === 'string' && isEmptyValue(v))) continue;
    if ((k === 'billing_address' || k === 'shipping_address') && typeof v === 'object' && !Array.isArray(v)) {
      const parts = Object.entries(v as Record<string, unknown>).filter(([, p]) => !(p === null || (typeof p === 'string' && isEmptyValue(p))));
      if (parts.length) out[k] = Object.fromEntries(parts);
      continue;
    }
    if (k === 'custom_fields' && Array.isArray(v)) {
      const items = v.filter((f: unknown) => {
        const value = f && typeof f === 'object' ? (f as { value?: unknown }).value : undefined;
        return !(value === null || value === undefined || (typeof value === 'string' && isEmptyValue(value)));
      });
      if (items.length) out[k] = items;
      continue;
    }
    out[k] = v;
  }
  if (!('contact_name' in out)) out.contact_name = existing.contact_name;
  return out;
}

/** "Acme", "Acme and Globex", "Acme, Globex and 3 more": a few names of what matched. */
export function namesOfMatches(found: ContactRecord[]): string {
  const names = found.slice(0, 2).map((c) => `"${c.contact_name}"`);
  if (found.length > 2) return `${names.join(', ')} and ${found.length - 2} more`;
  return names.join(' and ');
}
