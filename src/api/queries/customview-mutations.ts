/**
 * Custom view writes (POST /customviews, PUT/DELETE /customviews/{id}), loaded with the view
 * editor. Each write owns its cache update: the list of views is replaced or refetched, and a
 * changed view's customers lists refetch (its criteria may select other customers now).
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { request } from '../client';
import { customViewSchema, type CustomView, type CustomViewInput } from '../schemas';
import { contactKeys } from './contacts';
import { customViewKeys } from './customviews';

/** A view write's answer: the stored view and the API's sentence for the toast. */
export interface CustomViewResult {
  view: CustomView;
  message: string;
}

async function viewCall(path: string, method: 'POST' | 'PUT', body: CustomViewInput): Promise<CustomViewResult> {
  const env = await request<{ custom_view: unknown }>(path, { method, body });
  return { view: customViewSchema.parse(env.custom_view), message: env.message };
}

function storeView(qc: QueryClient, view: CustomView): void {
  qc.setQueryData<CustomView[]>(customViewKeys.list(), (old) =>
    old
      ? old.some((v) => v.customview_id === view.customview_id)
        ? old.map((v) => (v.customview_id === view.customview_id ? view : v))
        : [...old, view]
      : old,
  );
  void qc.invalidateQueries({ queryKey: customViewKeys.all });
  void qc.invalidateQueries({ queryKey: contactKeys.lists() });
}

export function useSaveCustomView() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: CustomViewInput }) => viewCall(id ? `/customviews/${id}` : '/customviews', id ? 'PUT' : 'POST', body),
    onSuccess: ({ view }) => storeView(qc, view),
  });
}

export function useDeleteCustomView() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      const env = await request(`/customviews/${id}`, { method: 'DELETE' });
      return { id, message: env.message };
    },
    // Refetched, not edited in place: the page that deleted it leaves the view first, so only
    // others who still show it fall back to All Customers with a notice.
    onSuccess: () => void qc.invalidateQueries({ queryKey: customViewKeys.all }),
  });
}
