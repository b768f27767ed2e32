/**
 * Customers the current one can be merged into: GET /contacts?search_text=… (debounced, page by
 * page as the API paginates), keeping only the same currency, never itself, never inactive
 * (a master must be active) or merged-away.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import { contactKeys, fetchContacts } from '../../../api/queries/contacts';
import type { Contact, ContactSummary } from '../../../api/schemas';
import { useDebounced } from '../../../lib/use-debounced';

const PER_PAGE = 50;
const DEBOUNCE_MS = 250;

/** Whether `c` can receive `from` in a merge (same currency, not itself, active, not merged away). */
export function isMergeTarget(from: Pick<Contact, 'contact_id' | 'currency_id'>, c: ContactSummary): boolean {
  return c.contact_id !== from.contact_id && c.currency_id === from.currency_id && c.status === 'active' && !c.merged_into_contact_id;
}

export function useMergeSearch(from: Contact, text: string, enabled: boolean) {
  const search_text = useDebounced(text.trim(), DEBOUNCE_MS);
  const query = useInfiniteQuery({
    queryKey: contactKeys.mergeTargets(search_text),
    queryFn: ({ pageParam, signal }) =>
      fetchContacts({ search_text: search_text || undefined, page: pageParam, per_page: PER_PAGE, sort_column: 'contact_name', sort_order: 'A' }, signal),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page_context.has_more_page ? last.page_context.page + 1 : undefined),
    enabled,
  });
  const options = (query.data?.pages ?? []).flatMap((p) => p.contacts).filter((c) => isMergeTarget(from, c));
  return {
    options,
    searching: query.isFetching || search_text !== text.trim(),
    error: query.error,
    hasMore: query.hasNextPage,
    loadMore: () => void query.fetchNextPage(),
  };
}
