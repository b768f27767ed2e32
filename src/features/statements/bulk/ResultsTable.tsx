/** Per-customer outcome of a bulk statement run: `table` "Results". */
import { useT } from '../../../lib/i18n';
import type { BulkItem } from './bulk-send';
import styles from '../Statements.module.css';

const badge = { pending: 'badge', sent: 'badge badge-success', skipped: 'badge badge-warning', failed: 'badge badge-danger' } as const;

export function ResultsTable({ items }: { items: BulkItem[] }) {
  const t = useT();
  return (
    <div className={styles.tableWrap}>
      <table className={styles.results} aria-label={t('stmt.bulk.results')}>
        <thead>
          <tr>
            <th scope="col">{t('stmt.bulk.col.customer')}</th>
            <th scope="col">{t('stmt.bulk.col.status')}</th>
            <th scope="col">{t('stmt.bulk.col.details')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((it) => (
            <tr key={it.contact_id}>
              <th scope="row">{it.contact_name}</th>
              <td>
                <span className={badge[it.status]}>{t(`stmt.bulk.status.${it.status}`)}</span>
              </td>
              <td>{it.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
