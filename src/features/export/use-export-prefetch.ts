/** The dialog's side of prefetch.ts: fetch the chosen scope ahead while the dialog is open. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { DATA_CHANGED_EVENT } from '../../api/config';
import type { ExportSource } from './fetch-contacts';
import { Prefetch, PREFETCH_MAX_ROWS, prefetchKey } from './prefetch';

/**
 * Starts (and restarts, when scope or details change, or the data changed in another tab) a
 * prefetch of a scope of `count` rows while `open`; returns `take(source, details)`: the
 * prefetch for exactly those rows, handed over to the export (which then owns and cancels it),
 * or null.
 */
export function useExportPrefetch(open: boolean, source: ExportSource, details: boolean, count: number | undefined) {
  const current = useRef<Prefetch | null>(null);
  const key = prefetchKey(source, details);
  const eligible = open && count !== undefined && count > 0 && count <= PREFETCH_MAX_ROWS;
  const sourceRef = useRef(source);
  sourceRef.current = source;
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const refetch = () => setGeneration((g) => g + 1);
    window.addEventListener(DATA_CHANGED_EVENT, refetch);
    return () => window.removeEventListener(DATA_CHANGED_EVENT, refetch);
  }, []);

  useEffect(() => {
    if (!eligible) return;
    const p = new Prefetch(key, sourceRef.current, details);
    current.current = p;
    return () => {
      // Cancelled only while still ours: once taken, the export owns it.
      if (current.current === p) {
        p.cancel();
        current.current = null;
      }
    };
  }, [eligible, key, details, generation]);

  return useCallback((forSource: ExportSource, forDetails: boolean): Prefetch | null => {
    const p = current.current;
    if (!p || p.key !== prefetchKey(forSource, forDetails) || !p.usable) return null;
    current.current = null;
    return p;
  }, []);
}
