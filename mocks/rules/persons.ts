/**
 * Contact persons: exactly one primary whenever there are any, and the contact's own
 * email/phone/mobile always mirror the primary person (Zoho's model: the "primary contact"
 * fields on the customer form are that person).
 */
import { MAX_CONTACT_PERSONS } from '../../src/api/limits';
import { TOO_MANY_PERSONS, type ContactPerson, type FieldError, type User } from '../../src/api/schemas';
import type { Database } from '../db/store';
import type { ContactRecord } from '../db/types';
import { contactPerson } from '../db/builders';
import { canSeeContact } from './access';
import { refuse } from './failure';

export const primaryFields = ['salutation', 'first_name', 'last_name', 'email', 'phone', 'mobile'] as const;
export type PrimaryFields = Partial<Pick<ContactPerson, (typeof primaryFields)[number]>>;

export type PersonInput = Omit<ContactPerson, 'contact_person_id'> & { contact_person_id?: string };

export const primaryOf = (persons: ContactPerson[]): ContactPerson | undefined => persons.find((p) => p.is_primary_contact);

/** The contact's mirrored fields, recomputed from its primary person. */
export function withMirror<T extends Pick<ContactRecord, 'contact_persons' | 'email' | 'phone' | 'mobile'>>(c: T): T {
  const p = primaryOf(c.contact_persons);
  return { ...c, email: p?.email ?? '', phone: p?.phone ?? '', mobile: p?.mobile ?? '' };
}

/** Portal access needs an address to send the invitation to: the contact's or any person's. */
export function hasEmail(c: Pick<ContactRecord, 'email' | 'contact_persons'>): boolean {
  return !!c.email || c.contact_persons.some((p) => !!p.email);
}

/**
 * The persons list a create/update sends: existing ids must belong to this contact, new ones
 * get fresh ids, and a non-empty list has exactly one primary.
 */
export function resolvePersons(existing: ContactPerson[], input: PersonInput[], newId: () => string): { persons: ContactPerson[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const known = new Set(existing.map((p) => p.contact_person_id));
  const seen = new Set<string>();
  const persons = input.map((p, i) => {
    const id = p.contact_person_id;
    if (id !== undefined && (!known.has(id) || seen.has(id))) {
      errors.push({ field: `contact_persons.${i}.contact_person_id`, message: 'Contact person does not exist.' });
    }
    if (id !== undefined) seen.add(id);
    return contactPerson({ ...p, contact_person_id: id ?? newId() });
  });
  const primaries = persons.filter((p) => p.is_primary_contact).length;
  if (persons.length > 0 && primaries !== 1) {
    errors.push({ field: 'contact_persons', message: 'Exactly one contact person must be the primary contact.' });
  }
  return { persons, errors };
}

/**
 * Top-level salutation/first/last/email/phone/mobile write through to the primary person,
 * creating one when there is none and something non-empty was sent.
 */
export function applyPrimaryFields(persons: ContactPerson[], top: PrimaryFields, newId: () => string): ContactPerson[] {
  const given = Object.fromEntries(Object.entries(top).filter(([, v]) => v !== undefined)) as PrimaryFields;
  if (primaryOf(persons)) return persons.map((p) => (p.is_primary_contact ? { ...p, ...given } : p));
  if (!Object.values(given).some((v) => v)) return persons;
  return [contactPerson({ ...given, is_primary_contact: true, contact_person_id: newId() }), ...persons];
}

/** Make `pid` the only primary person. */
export function setPrimary(persons: ContactPerson[], pid: string): ContactPerson[] {
  return persons.map((p) => ({ ...p, is_primary_contact: p.contact_person_id === pid }));
}

/** Room for `adding` more persons within MAX_CONTACT_PERSONS, or the 1001 error naming `contact_persons`. */
export function personLimitError(persons: readonly ContactPerson[], adding = 1): FieldError | null {
  return persons.length + adding > MAX_CONTACT_PERSONS ? { field: 'contact_persons', message: TOO_MANY_PERSONS } : null;
}

/** Add a person; the first one, or one sent as primary, becomes the primary. */
export function addPerson(persons: ContactPerson[], person: ContactPerson): ContactPerson[] {
  const primary = person.is_primary_contact || persons.length === 0;
  const next = [...persons, { ...person, is_primary_contact: primary }];
  return primary ? setPrimary(next, person.contact_person_id) : next;
}

/** Remove a person; when it was the primary, the next one takes over so one primary remains. */
export function removePerson(persons: ContactPerson[], pid: string): ContactPerson[] {
  const removed = persons.find((p) => p.contact_person_id === pid);
  const rest = persons.filter((p) => p.contact_person_id !== pid);
  if (removed?.is_primary_contact && rest.length > 0) return setPrimary(rest, rest[0].contact_person_id);
  return rest;
}

/**
 * Change one person's fields. Setting it primary demotes the others; un-setting the primary
 * is refused, since a customer with persons always has exactly one primary.
 */
export function patchPerson(
  persons: ContactPerson[],
  pid: string,
  patch: Partial<Omit<ContactPerson, 'contact_person_id'>>,
): { persons: ContactPerson[]; errors: FieldError[] } {
  const current = persons.find((p) => p.contact_person_id === pid);
  if (current?.is_primary_contact && patch.is_primary_contact === false) {
    const message = 'Mark another contact person as primary instead.';
    return { persons, errors: [{ field: 'is_primary_contact', message }] };
  }
  const next = persons.map((p) => (p.contact_person_id === pid ? { ...p, ...patch, contact_person_id: pid } : p));
  return { persons: patch.is_primary_contact ? setPrimary(next, pid) : next, errors: [] };
}

export const personName = (p: Pick<ContactPerson, 'first_name' | 'last_name' | 'email'>): string =>
  `${p.first_name} ${p.last_name}`.trim() || p.email || 'Unnamed';

/** The contact holding person `pid`, if the user may see it (else 404 for the person). */
export function findVisiblePerson(db: Database, user: User, pid: string): { contact: ContactRecord; person: ContactPerson } {
  for (const contact of db.tables.contacts.rows.values()) {
    const person = contact.contact_persons.find((p) => p.contact_person_id === pid);
    if (person && canSeeContact(user, contact)) return { contact, person };
    if (person) break;
  }
  throw refuse.notFound('Contact person');
}
