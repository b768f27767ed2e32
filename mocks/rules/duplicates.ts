/**
 * Merge suggestions: groups of customers that share a normalised name, email or phone.
 * Customers already merged away are left out (they are settled). A group with exactly the
 * same members as a stronger one (name > email > phone) is not repeated.
 *
 * GET /contacts/duplicates pages the groups (`page`, `per_page` ≤ 200, default 100) since a
 * large dataset can hold thousands of them.
 */
import { duplicateReasons, type DuplicateGroup as ApiDuplicateGroup, type DuplicateReason, type User } from '../../src/api/schemas';
import type { Database } from '../db/store';
import type { ContactRecord } from '../db/types';
import { canSeeContact } from './access';
import { normalizeEmail, normalizeName, normalizePhone } from './normalize';

/** A group as the API sends it (duplicateGroupSchema), with the stored records as members. */
export type DuplicateGroup = Omit<ApiDuplicateGroup, 'contacts'> & { contacts: ContactRecord[] };

type Keys = Record<DuplicateReason, string[]>;

/**
 * Keys per record object. Records are replaced (never mutated) on every write, so a cache on
 * object identity is always current, and a request at 100,000 customers normalises only the
 * records that changed since the last one.
 */
const keyCache = new WeakMap<ContactRecord, Keys>();

export function duplicateKeys(c: ContactRecord): Keys {
  const hit = keyCache.get(c);
  if (hit) return hit;
  const emails = [c.email, ...c.contact_persons.map((p) => p.email)].map(normalizeEmail);
  const phones = [c.phone, c.mobile, ...c.contact_persons.flatMap((p) => [p.phone, p.mobile])].map(normalizePhone);
  const keys: Keys = {
    name: [normalizeName(c.contact_name)].filter(Boolean),
    email: [...new Set(emails.filter(Boolean))],
    phone: [...new Set(phones.filter(Boolean))],
  };
  keyCache.set(c, keys);
  return keys;
}

export function findDuplicateGroups(records: Iterable<ContactRecord>): DuplicateGroup[] {
  const buckets: Record<DuplicateReason, Map<string, ContactRecord[]>> = { name: new Map(), email: new Map(), phone: new Map() };
  for (const c of records) {
    if (c.merged_into_contact_id) continue;
    const keys = duplicateKeys(c);
    for (const reason of duplicateReasons) {
      const bucket = buckets[reason];
      for (const key of keys[reason]) {
        const list = bucket.get(key);
        if (list) list.push(c);
        else bucket.set(key, [c]);
      }
    }
  }
  const groups: DuplicateGroup[] = [];
  const seen = new Set<string>();
  for (const reason of duplicateReasons) {
    for (const [key, list] of buckets[reason]) {
      if (list.length < 2) continue;
      const contacts = [...list].sort((a, b) => Number(a.contact_id) - Number(b.contact_id));
      const members = contacts.map((c) => c.contact_id).join(',');
      if (seen.has(members)) continue;
      seen.add(members);
      groups.push({ reason, key, contacts });
    }
  }
  return groups.sort(
    (a, b) => a.contacts[0].contact_name.localeCompare(b.contacts[0].contact_name) || Number(a.contacts[0].contact_id) - Number(b.contacts[0].contact_id),
  );
}

/**
 * The groups a user may see, cached per data version and viewer: at 100,000 customers the
 * grouping takes a while, and the suggestions list is read page by page.
 */
const groupCache = new WeakMap<Database, { version: number; byViewer: Map<string, DuplicateGroup[]> }>();

export function duplicateGroupsFor(db: Database, user: User): DuplicateGroup[] {
  let hit = groupCache.get(db);
  if (!hit || hit.version !== db.version) {
    hit = { version: db.version, byViewer: new Map() };
    groupCache.set(db, hit);
  }
  // Everyone but a staff_assigned user sees every customer, so they share one result.
  const viewer = user.role === 'staff_assigned' ? user.user_id : '*';
  let groups = hit.byViewer.get(viewer);
  if (!groups) {
    const visible = [...db.tables.contacts.rows.values()].filter((c) => canSeeContact(user, c));
    groups = findDuplicateGroups(visible);
    hit.byViewer.set(viewer, groups);
  }
  return groups;
}
