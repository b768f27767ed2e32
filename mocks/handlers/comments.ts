/**
 * A customer's history: every action written by addComment, newest first, and users' own
 * comments; paged, and filtered by kind (`show`) before paging so every page is full.
 */
import { http, type HttpHandler } from 'msw';
import { commentInputSchema, commentListQuerySchema, type HistoryFilter } from '../../src/api/schemas';
import { db } from '../runtime';
import { addComment, historyKind, toCommentView } from '../rules/comments';
import { todayIso } from '../rules/dates';
import { parseOrRefuse } from '../rules/failure';
import { findVisibleContact } from '../rules/visible-contact';
import { API, actingUser, api, ok, query, readJson } from './http';

/** Zoho's `applied_filter` spelling of `show`. */
const appliedFilter: Record<HistoryFilter, string> = {
  all: 'Status.All',
  changes: 'Status.Changes',
  comments: 'Status.Comments',
  emails: 'Status.Emails',
};

export const commentHandlers: HttpHandler[] = [
  http.get(
    `${API}/contacts/:id/comments`,
    api<{ id: string }>(({ params, request }) => {
      const contact = findVisibleContact(db, actingUser(request), params.id);
      // Zoho pages history by 200; the History tab asks for a page of HISTORY_PAGE_SIZE.
      const { page, per_page, show } = parseOrRefuse(commentListQuerySchema, Object.fromEntries(query(request)));
      const all = db.tables.comments
        .all()
        .filter((c) => c.contact_id === contact.contact_id && (show === 'all' || historyKind(c) === show))
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
          applied_filter: appliedFilter[show],
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
