/**
 * Contact writes. Each mutation owns its cache updates: the detail is replaced with the
 * server's answer (no refetch), lists are invalidated (they refetch only when shown).
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { request } from '../client';
import { contactSchema, type Contact, type ContactInput } from '../schemas';
import { contactKeys } from './contacts';

export function storeContact(qc: QueryClient, contact: Contact): void {
  qc.setQueryData(contactKeys.detail(contact.contact_id), contact);
  void qc.invalidateQueries({ queryKey: contactKeys.lists() });
  void qc.invalidateQueries({ queryKey: contactKeys.comments(contact.contact_id) });
  void qc.invalidateQueries({ queryKey: contactKeys.reminders(contact.contact_id) });
}

async function saveContact(input: { id?: string; body: ContactInput }) {
  const env = await request<{ contact: unknown }>(input.id ? `/contacts/${input.id}` : '/contacts', {
    method: input.id ? 'PUT' : 'POST',
    body: input.body,
  });
  return { contact: contactSchema.parse(env.contact), message: env.message };
}

export function useSaveContact() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: saveContact,
    onSuccess: ({ contact }) => storeContact(qc, contact),
  });
}
