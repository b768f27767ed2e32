/**
 * POST /contacts/{id}/active | inactive. A plain function, not a hook: an Undo in a toast
 * outlives the component that started the action, so it calls this with the query client.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Contact } from '../schemas';
import { contactCall, storeContact, type ContactResult } from './contact-mutations';

export async function setStatus(qc: QueryClient, contactId: string, status: Contact['status']): Promise<ContactResult> {
  const result = await contactCall(`/contacts/${contactId}/${status === 'active' ? 'active' : 'inactive'}`, 'POST');
  storeContact(qc, result.contact);
  return result;
}
