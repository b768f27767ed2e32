/** The dialog's side of prefetch.ts: fetch the chosen scope ahead while the dialog is open. */
import { useCallback, useEffect, useRef } from 'react';
import type { ExportSource } from './fetch-contacts';
import { Prefetch, PREFETCH_MAX_ROWS, prefetchKey } from './prefetch';

/**
 * Starts (and restarts, when scope or details change) a prefetch of a scope of `count` rows
 * while `open`; returns `take(source, details)`, the prefetch for exactly those rows or null.
 */
export function useExportPrefetch(open: boolean, source: ExportSource, details: boolean, count: number | undefined) {
  const current = useRef<Prefetch | null>(null);
  const key = prefetchKey(source, details);
  const eligible = open && count !== undefined && count > 0 && count <= PREFETCH_MAX_ROWS;
  const sourceRef = useRef(source);
  sourceRef.current = source;

  useEffect(() => {
    if (!eligible) return;
    const p = new Prefetch(key, sourceRef.current, details);
    current.current = p;
    return () => {
      p.cancel();
      if (current.current === p) current.current = null;
    };
  }, [eligible, key, details]);

  return useCallback((forSource: ExportSource, forDetails: boolean): Prefetch | null => {
    const p = current.current;
    return p && p.key === prefetchKey(forSource, forDetails) && p.usable ? p : null;
  }, []);
}
