/**
 * Which columns the list shows, in what order and how wide: the current view's (a custom
 * view's own columns, else the default set), changed by the Columns menu and by resizing, and
 * remembered in this browser per user and per view, so it survives a reload.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { referenceQueries, useActingUser } from '../../../api/queries/reference';
import type { SortColumn } from '../../../api/schemas';
import { useLocaleStore, useT } from '../../../lib/i18n';
import { allColumns, defaultColumnIds, MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH, NAME_COLUMN, type ListColumn } from './columns';

export interface ShownColumn extends ListColumn {
  width: number;
}

interface Saved {
  /** The columns shown, in order (absent: the view's own). */
  shown?: string[];
  widths?: Record<string, number>;
}

const storageKey = (userId: string, viewKey: string) => `customers.columns.${userId}.${viewKey}`;

function read(key: string | null): Saved {
  if (!key) return {};
  try {
    const raw = globalThis.localStorage?.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (!parsed || typeof parsed !== 'object') return {};
    const { shown, widths } = parsed as Saved;
    return {
      shown: Array.isArray(shown) ? shown.filter((s): s is string => typeof s === 'string').slice(0, 60) : undefined,
      // Only finite numbers reach a column's style; anything else stored is dropped.
      widths:
        widths && typeof widths === 'object'
          ? Object.fromEntries(
              Object.entries(widths)
                .filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]))
                .slice(0, 60),
            )
          : undefined,
    };
  } catch {
    return {};
  }
}

function write(key: string | null, saved: Saved): void {
  if (!key) return;
  try {
    if (!saved.shown && !saved.widths) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, JSON.stringify(saved));
  } catch {
    /* storage full or blocked: the choice lasts this page */
  }
}

export const clampWidth = (w: number) => Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, w)));

export interface ListColumns {
  /** Every column the Columns menu offers (custom fields once their definitions loaded). */
  all: ListColumn[];
  shown: ShownColumn[];
  toggle: (id: SortColumn) => void;
  setWidth: (id: SortColumn, width: number) => void;
  reset: () => void;
  customized: boolean;
  /** Load the custom fields' definitions (the Columns menu asks when it opens). */
  wantAll: () => void;
}

/** `viewColumns`: a custom view's `columns`; undefined for a default view. */
export function useListColumns(viewKey: string, viewColumns?: readonly { field: string; width?: number }[]): ListColumns {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const userId = useActingUser().data?.user_id ?? null;
  const key = userId ? storageKey(userId, viewKey) : null;
  const [saved, setSaved] = useState<{ key: string | null; value: Saved }>(() => ({ key, value: read(key) }));
  const current = saved.key === key ? saved.value : read(key);
  useEffect(() => {
    if (saved.key !== key) setSaved({ key, value: read(key) });
  }, [key, saved.key]);

  const baseIds = useMemo(() => (viewColumns?.length ? viewColumns.map((c) => c.field) : [...defaultColumnIds]), [viewColumns]);
  const wantedIds = current.shown ?? baseIds;
  const [menuOpened, setMenuOpened] = useState(false);
  const needsCustom = menuOpened || wantedIds.some((id) => id.startsWith('cf_'));
  const customFields = useQuery({ ...referenceQueries.customFields(), enabled: needsCustom }).data;

  const all = useMemo(() => allColumns(t, locale, customFields ?? []), [t, locale, customFields]);
  const shown = useMemo(() => {
    const byId = new Map(all.map((c) => [c.id as string, c]));
    const viewWidths = new Map((viewColumns ?? []).map((c) => [c.field, c.width]));
    const ids = [NAME_COLUMN, ...wantedIds.filter((id) => id !== NAME_COLUMN)];
    return [...new Set(ids)].flatMap((id) => {
      const column = byId.get(id);
      if (!column) return [];
      return [{ ...column, width: clampWidth(current.widths?.[id] ?? viewWidths.get(id) ?? column.width) }];
    });
  }, [all, wantedIds, current.widths, viewColumns]);

  const save = useCallback(
    (next: Saved) => {
      write(key, next);
      setSaved({ key, value: next });
    },
    [key],
  );
  const toggle = useCallback(
    (id: SortColumn) => {
      if (id === NAME_COLUMN) return;
      const ids = current.shown ?? baseIds;
      save({ ...current, shown: ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id] });
    },
    [current, baseIds, save],
  );
  const setWidth = useCallback(
    (id: SortColumn, width: number) => save({ ...current, widths: { ...current.widths, [id]: clampWidth(width) } }),
    [current, save],
  );
  const reset = useCallback(() => save({}), [save]);
  const wantAll = useCallback(() => setMenuOpened(true), []);

  return { all, shown, toggle, setWidth, reset, customized: Boolean(current.shown || current.widths), wantAll };
}
