/** The entries of a history page: when, what (the description, then one line per changed field) and who. */
import type { Comment } from '../../../../api/schemas';
import { ScrollRegion } from '../../../../components/ui/ScrollRegion';
import { formatDateTime } from '../../../../lib/format';
import { useLocaleStore, useT } from '../../../../lib/i18n';
import { changeLine } from './history-view';
import detail from '../CustomerDetail.module.css';
import styles from './History.module.css';

export function HistoryTable({ entries, total }: { entries: Comment[]; total: number }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const empty = t('history.emptyValue');
  return (
    <ScrollRegion label={t('app.tableRegion', { name: t('history.table') })}>
      <table className={detail.table} aria-label={t('history.table')} aria-rowcount={total + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('history.col.when')}</th>
            <th scope="col">{t('history.col.what')}</th>
            <th scope="col">{t('history.col.by')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((c, i) => (
            <tr key={c.comment_id} aria-rowindex={i + 2}>
              <td className={styles.when}>{formatDateTime(c.time, locale)}</td>
              <td>
                <span className={c.operation_type === 'commented' ? styles.comment : undefined}>{c.description}</span>
                {c.changes && c.changes.length > 0 && (
                  <ul className={styles.changes} aria-label={t('history.changes')}>
                    {c.changes.map((ch, j) => (
                      <li key={`${ch.field}-${j}`}>{changeLine(ch, empty)}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td>{c.commented_by}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
