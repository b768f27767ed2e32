import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { ContactListRow } from '../../../api/queries/contacts';
import { useT } from '../../../lib/i18n';
import { CustomerRow, UnreadableRow } from './CustomerRow';
import { SortHeader } from './SortHeader';
import type { ListState, SortableColumn } from './list-params';
import type { ListColumns } from './use-columns';
import { useSelectionStore } from './selection-store';
import { useRowKeys } from './use-row-keys';
import { ScrollRegion } from '../../../components/ui/ScrollRegion';
import styles from './CustomerList.module.css';

interface Props {
  /** The page in order; rows the app could not read are shown as such and cannot be ticked. */
  rows: ContactListRow[];
  state: ListState;
  onChange: (patch: Partial<ListState>) => void;
  busy: boolean;
  linkSearch: string;
  /** Customers in the whole list (aria-rowcount) and the index of this page's first row. */
  total: number;
  offset: number;
  /** Page Down / Page Up: change the page; false when there is no such page. */
  onPage: (step: -1 | 1) => boolean;
  /** What to show, in order and how wide (use-columns.ts). */
  columns: ListColumns;
}

export function CustomersTable({ rows, state, onChange, busy, linkSearch, total, offset, onPage, columns }: Props) {
  const t = useT();
  const ids = useSelectionStore((s) => s.ids);
  const allMatching = useSelectionStore((s) => s.allMatching);
  const toggle = useSelectionStore((s) => s.toggle);
  const setMany = useSelectionStore((s) => s.setMany);
  const headerRef = useRef<HTMLInputElement>(null);

  const contacts = rows.flatMap((r) => (r.kind === 'contact' ? [r.contact] : []));
  const selectedOnPage = contacts.filter((r) => allMatching || ids.has(r.contact_id)).length;
  const all = contacts.length > 0 && selectedOnPage === contacts.length;
  const some = selectedOnPage > 0 && !all;
  useEffect(() => {
    if (headerRef.current) headerRef.current.indeterminate = some;
  }, [some]);

  const rowIds = rows.map((r, i) => (r.kind === 'contact' ? r.contact.contact_id : `unreadable-${i}`));
  const keys = useRowKeys({
    ids: rowIds,
    onToggle: (i) => {
      const r = rows[i];
      if (r?.kind === 'contact') toggle(r.contact.contact_id, r.contact.contact_name, !(allMatching || ids.has(r.contact.contact_id)));
    },
    onPage,
  });

  const onSort = useCallback((sort: SortableColumn, order: 'asc' | 'desc') => onChange({ sort, order }), [onChange]);
  const { shown, setWidth } = columns;
  // Rows re-render when the columns change, not while one is being resized.
  const idsKey = shown.map((c) => c.id).join('|');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const cells = useMemo(() => shown, [idsKey, columns.all]);
  const tableWidth = 32 + shown.reduce((sum, c) => sum + c.width, 0);

  return (
    <ScrollRegion label={t('app.tableRegion', { name: t('list.table') })}>
      <table
        className={styles.table}
        style={{ minWidth: tableWidth }}
        aria-label={t('list.table')}
        aria-busy={busy}
        aria-rowcount={total + 1}
        aria-colcount={shown.length + 1}
      >
        <colgroup>
          <col style={{ width: 32 }} />
          {shown.map((c) => (
            <col key={c.id} style={{ width: c.width }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className={styles.check}>
              <input
                ref={headerRef}
                tabIndex={-1}
                type="checkbox"
                aria-label={t('list.selectAllPage')}
                checked={all}
                onChange={(e) =>
                  setMany(
                    contacts.map((r) => ({ id: r.contact_id, name: r.contact_name })),
                    e.target.checked,
                  )
                }
              />
            </th>
            {shown.map((c) => (
              <SortHeader key={c.id} column={c.id} label={c.label} state={state} onSort={onSort} numeric={c.numeric} width={c.width} onResize={setWidth} />
            ))}
          </tr>
        </thead>
        {/* The rows are one tab stop: use-row-keys.ts moves the active row. */}
        <tbody ref={keys.bodyRef} onKeyDown={keys.onKeyDown}>
          {rows.map((r, i) =>
            r.kind === 'contact' ? (
              <CustomerRow
                key={r.contact.contact_id}
                contact={r.contact}
                selected={allMatching || ids.has(r.contact.contact_id)}
                onToggle={toggle}
                linkSearch={linkSearch}
                index={i}
                rowIndex={offset + i + 2}
                active={i === keys.active}
                onFocusRow={keys.onRowFocus}
                columns={cells}
              />
            ) : (
              <UnreadableRow
                key={`unreadable-${i}`}
                id={r.contact_id}
                name={r.contact_name}
                linkSearch={linkSearch}
                rowIndex={offset + i + 2}
                active={i === keys.active}
                span={shown.length - 1}
              />
            ),
          )}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
