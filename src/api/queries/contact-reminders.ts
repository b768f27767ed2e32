/**
 * POST /contacts/{id}/paymentreminder/enable | disable. A plain function, not a hook: an Undo
 * in a toast outlives the component that started the action, so it calls this with the query
 * client. Reading the upcoming reminders is `contactQueries.reminders(id)`.
 */
import type { QueryClient } from '@tanstack/react-query';
import { contactCall, storeContact, type ContactResult } from './contact-mutations';

export async function setReminders(qc: QueryClient, contactId: string, enabled: boolean): Promise<ContactResult> {
  const result = await contactCall(`/contacts/${contactId}/paymentreminder/${enabled ? 'enable' : 'disable'}`, 'POST');
  storeContact(qc, result.contact);
  return result;
}
