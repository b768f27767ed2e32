/**
 * The list's rows as one tab stop (roving tabindex over the name links): arrow keys or j/k move
 * the active row, Home/End jump, x or Space toggles its checkbox, Page Down/Up change the page
 * with focus kept in the table, Enter opens (the link's own behaviour). The active customer is
 * remembered per tab, so coming back from its detail page puts focus on it again.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';

const KEY = 'customers.activeRow';

/** Remember the row being opened (the list focuses it again when the user comes back). */
export function rememberActiveRow(id: string): void {
  try {
    sessionStorage.setItem(KEY, id);
  } catch {
    /* storage unavailable: focus starts at the first row */
  }
}

function takeActiveRow(): string | null {
  try {
    const id = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    return id;
  } catch {
    return null;
  }
}

interface Options {
  /** The page's rows in order (null for a row that cannot be selected). */
  ids: string[];
  onToggle: (index: number) => void;
  /** Go to the previous (-1) or next (+1) page, if there is one; false when there is none. */
  onPage: (step: -1 | 1) => boolean;
}

export function useRowKeys({ ids, onToggle, onPage }: Options) {
  const body = useRef<HTMLTableSectionElement>(null);
  const idsRef = useRef(ids);
  useEffect(() => {
    idsRef.current = ids;
  });
  const [activeId, setActiveId] = useState<string | null>(null);
  /** After a page change: which end of the new page gets focus. */
  const focusAfterLoad = useRef<'first' | 'last' | null>(null);
  const found = activeId === null ? -1 : ids.indexOf(activeId);
  const active = found >= 0 ? found : 0;

  const focusRow = useCallback((index: number) => {
    const link = body.current?.querySelectorAll('tr')[index]?.querySelector<HTMLElement>('a, [data-row-focus]');
    link?.focus();
  }, []);

  // Back from a detail page: the customer opened last is active and focused.
  useEffect(() => {
    const back = takeActiveRow();
    const i = back ? ids.indexOf(back) : -1;
    if (i >= 0) {
      setActiveId(back);
      focusRow(i);
    }
    // Only on arrival: later pages are handled below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A new page arrived after Page Down/Up (its first row changed): focus stays in the table.
  const firstId = ids[0];
  useEffect(() => {
    const end = focusAfterLoad.current;
    const rows = idsRef.current;
    if (!end || rows.length === 0) return;
    focusAfterLoad.current = null;
    const i = end === 'first' ? 0 : rows.length - 1;
    setActiveId(rows[i]);
    focusRow(i);
  }, [firstId, focusRow]);

  const move = (to: number) => {
    const i = Math.max(0, Math.min(ids.length - 1, to));
    setActiveId(ids[i]);
    focusRow(i);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement;
    if (target.tagName === 'INPUT' && e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    switch (e.key) {
      case 'ArrowDown':
      case 'j':
        move(active + 1);
        break;
      case 'ArrowUp':
      case 'k':
        move(active - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(ids.length - 1);
        break;
      case 'x':
      case ' ':
        onToggle(active);
        break;
      case 'PageDown':
      case 'PageUp': {
        const step = e.key === 'PageDown' ? 1 : -1;
        if (onPage(step)) focusAfterLoad.current = step === 1 ? 'first' : 'last';
        break;
      }
      default:
        return;
    }
    e.preventDefault();
  };

  return {
    bodyRef: body,
    active,
    onKeyDown,
    /** A row's link got focus (mouse, screen reader): it becomes the active row. */
    onRowFocus: useCallback((index: number) => setActiveId(idsRef.current[index] ?? null), []),
  };
}
