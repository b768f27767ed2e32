import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { nextListState, parseListState, toSearchParams, type ListState } from './list-params';

/**
 * The list state from the URL, and a setter that writes it back. Changing anything but the page
 * returns to page 1 (see nextListState). Typing replaces the history entry; other changes push one, so Back walks
 * through views, sorts and pages.
 */
export function useListState() {
  const [search, setSearch] = useSearchParams();
  const state = useMemo(() => parseListState(search), [search]);
  const update = useCallback(
    (patch: Partial<ListState>, opts: { replace?: boolean } = {}) => {
      setSearch(
        (prev) => {
          return toSearchParams(nextListState(parseListState(prev), patch));
        },
        { replace: opts.replace ?? false },
      );
    },
    [setSearch],
  );
  return [state, update] as const;
}
