/**
 * Writes on many customers at once: POST /contacts/bulk (ids, or `select_all` with the list's
 * view and search so 100,000 customers cost one small request).
 * Each mutation owns its invalidation: lists and details refetch when shown, so the list keeps
 * its URL state (view, search, sort, page) and the user keeps their place.
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { MAX_BULK_IDS } from '../limits';
import { request } from '../client';
import { bulkResultSchema, type BulkInput, type BulkResult, type ListFilter } from '../schemas';
import { contactKeys } from './contacts';

/** Which customers a bulk call targets: ticked ids, or every customer matching view + search. */
export interface BulkTarget {
  ids: readonly string[];
  allMatching: boolean;
  filter_by: ListFilter;
  search_text: string;
  customview_id?: string;
}

/** What to do, without the target (action, owner_id, field, customfield_id, value). */
export type BulkCommand = Omit<BulkInput, 'contact_ids' | 'select_all'>;

export function toBulkInput(target: BulkTarget, command: BulkCommand): BulkInput {
  return target.allMatching
    ? { ...command, select_all: { filter_by: target.filter_by, search_text: target.search_text, customview_id: target.customview_id } }
    : { ...command, contact_ids: [...target.ids] };
}

const bulkResponseSchema = z.object({ message: z.string(), results: z.array(bulkResultSchema) });
export interface BulkResponse {
  message: string;
  results: BulkResult[];
}

export async function postBulk(input: BulkInput): Promise<BulkResponse> {
  const env = await request('/contacts/bulk', { method: 'POST', body: input });
  return bulkResponseSchema.parse(env);
}

/**
 * The same command on a list of ids that may be longer than one call takes (MAX_BULK_IDS):
 * one call per slice, in order, results joined (Undo of a select-all can cover 100,000).
 */
export async function postBulkIds(command: BulkCommand, ids: readonly string[]): Promise<BulkResponse> {
  const results: BulkResult[] = [];
  let message = '';
  for (let at = 0; at < ids.length; at += MAX_BULK_IDS) {
    const res = await postBulk({ ...command, contact_ids: ids.slice(at, at + MAX_BULK_IDS) });
    results.push(...res.results);
    message = res.message;
  }
  return { message, results };
}

/** After writes on many customers: every list, detail and suggestion may have changed. */
export function invalidateCustomers(qc: QueryClient): Promise<unknown> {
  return Promise.all([
    qc.invalidateQueries({ queryKey: contactKeys.lists() }),
    qc.invalidateQueries({ queryKey: contactKeys.details() }),
    qc.invalidateQueries({ queryKey: contactKeys.duplicates() }),
  ]);
}

export interface BulkVariables {
  target: BulkTarget;
  command: BulkCommand;
}

interface BulkCallbacks {
  onSuccess?: (data: BulkResponse, vars: BulkVariables) => void;
  onError?: (error: Error, vars: BulkVariables) => void;
}

/**
 * The shared bulk mutation. Callbacks given here run even when the dialog that started the
 * call was closed meanwhile (they belong to the mutation, not to the component).
 */
export function useBulkAction(callbacks: BulkCallbacks = {}) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ target, command }: BulkVariables) => postBulk(toBulkInput(target, command)),
    onSuccess: async (data, vars) => {
      callbacks.onSuccess?.(data, vars);
      await invalidateCustomers(qc);
    },
    onError: (error, vars) => callbacks.onError?.(error, vars),
  });
}
