/**
 * Contact persons of a customer. They live inside the contact record, so every change is a
 * write of that contact (mirrored email/phone/mobile included) plus a history line.
 */
import { http } from 'msw';
import {
  contactPersonFieldsSchema as personFieldsSchema,
  newContactPersonSchema as newPersonSchema,
  type ContactPerson,
  type User,
} from '../../src/api/schemas';
import type { ContactRecord } from '../db/types';
import { contactPerson } from '../db/builders';
import { db } from '../runtime';
import { diffContact } from '../rules/audit';
import { addComment } from '../rules/comments';
import { nowIso } from '../rules/dates';
import { parseOrRefuse, refuse, sentKeys } from '../rules/failure';
import { addPerson, findVisiblePerson, patchPerson, personLimitError, personName, removePerson, setPrimary, withMirror } from '../rules/persons';
import { findVisibleContact } from '../rules/visible-contact';
import { assertPortalKeepsEmail } from '../rules/portal';
import { API, actingUser, api, ok, readJson } from './http';

/**
 * Store the contact with the persons list `build` returns (ids from the transaction). Losing
 * the last email while the portal is on is refused (3005), as it is on the customer form.
 */
function savePersons(
  user: User,
  contact: ContactRecord,
  build: (newId: () => string) => ContactPerson[],
  operation: string,
  description: string,
): Promise<ContactRecord> {
  return db.transact((tx) => {
    const persons = build(() => tx.nextId('contact_person'));
    const next = withMirror({ ...contact, contact_persons: persons, last_modified_time: nowIso() });
    assertPortalKeepsEmail(next);
    tx.contacts.put(next);
    addComment(tx, contact.contact_id, operation, description, user.name, { changes: diffContact(db, contact, next) });
    return next;
  });
}

function personResponse(message: string, contact: ContactRecord, pid: string, status = 200) {
  const person = contact.contact_persons.find((p) => p.contact_person_id === pid);
  return ok(message, { contact_person: person ?? null, contact_persons: contact.contact_persons }, status);
}

export const contactPersonHandlers = [
  http.get(
    `${API}/contacts/:id/contactpersons`,
    api<{ id: string }>(({ params, request }) => {
      const { contact_persons } = findVisibleContact(db, actingUser(request), params.id);
      // At most 50 persons (MAX_CONTACT_PERSONS): always one page.
      const page_context = { page: 1, per_page: 200, has_more_page: false, total: contact_persons.length, sort_column: 'contact_person_id', sort_order: 'A' };
      return ok('success', { contact_persons, page_context });
    }),
  ),

  // One person, by its id alone or under its customer; with its customer's id, as Zoho answers it.
  http.get(
    `${API}/contacts/contactpersons/:pid`,
    api<{ pid: string }>(({ params, request }) => {
      const { contact, person } = findVisiblePerson(db, actingUser(request), params.pid);
      return ok('success', { contact_person: { ...person, contact_id: contact.contact_id } });
    }),
  ),

  http.get(
    `${API}/contacts/:id/contactpersons/:pid`,
    api<{ id: string; pid: string }>(({ params, request }) => {
      const contact = findVisibleContact(db, actingUser(request), params.id);
      const person = contact.contact_persons.find((p) => p.contact_person_id === params.pid);
      if (!person) throw refuse.notFound('Contact person');
      return ok('success', { contact_person: { ...person, contact_id: contact.contact_id } });
    }),
  ),

  http.post(
    `${API}/contacts/contactpersons`,
    api(async ({ request }) => {
      const { contact_id, ...fields } = parseOrRefuse(newPersonSchema, await readJson(request));
      const user = actingUser(request);
      const contact = findVisibleContact(db, user, contact_id);
      const full = personLimitError(contact.contact_persons);
      if (full) throw refuse.invalid([full], full.message);
      let pid = '';
      const next = await savePersons(
        user,
        contact,
        (newId) => {
          pid = newId();
          return addPerson(contact.contact_persons, contactPerson({ ...fields, contact_person_id: pid }));
        },
        'contact_person_added',
        `Contact person "${personName(fields)}" added.`,
      );
      return personResponse('The contactperson has been added.', next, pid, 201);
    }),
  ),

  http.put(
    `${API}/contacts/contactpersons/:pid`,
    api<{ pid: string }>(async ({ params, request }) => {
      const raw = await readJson(request);
      const user = actingUser(request);
      const { contact, person } = findVisiblePerson(db, user, params.pid);
      const parsed = parseOrRefuse(personFieldsSchema, raw);
      // Only the fields sent change; the schema's defaults would otherwise blank the rest.
      const sent = sentKeys(raw);
      const patch = Object.fromEntries(Object.entries(parsed).filter(([k]) => sent.has(k)));
      const result = patchPerson(contact.contact_persons, person.contact_person_id, patch);
      if (result.errors.length) throw refuse.invalid(result.errors);
      const next = await savePersons(
        user,
        contact,
        () => result.persons,
        'contact_person_updated',
        `Contact person "${personName({ ...person, ...patch })}" updated.`,
      );
      return personResponse('The contactperson has been updated.', next, person.contact_person_id);
    }),
  ),

  http.delete(
    `${API}/contacts/contactpersons/:pid`,
    api<{ pid: string }>(async ({ params, request }) => {
      const user = actingUser(request);
      const { contact, person } = findVisiblePerson(db, user, params.pid);
      const next = await savePersons(
        user,
        contact,
        () => removePerson(contact.contact_persons, person.contact_person_id),
        'contact_person_deleted',
        `Contact person "${personName(person)}" deleted.`,
      );
      return ok('The contactperson has been deleted.', { contact_persons: next.contact_persons });
    }),
  ),

  http.post(
    `${API}/contacts/contactpersons/:pid/primary`,
    api<{ pid: string }>(async ({ params, request }) => {
      const user = actingUser(request);
      const { contact, person } = findVisiblePerson(db, user, params.pid);
      const next = person.is_primary_contact
        ? contact
        : await savePersons(
            user,
            contact,
            () => setPrimary(contact.contact_persons, person.contact_person_id),
            'primary_contact_changed',
            `"${personName(person)}" is now the primary contact person.`,
          );
      return personResponse('The contactperson has been marked as primary.', next, person.contact_person_id);
    }),
  ),
];
