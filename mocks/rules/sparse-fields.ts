/**
 * *ext* `fields` on GET /contacts: each row carries only the named fields (and `contact_id`),
 * for an export that reads a few columns of many rows (a list row is ~2 KB; most exports need a
 * tenth of it). A name the row does not have is 1001 on `fields`, never silently dropped.
 */
import { LIST_FIELDS_MAX_LENGTH } from '../../src/api/limits';
import { contactSchema, contactSummarySchema } from '../../src/api/schemas';
import { refuse } from './failure';

const known = {
  summary: new Set(Object.keys(contactSummarySchema.shape)),
  details: new Set(Object.keys(contactSchema.shape)),
};

/** The fields asked for, `contact_id` first; null when the query has none (whole rows). */
export function parseFields(raw: string | null, details: boolean): string[] | null {
  if (raw === null || raw === '') return null;
  if (raw.length > LIST_FIELDS_MAX_LENGTH) throw refuse.field('fields', `At most ${LIST_FIELDS_MAX_LENGTH} characters.`);
  const names = [...new Set(raw.split(','))];
  const allowed = details ? known.details : known.summary;
  const unknown = names.filter((n) => !allowed.has(n));
  if (unknown.length) {
    const shown = unknown.filter((n) => /^\w{1,64}$/.test(n)).slice(0, 5);
    throw refuse.field('fields', `Not a field of ${details ? 'a contact' : 'a list row'}${shown.length ? `: ${shown.join(', ')}` : ''}.`);
  }
  return ['contact_id', ...names.filter((n) => n !== 'contact_id')];
}

/** The row with only `fields` (all of it when null). */
export function pickFields<T extends object>(row: T, fields: string[] | null): Partial<T> {
  if (!fields) return row;
  const out: Partial<T> = {};
  for (const k of fields) if (k in row) out[k as keyof T] = row[k as keyof T];
  return out;
}
