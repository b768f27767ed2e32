import { useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ActionDialogProps } from '../../../components/ui/Dialog';
import type { ListContext } from '../../../lib/customer-selection';
import { Menu } from '../../../components/ui/Menu';
import { useT } from '../../../lib/i18n';
import { viewSlugs, type ListState, type SortableColumn, type View } from './list-params';
import styles from './CustomerList.module.css';

/** An item of the list's "More actions" menu after Import (Export Customers), with its dialog. */
export interface ListMenuAction {
  id: string;
  label: string;
  Dialog: ComponentType<ActionDialogProps<ListContext>>;
}

interface Props {
  state: ListState;
  onChange: (patch: Partial<ListState>, opts?: { replace?: boolean }) => void;
  /** "More actions" entries other features bring (Export Customers). */
  menu: ListMenuAction[];
  context: ListContext;
  /** The "Columns" menu (beside "New"). */
  columnsMenu?: ReactNode;
}

/** Debounce before a keystroke becomes a request (the API does the searching). */
const SEARCH_DEBOUNCE_MS = 30;

export function ListToolbar({ state, onChange, menu, context, columnsMenu }: Props) {
  const t = useT();
  const [openId, setOpenId] = useState<string | null>(null);
  const open = menu.find((m) => m.id === openId);
  const navigate = useNavigate();
  const [q, setQ] = useState(state.q);
  const searchRef = useRef<HTMLInputElement>(null);
  const lastSent = useRef(state.q);

  // The URL is the truth: Back/Forward or a link change it under us.
  useEffect(() => {
    if (state.q !== lastSent.current) {
      lastSent.current = state.q;
      setQ(state.q);
    }
  }, [state.q]);

  useEffect(() => {
    if (q === lastSent.current) return;
    const timer = setTimeout(() => {
      lastSent.current = q;
      onChange({ q }, { replace: true });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [q, onChange]);

  // "/" focuses search, as in most list apps.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        searchRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // Sorting by the primary person's names (Zoho's first_name/last_name); choosing it again flips the order.
  const sortBy = (sort: SortableColumn) => onChange({ sort, order: state.sort === sort && state.order === 'asc' ? 'desc' : 'asc', page: 1 });

  return (
    <div className={styles.header}>
      <h1>{t('list.title')}</h1>
      <label className="visually-hidden" htmlFor="list-view">
        {t('list.view')}
      </label>
      <select id="list-view" className={`select ${styles.viewSelect}`} value={state.view} onChange={(e) => onChange({ view: e.target.value as View })}>
        {viewSlugs.map((v) => (
          <option key={v} value={v}>
            {t(`list.view.${v}`)}
          </option>
        ))}
      </select>
      <input
        ref={searchRef}
        type="search"
        className={`input ${styles.search}`}
        aria-label={t('list.search')}
        placeholder={t('list.searchPlaceholder')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            lastSent.current = q;
            onChange({ q }, { replace: true });
          }
        }}
      />
      <div className={styles.headerActions}>
        {columnsMenu}
        <Link to="/customers/new" className="btn btn-primary">
          {t('list.new')}
        </Link>
        <Menu
          label={t('list.moreActions')}
          items={[
            { label: t('list.import'), onSelect: () => navigate('/customers/import') },
            ...menu.map((m) => ({ label: m.label, onSelect: () => setOpenId(m.id) })),
            { label: t('list.sortByFirstName'), onSelect: () => sortBy('first_name') },
            { label: t('list.sortByLastName'), onSelect: () => sortBy('last_name') },
          ]}
        />
      </div>
      {open && <open.Dialog open onOpenChange={(o) => !o && setOpenId(null)} context={context} />}
    </div>
  );
}
