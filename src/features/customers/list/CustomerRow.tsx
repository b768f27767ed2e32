import { memo } from 'react';
import { Link } from 'react-router';
import type { ContactSummary } from '../../../api/schemas';
import { useT } from '../../../lib/i18n';
import { NAME_COLUMN, type ListColumn } from './columns';
import { rememberActiveRow } from './use-row-keys';
import styles from './CustomerList.module.css';

interface Props {
  contact: ContactSummary;
  selected: boolean;
  onToggle: (id: string, name: string, on: boolean) => void;
  linkSearch: string;
  /** Position on this page, and in the whole list (aria-rowindex, the header row is 1). */
  index: number;
  rowIndex: number;
  /** The active row holds the table's one tab stop (its name link). */
  active: boolean;
  onFocusRow: (index: number) => void;
  columns: readonly ListColumn[];
}

export const CustomerRow = memo(function CustomerRow({ contact: c, selected, onToggle, linkSearch, index, rowIndex, active, onFocusRow, columns }: Props) {
  const t = useT();
  return (
    <tr className={selected ? styles.selectedRow : undefined} aria-rowindex={rowIndex}>
      <td className={styles.check}>
        <input
          type="checkbox"
          tabIndex={-1}
          aria-label={t('list.selectRow', { name: c.contact_name })}
          checked={selected}
          onChange={(e) => onToggle(c.contact_id, c.contact_name, e.target.checked)}
        />
      </td>
      <td className={styles.nameCell}>
        <Link
          to={{ pathname: `/customers/${c.contact_id}`, search: linkSearch }}
          tabIndex={active ? 0 : -1}
          onFocus={() => onFocusRow(index)}
          onClick={() => rememberActiveRow(c.contact_id)}
        >
          {c.contact_name}
        </Link>
        <span className={styles.badges}>
          {c.status === 'inactive' && <span className="badge">{t('list.badge.inactive')}</span>}
          {c.merged_into_contact_id && <span className="badge badge-warning">{t('list.badge.merged')}</span>}
          {c.is_overdue && <span className="badge badge-danger">{t('list.badge.overdue')}</span>}
          {c.is_portal_enabled && <span className="badge badge-accent">{t('list.badge.portal')}</span>}
        </span>
      </td>
      {columns.map((col) =>
        col.id === NAME_COLUMN ? null : (
          <td key={col.id} className={col.numeric ? 'num' : col.id === 'email' ? styles.email : undefined}>
            {col.cell(c)}
          </td>
        ),
      )}
    </tr>
  );
});

/**
 * A row the app could not read (it failed the response schema): the other rows still show, and
 * this one says so, by name and linked to the customer when the row had those.
 */
export function UnreadableRow({
  id,
  name,
  linkSearch,
  rowIndex,
  active,
  span,
}: {
  id?: string;
  name?: string;
  linkSearch: string;
  rowIndex: number;
  active: boolean;
  /** The columns after the name. */
  span: number;
}) {
  const t = useT();
  const label = name ?? t('list.unreadable.unnamed');
  return (
    <tr className={styles.unreadableRow} aria-rowindex={rowIndex}>
      <td className={styles.check} />
      <td className={styles.nameCell}>
        {id ? (
          <Link to={{ pathname: `/customers/${id}`, search: linkSearch }} tabIndex={active ? 0 : -1}>
            {label}
          </Link>
        ) : (
          <span data-row-focus tabIndex={active ? 0 : -1}>
            {label}
          </span>
        )}
        <span className={styles.badges}>
          <span className="badge badge-danger">{t('list.badge.unreadable')}</span>
        </span>
      </td>
      <td colSpan={Math.max(1, span)} className={styles.unreadableNote}>
        {t('list.unreadable.message')}
      </td>
    </tr>
  );
}
