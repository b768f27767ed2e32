/**
 * Bulk actions on many customers. Whole-call checks (permission, owner, the new value) come
 * first and refuse the entire call; then each customer gets its own outcome (ok, skipped with
 * the reason, failed with the reason). All the ok outcomes are written in ONE transaction by
 * the handler: a fault in the middle (e.g. `db.failAfterWrites`) rolls every record back, so
 * the per-record results never describe a half-applied call.
 */
import type { z } from 'zod/mini';
import type { bulkInputSchema, BulkResult, CustomFieldValue, User } from '../../src/api/schemas';
import type { Database, Tx } from '../db/store';
import type { ContactRecord } from '../db/types';
import { hasTransactions } from '../db/derived';
import { can, canSeeContact } from './access';
import { diffContact } from './audit';
import { addComment } from './comments';
import { deleteContactRows, deleteRefusal, mergeMasterIds } from './contact-delete';
import { assertValidOwner } from './contacts';
import { coerceCustomValue, isEmptyValue } from './custom-fields';
import { refuse } from './failure';
import { ownerChangeLine, type HistoryLine } from './history';
import { hasEmail } from './persons';
import { paymentTermsLabel } from './references';
import { mergedPortalRefusal } from './portal';

export type BulkRequest = z.output<typeof bulkInputSchema>;

type Outcome = { status: 'ok'; message: string; record: ContactRecord | null; history: HistoryLine[] } | { status: 'skipped' | 'failed'; message: string };

/** One customer's fate; `record: null` with status ok means "delete it". */
type Decide = (c: ContactRecord) => Outcome;

export interface BulkPlan {
  results: BulkResult[];
  writes: { contactId: string; record: ContactRecord | null; history: HistoryLine[] }[];
}

const ok = (message: string, record: ContactRecord | null, history: HistoryLine[] = []): Outcome => ({
  status: 'ok',
  message,
  record,
  history,
});
const skipped = (message: string): Outcome => ({ status: 'skipped', message });

/** The update action: validate the value once, then apply it to each customer. */
function decideUpdate(db: Database, input: BulkRequest, now: string): Decide {
  const { field, value } = input;
  const text = value === null || value === undefined ? '' : String(value).trim();
  const stamp = (c: ContactRecord, patch: Partial<ContactRecord>, what: string): Outcome => {
    const next = { ...c, ...patch, last_modified_time: now };
    const same = (Object.keys(patch) as (keyof ContactRecord)[]).every((k) => JSON.stringify(c[k]) === JSON.stringify(next[k]));
    return same ? skipped('Already up to date.') : ok('Updated.', next, [{ operation: 'updated', description: `${what} (bulk update).` }]);
  };
  switch (field) {
    case 'currency_id': {
      const currency = db.tables.currencies.get(text);
      if (!currency) throw refuse.field('value', 'Currency does not exist.');
      return (c) =>
        c.currency_id !== currency.currency_id && hasTransactions(db, c.contact_id)
          ? skipped('Has transactions, so its currency cannot change.')
          : stamp(c, { currency_id: currency.currency_id }, `Currency changed to ${currency.currency_code}`);
    }
    case 'payment_terms': {
      const days = Number(text);
      if (text === '' || !Number.isInteger(days) || days < 0 || days > 999) {
        throw refuse.field('value', 'Payment terms must be a whole number of days (0–999).');
      }
      const label = paymentTermsLabel(db, days);
      return (c) => stamp(c, { payment_terms: days, payment_terms_label: label }, `Payment terms changed to ${label}`);
    }
    case 'pricebook_id': {
      const book = text ? db.tables.pricebooks.get(text) : undefined;
      if (text && !book) throw refuse.field('value', 'Price list does not exist.');
      return (c) => stamp(c, { pricebook_id: text }, book ? `Price list changed to ${book.name}` : 'Price list removed');
    }
    case 'custom_field': {
      const def = db.tables.customFields.get(input.customfield_id ?? '');
      if (!def) throw refuse.field('customfield_id', 'Custom field does not exist.');
      let stored: string | number | null = null;
      if (value !== undefined && !isEmptyValue(value)) {
        const coerced = coerceCustomValue(def, value);
        if (!coerced.ok) throw refuse.field('value', coerced.message);
        stored = coerced.value;
      }
      return (c) => {
        const others = c.custom_fields.filter((f) => f.customfield_id !== def.customfield_id);
        const set: CustomFieldValue[] = stored === null ? [] : [{ customfield_id: def.customfield_id, label: def.label, value: stored }];
        const fields = [...others, ...set].sort((a, b) => Number(a.customfield_id) - Number(b.customfield_id));
        return stamp(c, { custom_fields: fields }, stored === null ? `${def.label} cleared` : `${def.label} set to ${stored}`);
      };
    }
    default:
      throw refuse.field('field', 'Choose a field to update.');
  }
}

function decider(db: Database, user: User, input: BulkRequest, now: string): Decide {
  switch (input.action) {
    case 'mark_active':
      return (c) =>
        c.status === 'active'
          ? skipped('Already active.')
          : ok('Marked as active.', { ...c, status: 'active', merged_into_contact_id: '', last_modified_time: now }, [
              { operation: 'marked_active', description: 'Marked as active.' },
            ]);
    case 'mark_inactive':
      return (c) =>
        c.status === 'inactive'
          ? skipped('Already inactive.')
          : ok('Marked as inactive.', { ...c, status: 'inactive', last_modified_time: now }, [
              { operation: 'marked_inactive', description: 'Marked as inactive.' },
            ]);
    case 'delete': {
      if (!can(user, 'delete')) throw refuse.forbidden();
      const masters = mergeMasterIds(db);
      return (c) => {
        const refusal = deleteRefusal(db, c.contact_id, masters);
        return refusal ? { status: 'failed', message: refusal.message } : ok('Deleted.', null);
      };
    }
    case 'enable_portal':
      return (c) =>
        c.is_portal_enabled
          ? skipped('Portal already enabled.')
          : c.merged_into_contact_id
            ? skipped(mergedPortalRefusal(c)?.message ?? '')
            : !hasEmail(c)
              ? skipped('No email address')
              : ok('Portal enabled.', { ...c, is_portal_enabled: true, last_modified_time: now }, [
                  { operation: 'portal_enabled', description: 'Client portal access enabled.' },
                ]);
    case 'assign_owner': {
      if (!can(user, 'change_owner')) throw refuse.forbidden();
      const owner = input.owner_id ?? '';
      // Checked once, so an invalid owner refuses the whole call (3007).
      if (owner) assertValidOwner(db, owner);
      return (c) =>
        c.owner_id === owner
          ? skipped('Already has this owner.')
          : ok(owner ? 'Owner assigned.' : 'Owner removed.', { ...c, owner_id: owner, last_modified_time: now }, [ownerChangeLine(db, c.owner_id, owner)]);
    }
    case 'update':
      return decideUpdate(db, input, now);
  }
}

/** Decide every customer's outcome; throws (nothing written) when the whole call is refused. */
export function planBulk(db: Database, user: User, input: BulkRequest, ids: string[], now: string): BulkPlan {
  const decide = decider(db, user, input, now);
  const plan: BulkPlan = { results: [], writes: [] };
  for (const id of new Set(ids)) {
    const c = db.tables.contacts.get(id);
    if (!c || !canSeeContact(user, c)) {
      plan.results.push({ contact_id: id, contact_name: '', status: 'failed', message: 'Contact does not exist.' });
      continue;
    }
    const out = decide(c);
    plan.results.push({ contact_id: id, contact_name: c.contact_name, status: out.status, message: out.message });
    if (out.status === 'ok') {
      // Every line lists what it changed (the owner's line already does).
      const record = out.record;
      const history = record ? out.history.map((l) => (l.changes ? l : { ...l, changes: diffContact(db, c, record) })) : out.history;
      plan.writes.push({ contactId: id, record, history });
    }
  }
  return plan;
}

/** Write the plan inside the caller's transaction. */
export function applyBulk(tx: Tx, db: Database, plan: BulkPlan, by: string): void {
  const deletions: string[] = [];
  for (const w of plan.writes) {
    if (w.record === null) {
      deletions.push(w.contactId);
      continue;
    }
    tx.contacts.put(w.record);
    for (const line of w.history) addComment(tx, w.contactId, line.operation, line.description, by, { changes: line.changes });
  }
  if (deletions.length) deleteContactRows(tx, db, deletions);
}
