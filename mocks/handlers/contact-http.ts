/**
 * What the customer handlers (contacts, contact persons, clone/merge/bulk/import) share:
 * rule refusals → API errors, the visibility-checked lookup, and the response shape (with ETag).
 */
import type { DefaultBodyType, HttpResponseResolver, PathParams } from 'msw';
import type { User } from '../../src/api/schemas';
import type { ContactRecord } from '../db/types';
import { db } from '../runtime';
import { canSeeContact } from '../rules/access';
import { toContact } from '../rules/contact-view';
import { RuleFailure, refuse } from '../rules/failure';
import { contactEtag } from '../rules/versions';
import { ApiFailure, api, ok } from './http';

/** `api()` plus: a RuleFailure thrown by a pure rule becomes the same error envelope. */
export function contactApi<P extends PathParams>(
  resolver: HttpResponseResolver<P, DefaultBodyType>,
): HttpResponseResolver<P, DefaultBodyType> {
  return api<P>(async (info) => {
    try {
      return await resolver(info);
    } catch (err) {
      if (err instanceof RuleFailure) throw new ApiFailure(err.status, err.code, err.message, err.errors);
      throw err;
    }
  });
}

/** A customer the acting user may see; a hidden one is a 404 exactly like a missing one. */
export function visibleContact(user: User, id: string): ContactRecord {
  const contact = db.tables.contacts.get(id);
  if (!contact || !canSeeContact(user, contact)) throw refuse.notFound('Contact');
  return contact;
}

/** `{ contact }` as GET /contacts/{id} returns it; call after the write has committed. */
export function contactBody(record: ContactRecord) {
  return { contact: toContact(db, db.tables.contacts.get(record.contact_id) ?? record) };
}

/** An answer carrying one contact, with its `ETag` (for `If-Match` on the next PUT). */
export function okContact(message: string, record: ContactRecord, status = 200) {
  const stored = db.tables.contacts.get(record.contact_id) ?? record;
  return ok(message, contactBody(stored), status, { ETag: contactEtag(stored) });
}
