/**
 * Our extensions to the customers API (*ext* in api.md): clone, merge, bulk, import and merge
 * suggestions. Each write is one `db.transact`; the rules plan first (reads), then write.
 */
import { http, HttpResponse } from 'msw';
import { MAX_IMPORT_BODY_BYTES } from '../../src/api/limits';
import {
  bulkInputSchema,
  cloneInputSchema,
  duplicateCheckKeys,
  duplicatesQuerySchema,
  ErrorCode,
  importInputSchema,
  mergeInputSchema,
} from '../../src/api/schemas';
import { totalsOf } from '../db/derived';
import { db } from '../runtime';
import { applyBulk, planBulk } from '../rules/bulk';
import { cloneContact } from '../rules/clone';
import { addComment } from '../rules/comments';
import { contactsNamed } from '../db/contact-index';
import { toContactSummary } from '../rules/contact-view';
import { nowIso } from '../rules/dates';
import { duplicateCandidates } from '../rules/duplicate-candidates';
import { duplicateGroupsFor } from '../rules/duplicates';
import { parseOrRefuse } from '../rules/failure';
import { applyImport, planImport } from '../rules/import';
import { matchingContacts } from '../db/list-query';
import { applyMerge, planMerge } from '../rules/merge';
import { findVisibleContact } from '../rules/visible-contact';
import { API, actingUser, api, ok, query, readJson } from './http';
import { okContact } from './contact-http';

/**
 * Build the read caches (name index, per-customer totals) before a multi-row transaction, so
 * nothing computed from half-written rows can outlive a rollback (they are keyed on the
 * version, which only a commit moves).
 */
function warmReadCaches(): void {
  contactsNamed(db, '');
  totalsOf(db, '');
}

export const contactExtHandlers = [
  http.post(
    `${API}/contacts/:id/clone`,
    api<{ id: string }>(async ({ params, request }) => {
      const raw = await readJson(request);
      const user = actingUser(request);
      const source = findVisibleContact(db, user, params.id);
      const input = parseOrRefuse(cloneInputSchema, raw);
      const clone = await db.transact((tx) => {
        const record = cloneContact({ db, newId: (c) => tx.nextId(c), now: nowIso() }, source, input);
        tx.contacts.put(record);
        addComment(tx, record.contact_id, 'cloned', `Cloned from ${source.contact_name}`, user.name);
        addComment(tx, source.contact_id, 'cloned', `Cloned as ${record.contact_name}`, user.name);
        return record;
      });
      return okContact('The contact has been cloned.', clone, 201);
    }),
  ),

  http.post(
    `${API}/contacts/merge`,
    api(async ({ request }) => {
      const input = parseOrRefuse(mergeInputSchema, await readJson(request));
      const user = actingUser(request);
      const plan = planMerge(db, user, input);
      warmReadCaches();
      const master = await db.transact((tx) => applyMerge(tx, db, plan, user.name, nowIso()));
      return okContact('The contacts have been merged.', master);
    }),
  ),

  http.post(
    `${API}/contacts/bulk`,
    api(async ({ request }) => {
      const input = parseOrRefuse(bulkInputSchema, await readJson(request));
      const user = actingUser(request);
      // select_all goes through the same visibility and filters as the list itself.
      const ids = input.select_all ? matchingContacts(db, user, input.select_all).map((c) => c.contact_id) : (input.contact_ids ?? []);
      const plan = planBulk(db, user, input, ids, nowIso());
      warmReadCaches();
      // One transaction for the whole call: a fault part-way leaves no record changed.
      if (plan.writes.length) await db.transact((tx) => applyBulk(tx, db, plan, user.name));
      return ok('Bulk action completed.', { results: plan.results });
    }),
  ),

  http.post(
    `${API}/contacts/import`,
    api(async ({ request }) => {
      // Imports carry up to 10,000 rows: their own, larger body limit.
      const input = parseOrRefuse(importInputSchema, await readJson(request, MAX_IMPORT_BODY_BYTES));
      const user = actingUser(request);
      const now = nowIso();
      const plan = planImport(db, user, input, now);
      // A dry run answers the plan, invalid rows included, and writes nothing.
      if (input.dry_run) return ok('Import checked: nothing was written.', { plan: plan.plan, summary: plan.summary });
      if (plan.summary.invalid > 0 && !input.skip_invalid) {
        // Nothing is written; the client lists the invalid rows with their reasons.
        const rows = plan.summary.invalid === 1 ? '1 row is' : `${plan.summary.invalid} rows are`;
        return HttpResponse.json(
          {
            code: ErrorCode.invalid,
            message: `${rows} invalid, so nothing was imported. Fix them or skip invalid rows.`,
            errors: plan.errors,
            results: plan.results.filter((r) => r.status === 'invalid'),
            summary: plan.summary,
          },
          { status: 400 },
        );
      }
      warmReadCaches();
      if (plan.accepted.length) await db.transact((tx) => applyImport(tx, db, user, plan, now));
      return ok('Import completed.', { results: plan.results, summary: plan.summary });
    }),
  ),

  http.get(
    `${API}/contacts/duplicates`,
    api(({ request }) => {
      const raw = query(request);
      const params = [...raw].filter(([, v]) => v !== '');
      const { page, per_page, ...check } = parseOrRefuse(duplicatesQuerySchema, Object.fromEntries(params));
      // Any of the check's parameters, even blank, asks for the check while typing instead.
      if (duplicateCheckKeys.some((k) => raw.has(k))) {
        const candidates = duplicateCandidates(db, actingUser(request), check).map(({ record, reason }) => ({ ...toContactSummary(db, record), reason }));
        return ok('success', { candidates });
      }
      const all = duplicateGroupsFor(db, actingUser(request));
      const start = (page - 1) * per_page;
      const groups = all.slice(start, start + per_page).map((g) => ({
        reason: g.reason,
        key: g.key,
        contacts: g.contacts.map((c) => toContactSummary(db, c)),
      }));
      return ok('success', {
        duplicate_groups: groups,
        page_context: { page, per_page, has_more_page: start + per_page < all.length, total: all.length },
      });
    }),
  ),
];
