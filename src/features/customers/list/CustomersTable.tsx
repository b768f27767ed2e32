import { useCallback, useEffect, useRef } from 'react';
import type { ContactListRow } from '../../../api/queries/contacts';
import { useT } from '../../../lib/i18n';
import { CustomerRow, UnreadableRow } from './CustomerRow';
import { SortHeader } from './SortHeader';
import type { ListState, SortableColumn } from './list-params';
import { useSelectionStore } from './selection-store';
import { ScrollRegion } from '../../../components/ui/ScrollRegion';
import styles from './CustomerList.module.css';

interface Props {
  /** The page in order; rows the app could not read are shown as such and cannot be ticked. */
  rows: ContactListRow[];
  state: ListState;
  onChange: (patch: Partial<ListState>) => void;
  busy: boolean;
  linkSearch: string;
}

export function CustomersTable({ rows, state, onChange, busy, linkSearch }: Props) {
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

  const onSort = useCallback((sort: SortableColumn, order: 'asc' | 'desc') => onChange({ sort, order }), [onChange]);
  const head = (column: SortableColumn, label: string, numeric?: boolean) => (
    <SortHeader column={column} label={label} state={state} onSort={onSort} numeric={numeric} />
  );

  return (
    <ScrollRegion label={t('app.tableRegion', { name: t('list.table') })}>
      <table className={styles.table} aria-label={t('list.table')} aria-busy={busy}>
        <thead>
          <tr>
            <th scope="col" className={styles.check}>
              <input
                ref={headerRef}
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
            {head('contact_name', t('list.col.name'))}
            {head('company_name', t('list.col.company'))}
            {head('email', t('list.col.email'))}
            {head('phone', t('list.col.phone'))}
            {head('outstanding_receivable_amount', t('list.col.receivables'), true)}
            {head('unused_credits_receivable_amount', t('list.col.credits'), true)}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) =>
            r.kind === 'contact' ? (
              <CustomerRow
                key={r.contact.contact_id}
                contact={r.contact}
                selected={allMatching || ids.has(r.contact.contact_id)}
                onToggle={toggle}
                linkSearch={linkSearch}
              />
            ) : (
              <UnreadableRow key={`unreadable-${i}`} id={r.contact_id} name={r.contact_name} linkSearch={linkSearch} />
            ),
          )}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
