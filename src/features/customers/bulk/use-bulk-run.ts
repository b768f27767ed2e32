/**
 * Running one bulk action from a dialog: the shared mutation, then the UI reactions that must
 * happen even if the dialog was closed meanwhile — the summary toast (with Undo for "Mark as
 * Inactive"), and the selection narrowed to the failed customers for a retry.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { invalidateCustomers, postBulkIds, useBulkAction, type BulkCommand, type BulkResponse, type BulkTarget } from '../../../api/queries/bulk-mutations';
import type { BulkResult } from '../../../api/schemas';
import type { BulkSelection } from '../../../lib/customer-selection';
import { toast, useToastStore } from '../../../components/ui/toast-store';
import { errorText } from '../../../lib/error-text';
import { t } from '../../../lib/i18n';
import { useSelectionStore } from '../list/selection-store';
import { summarise, type BulkActionId } from './results';
import { summaryTextNow } from './summary-text';

/** Keep exactly the failed customers selected (also after a select-all across pages). */
export function keepFailedSelected(selection: BulkSelection, results: readonly BulkResult[]): void {
  const failed = results.filter((r) => r.status === 'failed');
  if (failed.length === 0) {
    selection.clear();
    return;
  }
  selection.keepOnly(failed.map((r) => r.contact_id));
  // After "select all N", the failed ones may sit on pages that were never ticked.
  useSelectionStore.getState().setMany(
    failed.map((r) => ({ id: r.contact_id, name: r.contact_name || selection.names.get(r.contact_id) || r.contact_id })),
    true,
  );
}

/** Undo "Mark as Inactive": re-activate exactly the customers that call changed. */
function undoInactive(qc: QueryClient, ids: string[]): void {
  void postBulkIds({ action: 'mark_active' }, ids)
    .then((res) => {
      toast.success(summaryTextNow('mark_active', summarise(res.results)));
      return invalidateCustomers(qc);
    })
    .catch((err: unknown) => toast.error(t('bulk.undoFailed', { message: errorText(err) })));
}

export function toTarget(selection: BulkSelection): BulkTarget {
  return {
    ids: selection.ids,
    allMatching: selection.allMatching,
    filter_by: selection.filter_by,
    search_text: selection.search_text,
    customview_id: selection.customview_id,
  };
}

export interface BulkRun {
  start: (command: BulkCommand) => void;
  status: 'idle' | 'pending' | 'success' | 'error';
  data: BulkResponse | undefined;
  error: Error | null;
  /** Undo what the call changed ("Mark as Inactive" only); once. */
  undo: (() => void) | null;
  undone: boolean;
  /** Apply the selection change now (it also happens when the dialog goes away). */
  finish: () => void;
}

export function useBulkRun(action: BulkActionId, selection: BulkSelection): BulkRun {
  const qc = useQueryClient();
  const mounted = useRef(true);
  // The selection changes when the results are closed (behind the modal it would only flicker);
  // at once if the dialog is already gone.
  const pendingSelection = useRef<(() => void) | null>(null);
  const finish = useCallback(() => {
    pendingSelection.current?.();
    pendingSelection.current = null;
  }, []);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      finish();
    };
  }, [finish]);
  const [undo, setUndo] = useState<(() => void) | null>(null);
  const [undone, setUndone] = useState(false);
  const mutation = useBulkAction({
    onSuccess: (data) => {
      const summary = summarise(data.results);
      const text = summaryTextNow(action, summary);
      let undoOnce: (() => void) | null = null;
      if (action === 'mark_inactive' && summary.changedIds.length > 0) {
        // Offered twice (the toast, and the results dialog whose modal hides the toast): run once.
        let toastId = 0;
        let used = false;
        undoOnce = () => {
          if (used) return;
          used = true;
          useToastStore.getState().dismiss(toastId);
          setUndone(true);
          undoInactive(qc, summary.changedIds);
        };
        toastId = toast.success(text, { label: t('common.undo'), onClick: undoOnce });
      } else if (summary.ok === 0 && summary.failed > 0) toast.error(text);
      else toast.success(text);
      setUndo(() => undoOnce);
      const apply = () => keepFailedSelected(selection, data.results);
      if (mounted.current) pendingSelection.current = apply;
      else apply();
    },
    // The open dialog shows the error itself; a closed one can only leave a toast.
    onError: (error) => {
      if (!mounted.current) toast.error(t('bulk.error', { message: error.message }));
    },
  });
  const [target] = useState(() => toTarget(selection));
  const { mutate } = mutation;
  const start = useCallback((command: BulkCommand) => mutate({ target, command }), [mutate, target]);
  return {
    start,
    status: mutation.status,
    data: mutation.data,
    error: mutation.error,
    undo,
    undone,
    finish,
  };
}
