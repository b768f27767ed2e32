/**
 * The data set as a `customers-mock/1` document (src/api/schemas/snapshot.ts) and back: the
 * store's tables under the document's keys, the id counters beside them.
 */
import { type FieldError } from '../../src/api/schemas';
import { SNAPSHOT_FORMAT, snapshotSchema, type Snapshot } from '../../src/api/schemas/snapshot';
import { fieldErrors } from '../rules/failure';
import type { Database } from '../db/store';
import { tableNames, type Dataset, type TableName } from '../db/types';
import { consistencyErrors } from './consistency';

/** The document's key of each table, in the document's order (reference data first). */
export const documentKeys = {
  users: 'users',
  currencies: 'currencies',
  paymentTerms: 'payment_terms',
  pricebooks: 'pricebooks',
  customFields: 'custom_fields',
  templates: 'templates',
  settings: 'settings',
  contacts: 'contacts',
  invoices: 'invoices',
  payments: 'payments',
  comments: 'comments',
  emails: 'emails',
  customViews: 'custom_views',
  importMappings: 'import_mappings',
} as const satisfies { [K in TableName]: keyof Snapshot };

/** At most this many field errors are reported for one document. */
export const MAX_REPORTED_ERRORS = 20;

/** The whole data set as a document (rows in the store's order, so the same data gives the same text). */
export function takeSnapshot(db: Database): Snapshot {
  const out: Record<string, unknown> = { format: SNAPSHOT_FORMAT, counters: { ...db.counters } };
  for (const [table, key] of Object.entries(documentKeys) as [TableName, string][]) out[key] = [...db.tables[table].values()];
  return out as Snapshot;
}

/** The document as the store loads it. */
export function datasetOf(doc: Snapshot): Dataset {
  const data = { counters: { ...doc.counters } } as Record<string, unknown>;
  // A table newer than the document (custom views, import mappings) loads empty.
  for (const table of tableNames) data[table] = doc[documentKeys[table]] ?? [];
  return data as Dataset;
}

export type Parsed = { ok: true; data: Dataset; snapshot: Snapshot } | { ok: false; errors: FieldError[] };

/**
 * Check a document: its shapes first, then whether its records fit together. Errors name the
 * record's field under `prefix` (`data.contacts.3.contact_name`). What loads is the document's
 * own objects (the schema only checks, it defaults and rewrites nothing).
 */
export function parseSnapshot(input: unknown, prefix = 'data'): Parsed {
  const result = snapshotSchema.safeParse(input);
  if (!result.success) return { ok: false, errors: fieldErrors(result.error, prefix).slice(0, MAX_REPORTED_ERRORS) };
  const doc = input as Snapshot;
  const errors = consistencyErrors(doc, prefix, MAX_REPORTED_ERRORS);
  if (errors.length) return { ok: false, errors };
  return { ok: true, data: datasetOf(doc), snapshot: doc };
}
