import type { ListState, SortableColumn } from './list-params';

interface Props {
  column: SortableColumn;
  label: string;
  state: ListState;
  onSort: (column: SortableColumn, order: 'asc' | 'desc') => void;
  numeric?: boolean;
}

/**
 * A column header that sorts: a `button` named exactly after the column (suites match it), the
 * direction in the cell's aria-sort.
 */
export function SortHeader({ column, label, state, onSort, numeric }: Props) {
  const active = state.sort === column;
  const ariaSort = active ? (state.order === 'asc' ? 'ascending' : 'descending') : 'none';
  const nextOrder = active && state.order === 'asc' ? 'desc' : 'asc';
  return (
    <th scope="col" aria-sort={ariaSort} className={numeric ? 'num' : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(column, nextOrder)}>
        {label}
        <span aria-hidden="true">{active ? (state.order === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}
