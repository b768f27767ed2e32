/**
 * /contacts/contactpersons: the API answers with the persons list; the contact's mirrored
 * email/phone (from the primary person) and its history change too, so the detail refetches.
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request } from '../client';
import { contactPersonSchema, type Contact, type ContactPerson, type ContactPersonInput } from '../schemas';
import { contactKeys } from './contacts';

type PersonFields = Omit<ContactPersonInput, 'contact_person_id'>;

interface PersonResult {
  person: ContactPerson | null;
  persons: ContactPerson[];
  message: string;
}

async function personCall(path: string, method: 'POST' | 'PUT' | 'DELETE', body?: PersonFields & { contact_id?: string }): Promise<PersonResult> {
  const env = await request<{ contact_person?: unknown; contact_persons?: unknown }>(path, { method, body });
  return {
    person: env.contact_person ? contactPersonSchema.parse(env.contact_person) : null,
    persons: z.array(contactPersonSchema).parse(env.contact_persons ?? []),
    message: env.message,
  };
}

function storePersons(qc: QueryClient, contactId: string, persons: ContactPerson[]): void {
  qc.setQueryData<Contact>(contactKeys.detail(contactId), (c) => (c ? { ...c, contact_persons: persons } : c));
  void qc.invalidateQueries({ queryKey: contactKeys.detail(contactId) });
  void qc.invalidateQueries({ queryKey: contactKeys.lists() });
}

type PersonAction =
  | { kind: 'add'; contactId: string; fields: PersonFields }
  | { kind: 'update'; contactId: string; personId: string; fields: PersonFields }
  | { kind: 'delete'; contactId: string; personId: string }
  | { kind: 'primary'; contactId: string; personId: string };

function runPersonAction(a: PersonAction): Promise<PersonResult> {
  switch (a.kind) {
    case 'add':
      return personCall('/contacts/contactpersons', 'POST', { ...a.fields, contact_id: a.contactId });
    case 'update':
      return personCall(`/contacts/contactpersons/${a.personId}`, 'PUT', a.fields);
    case 'delete':
      return personCall(`/contacts/contactpersons/${a.personId}`, 'DELETE');
    case 'primary':
      return personCall(`/contacts/contactpersons/${a.personId}/primary`, 'POST');
  }
}

/** Add, edit, delete or mark primary a contact person of a customer. */
export function usePersonAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: runPersonAction,
    onSuccess: (result, action) => storePersons(qc, action.contactId, result.persons),
  });
}
