/**
 * What the customer handlers (contacts, contact persons, clone/merge/bulk/import) share: the
 * response shape of one contact (with its ETag).
 */
import type { ContactRecord } from '../db/types';
import { db } from '../runtime';
import { toContact } from '../rules/contact-view';
import { contactEtag } from '../rules/versions';
import { ok } from './http';

/** `{ contact }` as GET /contacts/{id} returns it; call after the write has committed. */
export function contactBody(record: ContactRecord) {
  return { contact: toContact(db, db.tables.contacts.get(record.contact_id) ?? record) };
}

/** An answer carrying one contact, with its `ETag` (for `If-Match` on the next PUT). */
export function okContact(message: string, record: ContactRecord, status = 200) {
  const stored = db.tables.contacts.get(record.contact_id) ?? record;
  return ok(message, contactBody(stored), status, { ETag: contactEtag(stored) });
}
