/**
 * Custom views of the customer list (GET /customviews): what the list's picker reads. The
 * writes are in customview-mutations.ts, loaded with the view editor.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { requestKey } from '../client';
import { customViewSchema } from '../schemas';

export const customViewKeys = {
  all: ['customviews'] as const,
  list: () => [...customViewKeys.all, 'list', 'contact'] as const,
};

export const customViewQueries = {
  list: () =>
    queryOptions({
      queryKey: customViewKeys.list(),
      staleTime: 60_000,
      queryFn: ({ signal }) => requestKey('/customviews', 'custom_views', z.array(customViewSchema), { signal, query: { entity_type: 'contact' } }),
    }),
};

/** The custom views the acting user may see (own, shared with their role or with everyone). */
export function useCustomViews() {
  return useQuery(customViewQueries.list());
}
