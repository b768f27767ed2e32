/**
 * Merge customers into a master: the master (active, 3008 otherwise) keeps its profile and
 * receives every invoice, payment, outbox email, history entry and unused credit of the
 * others, which become inactive with a link to it and lose portal access. Checks all run before the first write; the handler runs the
 * writes in one transaction, so a failure anywhere leaves every table as it was.
 */
import { ErrorCode, type MergeInput, type User } from '../../src/api/schemas';
import type { Database, Tx } from '../db/store';
import type { ContactRecord } from '../db/types';
import { can, canSeeContact } from './access';
import { boundChanges, diffContact, movedAwayChanges, movedInChange, type HistoryChange, type MovedCounts } from './audit';
import { addComment } from './comments';
import { refuse } from './failure';

export interface MergePlan {
  master: ContactRecord;
  others: ContactRecord[];
}

export function planMerge(db: Database, user: User, input: MergeInput): MergePlan {
  if (!can(user, 'merge')) throw refuse.forbidden();
  if (new Set(input.contact_ids).size !== input.contact_ids.length) {
    throw refuse.field('contact_ids', 'A customer is listed more than once.');
  }
  if (input.contact_ids.includes(input.master_contact_id)) {
    throw refuse.field('contact_ids', 'The master customer cannot also be merged away.');
  }
  const find = (id: string): ContactRecord => {
    const c = db.tables.contacts.get(id);
    if (!c || !canSeeContact(user, c)) throw refuse.notFound('Contact');
    return c;
  };
  const master = find(input.master_contact_id);
  const others = input.contact_ids.map(find);
  for (const [field, c] of [['master_contact_id', master] as const, ...others.map((o) => ['contact_ids', o] as const)]) {
    if (c.merged_into_contact_id) {
      throw refuse.field(field, `"${c.contact_name}" has already been merged into another customer.`);
    }
  }
  if (master.status !== 'active') {
    throw refuse.rule(
      ErrorCode.masterInactive,
      `"${master.contact_name}" is inactive: the master customer must be active. Mark it as active first, or choose another master.`,
      'master_contact_id',
    );
  }
  if (others.some((o) => o.currency_id !== master.currency_id)) {
    throw refuse.rule(ErrorCode.mixedCurrencies, 'Customers with different currencies cannot be merged.', 'contact_ids');
  }
  return { master, others };
}

/** Write the merge (inside the caller's transaction); returns the updated master. */
export function applyMerge(tx: Tx, db: Database, plan: MergePlan, by: string, now: string): ContactRecord {
  const { master, others } = plan;
  const from = new Map(others.map((o) => [o.contact_id, o]));
  const masterId = master.contact_id;
  // Collect first, write after: the tables are Maps we must not mutate while iterating.
  const invoices = db.tables.invoices.all().filter((r) => from.has(r.customer_id));
  const payments = db.tables.payments.all().filter((r) => from.has(r.customer_id));
  const emails = db.tables.emails.all().filter((r) => from.has(r.contact_id));
  const comments = db.tables.comments.all().filter((r) => from.has(r.contact_id));
  for (const r of invoices) tx.invoices.put({ ...r, customer_id: masterId });
  for (const r of payments) tx.payments.put({ ...r, customer_id: masterId });
  for (const r of emails) tx.emails.put({ ...r, contact_id: masterId });
  for (const r of comments) {
    const name = from.get(r.contact_id)?.contact_name ?? '';
    tx.comments.put({ ...r, contact_id: masterId, description: `${r.description} (from "${name}")` });
  }
  let credits = master.unused_credits_minor;
  const movedIn: HistoryChange[] = [];
  for (const o of others) {
    credits += o.unused_credits_minor;
    const own = (r: { customer_id?: string; contact_id?: string }) => (r.customer_id ?? r.contact_id) === o.contact_id;
    const moved: MovedCounts = {
      invoices: invoices.filter(own).length,
      payments: payments.filter(own).length,
      emails: emails.filter(own).length,
      history: comments.filter(own).length,
    };
    const next = tx.contacts.put({
      ...o,
      status: 'inactive',
      merged_into_contact_id: masterId,
      unused_credits_minor: 0,
      // Its invoices are the master's now: the portal would show nothing of its own.
      is_portal_enabled: false,
      last_modified_time: now,
    });
    addComment(tx, o.contact_id, 'merged', `Merged into ${master.contact_name}`, by, {
      changes: boundChanges([...diffContact(db, o, next), ...movedAwayChanges(moved, master.contact_name)]),
    });
    if (o.is_portal_enabled) {
      addComment(tx, o.contact_id, 'portal_disabled', `Client portal access disabled (merged into ${master.contact_name}).`, by);
    }
    movedIn.push(movedInChange(o.contact_id, o.contact_name, moved));
  }
  const updated = tx.contacts.put({ ...master, unused_credits_minor: credits, last_modified_time: now });
  addComment(tx, masterId, 'merged', `Merged ${others.map((o) => o.contact_name).join(', ')}`, by, {
    changes: boundChanges([...movedIn, ...diffContact(db, master, updated)]),
  });
  return updated;
}
