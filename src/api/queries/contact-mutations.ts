/**
 * Writes to a contact itself (POST /contacts, PUT /contacts/{id}, clone, delete). Each mutation
 * owns its cache updates: the detail is replaced with the server's answer (no refetch), lists
 * are invalidated (they refetch only when shown); call sites add only UI reactions.
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { request, type RequestOptions } from '../client';
import { contactSchema, type Contact, type ContactInput, type DefaultTemplates } from '../schemas';
import { contactKeys } from './contacts';

/** A contact write's answer: the stored contact and the API's sentence for the toast. */
export interface ContactResult {
  contact: Contact;
  message: string;
}

/** Send a write whose answer is `{contact}`. */
export async function contactCall(path: string, method: 'POST' | 'PUT', body?: RequestOptions['body']): Promise<ContactResult> {
  const env = await request<{ contact: unknown }>(path, { method, body });
  return { contact: contactSchema.parse(env.contact), message: env.message };
}

export function storeContact(qc: QueryClient, contact: Contact): void {
  qc.setQueryData(contactKeys.detail(contact.contact_id), contact);
  void qc.invalidateQueries({ queryKey: contactKeys.lists() });
  void qc.invalidateQueries({ queryKey: contactKeys.comments(contact.contact_id) });
  void qc.invalidateQueries({ queryKey: contactKeys.reminders(contact.contact_id) });
}

/**
 * PUT /contacts/{id} changes only the keys sent, but always needs the display name; sending
 * the current one leaves it (and its uniqueness) untouched.
 */
const partialUpdate = (c: Contact, patch: Record<string, unknown>) =>
  contactCall(`/contacts/${c.contact_id}`, 'PUT', { contact_name: c.contact_name, ...patch });

export function useSaveContact() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: ContactInput }) => contactCall(id ? `/contacts/${id}` : '/contacts', id ? 'PUT' : 'POST', body),
    onSuccess: ({ contact }) => storeContact(qc, contact),
  });
}

export function useSaveTemplates() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ contact, templates }: { contact: Contact; templates: DefaultTemplates }) => partialUpdate(contact, { default_templates: templates }),
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

export interface CloneInput {
  contact_name: string;
  currency_id: string;
  enable_portal: boolean;
}

export function useCloneContact() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ sourceId, input }: { sourceId: string; input: CloneInput }) => contactCall(`/contacts/${sourceId}/clone`, 'POST', input),
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
