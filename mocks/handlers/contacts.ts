/**
 * Customers: list, create, read, update, delete, and the one-click state changes (active,
 * portal, reminders). Rules live in mocks/rules; every write is one `db.transact`.
 */
import { http } from 'msw';
import type { User } from '../../src/api/schemas';
import type { ContactRecord } from '../db/types';
import { db } from '../runtime';
import { can } from '../rules/access';
import { deleteContactRows, deleteRefusal } from '../rules/contact-delete';
import { diffContact } from '../rules/audit';
import { addComment } from '../rules/comments';
import { toContact, toContactSummary } from '../rules/contact-view';
import { parseContactInput, resolveContact } from '../rules/contacts';
import { nowIso } from '../rules/dates';
import { describeUpdate } from '../rules/history';
import { refuse } from '../rules/failure';
import { assertIfMatch } from '../rules/versions';
import { listContacts, parseListQuery } from '../db/list-query';
import { withViewSort } from '../rules/customviews';
import { assertCanEnablePortal } from '../rules/portal';
import { findVisibleContact } from '../rules/visible-contact';
import { customFieldOwners } from '../rules/custom-fields';
import { readUniqueKey, withIdentifier } from '../rules/upsert';
import { parseFields, pickFields } from '../rules/sparse-fields';
import { API, actingUser, api, ok, query, readJson } from './http';
import { okContact } from './contact-http';

/** What a one-click action changes, the history line it writes and the message it answers. */
interface ActionOutcome {
  patch: Partial<ContactRecord>;
  operation: string;
  description: string;
  message: string;
}

/**
 * POST /contacts/{id}/<action>: nothing is written when the contact is already in the asked
 * state (so repeating an action, or Undo after Undo, never piles up history).
 */
function contactAction(path: string, decide: (c: ContactRecord, user: User) => ActionOutcome) {
  return http.post(
    `${API}/contacts/:id/${path}`,
    api<{ id: string }>(async ({ params, request }) => {
      const user = actingUser(request);
      const contact = findVisibleContact(db, user, params.id);
      const out = decide(contact, user);
      const changed = (Object.keys(out.patch) as (keyof ContactRecord)[]).some((k) => out.patch[k] !== contact[k]);
      if (changed) {
        await db.transact((tx) => {
          const next = tx.contacts.put({ ...contact, ...out.patch, last_modified_time: nowIso() });
          addComment(tx, contact.contact_id, out.operation, out.description, user.name, { changes: diffContact(db, contact, next) });
        });
      }
      return okContact(out.message, contact);
    }),
  );
}

/** POST /contacts, and PUT /contacts when nothing matches and X-Upsert is true. */
function createContact(user: User, raw: unknown): Promise<ContactRecord> {
  const draft = parseContactInput(raw);
  return db.transact((tx) => {
    // Rules read (uniqueness, owner) before the first row is written.
    const record = resolveContact({ db, user, newId: (c) => tx.nextId(c), now: nowIso() }, draft);
    tx.contacts.put(record);
    addComment(tx, record.contact_id, 'created', `Contact "${record.contact_name}" created.`, user.name);
    return record;
  });
}

/** PUT /contacts/{id}, and PUT /contacts when the unique identifier matches. */
function updateContact(user: User, existing: ContactRecord, raw: unknown): Promise<ContactRecord> {
  const draft = parseContactInput(raw);
  return db.transact((tx) => {
    const record = resolveContact({ db, user, existing, newId: (c) => tx.nextId(c), now: nowIso() }, draft);
    tx.contacts.put(record);
    for (const line of describeUpdate(db, existing, record)) {
      addComment(tx, record.contact_id, line.operation, line.description, user.name, { changes: line.changes });
    }
    return record;
  });
}

export const contactHandlers = [
  http.get(
    `${API}/contacts`,
    api(({ request }) => {
      const params = query(request);
      const user = actingUser(request);
      // *ext* `include=details`: full contacts (persons, addresses, custom fields); *ext* `fields`:
      // only the named fields of each row. Both for exports.
      const details = params.get('include') === 'details';
      const fields = parseFields(params.get('fields'), details);
      const page = listContacts(db, user, withViewSort(db, user, parseListQuery(params), params));
      return ok('success', {
        contacts: page.records.map((c) => pickFields(details ? toContact(db, c) : toContactSummary(db, c), fields)),
        page_context: page.page_context,
      });
    }),
  ),

  http.post(
    `${API}/contacts`,
    api(async ({ request }) => {
      const created = await createContact(actingUser(request), await readJson(request));
      return okContact('The contact has been created', created, 201);
    }),
  ),

  // Zoho's "update a contact using a custom field's unique value" (and create with X-Upsert).
  http.put(
    `${API}/contacts`,
    api(async ({ request }) => {
      const key = readUniqueKey(db, request.headers);
      const raw = await readJson(request);
      const user = actingUser(request);
      const owners = customFieldOwners(db, key.field.customfield_id, key.value);
      if (owners.length) {
        // A customer the acting user may not see answers like a missing one (404).
        const existing = findVisibleContact(db, user, owners[0]);
        assertIfMatch(existing, request.headers.get('If-Match'));
        return okContact('Contact information has been saved.', await updateContact(user, existing, raw));
      }
      if (!key.upsert) throw refuse.notFound('Contact');
      const created = await createContact(user, withIdentifier(raw, key.field.customfield_id, key.value));
      return okContact('The contact has been created', created, 201);
    }),
  ),

  http.get(
    `${API}/contacts/:id`,
    api<{ id: string }>(({ params, request }) => okContact('success', findVisibleContact(db, actingUser(request), params.id))),
  ),

  http.put(
    `${API}/contacts/:id`,
    api<{ id: string }>(async ({ params, request }) => {
      const raw = await readJson(request);
      const user = actingUser(request);
      const existing = findVisibleContact(db, user, params.id);
      assertIfMatch(existing, request.headers.get('If-Match'));
      return okContact('Contact information has been saved.', await updateContact(user, existing, raw));
    }),
  ),

  http.delete(
    `${API}/contacts/:id`,
    api<{ id: string }>(async ({ params, request }) => {
      const user = actingUser(request);
      const contact = findVisibleContact(db, user, params.id);
      if (!can(user, 'delete')) throw refuse.forbidden();
      const refusal = deleteRefusal(db, contact.contact_id);
      if (refusal) throw refusal;
      await db.transact((tx) => deleteContactRows(tx, db, [contact.contact_id]));
      return ok('The contact has been deleted.', { contact_id: contact.contact_id });
    }),
  ),

  contactAction('active', (c) => ({
    // A merged-away customer that is re-activated is an ordinary customer again; the
    // transactions it had stay with the master (they were moved, not linked).
    patch: { status: 'active', merged_into_contact_id: '' },
    operation: 'marked_active',
    description: c.merged_into_contact_id
      ? `Marked as active (had been merged into "${db.tables.contacts.get(c.merged_into_contact_id)?.contact_name ?? ''}").`
      : 'Marked as active.',
    message: 'The contact has been marked as active.',
  })),
  contactAction('inactive', () => ({
    patch: { status: 'inactive' },
    operation: 'marked_inactive',
    description: 'Marked as inactive.',
    message: 'The contact has been marked as inactive.',
  })),
  contactAction('portal/enable', (c) => {
    assertCanEnablePortal(c);
    return {
      patch: { is_portal_enabled: true },
      operation: 'portal_enabled',
      description: 'Client portal access enabled.',
      message: 'Client Portal preferences have been updated',
    };
  }),
  contactAction('portal/disable', () => ({
    patch: { is_portal_enabled: false },
    operation: 'portal_disabled',
    description: 'Client portal access disabled.',
    message: 'Client Portal preferences have been updated',
  })),
  contactAction('paymentreminder/enable', () => ({
    patch: { payment_reminder_enabled: true },
    operation: 'reminders_enabled',
    description: 'All payment reminders enabled.',
    message: 'All reminders associated with this contact have been enabled.',
  })),
  contactAction('paymentreminder/disable', () => ({
    patch: { payment_reminder_enabled: false },
    operation: 'reminders_stopped',
    description: 'All payment reminders stopped.',
    message: 'All reminders associated with this contact have been stopped.',
  })),
];
