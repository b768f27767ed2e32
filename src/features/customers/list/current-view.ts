/**
 * The custom view the list shows (`?view=cv_<id>`): found in the views the acting user may see
 * (GET /customviews). `missing` once the views are known and it is not among them (deleted, or
 * no longer shared with the user): the page then falls back to All Customers with a notice.
 */
import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../api/client';
import { customViewKeys, useCustomViews } from '../../../api/queries/customviews';
import type { CustomView } from '../../../api/schemas';
import { useT } from '../../../lib/i18n';
import { customViewId, type ListState, type View } from './list-params';

export interface CurrentCustomView {
  view: CustomView | undefined;
  loading: boolean;
  missing: boolean;
}

/** What the view editor a page hosts edits: a saved view, or none for a new one. */
export interface ViewEditorContext {
  view?: CustomView;
}

export function useCurrentCustomView(view: View): CurrentCustomView {
  const views = useCustomViews();
  const id = customViewId(view);
  if (id === undefined) return { view: undefined, loading: false, missing: false };
  const found = views.data?.find((v) => v.customview_id === id);
  return { view: found, loading: views.isPending, missing: !!views.data && !found };
}

/** Custom views for the picker: favourites first, then by name. */
export function pickerOrder(views: readonly CustomView[], locale: string): CustomView[] {
  return [...views].sort((a, b) => Number(b.is_favorite) - Number(a.is_favorite) || a.name.localeCompare(b.name, locale));
}

/** The list's answer says the view it named is gone (1001 naming `customview_id`). */
export const namesMissingView = (err: unknown): boolean => isApiError(err) && err.errors.some((e) => e.field === 'customview_id');

/**
 * A view that is gone (deleted by someone, or no longer shared) falls back to All Customers;
 * returns the notice to show there until another view is chosen.
 */
export function useViewFallback(
  view: View,
  missing: boolean,
  listError: unknown,
  update: (patch: Partial<ListState>, opts?: { replace?: boolean }) => void,
): string | null {
  const t = useT();
  const qc = useQueryClient();
  // The view that fell back: the notice shows on All Customers until another view is chosen.
  const [from, setFrom] = useState<View | null>(null);
  const gone = customViewId(view) !== undefined && (missing || namesMissingView(listError));
  useEffect(() => {
    if (!gone) return;
    setFrom(view);
    void qc.invalidateQueries({ queryKey: customViewKeys.all });
    update({ view: 'all' }, { replace: true });
  }, [gone, view, qc, update]);
  useEffect(() => {
    if (view !== 'all') setFrom((f) => (f !== view ? null : f));
  }, [view]);
  return from && view === 'all' ? t('views.gone') : null;
}
