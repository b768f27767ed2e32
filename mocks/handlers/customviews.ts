/** Custom views of the customer list: list what the acting user may see, save, change, delete. */
import { http, type HttpHandler } from 'msw';
import { customViewListQuerySchema, MAX_VIEWS_PER_USER } from '../../src/api/schemas';
import { db } from '../runtime';
import { nowIso } from '../rules/dates';
import { parseOrRefuse, refuse } from '../rules/failure';
import { canChangeView, canSeeView, findVisibleView, inputOf, parseViewInput } from '../rules/customviews';
import { API, actingUser, api, ok, query, readJson } from './http';

export const customViewHandlers: HttpHandler[] = [
  http.get(
    `${API}/customviews`,
    api(({ request }) => {
      const user = actingUser(request);
      const q = parseOrRefuse(customViewListQuerySchema, Object.fromEntries(query(request)));
      const custom_views = db.tables.customViews
        .all()
        .filter((v) => v.entity_type === q.entity_type && canSeeView(user, v))
        .sort((a, b) => Number(a.customview_id) - Number(b.customview_id));
      return ok('success', { custom_views });
    }),
  ),

  http.post(
    `${API}/customviews`,
    api(async ({ request }) => {
      const user = actingUser(request);
      const input = parseViewInput(db, user, await readJson(request));
      const mine = db.tables.customViews.all().filter((v) => v.created_by_id === user.user_id).length;
      if (mine >= MAX_VIEWS_PER_USER) throw refuse.field('name', `You can save at most ${MAX_VIEWS_PER_USER} custom views; delete one first.`);
      const custom_view = await db.transact((tx) =>
        tx.customViews.put({ ...input, customview_id: tx.nextId('customview'), created_by_id: user.user_id, created_time: nowIso() }),
      );
      return ok('The custom view has been created.', { custom_view }, 201);
    }),
  ),

  http.put(
    `${API}/customviews/:id`,
    api<{ id: string }>(async ({ params, request }) => {
      const user = actingUser(request);
      const existing = findVisibleView(db, user, params.id);
      if (!canChangeView(user, existing)) throw refuse.forbidden();
      const raw = await readJson(request);
      if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw refuse.field('body', 'Send the view as a JSON object.');
      const input = parseViewInput(db, user, { ...inputOf(existing), ...raw });
      const custom_view = await db.transact((tx) => tx.customViews.put({ ...existing, ...input }));
      return ok('The custom view has been updated.', { custom_view });
    }),
  ),

  http.delete(
    `${API}/customviews/:id`,
    api<{ id: string }>(async ({ params, request }) => {
      const user = actingUser(request);
      const existing = findVisibleView(db, user, params.id);
      if (!canChangeView(user, existing)) throw refuse.forbidden();
      await db.transact((tx) => tx.customViews.delete(existing.customview_id));
      return ok('The custom view has been deleted.', { customview_id: existing.customview_id });
    }),
  ),
];
