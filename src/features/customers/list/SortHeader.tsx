import type { SortColumn } from '../../../api/schemas';
import type { ListState } from './list-params';
import { ColumnResizer } from './ColumnResizer';
import styles from './CustomerList.module.css';

interface Props {
  column: SortColumn;
  label: string;
  state: ListState;
  onSort: (column: SortColumn, order: 'asc' | 'desc') => void;
  numeric?: boolean;
  width: number;
  onResize: (column: SortColumn, width: number) => void;
}

/**
 * A column header that sorts: a `button` named exactly after the column (suites match it), the
 * direction in the cell's aria-sort; its right edge resizes the column.
 */
export function SortHeader({ column, label, state, onSort, numeric, width, onResize }: Props) {
  const active = state.sort === column;
  const ariaSort = active ? (state.order === 'asc' ? 'ascending' : 'descending') : 'none';
  const nextOrder = active && state.order === 'asc' ? 'desc' : 'asc';
  return (
    <th scope="col" aria-sort={ariaSort} className={`${styles.sortable} ${numeric ? 'num' : ''}`}>
      <button type="button" className="sort-button" onClick={() => onSort(column, nextOrder)}>
        {label}
        <span aria-hidden="true">{active ? (state.order === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
      <ColumnResizer label={label} width={width} onResize={(w) => onResize(column, w)} />
    </th>
  );
}
