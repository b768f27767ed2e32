/**
 * The customer form's duplicate check while typing: the customers a typed display name, email
 * or phone would duplicate, by the same keys as the Duplicate view's groups (duplicates.ts):
 * case, width, punctuation, spacing, invisible characters and company designators folded away,
 * phones compared by their digits. Merged-away customers are settled and never candidates.
 *
 * The keys of every customer are bucketed once, then patched after a write (only the records
 * that changed move); a keystroke is three map lookups, whatever the number of customers.
 */
import { MAX_DUPLICATE_CANDIDATES } from '../../src/api/limits';
import { duplicateReasons, type DuplicateCheckQuery, type DuplicateCheckReason, type DuplicateReason, type User } from '../../src/api/schemas';
import type { Database } from '../db/store';
import type { ContactRecord } from '../db/types';
import { canSeeContact } from './access';
import { duplicateKeys } from './duplicates';
import { normalizeEmail, normalizeName, normalizePhone } from './normalize';

type Buckets = Record<DuplicateReason, Map<string, ContactRecord[]>>;

interface BucketIndex {
  version: number;
  /** The records bucketed at `version`, by id: what a later version is compared with. */
  byId: Map<string, ContactRecord>;
  buckets: Buckets;
}

/** Above this many changed records since the last check, bucketing afresh is cheaper than patching. */
const PATCH_LIMIT = 2_000;

const bucketCache = new WeakMap<Database, BucketIndex>();

function add(buckets: Buckets, c: ContactRecord): void {
  if (c.merged_into_contact_id) return;
  const keys = duplicateKeys(c);
  for (const reason of duplicateReasons) {
    for (const key of keys[reason]) {
      const list = buckets[reason].get(key);
      if (list) list.push(c);
      else buckets[reason].set(key, [c]);
    }
  }
}

function remove(buckets: Buckets, c: ContactRecord): void {
  if (c.merged_into_contact_id) return;
  const keys = duplicateKeys(c);
  for (const reason of duplicateReasons) {
    for (const key of keys[reason]) {
      const rest = buckets[reason].get(key)?.filter((r) => r !== c) ?? [];
      if (rest.length) buckets[reason].set(key, rest);
      else buckets[reason].delete(key);
    }
  }
}

function build(db: Database): BucketIndex {
  const buckets: Buckets = { name: new Map(), email: new Map(), phone: new Map() };
  const byId = new Map<string, ContactRecord>();
  for (const c of db.tables.contacts.rows.values()) {
    byId.set(c.contact_id, c);
    add(buckets, c);
  }
  return { version: db.version, byId, buckets };
}

/**
 * Bring `idx` to the current version in place: records are replaced (never mutated) on every
 * write, so the changed ones are those whose object differs; false when rebuilding is cheaper.
 */
function patch(db: Database, idx: BucketIndex): boolean {
  const rows = db.tables.contacts.rows;
  const changed: [ContactRecord | undefined, ContactRecord][] = [];
  for (const c of rows.values()) {
    const before = idx.byId.get(c.contact_id);
    if (before === c) continue;
    changed.push([before, c]);
    if (changed.length > PATCH_LIMIT) return false;
  }
  const added = changed.filter(([before]) => !before).length;
  const gone = idx.byId.size + added > rows.size ? [...idx.byId.values()].filter((c) => !rows.has(c.contact_id)) : [];
  for (const c of gone) {
    remove(idx.buckets, c);
    idx.byId.delete(c.contact_id);
  }
  for (const [before, c] of changed) {
    if (before) remove(idx.buckets, before);
    add(idx.buckets, c);
    idx.byId.set(c.contact_id, c);
  }
  idx.version = db.version;
  return true;
}

function bucketsOf(db: Database): Buckets {
  const hit = bucketCache.get(db);
  if (hit && (hit.version === db.version || patch(db, hit))) return hit.buckets;
  const fresh = build(db);
  bucketCache.set(db, fresh);
  return fresh.buckets;
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
