/** Contacts: fetchers and query-key factory (all → lists → list(params); all → details → detail(id)). */
import { queryOptions, keepPreviousData } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request, requestKey } from '../client';
import { parseContactPage, type ContactList } from './contact-page';
import { contactSchema, contactSummarySchema, pageContextSchema, upcomingReminderSchema, type ContactListParams } from '../schemas';

/** A page of GET /contacts as the API promises it (every row valid). */
export const contactListSchema = z.object({
  contacts: z.array(contactSummarySchema),
  page_context: pageContextSchema,
});
export type { ContactList, ContactListRow } from './contact-page';

/** One page; a row that fails the schema comes back as `unreadable` instead of failing the page. */
export async function fetchContacts(params: ContactListParams, signal?: AbortSignal): Promise<ContactList> {
  const env = await request('/contacts', { query: { ...params }, signal });
  return parseContactPage(env);
}

export const fetchContact = (id: string, signal?: AbortSignal) => requestKey(`/contacts/${id}`, 'contact', contactSchema, { signal });

export const contactKeys = {
  all: ['contacts'] as const,
  lists: () => [...contactKeys.all, 'list'] as const,
  list: (params: ContactListParams) => [...contactKeys.lists(), params] as const,
  details: () => [...contactKeys.all, 'detail'] as const,
  detail: (id: string) => [...contactKeys.details(), id] as const,
  /** History pages (queries/contact-history.ts) sit under it. */
  comments: (id: string) => [...contactKeys.detail(id), 'comments'] as const,
  reminders: (id: string) => [...contactKeys.detail(id), 'reminders'] as const,
  /** The merge-into search: a list, so every change that refreshes lists refreshes it too. */
  mergeTargets: (search_text: string) => [...contactKeys.lists(), 'merge-into', { search_text }] as const,
  duplicates: () => [...contactKeys.all, 'duplicates'] as const,
  duplicatePage: (paging: { page: number; per_page: number }) => [...contactKeys.duplicates(), paging] as const,
};

export const contactQueries = {
  list: (params: ContactListParams) =>
    queryOptions({
      queryKey: contactKeys.list(params),
      queryFn: ({ signal }) => fetchContacts(params, signal),
      placeholderData: keepPreviousData,
    }),
  detail: (id: string) => queryOptions({ queryKey: contactKeys.detail(id), queryFn: ({ signal }) => fetchContact(id, signal) }),
  reminders: (id: string) =>
    queryOptions({
      queryKey: contactKeys.reminders(id),
      queryFn: ({ signal }) => requestKey(`/contacts/${id}/reminders`, 'reminders', z.array(upcomingReminderSchema), { signal }),
    }),
};
