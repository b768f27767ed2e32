/** Deleting a customer: refused once it has transactions (they would be orphaned). */
import { ErrorCode } from '../../src/api/schemas';
import type { Database, Tx } from '../db/store';
import { hasTransactions } from '../db/derived';
import { refuse, type RuleFailure } from './failure';

export const DELETE_REFUSED =
  'This customer has transactions and cannot be deleted. Mark the customer as inactive instead.';

/** Why this contact cannot be deleted (3002), or null when it can. */
export function deleteRefusal(db: Database, contactId: string): RuleFailure | null {
  return hasTransactions(db, contactId) ? refuse.rule(ErrorCode.hasTransactions, DELETE_REFUSED) : null;
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
