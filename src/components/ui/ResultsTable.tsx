/**
 * The per-customer outcome of a bulk run (bulk actions, Send Statements): who, a status badge
 * and the detail (why it was skipped or failed, or where it went). Presentational: the feature
 * names the table and its columns and says each row's status in words.
 */
import styles from './ResultsTable.module.css';

export type ResultTone = 'ok' | 'pending' | 'skipped' | 'failed';

export interface ResultsTableRow {
  id: string;
  name: string;
  status: ResultTone;
  /** The status as the user reads it ("Done", "Sent", "Skipped", …). */
  statusText: string;
  detail: string;
}

interface Props {
  /** The table's accessible name. */
  label: string;
  /** The column headings. */
  columns: { customer: string; status: string; detail: string };
  rows: readonly ResultsTableRow[];
  /** The customer's name heads its row (`th scope="row"`) rather than being a plain cell. */
  nameHeadsRow: boolean;
}

const badge: Record<ResultTone, string> = {
  ok: 'badge badge-success',
  pending: 'badge',
  skipped: 'badge badge-warning',
  failed: 'badge badge-danger',
};

export function ResultsTable({ label, columns, rows, nameHeadsRow }: Props) {
  const Name = nameHeadsRow ? 'th' : 'td';
  return (
    <div className={styles.wrap}>
      <table className={styles.table} aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{columns.customer}</th>
            <th scope="col">{columns.status}</th>
            <th scope="col">{columns.detail}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <Name scope={nameHeadsRow ? 'row' : undefined} className={styles.name}>
                {r.name}
              </Name>
              <td className={styles.status}>
                <span className={badge[r.status]}>{r.statusText}</span>
              </td>
              <td className={styles.detail}>{r.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
