/**
 * Zoho's upsert (PUT /contacts): the customer is named by a unique custom field's value in
 * `X-Unique-Identifier-Key: cf_<api_name>` and `X-Unique-Identifier-Value`; `X-Upsert: true`
 * creates one when none holds it.
 */
import type { CustomField } from '../../src/api/schemas';
import type { Database } from '../db/store';
import { refuse } from './failure';

export interface UniqueKey {
  field: CustomField;
  value: string;
  upsert: boolean;
}

const KEY = 'X-Unique-Identifier-Key';
const VALUE = 'X-Unique-Identifier-Value';

/** The headers read and checked: 1001 naming the header for a missing, unknown or non-unique key. */
export function readUniqueKey(db: Database, headers: Headers): UniqueKey {
  const key = headers.get(KEY)?.trim() ?? '';
  const value = headers.get(VALUE)?.trim() ?? '';
  if (!key) throw refuse.invalid([{ field: KEY, message: `${KEY} is required: the cf_<api_name> of a unique custom field.` }]);
  const field = db.tables.customFields.all().find((f) => f.api_name === key);
  if (!field) throw refuse.invalid([{ field: KEY, message: `No custom field has the API name "${key}".` }]);
  if (!field.is_unique) throw refuse.invalid([{ field: KEY, message: `${field.label} is not a unique field, so it cannot identify a customer.` }]);
  if (!value) throw refuse.invalid([{ field: VALUE, message: `${VALUE} is required.` }]);
  return { field, value, upsert: /^true$/i.test(headers.get('X-Upsert')?.trim() ?? '') };
}

/** A create's body with the identifying value filled in, unless the body sets that field itself. */
export function withIdentifier(raw: unknown, fieldId: string, value: string): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const body = raw as Record<string, unknown>;
  const fields = Array.isArray(body.custom_fields) ? body.custom_fields : [];
  const sets = fields.some((f) => f && typeof f === 'object' && (f as { customfield_id?: unknown }).customfield_id === fieldId);
  return sets ? body : { ...body, custom_fields: [...fields, { customfield_id: fieldId, value }] };
}
