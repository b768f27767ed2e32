/** A customer's history: every action written by addComment, newest first. */
import { http, type HttpHandler } from 'msw';
import { db } from '../runtime';
import { findVisibleContact } from '../rules/visible-contact';
import { API, actingUser, api, ok } from './http';

export const commentHandlers: HttpHandler[] = [
  http.get(
    `${API}/contacts/:id/comments`,
    api<{ id: string }>(({ params }) => {
      const contact = findVisibleContact(db, actingUser(), params.id);
      const contact_comments = db.tables.comments
        .all()
        .filter((c) => c.contact_id === contact.contact_id)
        // Times are strictly increasing (nowIso), ids break ties for imported history.
        .sort((a, b) => b.time.localeCompare(a.time) || Number(b.comment_id) - Number(a.comment_id));
      return ok('success', { contact_comments });
    }),
  ),
];
