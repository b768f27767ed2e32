/**
 * A customer's history (GET /contacts/{id}/comments), a page at a time and filtered by kind on
 * the server, and adding a comment (POST /contacts/{id}/comments). Every key sits under
 * contactKeys.comments(id), so each write that invalidates a customer's history refreshes it.
 */
import { infiniteQueryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { HISTORY_PAGE_SIZE } from '../limits';
import { request, requestKey } from '../client';
import { commentSchema, commentsResponse, type CommentInput, type HistoryFilter } from '../schemas';
import { contactKeys } from './contacts';

export const historyKeys = {
  list: (id: string, show: HistoryFilter) => [...contactKeys.comments(id), 'pages', { show }] as const,
};

export async function fetchHistoryPage(id: string, show: HistoryFilter, page: number, signal?: AbortSignal) {
  const env = await request(`/contacts/${id}/comments`, { query: { page, per_page: HISTORY_PAGE_SIZE, show }, signal });
  const parsed = commentsResponse.parse(env);
  return { entries: parsed.contact_comments, page_context: parsed.page_context };
}

export const historyQueries = {
  list: (id: string, show: HistoryFilter) =>
    infiniteQueryOptions({
      queryKey: historyKeys.list(id, show),
      queryFn: ({ pageParam, signal }) => fetchHistoryPage(id, show, pageParam, signal),
      initialPageParam: 1,
      getNextPageParam: (last) => (last.page_context?.has_more_page ? last.page_context.page + 1 : undefined),
    }),
};

export function useAddComment(contactId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CommentInput) => requestKey(`/contacts/${contactId}/comments`, 'comment', commentSchema, { method: 'POST', body: input }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: contactKeys.comments(contactId) }),
  });
}
