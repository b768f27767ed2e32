/** History entries: every action on a customer writes one. */
import type { Tx } from '../db/store';
import { nowIso } from './dates';

export function addComment(
  tx: Tx,
  contactId: string,
  operationType: string,
  description: string,
  by: string,
): void {
  const time = nowIso();
  tx.comments.put({
    comment_id: tx.nextId('comment'),
    contact_id: contactId,
    description,
    operation_type: operationType,
    commented_by: by,
    date: time.slice(0, 10),
    time,
  });
}
