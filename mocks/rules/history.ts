/** The history lines an update writes: always "updated", plus who the owner became. */
import type { Database } from '../db/store';
import type { ContactRecord } from '../db/types';

export interface HistoryLine {
  operation: string;
  description: string;
}

export function userName(db: Database, userId: string): string {
  return db.tables.users.get(userId)?.name ?? userId;
}

export function ownerChangeLine(db: Database, from: string, to: string): HistoryLine {
  return {
    operation: 'owner_changed',
    description: to ? `Owner changed to ${userName(db, to)}.` : `Owner ${userName(db, from)} removed.`,
  };
}

export function describeUpdate(db: Database, before: ContactRecord, after: ContactRecord): HistoryLine[] {
  const lines: HistoryLine[] = [{ operation: 'updated', description: 'Contact information updated.' }];
  if (before.owner_id !== after.owner_id) lines.push(ownerChangeLine(db, before.owner_id, after.owner_id));
  if (before.is_portal_enabled !== after.is_portal_enabled) {
    lines.push(
      after.is_portal_enabled
        ? { operation: 'portal_enabled', description: 'Client portal access enabled.' }
        : { operation: 'portal_disabled', description: 'Client portal access disabled.' },
    );
  }
  return lines;
}
