/**
 * Single-customer actions from the detail page (templates, reminders, email, clone, owner,
 * active/inactive, delete) and contact-person writes. Each mutation owns its cache updates;
 * call sites add only UI reactions (toast, navigate, close).
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request } from '../client';
import {
  contactPersonSchema,
  contactSchema,
  templateSchema,
  type Contact,
  type ContactPerson,
  type ContactPersonInput,
  type DefaultTemplates,
  type EmailInput,
  type TemplateInput,
} from '../schemas';
import { contactKeys } from './contacts';
import { storeContact } from './contact-mutations';
import { referenceKeys } from './reference';
import { outboxKeys } from './transactions';

/** A contact write's answer: the stored contact and the API's sentence for the toast. */
export interface ContactResult {
  contact: Contact;
  message: string;
}

async function contactCall(path: string, method: 'POST' | 'PUT', body?: unknown): Promise<ContactResult> {
  const env = await request<{ contact: unknown }>(path, { method, body });
  return { contact: contactSchema.parse(env.contact), message: env.message };
}

/**
 * PUT /contacts/{id} changes only the keys sent, but always needs the display name; sending
 * the current one leaves it (and its uniqueness) untouched.
 */
const partialUpdate = (c: Contact, patch: Record<string, unknown>) =>
  contactCall(`/contacts/${c.contact_id}`, 'PUT', { contact_name: c.contact_name, ...patch });

export function useSaveTemplates() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ contact, templates }: { contact: Contact; templates: DefaultTemplates }) =>
      partialUpdate(contact, { default_templates: templates }),
    onSuccess: ({ contact }) => storeContact(qc, contact),
  });
}

export function useAssignOwner() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ contact, ownerId }: { contact: Contact; ownerId: string }) => partialUpdate(contact, { owner_id: ownerId }),
    onSuccess: ({ contact }) => storeContact(qc, contact),
  });
}

export function useCreateTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: TemplateInput) => {
      const env = await request<{ template: unknown }>('/templates', { method: 'POST', body: input });
      return templateSchema.parse(env.template);
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: [...referenceKeys.all, 'templates'] }),
  });
}

/**
 * The one-click toggles, as plain functions: an Undo in a toast outlives the component that
 * started the action, so it calls these with the query client directly.
 */
export async function setReminders(qc: QueryClient, contactId: string, enabled: boolean): Promise<ContactResult> {
  const result = await contactCall(`/contacts/${contactId}/paymentreminder/${enabled ? 'enable' : 'disable'}`, 'POST');
  storeContact(qc, result.contact);
  return result;
}

export async function setStatus(qc: QueryClient, contactId: string, status: Contact['status']): Promise<ContactResult> {
  const result = await contactCall(`/contacts/${contactId}/${status === 'active' ? 'active' : 'inactive'}`, 'POST');
  storeContact(qc, result.contact);
  return result;
}

export function useSendEmail() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ contactId, input }: { contactId: string; input: EmailInput }) => {
      const env = await request(`/contacts/${contactId}/email`, { method: 'POST', body: input });
      return env.message;
    },
    onSuccess: (_message, { contactId }) => {
      void qc.invalidateQueries({ queryKey: outboxKeys.all });
      void qc.invalidateQueries({ queryKey: contactKeys.comments(contactId) });
    },
  });
}

export interface CloneInput {
  contact_name: string;
  currency_id: string;
  enable_portal: boolean;
}

export function useCloneContact() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ sourceId, input }: { sourceId: string; input: CloneInput }) =>
      contactCall(`/contacts/${sourceId}/clone`, 'POST', input),
    onSuccess: ({ contact }, { sourceId }) => {
      storeContact(qc, contact);
      // The original's history gains "Cloned as …".
      void qc.invalidateQueries({ queryKey: contactKeys.comments(sourceId) });
    },
  });
}

export function useDeleteContact() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (contactId: string) => (await request(`/contacts/${contactId}`, { method: 'DELETE' })).message,
    onSuccess: (_message, contactId) => {
      void qc.invalidateQueries({ queryKey: contactKeys.lists() });
      void qc.invalidateQueries({ queryKey: contactKeys.duplicates() });
      // Marked stale but not refetched (it would 404 while the page is being left): coming
      // back to it later fetches again and shows "not found".
      void qc.invalidateQueries({ queryKey: contactKeys.detail(contactId), refetchType: 'none' });
    },
  });
}

/* Contact persons: the API answers with the persons list; the contact's mirrored email/phone
   (from the primary person) and its history change too, so the detail refetches. */

export type PersonFields = Omit<ContactPersonInput, 'contact_person_id'>;

interface PersonResult {
  person: ContactPerson | null;
  persons: ContactPerson[];
  message: string;
}

async function personCall(path: string, method: 'POST' | 'PUT' | 'DELETE', body?: unknown): Promise<PersonResult> {
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
