/**
 * The customer form's duplicate check while typing: the customers a typed display name, email
 * or phone would duplicate, by the same keys as the Duplicate view's groups (duplicates.ts):
 * case, width, punctuation, spacing, invisible characters and company designators folded away,
 * phones compared by their digits. Merged-away customers are settled and never candidates.
 *
 * The keys of every customer are bucketed once per data version (the per-record keys are
 * cached on the record, so a rebuild after a write only refills the maps); a keystroke is then
 * three map lookups, whatever the number of customers.
 */
import { MAX_DUPLICATE_CANDIDATES } from '../../src/api/limits';
import type { DuplicateCheckQuery, DuplicateCheckReason, DuplicateReason, User } from '../../src/api/schemas';
import type { Database } from '../db/store';
import type { ContactRecord } from '../db/types';
import { canSeeContact } from './access';
import { duplicateKeys } from './duplicates';
import { normalizeEmail, normalizeName, normalizePhone } from './normalize';

type Buckets = Record<DuplicateReason, Map<string, ContactRecord[]>>;

const bucketCache = new WeakMap<Database, { version: number; buckets: Buckets }>();

function bucketsOf(db: Database): Buckets {
  const hit = bucketCache.get(db);
  if (hit && hit.version === db.version) return hit.buckets;
  const buckets: Buckets = { name: new Map(), email: new Map(), phone: new Map() };
  for (const c of db.tables.contacts.rows.values()) {
    if (c.merged_into_contact_id) continue;
    const keys = duplicateKeys(c);
    for (const reason of ['name', 'email', 'phone'] as const) {
      for (const key of keys[reason]) {
        const list = buckets[reason].get(key);
        if (list) list.push(c);
        else buckets[reason].set(key, [c]);
      }
    }
  }
  bucketCache.set(db, { version: db.version, buckets });
  return buckets;
}

export interface DuplicateCandidateRecord {
  record: ContactRecord;
  reason: DuplicateCheckReason;
}

/**
 * Candidates for what is typed, strongest reason first (email, phone, name), then by id; each
 * customer once, with its strongest reason; only those `user` may see, never `exclude_id`.
 */
export function duplicateCandidates(db: Database, user: User, query: DuplicateCheckQuery, limit = MAX_DUPLICATE_CANDIDATES): DuplicateCandidateRecord[] {
  const lookups: [DuplicateCheckReason, DuplicateReason, string][] = [
    ['same_email', 'email', query.email ? normalizeEmail(query.email) : ''],
    ['same_phone', 'phone', query.phone ? normalizePhone(query.phone) : ''],
    ['similar_name', 'name', query.contact_name ? normalizeName(query.contact_name) : ''],
  ];
  if (lookups.every(([, , key]) => !key)) return [];
  const buckets = bucketsOf(db);
  const found: DuplicateCandidateRecord[] = [];
  const seen = new Set<string>();
  for (const [reason, bucket, key] of lookups) {
    if (!key) continue;
    const matches = (buckets[bucket].get(key) ?? []).filter((c) => c.contact_id !== query.exclude_id && !seen.has(c.contact_id) && canSeeContact(user, c));
    matches.sort((a, b) => Number(a.contact_id) - Number(b.contact_id));
    for (const record of matches) {
      if (found.length >= limit) return found;
      seen.add(record.contact_id);
      found.push({ record, reason });
    }
  }
  return found;
}
