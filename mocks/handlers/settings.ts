/**
 * Reference data (currencies, payment terms, price lists, custom fields), org preferences and
 * each user's saved import selections (their own only: no user reads or writes another's).
 */
import { http, type HttpHandler } from 'msw';
import { importMappingInputSchema, preferencesInputSchema } from '../../src/api/schemas';
import { db } from '../runtime';
import { nowIso } from '../rules/dates';
import { parseOrRefuse, refuse } from '../rules/failure';
import { resolveMatchKey } from '../rules/import-match';
import { API, actingUser, api, ok, query, readJson } from './http';

const byId =
  <T>(key: (row: T) => string) =>
  (a: T, b: T) =>
    Number(key(a)) - Number(key(b));

export const settingsHandlers: HttpHandler[] = [
  http.get(
    `${API}/currencies`,
    api(() => ok('success', { currencies: db.tables.currencies.all().sort(byId((c) => c.currency_id)) })),
  ),
  http.get(
    `${API}/settings/paymentterms`,
    api(() => {
      const payment_terms = db.tables.paymentTerms
        .all()
        .sort((a, b) => a.payment_terms - b.payment_terms)
        .map(({ payment_terms, payment_terms_label }) => ({ payment_terms, payment_terms_label }));
      return ok('success', { payment_terms });
    }),
  ),
  http.get(
    `${API}/pricebooks`,
    api(() => ok('success', { pricebooks: db.tables.pricebooks.all().sort(byId((p) => p.pricebook_id)) })),
  ),
  http.get(
    `${API}/settings/customfields`,
    api(({ request }) => {
      // Only customers have custom fields here; `entity` defaults to contact.
      const entity = query(request).get('entity') || 'contact';
      if (entity !== 'contact') throw refuse.invalid([{ field: 'entity', message: 'Only entity=contact is supported.' }]);
      return ok('success', { customfields: db.tables.customFields.all().sort(byId((f) => f.customfield_id)) });
    }),
  ),
  http.get(
    `${API}/settings/importmappings`,
    api(({ request }) => ok('success', { import_mapping: db.tables.importMappings.get(actingUser(request).user_id) ?? null })),
  ),
  http.put(
    `${API}/settings/importmappings`,
    api(async ({ request }) => {
      const user = actingUser(request);
      const input = parseOrRefuse(importMappingInputSchema, await readJson(request));
      // A saved key must still identify customers (an existing, unique field).
      resolveMatchKey(db, input.match_by);
      const import_mapping = await db.transact((tx) => tx.importMappings.put({ ...input, user_id: user.user_id, updated_time: nowIso() }));
      return ok('Your import selections have been saved.', { import_mapping });
    }),
  ),
  http.get(
    `${API}/settings/preferences`,
    api(() => ok('success', { preferences: db.tables.settings.get('settings')?.preferences })),
  ),
  http.put(
    `${API}/settings/preferences`,
    api(async ({ request }) => {
      if (actingUser(request).role !== 'admin') throw refuse.forbidden();
      const patch = parseOrRefuse(preferencesInputSchema, await readJson(request));
      if (patch.base_currency_id !== undefined && !db.tables.currencies.has(patch.base_currency_id)) {
        throw refuse.invalid([{ field: 'base_currency_id', message: 'Currency does not exist.' }]);
      }
      const preferences = await db.transact((tx) => {
        const current = tx.settings.get('settings');
        if (!current) throw new Error('settings row missing from the scenario');
        const next = { ...current, preferences: { ...current.preferences, ...patch } };
        tx.settings.put(next);
        return next.preferences;
      });
      return ok('Preferences have been saved.', { preferences });
    }),
  ),
];
