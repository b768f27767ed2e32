/**
 * Zoho's list filters of GET /contacts (also export and bulk `select_all`): `contact_name`,
 * `company_name`, `first_name`, `last_name`, `email`, `phone`, `address`, each exact or with
 * `_startswith` / `_contains`, plus `contact_type` and `status`. One predicate over a record,
 * applied after visibility (list-query.ts checks what the acting user may see first), so a
 * filter can never reveal someone else's customer. Text is folded as the search folds it.
 */
import {
  listTextFilterFields,
  listTextFilterModes,
  type ListScope,
  type ListTextFilterField,
  type ListTextFilterKey,
  type ListTextFilterMode,
} from '../../src/api/schemas';
import type { ContactRecord } from '../db/types';
import { foldText } from '../db/contact-index';

export type RecordPredicate = (c: ContactRecord) => boolean;

/** The texts of a record one filter field compares with. */
function textsOf(c: ContactRecord, field: ListTextFilterField): string[] {
  switch (field) {
    case 'contact_name':
    case 'company_name':
    case 'email':
      return [c[field]];
    case 'first_name':
    case 'last_name': {
      const primary = c.contact_persons.find((p) => p.is_primary_contact);
      return primary ? [primary[field]] : [];
    }
    case 'phone':
      return [c.phone, c.mobile];
    case 'address': {
      const lines = (a: ContactRecord['billing_address']) => [a.address, a.street2, a.city, a.state, a.zip, a.country];
      return [...lines(c.billing_address), ...lines(c.shipping_address)];
    }
  }
}

const digits = (s: string) => s.replace(/\D/g, '');

function compare(mode: ListTextFilterMode, value: string, needle: string): boolean {
  if (mode === 'exact') return value === needle;
  if (mode === 'startswith') return value.startsWith(needle);
  return value.includes(needle);
}

function textPredicate(field: ListTextFilterField, mode: ListTextFilterMode, raw: string): RecordPredicate {
  const needle = foldText(raw).trim();
  // A phone number matches however it is punctuated: "0312345678" finds "03-1234-5678".
  const needleDigits = field === 'phone' ? digits(needle) : '';
  return (c) =>
    textsOf(c, field).some((text) => {
      if (!text) return false;
      const value = foldText(text).trim();
      return compare(mode, value, needle) || (needleDigits !== '' && compare(mode, digits(value), needleDigits));
    });
}

/** The filters a query sets, as predicates (none: every record passes). */
export function scopePredicates(q: Partial<ListScope>): RecordPredicate[] {
  const out: RecordPredicate[] = [];
  for (const field of listTextFilterFields) {
    for (const [suffix, mode] of Object.entries(listTextFilterModes)) {
      const value = q[`${field}${suffix}` as ListTextFilterKey];
      if (value) out.push(textPredicate(field, mode, value));
    }
  }
  // This module keeps customers only: a vendor list is empty, not an error.
  if (q.contact_type === 'vendor') out.push(() => false);
  if (q.status === 'active' || q.status === 'inactive') {
    const status = q.status;
    out.push((c) => c.status === status);
  }
  return out;
}

/** A stable text of the filters a query sets, for caches keyed on the query. */
export function scopeKey(q: Partial<ListScope>): string {
  const set: [string, string][] = [];
  for (const field of listTextFilterFields) {
    for (const suffix of Object.keys(listTextFilterModes)) {
      const key = `${field}${suffix}` as ListTextFilterKey;
      const value = q[key];
      if (value) set.push([key, value]);
    }
  }
  if (q.contact_type) set.push(['contact_type', q.contact_type]);
  if (q.status) set.push(['status', q.status]);
  if (q.customview_id) set.push(['customview_id', q.customview_id]);
  return JSON.stringify(set);
}
