/**
 * Deleting a customer: refused once it has transactions (they would be orphaned), and while
 * customers merged into it point at it (their link and moved history would lead nowhere).
 */
import { ErrorCode } from '../../src/api/schemas';
import type { Database, Tx } from '../db/store';
import { hasTransactions } from '../db/derived';
import { refuse, type RuleFailure } from './failure';

export const DELETE_REFUSED = 'This customer has transactions and cannot be deleted. Mark the customer as inactive instead.';
export const MASTER_DELETE_REFUSED = 'Other customers have been merged into this customer, so it cannot be deleted. Mark it as inactive instead.';

/** Every customer that others are merged into (one pass; a bulk delete computes it once). */
export function mergeMasterIds(db: Database): Set<string> {
  const ids = new Set<string>();
  for (const c of db.tables.contacts.all()) if (c.merged_into_contact_id) ids.add(c.merged_into_contact_id);
  return ids;
}

/** Why this contact cannot be deleted (3002, 3009), or null when it can. */
export function deleteRefusal(db: Database, contactId: string, masters: Set<string> = mergeMasterIds(db)): RuleFailure | null {
  if (hasTransactions(db, contactId)) return refuse.rule(ErrorCode.hasTransactions, DELETE_REFUSED);
  if (masters.has(contactId)) return refuse.rule(ErrorCode.masterHasMerged, MASTER_DELETE_REFUSED);
  return null;
}

/**
 * Remove a customer and its history. Its outbox mail stays (the outbox is a log of what was
 * sent) and only loses the link to a customer that no longer exists.
 */
export function deleteContactRows(tx: Tx, db: Database, contactIds: Iterable<string>): void {
  const ids = new Set(contactIds);
  // One pass over the history for the whole set, not one per customer (bulk deletes).
  for (const c of db.tables.comments.all()) if (ids.has(c.contact_id)) tx.comments.delete(c.comment_id);
  for (const id of ids) tx.contacts.delete(id);
}
