/**
 * The customers a bulk statement action covers: the ticked ids with their names, or, for
 * "select all N" (N ≤ 25), the matches of the list's view and search fetched from the API.
 */
import { useQuery } from '@tanstack/react-query';
import { fetchContacts } from '../../../api/queries/contacts';
import { statementKeys } from '../../../api/queries/statements';
import type { BulkSelection } from '../../../lib/customer-selection';
import { MAX_STATEMENT_CONTACTS } from '../../../api/limits';

export interface TargetCustomer {
  contact_id: string;
  contact_name: string;
}

export function useTargets(sel: BulkSelection) {
  return useQuery({
    queryKey: statementKeys.targets(sel.allMatching ? { filter_by: sel.filter_by, search_text: sel.search_text, customview_id: sel.customview_id } : sel.ids),
    staleTime: Infinity,
    gcTime: 0,
    queryFn: async ({ signal }): Promise<TargetCustomer[]> => {
      if (!sel.allMatching) return sel.ids.map((id) => ({ contact_id: id, contact_name: sel.names.get(id) ?? id }));
      const list = await fetchContacts(
        { filter_by: sel.filter_by, customview_id: sel.customview_id, search_text: sel.search_text || undefined, per_page: MAX_STATEMENT_CONTACTS, page: 1 },
        signal,
      );
      return list.contacts.map((c) => ({ contact_id: c.contact_id, contact_name: c.contact_name }));
    },
  });
}
