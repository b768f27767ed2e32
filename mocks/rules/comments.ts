/** History entries: every action on a customer writes one. */
import type { Database, Tx } from '../db/store';
import type { CommentRecord } from '../db/types';
import { nowIso } from './dates';

export function addComment(
  tx: Tx,
  contactId: string,
  operationType: string,
  description: string,
  by: string,
  extra: Pick<CommentRecord, 'commented_by_id' | 'transaction_id' | 'transaction_type' | 'changes'> = {},
): CommentRecord {
  const time = nowIso();
  const { changes, ...rest } = extra;
  return tx.comments.put({
    ...rest,
    // Stored only when the write changed a field, so old and new entries read alike.
    ...(changes?.length ? { changes } : {}),
    comment_id: tx.nextId('comment'),
    contact_id: contactId,
    description,
    operation_type: operationType,
    commented_by: by,
    date: time.slice(0, 10),
    time,
  });
}

const COMMENT_OPERATIONS = new Set(['commented']);
const EMAIL_OPERATIONS = new Set(['emailed', 'statement_emailed', 'email_sent', 'statement_sent']);
const TRANSACTION_OPERATIONS = new Set(['invoice_created', 'payment_recorded']);

/**
 * What kind of entry this is, for the History tab's "Show": a user's comment, an email or
 * statement sent, a transaction recorded, or a change to the customer (every other write:
 * created, edited, owner, status, portal, reminders, persons, addresses, merged, imported).
 */
export function historyKind(r: Pick<CommentRecord, 'operation_type' | 'transaction_type'>): 'comments' | 'emails' | 'transactions' | 'changes' {
  if (COMMENT_OPERATIONS.has(r.operation_type)) return 'comments';
  if (EMAIL_OPERATIONS.has(r.operation_type)) return 'emails';
  if (TRANSACTION_OPERATIONS.has(r.operation_type) || r.transaction_type) return 'transactions';
  return 'changes';
}

/** Zoho's `date_description`: how long ago `date` was, by the mock's today. */
export function dateDescription(date: string, today: string): string {
  const days = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
  if (!Number.isFinite(days) || days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 30) return `${days} days ago`;
  const months = Math.floor(days / 30);
  if (months < 12) return months === 1 ? '1 month ago' : `${months} months ago`;
  const years = Math.floor(days / 365);
  return years <= 1 ? '1 year ago' : `${years} years ago`;
}

/** A history entry as the API answers it (Zoho's fields beside ours). */
export function toCommentView(db: Database, r: CommentRecord, contactName: string, today: string) {
  const byName = r.commented_by_id ? undefined : db.tables.users.all().find((u) => u.name === r.commented_by);
  const transactionGone =
    r.transaction_type === 'invoice'
      ? !db.tables.invoices.get(r.transaction_id ?? '')
      : r.transaction_type === 'customer_payment'
        ? !db.tables.payments.get(r.transaction_id ?? '')
        : false;
  return {
    ...r,
    contact_name: contactName,
    commented_by_id: r.commented_by_id ?? byName?.user_id ?? '',
    date_description: dateDescription(r.date, today),
    transaction_id: r.transaction_id ?? '',
    transaction_type: r.transaction_type ?? '',
    is_entity_deleted: transactionGone,
  };
}
