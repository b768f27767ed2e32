/** A customer's history: every action written by addComment, newest first, and users' own comments. */
import { http, type HttpHandler } from 'msw';
import { commentInputSchema } from '../../src/api/schemas';
import { MAX_PER_PAGE } from '../../src/api/limits';
import { db } from '../runtime';
import { addComment, toCommentView } from '../rules/comments';
import { todayIso } from '../rules/dates';
import { parseOrRefuse } from '../rules/failure';
import { findVisibleContact } from '../rules/visible-contact';
import { API, actingUser, api, ok, query, readJson } from './http';

/** A positive integer query value, or the default when absent or not one. */
function positive(value: string | null, fallback: number): number {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : fallback;
}

export const commentHandlers: HttpHandler[] = [
  http.get(
    `${API}/contacts/:id/comments`,
    api<{ id: string }>(({ params, request }) => {
      const contact = findVisibleContact(db, actingUser(request), params.id);
      const q = query(request);
      // Zoho pages history by 200; the app asks without paging and sees the newest 200.
      const page = positive(q.get('page'), 1);
      const per_page = Math.min(positive(q.get('per_page'), MAX_PER_PAGE), MAX_PER_PAGE);
      const all = db.tables.comments
        .all()
        .filter((c) => c.contact_id === contact.contact_id)
        // Times are strictly increasing (nowIso), ids break ties for imported history.
        .sort((a, b) => b.time.localeCompare(a.time) || Number(b.comment_id) - Number(a.comment_id));
      const today = todayIso();
      const contact_comments = all.slice((page - 1) * per_page, page * per_page).map((c) => toCommentView(db, c, contact.contact_name, today));
      return ok('success', {
        contact_comments,
        page_context: {
          page,
          per_page,
          has_more_page: page * per_page < all.length,
          total: all.length,
          applied_filter: 'Status.All',
          sort_column: 'date',
          sort_order: 'D',
        },
      });
    }),
  ),

  http.post(
    `${API}/contacts/:id/comments`,
    api<{ id: string }>(async ({ params, request }) => {
      const raw = await readJson(request);
      const user = actingUser(request);
      const contact = findVisibleContact(db, user, params.id);
      const { description } = parseOrRefuse(commentInputSchema, raw);
      const record = await db.transact((tx) => addComment(tx, contact.contact_id, 'commented', description, user.name, { commented_by_id: user.user_id }));
      return ok('Comments added.', { comment: toCommentView(db, record, contact.contact_name, todayIso()) }, 201);
    }),
  ),
];
