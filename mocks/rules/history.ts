/**
 * The history lines an update writes: always "updated" (carrying every field the update
 * changed, rules/audit.ts), plus who the owner became and the portal's new state.
 */
import type { Database } from '../db/store';
import type { ContactRecord } from '../db/types';
import { diffContact, type HistoryChange } from './audit';

export interface HistoryLine {
  operation: string;
  description: string;
  /** What the write changed, field by field. */
  changes?: HistoryChange[];
}

export function userName(db: Database, userId: string): string {
  return db.tables.users.get(userId)?.name ?? userId;
}

/** The owner's line; `changes` lists the owner before and after (left out where an "updated" line beside it lists every change). */
export function ownerChangeLine(db: Database, from: string, to: string, withChanges = true): HistoryLine {
  const name = (id: string) => (id ? userName(db, id) : '');
  return {
    operation: 'owner_changed',
    description: to ? `Owner changed to ${userName(db, to)}.` : `Owner ${userName(db, from)} removed.`,
    ...(withChanges ? { changes: [{ field: 'owner_id', label: 'Owner', old_value: name(from), new_value: name(to) }] } : {}),
  };
}

export function describeUpdate(db: Database, before: ContactRecord, after: ContactRecord): HistoryLine[] {
  const lines: HistoryLine[] = [{ operation: 'updated', description: 'Contact information updated.', changes: diffContact(db, before, after) }];
  if (before.owner_id !== after.owner_id) lines.push(ownerChangeLine(db, before.owner_id, after.owner_id, false));
  if (before.is_portal_enabled !== after.is_portal_enabled) {
    lines.push(
      after.is_portal_enabled
        ? { operation: 'portal_enabled', description: 'Client portal access enabled.' }
        : { operation: 'portal_disabled', description: 'Client portal access disabled.' },
    );
  }
  return lines;
}
